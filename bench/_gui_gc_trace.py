"""Trace what the GUI thread's longest gaps are in a `stall-dashboard` run.

Runs the dashboard scenario of `bench_gui.py` (without the dashboard, with it, without it
again) and records, beside the 1 ms timer's ticks:
- every run of Python's cycle collector (gc.callbacks: thread, generation, start, duration,
  objects found unreachable; the heap's size in objects before and after each desk run);
- a watchdog thread's look at the GUI thread whenever a tick is 12 ms late: the Python frames
  it is in (only `exec` means the time is inside Qt, in C++, with no Python slot running).
Then prints, for the 8 longest gaps of each run, what overlapped them.

`python bench/_gui_gc_trace.py [POLICY]`: a policy as `bench_gui.py --collector` (default none).
"""

from __future__ import annotations

import gc
import itertools
import json
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_gui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

LATE_S = 0.012
collections: list[dict[str, Any]] = []
looks: list[tuple[float, str]] = []
_open: dict[int, float] = {}
_last_tick = [0.0]
_watching = threading.Event()


def on_gc(phase: str, info: dict[str, int]) -> None:
    now, ident = time.perf_counter(), threading.get_ident()
    if phase == "start":
        _open[ident] = now
        return
    started = _open.pop(ident, now)
    collections.append({"at": started, "ms": (now - started) * 1000, "gen": info["generation"],
                        "collected": info["collected"],
                        "gui": ident == threading.main_thread().ident,
                        "thread": threading.current_thread().name})  # fmt: skip


def watchdog() -> None:
    main = threading.main_thread().ident or 0
    seen = 0.0
    while True:
        time.sleep(0.002)
        if not _watching.is_set():
            continue
        last = _last_tick[0]
        if last and last != seen and time.perf_counter() - last > LATE_S:
            seen = last
            frame = sys._current_frames().get(main)
            stack = traceback.extract_stack(frame)[-4:] if frame else []
            where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                               for f in reversed(stack))  # fmt: skip
            looks.append((last, where))


def measure(qapp: QApplication, seconds: float) -> dict[str, Any]:
    ticks: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        ticks.append(now)
        _last_tick[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    first = len(collections)
    timer.start()
    _watching.set()
    bench_gui.stop_after(qapp, seconds)
    _watching.clear()
    timer.stop()
    gaps = sorted(((b - a) * 1000, a, b) for a, b in itertools.pairwise(ticks))
    runs = collections[first:]
    print(json.dumps({"longest_gap_ms": round(gaps[-1][0], 1),
                      "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)][0], 1),
                      "collections": {g: sum(c["gen"] == g for c in runs) for g in (0, 1, 2)},
                      "gen2_ms": [round(c["ms"], 1) for c in runs if c["gen"] == 2],
                      "heap_objects": len(gc.get_objects())}))  # fmt: skip
    names = {t.native_id: t.name for t in threading.enumerate()}
    print(json.dumps({"gui_tid": threading.get_native_id(), "threads": names,
                      "gaps": [[a, b, round(gap, 1)] for gap, a, b in gaps[-8:]]}))  # fmt: skip
    for gap, a, b in reversed(gaps[-8:]):
        inside = [c for c in runs if c["at"] < b and c["at"] + c["ms"] / 1000 > a]
        gc_ms = sum(c["ms"] for c in inside)
        what = ", ".join(f"gen{c['gen']} {c['ms']:.1f} ms on {c['thread']} "
                         f"({c['collected']} freed)" for c in inside)  # fmt: skip
        what = what or "no collection"
        where = [w for at, w in looks if at == a]
        print(
            f"  gap {gap:6.1f} ms at {a - ticks[0]:6.2f} s: {what}; collector {gc_ms:.1f} ms"
            f"; GUI thread in: {where[0] if where else '-'}"
        )
    p99 = gaps[int(len(gaps) * 0.99)][0]
    return {"longest_gap_ms": round(gaps[-1][0], 1), "p99_gap_ms": round(p99, 1),
            "ticks": len(ticks)}  # fmt: skip


def main() -> None:
    policy = sys.argv[1] if len(sys.argv) > 1 else "none"
    bench_gui.use_collector(policy)
    gc.callbacks.append(on_gc)
    threading.Thread(target=watchdog, daemon=True, name="watchdog").start()
    bench_gui.measure = measure
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    with tempfile.TemporaryDirectory() as name:
        for label, board, again in (("without", False, ""), ("dashboard", True, ""),
                                    ("without_after", False, "-2")):  # fmt: skip
            print(f"== {label} (collector: {policy})")
            figures = bench_gui.desk_run(qapp, Path(name), None, dashboard=board, again=again)
            print(json.dumps({k: v for k, v in figures.items() if "gap" in k or "refresh" in k}))


if __name__ == "__main__":
    main()
