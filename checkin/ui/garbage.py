"""Python's cyclic garbage is collected on the GUI thread only, never on a worker.

CPython runs its cyclic garbage collector on whichever thread happens to allocate when a
generation is due; in the desk that is most often the database thread (it makes the most
objects). A window or dialog held in a reference cycle (a lambda kept on ``self`` that names
``self``, as a task's progress callback does) is then destroyed on that thread while the GUI
thread paints: Qt widgets belong to the GUI thread, and this ended in a segmentation fault
(tests/gui/test_task_runner.py shows a widget collected on a busy worker without this).

`GuiThreadCollector` turns the automatic collector off and runs the generations that are due
from a timer on the GUI thread instead (the thresholds stay Python's own): the remedy of
pyqtgraph's ``GarbageCollector`` (from Fabio Zadrozny's PyDev blog, 2014). The desk starts
one for its whole run (`checkin.ui.app.run_window`); tests/conftest.py does the same for the
test process.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000  # a generation due waits at most this long; a young collection takes < 1 ms


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from a timer on the thread it is made on (the GUI thread).

    Made and started on the GUI thread; `stop` gives the collection back to Python.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        """Turn Python's own collector off; collect from the timer from now on."""
        self._was_enabled = gc.isenabled()
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
        return gc.collect(due) if due >= 0 else 0
