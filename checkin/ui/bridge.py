"""The one place where callbacks from other threads become calls on the GUI thread.

The scanner, the print queue, the event file's wait hook, the task runner's finished work and a
long task's progress all call plain functions on their own threads. Each such callback is made
here (`QtBridge.to_gui`, or one of the named signals below): a signal emitted on another
thread is delivered to the bridge, which lives on the GUI thread, through a queued
connection, so no widget is ever touched off the GUI thread (Electrum's ``QtEventListener``).
Camera frames become a `QImage` here, never a `QPixmap` (that one belongs to the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from checkin.badges.printing import PrintJob
    from checkin.desk import Waiting
    from checkin.scan.scanner import Preview, ScanEvent


class QtBridge(QObject):
    """Re-emits core callbacks as signals whose slots run on the GUI thread."""

    code_seen = Signal(object)  # ScanEvent
    frame_ready = Signal(QImage, object)  # image, outlines
    scan_error = Signal(str)
    print_state = Signal(object)  # PrintJob
    file_busy = Signal(object)  # seconds the event file has been busy (float), None when free
    _call = Signal(object, object)  # a function and its arguments, to be called on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def to_gui(self, fn: Callable[..., object]) -> Callable[..., None]:
        """Return a callback any thread may call; ``fn`` then runs on the GUI thread.

        It runs when the GUI thread's event loop takes the queued call, in the order the calls
        were made; never at once, even when called on the GUI thread (a task that was done
        before its callback was added calls back there), so an answer never arrives in the
        middle of the code that asked for it.
        """
        return lambda *args: self._call.emit(fn, args)

    @Slot(object, object)
    def _run(self, fn: Callable[..., object], args: tuple[Any, ...]) -> None:
        fn(*args)

    def on_code(self, event: ScanEvent) -> None:
        self.code_seen.emit(event)

    def on_preview(self, preview: Preview) -> None:
        """A camera frame (BGR, as OpenCV gives it) with the outlines of codes found in it."""
        height, width, _ = preview.image.shape
        data = preview.image.tobytes()
        image = QImage(data, width, height, 3 * width, QImage.Format.Format_BGR888).copy()
        self.frame_ready.emit(image, preview.outlines)

    def on_error(self, message: str) -> None:
        self.scan_error.emit(message)

    def on_print(self, job: PrintJob) -> None:
        self.print_state.emit(job)

    def on_file_wait(self, waiting: Waiting) -> None:
        """A write waits for another program's lock (called on the database thread)."""
        self.file_busy.emit(None if waiting.done else waiting.seconds)
