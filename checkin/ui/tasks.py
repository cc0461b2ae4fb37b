"""Background work with one shape: a plain function off the GUI thread, its result back on it.

Every Desk call goes through one serial executor, the database thread (the event file's
connection has one user at a time, as Anki's taskman does); slow input/output (reading a file,
printing, hashing a PIN) goes through another. Results, errors and a long task's progress come
back through the bridge (`checkin.ui.bridge`), the one adapter from other threads to the GUI
thread. Tests pass ``inline=True`` to run everything at once on the calling thread.

A worker thread never holds the last reference to what the GUI thread owns: the callbacks wait
on the GUI side (the worker hands back a number, its outcome and nothing else), and the worker
lets go of the function it ran before it hands the outcome back. A callback that holds a
window (a dialog's ``self._checked``) kept in the worker's future used to die with the future
on that thread: its widget was destroyed there while the GUI thread painted, and the process
ended in a segmentation fault (seen in tests/gui/test_pin.py, one run in about 14).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, TypeVar

from checkin import log
from checkin.ui.bridge import QtBridge

T = TypeVar("T")
_log = log.get("ui")
Done = Callable[[Any], object]
Failed = Callable[[BaseException], object]


class TaskProgress:
    """The `checkin.progress.Progress` a worker reports to; shown on the GUI thread.

    ``show(fraction, text)`` is called on the GUI thread (through the bridge); `cancel` is
    called there too, and the worker sees it in `cancelled`.
    """

    def __init__(self, show: Callable[[float, str], object]) -> None:
        self._show = show
        self._stop = False

    def set(self, fraction: float, text: str = "") -> None:
        self._show(fraction, text)

    def cancelled(self) -> bool:
        return self._stop

    def cancel(self) -> None:
        self._stop = True


class TaskRunner:
    """Runs functions on worker threads and calls back on the GUI thread.

    Args:
        inline: run every function at once on the calling thread (tests).
        bridge: the adapter results come back through (one is made if none is given).
        database: the serial executor that owns the event file (one worker thread); the
            command line hands over the one it opened the event file on.
    """

    def __init__(
        self,
        inline: bool = False,
        bridge: QtBridge | None = None,
        database: Executor | None = None,
    ) -> None:
        self.inline = inline
        self.bridge = bridge or QtBridge()
        self._db = database or ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._io = ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
        self.on_error: Failed = lambda error: None
        self._waiting: dict[int, tuple[Done | None, Failed | None]] = {}  # on the GUI side
        self._keys = itertools.count()

    def run_db(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run a Desk call on the serial database thread."""
        self._submit(self._db, fn, on_done, on_error)

    def run_io(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run slow input/output (files, printers, a PIN's hash) on the I/O threads."""
        self._submit(self._io, fn, on_done, on_error)

    def when_done(self, future: Future[T], on_done: Done, on_error: Failed | None = None) -> None:
        """Call back on the GUI thread when work started elsewhere (at start-up) is done."""
        if self.inline or future.done():
            self._call(future.result, on_done, on_error)
            return
        future.add_done_callback(self._relay(on_done, on_error))

    def progress(self, show: Callable[[float, str], object]) -> TaskProgress:
        """A progress object for a worker; ``show`` is called on the GUI thread."""
        return TaskProgress(show if self.inline else self.bridge.to_gui(show))

    def _submit(self, pool: Executor, fn: Callable[[], Any], on_done: Done | None,
                on_error: Failed | None) -> None:  # fmt: skip
        if self.inline:
            self._call(fn, on_done, on_error)
            return
        try:
            future = pool.submit(_let_go_after(fn))
        except RuntimeError:  # the desk is closing: its threads take no new work
            _log.info("work asked for while the desk closes was not started: %r", fn)
            return
        future.add_done_callback(self._relay(on_done, on_error))

    def _call(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        try:
            result = fn()
        except Exception as error:  # handed to the caller's error callback, never lost
            (on_error or self.on_error)(error)
            return
        if on_done:
            on_done(result)

    def _relay(
        self, on_done: Done | None, on_error: Failed | None
    ) -> Callable[[Future[Any]], None]:
        """A future's done-callback that hands the outcome to the GUI thread.

        The callbacks stay here, under a number; the future (which dies on the worker thread)
        holds only that number.
        """
        key = next(self._keys)
        self._waiting[key] = (on_done, on_error)
        answer = self.bridge.to_gui(self._answered)  # made here: the runner holds no cycle

        def relay(future: Future[Any]) -> None:
            error = future.exception()
            answer(key, error, None if error is not None else future.result())

        return relay

    def _answered(self, key: int, error: BaseException | None, value: object) -> None:
        """On the GUI thread: call the callbacks kept under ``key`` (and let go of them)."""
        on_done, on_error = self._waiting.pop(key)
        if error is not None:
            (on_error or self.on_error)(error)
        elif on_done:
            on_done(value)

    def shutdown(self) -> None:
        """Finish queued work and stop the threads."""
        self._db.shutdown(wait=True)
        self._io.shutdown(wait=True)


def _let_go_after(fn: Callable[[], T]) -> Callable[[], T]:
    """``fn`` for a worker, which lets go of it once it has run.

    It is let go before the outcome is handed back, so what ``fn`` holds never dies on the
    worker after the GUI thread let go of it.
    """
    held = [fn]
    return lambda: held.pop()()
