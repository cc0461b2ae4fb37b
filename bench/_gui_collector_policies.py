"""Ways of running Python's cycle collector tried against the GUI stall.

`bench_gui.py stall-dashboard --collector NAME` starts one on the desk window's first paint
(`MainWindow.first_painted`, where the desk loads what waited for the screen) and stops it
after the run. bench/RESULTS.md ("The GUI stall with the organiser's dashboard open: the
cycle collector") has the alternated runs: none moved the longest gap, because the collector
hardly runs while the desk scans (0 full collections in every measured window).

- gui: what the desk does since session 22 (`checkin.ui.garbage.GuiThreadCollector`, started
  by `run_window`): automatic collection off, the generations due collected from a 1 s timer
  on the GUI thread, so no Qt object dies on a worker thread. The default.
- none: Python's own collection (what the desk did before).
- freeze: `gc.freeze()` once the window is up and the event open (CPython's documentation,
  Instagram's "Dismissing Python Garbage Collection"), automatic collection left on.
- thresholds: automatic collection with raised thresholds (young 10,000; full 1 in 50).
- idle: freeze, automatic collection off, the young generations collected from a 250 ms
  timer once 2,000 objects were made, the whole heap once the desk has been idle 3 s after a
  scan, or at the latest 300 s after the last one.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer, SignalInstance


class Policy:
    """Python's own collection: nothing done (the "none" policy)."""

    def start(self, window: QObject, scans: SignalInstance) -> None:
        """The first screen is up: take over (window: a timer's parent; scans: codes seen)."""

    def stop(self) -> None:
        """Give the collector back as it was."""


class FreezeOnly(Policy):
    def start(self, window: QObject, scans: SignalInstance) -> None:
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        gc.unfreeze()


class Thresholds(Policy):
    def start(self, window: QObject, scans: SignalInstance) -> None:
        self.was = gc.get_threshold()
        gc.set_threshold(10_000, 10, 50)

    def stop(self) -> None:
        gc.set_threshold(*self.was)


class IdleCollector(Policy):
    """Collections between scans: young ones from a timer, full ones when idle or at a cap."""

    IDLE_S, CAP_S, YOUNG, TICK_MS = 3.0, 300.0, 2000, 250

    def start(self, window: QObject, scans: SignalInstance) -> None:
        gc.collect()
        gc.freeze()
        gc.disable()
        self.busy_at = self.full_at = time.monotonic()
        self.young_runs = 0
        scans.connect(self.busy)
        self.timer = QTimer(window, interval=self.TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def busy(self, *_: object) -> None:
        self.busy_at = time.monotonic()

    def tick(self) -> None:
        if gc.isenabled():  # a worker's collector_paused() turned it back on
            gc.disable()
        now = time.monotonic()
        idle = now - self.busy_at >= self.IDLE_S and self.full_at <= self.busy_at
        if idle or now - self.full_at >= self.CAP_S:
            gc.collect(2)
            self.full_at, self.young_runs = now, 0
        elif gc.get_count()[0] >= self.YOUNG:
            self.young_runs += 1
            gc.collect(1 if self.young_runs % 10 == 0 else 0)

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
        gc.enable()


class GuiThread(Policy):
    """The desk's own: `GuiThreadCollector` (run_window starts it before the window)."""

    def start(self, window: QObject, scans: SignalInstance) -> None:
        from checkin.ui.garbage import GuiThreadCollector

        self.collector = GuiThreadCollector(window)
        self.collector.start()

    def stop(self) -> None:
        self.collector.stop()


POLICIES: dict[str, type[Policy]] = {"gui": GuiThread, "none": Policy, "freeze": FreezeOnly,
                                     "thresholds": Thresholds, "idle": IdleCollector}  # fmt: skip
