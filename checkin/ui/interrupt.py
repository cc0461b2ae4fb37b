"""Ctrl+C in the desk's terminal (SIGINT) ends the desk as Quit does, at once and quietly.

Python runs a signal handler only between its own bytecodes, and Qt's event loop runs none
while the desk is idle: with Python's default handler a Ctrl+C did nothing until the next
event, and then raised `KeyboardInterrupt` inside whatever Python override Qt was calling
(the key router's ``eventFilter``), which PySide reports on stderr ("Error calling Python
override of QObject::eventFilter()"). Here the signal writes a byte to a socket the event loop
watches (`signal.set_wakeup_fd`), so the loop wakes at once; the handler only asks the
application to quit, and raises nothing anywhere.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from checkin import log

_log = log.get("ui")


class InterruptWatch(QObject):
    """While installed, SIGINT quits the running application (exit code 0).

    Install it on the GUI thread before the event loop starts; `uninstall` puts the handler
    and the wake-up descriptor that were there back. ``on_interrupt`` is what a Ctrl+C does
    (default: `QCoreApplication.quit`, which closes the windows as Quit does).
    """

    def __init__(
        self, on_interrupt: Callable[[], object] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_interrupt = on_interrupt or QCoreApplication.quit
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._saved: tuple[int, object] | None = None

    def install(self) -> None:
        """Take SIGINT: a Ctrl+C wakes the event loop and quits it."""
        fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._saved = (fd, signal.signal(signal.SIGINT, self._interrupted))

    def uninstall(self) -> None:
        """Give SIGINT back to the handler it had (a second Ctrl+C while the desk stops)."""
        if self._saved is None:
            return
        fd, handler = self._saved
        signal.signal(signal.SIGINT, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(fd)
        self._saved = None
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()

    def _interrupted(self, _signum: int, _frame: FrameType | None) -> None:
        _log.info("interrupted (Ctrl+C): the desk stops")
        self._on_interrupt()

    def _drain(self) -> None:
        """The loop woke for the signal (its Python handler has run by now): empty the socket."""
        try:
            while self._read.recv(64):
                pass
        except BlockingIOError:
            pass
