"""When the desk runs Python's cycle collector: between scans, not in the middle of one.

Python's collector runs whenever enough container objects were made, on whatever thread made
the last one, and stops every thread while it walks. A full collection walks every object
alive (the window, Qt's wrappers, the event's registrations: 64-70 ms on the project
machine), about once a scanning run, so it lands between two frames of the camera and the
screen stalls (bench/RESULTS.md, "The GUI stall with the organiser's dashboard open").

`Collector` takes the collector's timing over once the first screen is up:
- the objects made while starting (modules, the window, the event) are frozen
  (`gc.freeze()`, as CPython's documentation and Instagram describe it): no collection walks
  them again; they live as long as the process anyway;
- automatic collection is off; a tick (every `TICK_MS` on the GUI thread) collects the young
  generations once enough objects were made (a few milliseconds), and the whole heap only when
  the desk has been idle `idle_s` seconds, or at the latest `cap_s` after the last one, so
  memory held by cycles stays bounded;
- `stop()` gives the collector back as it was (unfrozen, enabled) before the process ends,
  so extension modules' leak checks at exit see their objects freed.

`Collector` is plain Python (no Qt); `attach` ticks it from a timer and makes it busy on scans.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, SignalInstance

TICK_MS = 250  # how often the window calls tick()


class GcModule(Protocol):
    """The part of the `gc` module the collector uses (a fake in the tests)."""

    def collect(self, generation: int = 2) -> int: ...
    def disable(self) -> None: ...
    def enable(self) -> None: ...
    def isenabled(self) -> bool: ...
    def freeze(self) -> None: ...
    def unfreeze(self) -> None: ...
    def get_count(self) -> tuple[int, int, int]: ...


class Collector:
    """Runs Python's cycle collector when the desk is idle; never lets it wait past a cap.

    Args:
        idle_s: seconds without `busy()` before the whole heap is collected.
        cap_s: the longest time, in seconds, between two full collections, busy or not.
        young: objects made (the collector's generation-0 count) before the young
            generations are collected.
        clock: seconds, monotonic (tests pass their own).
        collector: the `gc` module (tests pass a fake).
    """

    def __init__(
        self,
        idle_s: float = 3.0,
        cap_s: float = 300.0,
        young: int = 2000,
        clock: Callable[[], float] = time.monotonic,
        collector: GcModule = gc,
    ) -> None:
        self.idle_s, self.cap_s, self.young = idle_s, cap_s, young
        self._clock, self._gc = clock, collector
        self._busy_at = self._full_at = clock()
        self._young_runs = 0
        self.running = False
        self.full_runs = 0

    def start(self) -> None:
        """Freeze what is alive now and take over from the automatic collection."""
        if self.running:
            return
        self._gc.collect()  # what start-up left as garbage is not kept for ever
        self._gc.freeze()
        self._gc.disable()
        self._busy_at = self._full_at = self._clock()
        self.running = True

    def stop(self) -> None:
        """Give the collector back: unfrozen, enabled (before the process exits)."""
        if not self.running:
            return
        self.running = False
        self._gc.unfreeze()
        self._gc.enable()

    def busy(self) -> None:
        """Something happened at the desk (a scan, a check-in): no full collection just now."""
        self._busy_at = self._clock()

    def tick(self) -> int | None:
        """Collect what is due; returns the generation collected, or None.

        The whole heap once the desk has been idle `idle_s` seconds after its last activity
        (once per quiet spell), or when the last full collection is `cap_s` old; else the
        young generations (0, every tenth time 1) once `young` objects were made.
        """
        if not self.running:
            return None
        if self._gc.isenabled():  # a worker's collector_paused() turned it back on
            self._gc.disable()
        now = self._clock()
        idle = now - self._busy_at >= self.idle_s and self._full_at <= self._busy_at
        if idle or now - self._full_at >= self.cap_s:
            return self._collect_full(now)
        if self._gc.get_count()[0] >= self.young:
            self._young_runs += 1
            generation = 1 if self._young_runs % 10 == 0 else 0
            self._gc.collect(generation)
            return generation
        return None

    def _collect_full(self, now: float) -> int:
        self._gc.collect(2)
        self._full_at, self._young_runs = now, 0
        self.full_runs += 1
        return 2


def attach(collector: Collector, window: QObject, scans: SignalInstance) -> QTimer:
    """Start `collector` now and tick it from a timer on the GUI thread.

    Args:
        collector: the policy to run.
        window: the timer's parent (it stops with the window).
        scans: a signal emitted on every code seen; each makes the desk busy.

    Returns:
        The running timer.
    """
    collector.start()
    scans.connect(lambda *_: collector.busy())
    timer = QTimer(window, interval=TICK_MS)
    timer.timeout.connect(collector.tick)
    timer.start()
    return timer
