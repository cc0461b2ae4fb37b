"""The big card that says what happened, readable from two metres: green, amber or red."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from checkin.desk import CheckInResult
from checkin.domain.model import Outcome, Reason

COLOURS = {Outcome.OK: "#1e7d3a", Outcome.DUPLICATE: "#b86e00", Outcome.REJECTED: "#b3261e"}
IDLE = "#3d4a5c"
CLEAR_AFTER_MS = 6000


def reason_text(reason: Reason) -> str:
    """Say in plain words why a ticket was refused (translated)."""
    translate = QCoreApplication.translate
    texts = {
        Reason.UNKNOWN: translate("ResultCard", "Unknown ticket: not on the list for this event."),
        Reason.CANCELLED: translate("ResultCard", "This ticket has been cancelled."),
        Reason.WRONG_DAY: translate("ResultCard", "This ticket is not valid today."),
        Reason.NOT_AN_EVENT_DAY: translate("ResultCard", "Today is not a day of this event."),
        Reason.WRONG_POINT: translate("ResultCard", "This ticket does not give entry here."),
        Reason.FORGED: translate(
            "ResultCard", "This ticket is not genuine (the signature does not match)."
        ),
        Reason.UNREADABLE: translate("ResultCard", "That was not a ticket code."),
        Reason.PENDING: translate("ResultCard", "Valid ticket, registration not yet on this desk."),
    }
    return texts.get(reason, "")


class ResultCard(QFrame):
    """Shows one check-in result; clears itself after a few seconds."""

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(timezone)
        self.setObjectName("resultCard")
        self.headline = QLabel()
        self.name = QLabel()
        self.details = QLabel()
        self.explanation = QLabel()
        sizes = ((self.headline, 30), (self.name, 26), (self.details, 16), (self.explanation, 16))
        for label, size in sizes:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            weight = "bold" if size > 20 else "normal"
            label.setStyleSheet(f"color: white; font-size: {size}px; font-weight: {weight};")
        layout = QVBoxLayout(self)
        for label in (self.headline, self.name, self.details, self.explanation):
            layout.addWidget(label)
        self.outcome: Outcome | None = None
        self._timer = QTimer(self, singleShot=True, interval=CLEAR_AFTER_MS)
        self._timer.timeout.connect(self.clear)
        self.clear()

    def clear(self) -> None:
        self.outcome = None
        self._paint(IDLE)
        self.headline.setText(self.tr("Ready: show your ticket to the camera"))
        for label in (self.name, self.details, self.explanation):
            label.setText("")

    def show_result(self, result: CheckInResult) -> None:
        outcome = result.decision.outcome
        self.outcome = outcome
        self._paint(COLOURS[outcome])
        self.headline.setText(self._headline(result))
        reg = result.registration
        self.name.setText(reg.name if reg else result.ticket)
        self.details.setText(
            " · ".join(p for p in (reg.organisation, reg.category, reg.ticket_type) if p)
            if reg
            else ""
        )
        self.explanation.setText(self._explanation(result))
        self._timer.start()

    def _headline(self, result: CheckInResult) -> str:
        return {
            Outcome.OK: self.tr("Welcome! Checked in"),
            Outcome.DUPLICATE: self.tr("Already checked in"),
            Outcome.REJECTED: self.tr("Not admitted"),
        }[result.decision.outcome]

    def _explanation(self, result: CheckInResult) -> str:
        earlier = result.decision.earlier
        if earlier is not None:
            when = earlier.at.astimezone(self.zone).strftime("%H:%M")
            return self.tr(
                "First checked in at {time} at desk {desk}. Reprint the badge if needed."
            ).format(time=when, desk=earlier.desk)
        return reason_text(result.decision.reason)

    def _paint(self, colour: str) -> None:
        self.setStyleSheet(f"#resultCard {{ background: {colour}; border-radius: 12px; }}")
