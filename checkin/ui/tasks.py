"""Background work with one shape: a plain function off the GUI thread, its result back on it.

Every Desk call goes through one serial executor (the event file's connection has one user at
a time, as Anki's taskman does); slow input/output (printing, files) goes through another.
Tests pass ``inline=True`` to run everything at once on the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs functions on worker threads and calls back on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, error callback

    def __init__(self, inline: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._io = ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
        self._finished.connect(self._deliver)
        self.on_error: Failed = lambda error: None

    def run_db(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run a Desk call on the serial database thread."""
        self._submit(self._db, fn, on_done, on_error)

    def run_io(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run slow input/output (files, printers) on the I/O threads."""
        self._submit(self._io, fn, on_done, on_error)

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[[], Any], on_done: Done | None,
                on_error: Failed | None) -> None:  # fmt: skip
        if self.inline:
            self._call(fn, on_done, on_error)
            return
        future = pool.submit(fn)
        future.add_done_callback(lambda f: self._emit(f, on_done, on_error))

    def _call(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        try:
            result = fn()
        except Exception as error:  # handed to the caller's error callback, never lost
            (on_error or self.on_error)(error)
            return
        if on_done:
            on_done(result)

    def _emit(self, future: Future[Any], on_done: Done | None, on_error: Failed | None) -> None:
        error = future.exception()
        if error is not None:
            self._finished.emit(on_error or self.on_error, error, None)
        else:
            self._finished.emit(on_done, future.result(), None)

    @Slot(object, object, object)
    def _deliver(self, callback: Any, value: Any, _unused: Any) -> None:
        if callback:
            callback(value)

    def shutdown(self) -> None:
        """Finish queued work and stop the threads."""
        self._db.shutdown(wait=True)
        self._io.shutdown(wait=True)
