"""The event's settings: its name, days and time zone shown; when an event day ends, edited.

The day change (`checkin.domain.model.Event.day_change`, 00:00 to 12:00, default 04:00) is the
local time a check-in stops counting to the day before: a check-in at 00:10 after the dinner
still counts to the dinner's day. It is the event's, so every desk on the file follows it.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QTimeEdit, QWidget

from checkin.domain.clock import MAX_DAY_CHANGE
from checkin.domain.model import Event
from checkin.ui.buttons import dialog_buttons
from checkin.ui.formats import days_text


class EventDialog(QDialog):
    """Shows the event; the day change can be set between 00:00 and 12:00."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event settings"))
        self.setMinimumWidth(480)
        self.change = QTimeEdit(QTime(event.day_change.hour, event.day_change.minute))
        self.change.setDisplayFormat("HH:mm")
        self.change.setTimeRange(QTime(0, 0), QTime(MAX_DAY_CHANGE.hour, MAX_DAY_CHANGE.minute))
        self.change.setToolTip(
            self.tr("A check-in after midnight and before this time counts to the day before.")
        )
        days = QLabel(days_text(event.days))
        days.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Event"), QLabel(event.name))
        form.addRow(self.tr("Days"), days)
        form.addRow(self.tr("Time zone"), QLabel(event.timezone))
        form.addRow(self.tr("An event day ends at"), self.change)
        buttons = dialog_buttons()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day_change(self) -> time:
        chosen = self.change.time()
        return time(chosen.hour(), chosen.minute())
