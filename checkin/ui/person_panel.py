"""Details of the attendee picked in the search list, with what can be done for them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checkin.domain.model import CheckIn, Registration, Status
from checkin.ui.formats import day_text, days_text, time_text
from checkin.ui.look import set_font


@dataclass(frozen=True)
class PersonView:
    """One attendee as the panel shows them: the registration and today's check-in, if any."""

    registration: Registration
    checked_in: CheckIn | None
    day: date
    days: tuple[date, ...] = ()  # the days they may enter (`DeskState.person_days`); () all


class PersonPanel(QWidget):
    """Name, organisation, category, ticket, days, status and notes; check in, edit, badge."""

    check_in = Signal(str)
    edit = Signal(str)
    reprint = Signal(str)
    preview = Signal(str)

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(timezone)
        self.code = ""
        self.view: PersonView | None = None
        self.name = QLabel()
        set_font(self.name, 17, bold=True)
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.buttons = {key: QPushButton() for key in ("check_in", "edit", "reprint", "preview")}
        signals = {"check_in": self.check_in, "edit": self.edit, "reprint": self.reprint,
                   "preview": self.preview}  # fmt: skip
        row = QGridLayout()
        for index, (key, button) in enumerate(self.buttons.items()):
            button.clicked.connect(lambda _=False, signal=signals[key]: signal.emit(self.code))
            row.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self.retranslate()
        self.hide()

    def set_zone(self, timezone: str) -> None:
        """Write times in this zone (the event's)."""
        self.zone = ZoneInfo(timezone)

    def retranslate(self) -> None:
        texts = {
            "check_in": self.tr("Check in (Enter)"),
            "edit": self.tr("Correct… (Ctrl+E)"),
            "reprint": self.tr("Print badge"),
            "preview": self.tr("Preview badge"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        if self.view is not None:
            self.show_person(self.view)

    def show_person(self, view: PersonView | None) -> None:
        """Show one attendee as the desk has them now, or hide the panel (None)."""
        self.view = view
        if view is None:
            self.code = ""
            self.hide()
            return
        person = view.registration
        self.code = person.code
        self.name.setText(person.name)
        days = days_text(view.days)
        facts = [
            person.organisation,
            " · ".join(p for p in (person.category, person.ticket_type) if p),
            self.tr("Days: {days}").format(days=days) if days else self.tr("Days: all"),
            person.email,
            self.tr("Code: {code}").format(code=person.code),
            self.tr("Note: {note}").format(note=person.note) if person.note else "",
        ]
        self.facts.setText("\n".join(fact for fact in facts if fact))
        self.state.setText(self._state(view))
        admitted = view.checked_in is not None or person.status is Status.CANCELLED
        self.buttons["check_in"].setEnabled(not admitted)
        self.show()

    def _state(self, view: PersonView) -> str:
        if view.registration.status is Status.CANCELLED:
            return "⛔ " + self.tr("Cancelled")
        if view.checked_in is None:
            return self.tr("Not checked in on {day}").format(day=day_text(view.day))
        entry = view.checked_in
        return "✔ " + self.tr("Checked in at {time} at {desk}").format(
            time=time_text(entry.at, self.zone), desk=entry.desk
        )
