"""No lost check-in: one at a time, and whatever cannot go now waits where it can be seen.

Every check-in the volunteer or the camera asks for (a scan, a burst from the handheld scanner,
search + Enter, a walk-in) becomes a `Request`. One runs at a time, so a result never lands
under a later one; a request made while an attention note waits to be confirmed, or while one
of the desk's dialogs is open, waits in the queue (the window shows how many and why) and goes
as soon as nothing blocks it. What a dialog set that is applied only after it closed (the desk's
name with a new admin PIN, hashed off the GUI thread) holds the queue until it is in force
(`CheckInFlow.hold`): a held scan is written under the desk's name and day of the moment it
is admitted, never those of before the dialog. A request is only dropped when it is the same
ticket as one already waiting.

A scan carries when its code was seen (``seen_at``, `time.monotonic()`: the camera frame, the
handheld's Enter), and the desk keeps the time from then to the check-in written (`Desk.check_in`).
Waiting behind another check-in is part of that time, as it is of the attendee's; a request that
had to wait for a note to be confirmed or a dialog to close is not timed (its ``seen_at`` is
dropped), since it measures the volunteer, not the desk. Search and walk-ins are not timed.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.desk import CheckInResult, Desk
from checkin.domain.model import Method

POLL_MS = 150  # how often a blocked queue looks again (a dialog closing has no signal here)


class Block(enum.Enum):
    """Why a check-in cannot run now."""

    NOTE = "note"  # an attention note waits to be confirmed
    DIALOG = "dialog"  # a dialog is open in front of the desk


@dataclass(frozen=True)
class Request:
    """One check-in asked for: the ticket text (or a walk-in's name), how it came, the call.

    ``run`` is called on the database thread with the day the desk checks in for when it runs
    and ``seen_at``: when the code was seen (`time.monotonic()`, seconds), None when the
    check-in is not timed.
    """

    text: str
    method: Method
    run: Callable[[date, float | None], CheckInResult]
    seen_at: float | None = None

    @classmethod
    def check_in(cls, desk: Desk, text: str, method: Method, seen_at: float | None) -> Request:
        """Check in a ticket's text at ``desk`` (timed from ``seen_at`` if given)."""
        return cls(
            text, method, lambda day, seen: desk.check_in(text, method, day, seen_at=seen), seen_at
        )

    @classmethod
    def walk_in(cls, desk: Desk, values: dict[str, str]) -> Request:
        """Register a walk-in (`Desk.walk_in` keywords) and check them in; never timed."""
        name = f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()
        return cls(name, Method.WALK_IN, lambda day, _seen: desk.walk_in(**values, day=day))


class CheckInFlow(QObject):
    """Runs requests one by one; ``waiting`` says how many wait and what blocks them."""

    waiting = Signal(int, object)  # count, Block | None

    def __init__(
        self,
        start: Callable[[Request], None],
        blocked: Callable[[], Block | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._start, self._blocked = start, blocked
        self.queue: list[Request] = []
        self.running: Request | None = None
        self._holds = 0  # settings from a closed dialog still being applied
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.drain)

    @property
    def busy(self) -> bool:
        """Whether a check-in runs or waits."""
        return self.running is not None or bool(self.queue)

    def ask(self, request: Request) -> None:
        """Queue a check-in and start it if nothing blocks it."""
        same = (request.text, request.method)
        if not any((queued.text, queued.method) == same for queued in self.queue):
            self.queue.append(request)
        self.drain()

    def hold(self) -> Callable[[], None]:
        """Hold every request (as an open dialog does) until the call returned is made.

        For what a dialog set that is applied after it closed: call the returned function
        once the settings are in force (or failed); calling it again does nothing.
        """
        self._holds += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._holds -= 1
                self.drain()

        return release

    def done(self) -> None:
        """The running check-in has its answer on screen (or failed): go on with the next."""
        self.running = None
        self.drain()

    def drain(self) -> None:
        """Start the next request unless one runs or something blocks the desk."""
        block = (Block.DIALOG if self._holds else self._blocked()) if self.queue else None
        if self.queue and block is None and self.running is None:
            self.running = self.queue.pop(0)
            self._start(self.running)
        if block is not None:  # what waits for a person is no measure of the desk: untimed
            self.queue = [replace(queued, seen_at=None) for queued in self.queue]
            self._poll.start()
        else:
            self._poll.stop()
        self.waiting.emit(len(self.queue), block)
