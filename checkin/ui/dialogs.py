"""Small dialogs: a walk-in or an edit of a registration, and the admin PIN."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from checkin.domain.model import Registration
from checkin.secrets_pin import Pin as Pin  # the hash lives outside the UI (slow, salted)
from checkin.ui.buttons import dialog_buttons

CATEGORIES = ("Sykehus", "Kommune", "Industri", "Student", "Foredragsholder", "Arrangør")


class PersonDialog(QDialog):
    """The short form for a walk-in, or to correct a registration."""

    def __init__(self, parent: QWidget | None = None, person: Registration | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct registration") if person else self.tr("Walk-in"))
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.organisation, self.email = QLineEdit(), QLineEdit()
        self.category = QComboBox(editable=True)
        self.category.addItems(CATEGORIES)
        form = QFormLayout(self)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Category"), self.category)
        buttons = dialog_buttons()
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if person:
            self.first_name.setText(person.first_name)
            self.last_name.setText(person.last_name)
            self.organisation.setText(person.organisation)
            self.email.setText(person.email)
            self.category.setCurrentText(person.category)

    def values(self) -> dict[str, str]:
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "email": self.email.text().strip(),
            "category": self.category.currentText().strip(),
        }

    def _accept(self) -> None:
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please give a name."))
            return
        self.accept()


def ask_pin(parent: QWidget, pin: Pin) -> bool:
    """Ask for the admin PIN; true when it is right (or none is set)."""
    if not pin.is_set:
        return True
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Admin PIN"))
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    form = QFormLayout(dialog)
    form.addRow(dialog.tr("PIN"), field)
    buttons = dialog_buttons()
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return bool(dialog.exec()) and pin.matches(field.text())


class NewEventDialog(QDialog):
    """Name and days of a new event (the file is chosen next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.name = QLineEdit()
        today = date.today()
        self.days = QLineEdit(f"{today.isoformat()},{(today + timedelta(days=1)).isoformat()}")
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Days (YYYY-MM-DD, comma between)"), self.days)
        buttons = dialog_buttons()
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def event_days(self) -> tuple[date, ...] | None:
        try:
            days = tuple(
                date.fromisoformat(p.strip()) for p in self.days.text().split(",") if p.strip()
            )
        except ValueError:
            return None
        return days or None

    def _accept(self) -> None:
        if not self.name.text().strip() or self.event_days() is None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Give a name and days like 2026-06-01,2026-06-02."),
            )
            return
        self.accept()
