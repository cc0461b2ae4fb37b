"""The big card that says what happened, readable from two metres: green, amber or red."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checkin.desk import CheckInResult
from checkin.domain.model import Outcome
from checkin.ui.formats import time_text
from checkin.ui.look import RoundedPanel, set_colours, set_font
from checkin.ui.result_texts import notice_text, read_as_text, reason_text

COLOURS = {Outcome.OK: "#1e7d3a", Outcome.DUPLICATE: "#b86e00", Outcome.REJECTED: "#b3261e"}
IDLE = "#3d4a5c"
CLEAR_AFTER_MS = 6000
BASE_HEIGHT = 280  # the card's height on a 1366x768 laptop; text grows with the card
BASE_WIDTH = 560  # and its width: the headline stays on one line as the card grows
SIZES = {"headline": 30, "name": 26, "details": 16, "explanation": 16, "notice": 14}
NOTICE_GROWTH = 1.2  # the notice about the desk's set-up grows little: it is for the volunteer


class ResultCard(RoundedPanel):
    """Shows one check-in result; says ``expired`` after a few seconds (the window clears it)."""

    expired = Signal()
    RADIUS = 12.0

    def __init__(
        self,
        timezone: str,
        parent: QWidget | None = None,
        colour_of: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(timezone)
        self.colour_of = colour_of or (lambda category: "#34495E")
        self.setObjectName("resultCard")
        self.chip_style = ""
        self.headline = QLabel()
        self.name = QLabel()
        self.category = QLabel()
        self.category.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.explanation = QLabel()
        self.notice = QLabel()  # the desk's set-up (a scanner's keyboard layout), once
        for label in (self.headline, self.name, self.details, self.explanation, self.notice):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            set_colours(label, text="white")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.name)
        layout.addWidget(self.category, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (self.details, self.explanation, self.notice):
            layout.addWidget(label)
        layout.addStretch(1)
        self.scale = 1.0
        self._style_text()
        self.outcome: Outcome | None = None
        self.camera = True
        self.public = False  # kiosk mode: a registration's notes are never shown here
        self._timer = QTimer(self, singleShot=True, interval=CLEAR_AFTER_MS)
        self._timer.timeout.connect(self.expired.emit)
        self.clear()

    def clear(self) -> None:
        """Show the idle card: how to present a ticket here (camera, or scanner and search)."""
        self.outcome = None
        self._timer.stop()
        self._paint(IDLE)
        if self.camera:
            self.headline.setText(self.tr("Ready: show your ticket to the camera"))
        else:
            self.headline.setText(self.tr("Ready: scan the ticket or search by name"))
        for label in (self.name, self.details, self.explanation, self.notice):
            label.setText("")
        self.category.hide()

    def set_zone(self, timezone: str) -> None:
        """Write times in this zone (the event's)."""
        self.zone = ZoneInfo(timezone)

    def restart_timer(self) -> None:
        self._timer.start()

    def show_result(self, result: CheckInResult, restart: bool = True) -> None:
        """Show a result in the current language; ``restart`` starts the clear-out timer."""
        outcome = result.decision.outcome
        self.outcome = outcome
        if self.public and result.decision.flags and outcome is not Outcome.REJECTED:
            self._paint(COLOURS[Outcome.DUPLICATE])  # a note for staff: said, never shown here
            self.headline.setText(self.tr("Please go to the staffed desk"))
        else:
            self._paint(COLOURS[outcome])
            self.headline.setText(self._headline(result))
        reg = result.registration
        self.name.setText(reg.name if reg else result.ticket)
        self.details.setText(
            " · ".join(p for p in (reg.organisation, reg.ticket_type) if p) if reg else ""
        )
        self._show_category(reg.category if reg else "")
        self.explanation.setText(self._explanation(result))
        if self.public and result.decision.flags and outcome is not Outcome.REJECTED:
            self.explanation.setText(self.tr("You are checked in. Someone there will help you."))
        self.notice.setText(notice_text(result) if result.notice else "")
        if restart:
            self._timer.start()

    def _headline(self, result: CheckInResult) -> str:
        return {
            Outcome.OK: self.tr("Welcome! Checked in"),
            Outcome.DUPLICATE: self.tr("Already checked in"),
            Outcome.REJECTED: self.tr("Not admitted"),
        }[result.decision.outcome]

    def _explanation(self, result: CheckInResult) -> str:
        """Why not, or when first; then how the ticket was read."""
        earlier = result.decision.earlier
        if earlier is not None:
            when = time_text(earlier.at, self.zone)
            why = self.tr(
                "First checked in at {time} at {desk}. Reprint the badge if needed."
            ).format(time=when, desk=earlier.desk)
        else:
            decision = result.decision
            why = reason_text(decision.reason, result.candidates, decision.valid_days)
        return "\n".join(part for part in (why, read_as_text(result.read_as)) if part)

    def _show_category(self, category: str) -> None:
        """The category as a chip in its badge colour, so the desk sees the same colour."""
        self.category.setVisible(bool(category))
        self.category.setText(category)
        self._style_chip()

    def _style_chip(self) -> None:
        """The chip keeps a style sheet (a border and padding), set only when it changes."""
        if not self.category.text():
            return
        colour = self.colour_of(self.category.text())
        size = round(16 * self.scale)
        style = (
            f"background: {colour}; color: white; font-size: {size}px; font-weight: bold;"
            f"border: 2px solid white; border-radius: 6px; padding: 2px 12px;"
        )
        if style != self.chip_style:
            self.chip_style = style
            self.category.setStyleSheet(style)

    def _style_text(self) -> None:
        for key, base in SIZES.items():
            scale = min(self.scale, NOTICE_GROWTH) if key == "notice" else self.scale
            set_font(getattr(self, key), round(base * scale), bold=base > 20)
        self._style_chip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Grow the text with the card, so a large screen is read from further away."""
        size = event.size()
        scale = min(2.5, max(0.8, min(size.height() / BASE_HEIGHT, size.width() / BASE_WIDTH)))
        if abs(scale - self.scale) > 0.05:
            self.scale = scale
            self._style_text()
        super().resizeEvent(event)

    def _paint(self, colour: str) -> None:
        self.set_fill(colour)
