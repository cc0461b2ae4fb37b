"""Small dialogs: a walk-in or an edit of a registration, a new event, the desk's set-up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from checkin.domain.collation import sorted_by_name
from checkin.domain.model import Registration
from checkin.secrets_pin import Pin as Pin  # the hash lives outside the UI (slow, salted)
from checkin.ui.buttons import dialog_buttons, warn

CATEGORIES = ("Sykehus", "Kommune", "Industri", "Student", "Foredragsholder", "Arrangør")
FIELD_WIDTH = 380  # pixels: "Haukeland universitetssjukehus, Klinikk for psykisk helsevern"


class PersonDialog(QDialog):
    """The short form for a walk-in, or to correct a registration.

    Wide enough for a long Norwegian name, a hospital department and an e-mail address.
    ``categories`` and ``ticket_types`` are the event's: for a walk-in, most common first
    (`checkin.ui.walk_in_choices`), the first chosen and nothing else to choose, so a walk-in
    always lands in a category the reports count (free text only where the event has none);
    for a correction, in name order, and anything may be typed.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        person: Registration | None = None,
        ticket_types: Sequence[str] | None = None,
        categories: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct registration") if person else self.tr("Walk-in"))
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.organisation, self.email = QLineEdit(), QLineEdit()
        self.category = QComboBox(editable=True)
        self.ticket_type = QComboBox(editable=True)
        for field in (self.first_name, self.last_name, self.organisation, self.email,
                      self.category, self.ticket_type):  # fmt: skip
            field.setMinimumWidth(FIELD_WIDTH)
        form = QFormLayout(self)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Ticket type"), self.ticket_type)
        buttons = dialog_buttons()
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if person:
            self.category.addItems(sorted_by_name(categories or CATEGORIES, str))
            self.ticket_type.addItems(sorted_by_name(ticket_types or [], str))
            self._fill(person)
        else:
            self._offer(self.category, categories or (), CATEGORIES)
            self._offer(self.ticket_type, ticket_types or (), ())

    @staticmethod
    def _offer(combo: QComboBox, names: Sequence[str], suggestions: Sequence[str]) -> None:
        """A walk-in's list: the event's names, the likeliest chosen; else free text."""
        combo.setEditable(not names)
        combo.addItems(list(names) or sorted_by_name(suggestions, str))
        combo.setCurrentIndex(0 if names else -1)

    def _fill(self, person: Registration) -> None:
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self.organisation.setText(person.organisation)
        self.email.setText(person.email)
        self.category.setCurrentText(person.category)
        self.ticket_type.setCurrentText(person.ticket_type)

    def values(self) -> dict[str, str]:
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "email": self.email.text().strip(),
            "category": self.category.currentText().strip(),
            "ticket_type": self.ticket_type.currentText().strip(),
        }

    def _accept(self) -> None:
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            warn(self, self.windowTitle(), self.tr("Please give a name."))
            return
        self.accept()


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
            warn(
                self,
                self.windowTitle(),
                self.tr("Give a name and days like 2026-06-01,2026-06-02."),
            )
            return
        self.accept()


class SetupDialog(QDialog):
    """The desk's name and its admin PIN (asked twice), on the first run or from the banner."""

    def __init__(self, desk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up this desk"))
        self.name = QLineEdit(desk_name)
        self.name.setPlaceholderText(self.tr("e.g. Skranke 2"))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for field in (self.name, self.pin, self.again):
            field.setMinimumWidth(FIELD_WIDTH // 2)
        form = QFormLayout(self)
        form.addRow(self.tr("Desk name"), self.name)
        form.addRow(self.tr("Admin PIN (undo, import, export, leaving kiosk)"), self.pin)
        form.addRow(self.tr("The PIN again"), self.again)
        buttons = dialog_buttons()
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Give the desk a name, as it should appear on each check-in.")
        elif len(self.pin.text()) < 4:
            problem = self.tr("The PIN needs at least 4 characters.")
        elif self.pin.text() != self.again.text():
            problem = self.tr("The two PINs differ.")
        if problem:
            warn(self, self.windowTitle(), problem)
            return
        self.accept()
