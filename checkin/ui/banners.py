"""The strips above the card: a note to confirm, check-ins waiting, set-up, another day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from checkin.ui.flow import Block
from checkin.ui.formats import day_text
from checkin.ui.look import RoundedPanel, set_colours, set_font
from checkin.ui.plurals import plurals

DAY_CHECK_MS = 60000  # how often the window looks whether today is still the desk's day


class Banner(RoundedPanel):
    """A coloured strip with a text and, optionally, one button."""

    clicked = Signal()

    def __init__(self, name: str, background: str, button: bool = True) -> None:
        super().__init__()
        self.set_fill(background)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays where it was
        self.button.clicked.connect(self.clicked.emit)
        self.button.setVisible(button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setObjectName(name)
        self.hide()


class NoteBanner(Banner):
    """Attention notes that stop the flow until confirmed (Enter anywhere in the window)."""

    def __init__(self) -> None:
        super().__init__("noteBanner", "#ffe08a")
        set_font(self.text, 20, bold=True)
        set_colours(self.text, text="#5a3b00")
        set_font(self.button, 18, bold=True)
        self.button.setMinimumHeight(44)  # a big target: the volunteer's hand is on the mouse
        self.flags: tuple[str, ...] = ()

    def show_flags(self, flags: tuple[str, ...]) -> None:
        """Show these notes, or hide the banner when there are none."""
        self.flags = flags
        self.retranslate()
        self.setVisible(bool(flags))

    def retranslate(self) -> None:
        self.button.setText(self.tr("Done (Enter)"))
        self.text.setText(self.tr("Attention: ") + " · ".join(self.flags))


class WaitingLine(Banner):
    """How many check-ins wait, and for what; hidden when none does.

    A Quit (or ×) refused because check-ins wait is said here too, in the strip the volunteer
    is already asked to act on: wrapped, whole, and gone with the last waiting check-in (the
    status bar would cut it beside the badge's state, and keep it after the queue emptied).
    """

    def __init__(self) -> None:
        super().__init__("waitingLine", "#dfe7f2", button=False)
        set_font(self.text, 16)
        set_colours(self.text, text="#1d3557")
        self.count = 0
        self.block: Block | None = None
        self.busy_for: float | None = None  # seconds the event file has been busy, or None
        self.quit_refused = False  # Quit was asked while check-ins wait

    def show_waiting(self, count: int, block: Block | None) -> None:
        self.count, self.block = count, block
        self.quit_refused = self.quit_refused and count > 0  # said until the last one went
        self._update()

    def refuse_quit(self) -> None:
        """Say that the desk stays open until the waiting check-ins are done."""
        self.quit_refused = True
        self._update()

    def show_file_busy(self, seconds: float | None) -> None:
        """Say that a check-in waits for another program's write; None: the file is free."""
        self.busy_for = seconds
        self._update()

    def _update(self) -> None:
        self.retranslate()
        self.setVisible(self.count > 0 or self.busy_for is not None)

    def retranslate(self) -> None:
        reasons = {
            Block.NOTE: self.tr("confirm the note first (Enter)"),
            Block.DIALOG: self.tr("they go when the dialog is closed"),
            None: self.tr("being checked in"),
        }
        parts = []
        if self.busy_for is not None:
            parts.append(
                self.tr(
                    "Waiting for the event file: another program is writing it ({seconds} s). "
                    "Nothing is lost; the check-in goes as soon as it is free."
                ).format(seconds=int(self.busy_for))
            )
        if self.count:
            parts.append(plurals().waiting(self.count) + " " + reasons[self.block])
        if self.quit_refused:
            parts.append(
                self.tr(
                    "— The desk stays open until the waiting check-ins are done: then quit again."
                )
            )
        self.text.setText(" ".join(parts))


class SetupBanner(Banner):
    """Asks for the desk's name and an admin PIN until both are set."""

    def __init__(self) -> None:
        super().__init__("setupBanner", "#f4d7d3")
        set_colours(self.text, text="#5c1a14")
        self.missing_name, self.missing_pin, self.host = False, False, ""

    def show_missing(self, missing_name: bool, missing_pin: bool, host: str) -> None:
        self.missing_name, self.missing_pin, self.host = missing_name, missing_pin, host
        self.retranslate()
        self.setVisible(missing_name or missing_pin)

    def retranslate(self) -> None:
        parts = []
        if self.missing_name:
            parts.append(
                self.tr("This desk has no name: check-ins are marked «{host}».").format(
                    host=self.host
                )
            )
        if self.missing_pin:
            parts.append(self.tr("No admin PIN: undo, import, export and kiosk are open to all."))
        self.text.setText(" ".join(parts))
        self.button.setText(self.tr("Set up this desk…"))


class DayBanner(Banner):
    """Says in red that the desk checks in for another day than today; hidden on today.

    ``tick`` comes every minute: the window looks again (today changes at the day change).
    """

    tick = Signal()

    def __init__(self) -> None:
        super().__init__("dayBanner", "#f9dedc", button=False)
        self._timer = QTimer(self, interval=DAY_CHECK_MS)
        self._timer.timeout.connect(self.tick.emit)
        self._timer.start()
        set_font(self.text, 16, bold=True)
        set_colours(self.text, text="#8c1d18")
        self.day: date | None = None
        self.today: date | None = None

    def show_day(self, day: date, today: date) -> None:
        """The desk's day and the event day it is now."""
        self.day, self.today = day, today
        self.retranslate()
        self.setVisible(day != today)

    def retranslate(self) -> None:
        if self.day is None or self.today is None:
            return
        self.text.setText(
            self.tr("Not today: check-ins count for {day} (today is {today}).").format(
                day=day_text(self.day), today=day_text(self.today)
            )
        )


class ProblemBanner(Banner):
    """A problem with the desk's set-up the volunteer should know of; OK puts it away."""

    def __init__(self) -> None:
        super().__init__("problemBanner", "#f9dedc")
        set_colours(self.text, text="#8c1d18")
        self.clicked.connect(self.hide)
        self.say: Callable[[], str] = lambda: ""

    def show_problem(self, say: Callable[[], str]) -> None:
        """Show a problem; ``say`` gives it in the current language."""
        self.say = say
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.text.setText(self.say())
        self.button.setText(self.tr("OK"))
