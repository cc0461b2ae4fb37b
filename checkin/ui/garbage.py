"""Python's cyclic garbage is collected on the GUI thread only, never on a worker.

CPython runs its cyclic garbage collector on whichever thread happens to allocate when a
generation is due; in the desk that is most often the database thread (it makes the most
objects). A window or dialog held in a reference cycle (a lambda kept on ``self`` that names
``self``, as a task's progress callback does) is then destroyed on that thread while the GUI
thread paints: Qt widgets belong to the GUI thread, and this ended in a segmentation fault
(tests/gui/test_task_runner.py shows a widget collected on a busy worker without this).

`GuiThreadCollector` turns the automatic collector off and runs the generations that are due
from a timer on the GUI thread instead (the thresholds stay Python's own): the remedy of
pyqtgraph's ``GarbageCollector`` (from Fabio Zadrozny's PyDev blog, 2014). A full collection
walks the whole heap (60 ms on a 20,000-person event, measured by bench_gui.py): Python runs one
only once the objects that outlived the young collections since the last one are a quarter of
the heap, and so does this, with the heap's growth (`sys.getallocatedblocks`) in their place;
else only the young generations are collected (a full one every ten young ones stalled the
window past its 33 ms budget while the dashboard was open). The desk starts
one for its whole run (`checkin.ui.app.run_window`); tests/conftest.py does the same for the
test process.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000  # a generation due waits at most this long; a young collection takes < 1 ms
FULL_GROWTH = 1.25  # a full collection once the heap grew by a quarter since the last (CPython)


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from a timer on the thread it is made on (the GUI thread).

    Made and started on the GUI thread; `stop` gives the collection back to Python.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = gc.isenabled()
        self._heap_after_full = sys.getallocatedblocks()

    def start(self) -> None:
        """Turn Python's own collector off; collect from the timer from now on."""
        self._was_enabled = gc.isenabled()
        self._heap_after_full = sys.getallocatedblocks()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer, collect once more here, and give the collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect each generation whose count passed Python's threshold; return what went."""
        thresholds, counts = gc.get_threshold(), gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] <= thresholds[generation]:
                break
            due = generation
        if due == 2 and sys.getallocatedblocks() < self._heap_after_full * FULL_GROWTH:
            due = 1  # the heap has not grown by a quarter: the whole of it is not walked yet
        if due < 0:
            return 0
        collected = gc.collect(due)
        if due == 2:
            self._heap_after_full = sys.getallocatedblocks()
        return collected
