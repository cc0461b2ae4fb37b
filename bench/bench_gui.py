"""The GUI thread while scanning and printing; and the time from `checkin` start to a ready window.

A: a 30 fps video shows QR codes of many valid attendees to the real desk window, so every
code is an OK check-in and a badge is made (a PDF on a worker thread, and, if
CHECKIN_PRINT_QUEUE names a CUPS queue, a second run through lp). The camera opens once the
window is on screen, as at the desk; the measuring starts 1.5 s later, when the first attendee
comes (the first screen's own work is part B's). A 1 ms timer on the GUI
thread records every tick; the longest gap between ticks is the longest stall (target < 33 ms,
one frame at 30 fps). A third run does the same and, halfway, opens another event file of 2,000
attendees (a copy of the one being scanned, so the check-ins go on). A bare QMainWindow is
measured the same way for the same time in the same run.

A with the dashboard (`stall-dashboard`): the same scanning on a bigger event, 20,000
registrations of which 8,000 were checked in today by two other desks before the run (written
straight into the file), so a dashboard refresh reads 28,000 rows and lists 10,800 people still
missing. Run without the dashboard, with the organiser's dashboard opened as a user opens it
(the window's Desk -> Attendance dashboard action, Ctrl+Shift+D) before the camera starts, and
without it again (the process's first run carries first-use costs the later ones do not).
Each scan's check-in commits on the desk's database thread, the dashboard hears of it
(`Desk.on_change`, as for any write of this desk; the window's counts, as after a sync) and
refreshes as in use: read in its reading process, shown on the GUI thread, spaced by at least
a second. The bare window is measured in the same run. The figures: longest gap and p99 with
and without the dashboard, the refreshes shown while measured and the last read's time.

B: from the parent's clock before the child interpreter starts to the desk window exposed on
an X server (a private Xvfb, as a person would see it): `checkin run --db PATH --no-camera` on
an event of 2,000, beside a bare PySide6 window (targets: under 0.8 s, within 3x the bare one).

`bench_gui.py` runs all three (about 5 minutes); `stall`, `stall-dashboard` or `start` runs one.
`--collector none|freeze|thresholds|idle` runs the desk with another way of running Python's
cycle collector (bench/_gui_collector_policies.py; `gui`, the default: as the desk runs, the
collection on the GUI thread; `none`: Python's own, as before session 22): A/B runs.
`--no-badges` scans without making badges (what the badge work costs the GUI thread).
"""

from __future__ import annotations

import gc
import importlib
import itertools
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gui_collector_policies import POLICIES

from checkin import config
from checkin.demo import make_demo
from checkin.desk import CheckInResult, Desk
from checkin.domain.clock import utc_text
from checkin.domain.model import Registration
from checkin.domain.rules import attention_flags
from checkin.scan.sources import FrameSource, open_source
from checkin.ui.app import DeskApp

PEOPLE, SHOWN, GAP, FPS, RUNS = 30, 15, 5, 30, 15
# the tests' video writer, loaded by name so mypy does not check the untyped test module
write_video = importlib.import_module("tests.integration.qr_media").write_video
xvfb = importlib.import_module("tests.x11.xdriver").xvfb
STALL_TARGET_MS, START_TARGET_S, START_RATIO = 33.0, 0.8, 3.0
WARM_S = 1.5  # seconds between the window showing and the first attendee
PROBE = Path(__file__).with_name("_gui_start_probe.py")
BIG, SEEDED = 20_000, 8_000  # the dashboard run's event: registrations, checked in before


class Paced:
    """A video file read at its frame rate, as a camera would deliver it."""

    def __init__(self, inner: FrameSource) -> None:
        self.inner, self.live, self.fps = inner, inner.live, inner.fps
        self.description, self.next = inner.description, time.monotonic()

    def read(self) -> np.ndarray | None:
        self.next += 1.0 / FPS
        time.sleep(max(0.0, self.next - time.monotonic()))
        return self.inner.read()  # raises SourceEnded after the last frame

    def close(self) -> None:
        self.inner.close()


def measure(qapp: QApplication, seconds: float) -> dict[str, float]:
    """Run the event loop for `seconds` with a 1 ms timer; return the gaps between its ticks.

    Also what Python's cycle collector did meanwhile (on any thread: it stops them all):
    young (generation 0/1) and full collections, and the longest of each, in ms.
    """
    ticks: list[float] = []
    runs: list[tuple[int, float]] = []
    started: list[float] = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            runs.append((info["generation"], (time.perf_counter() - started[0]) * 1000))

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    gc.callbacks.append(on_gc)
    timer.start()
    stop_after(qapp, seconds)
    timer.stop()
    gc.callbacks.remove(on_gc)
    gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(ticks))
    young, full = [ms for g, ms in runs if g < 2], [ms for g, ms in runs if g == 2]
    return {"longest_gap_ms": round(gaps[-1], 1),
            "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)], 1), "ticks": len(ticks),
            "gc_young": len(young), "gc_young_max_ms": round(max(young, default=0.0), 1),
            "gc_full": len(full), "gc_full_max_ms": round(max(full, default=0.0), 1)}  # fmt: skip


def warm_up(qapp: QApplication, seconds: float) -> None:
    """Run the event loop without measuring: the window paints and loads what waited for it."""
    stop_after(qapp, seconds)


def stop_after(qapp: QApplication, seconds: float) -> None:
    """Run the event loop for `seconds`, leaving every window open.

    Not `quit()`: in Qt 6 it closes every top-level window first. Until 2026-11-30 the desk
    window was closed that way after the warm-up, so the scanning was measured on a closed
    window that painted nothing (bench/RESULTS.md, issue 14's dashboard run).
    """
    QTimer.singleShot(int(seconds * 1000), lambda: qapp.exit(0))
    qapp.exec()


policy = ["gui"]  # how the desk runs in this process treat Python's cycle collector
badges = [True]  # --no-badges: scan without making badges (what the badge work costs the GUI)


def use_collector(name: str) -> None:
    """How the desk runs treat Python's cycle collector (the A/B runs' switch).

    "gui": on the GUI thread, as the desk does; "none": Python's own; the others tried remedies
    (bench/_gui_collector_policies.py), started on the window's first paint.
    """
    if name not in POLICIES:
        raise SystemExit(f"unknown collector policy {name!r}: one of {', '.join(POLICIES)}")
    policy[0] = name


def plain_ok(person: Registration) -> bool:
    """A valid conference ticket with no attention note (a note stops the flow until confirmed)."""
    return (
        person.status.value == "valid"
        and person.ticket_type == "Konferansebillett"
        and not attention_flags(person, None)
    )


def seed_other_desks(desk: Desk, count: int, keep: set[str]) -> int:
    """Write `count` check-ins of today by two other desks straight into the file (setup only)."""
    codes = [r.code for r in desk.registrations() if r.code not in keep][:count]
    today, now = desk.today().isoformat(), datetime.now(UTC)
    rows = [(str(uuid.uuid4()), code, today, utc_text(now - timedelta(seconds=7 * index % 10_800)),
             f"Skranke {2 + index % 2}", desk.point.name, "scan", "checkin")
            for index, code in enumerate(codes)]  # fmt: skip
    conn = sqlite3.connect(desk.path)
    with conn:
        conn.executemany("INSERT INTO checkins (id, code, day, at, desk, point, method, kind) "
                         "VALUES (?,?,?,?,?,?,?,?)", rows)  # fmt: skip
    conn.close()
    return len(rows)


def open_dashboard(app: DeskApp) -> Any:
    """Open the dashboard as a user does (Desk -> Attendance dashboard); count its refreshes."""
    app.current.actions_["dashboard"].trigger()
    dashboard = app.current._dashboard  # type: ignore[attr-defined]  # set by open_dashboard
    dashboard.shown = []
    dashboard.loaded.connect(lambda result: dashboard.shown.append(time.perf_counter()))
    return dashboard


def desk_run(
    qapp: QApplication,
    tmp: Path,
    printer: str | None,
    open_another: bool = False,
    dashboard: bool | None = None,  # None: the 2,000 event; else the big one, with or without
    again: str = "",  # a second run of the same kind: its folder's suffix
) -> dict[str, object]:
    big = dashboard is not None
    kind = "cups" if printer else "open" if open_another else "pdf"
    folder = tmp / ((("big-dashboard" if dashboard else "big-plain") if big else kind) + again)
    folder.mkdir()
    make_demo(folder / "event.sqlite", size=BIG if big else 2000, seed=3).close()  # WAL back
    shutil.copy(folder / "event.sqlite", folder / "another.sqlite")  # the same tickets
    desk = Desk.open(folder / "event.sqlite")
    people = [r for r in desk.registrations() if plain_ok(r)][:PEOPLE]
    seeded = seed_other_desks(desk, SEEDED, {p.code for p in people}) if big else 0
    timeline: list[list[tuple[str, int, int]]] = [[]] * int(WARM_S * FPS)  # nobody there yet
    for index, person in enumerate(people):
        spot = (desk.ticket_payload(person), 200 + (index * 97) % 700, 100 + (index * 53) % 400)
        timeline += [[spot]] * SHOWN + [[]] * GAP
    video = write_video(folder / "codes.avi", timeline, size=(1280, 720), fps=FPS)
    settings = config.Settings(language="nb", auto_print=badges[0], sounds=False,
                               printer=printer or "")  # fmt: skip
    pdf_dir = None if printer else folder
    app = DeskApp(desk, camera=lambda: Paced(open_source(str(video))), settings=settings,
                  settings_path=folder / "cfg.toml", pdf_dir=pdf_dir)  # fmt: skip
    collector = POLICIES[policy[0]]()
    app.current.first_painted.connect(lambda: collector.start(app.current, app.bridge.code_seen))
    shown: list[CheckInResult] = []
    app.current.result_shown.connect(shown.append)
    app.current.show()  # the camera opens once the window is on screen, as at the desk
    board = open_dashboard(app) if dashboard else None
    warm_up(qapp, WARM_S)  # the first screen's own work is the start-up bench's (part B)
    seconds = len(timeline) / FPS - WARM_S + 2.0
    if open_another:  # halfway through the scanning
        QTimer.singleShot(int(seconds * 500), lambda: app.open_path(folder / "another.sqlite"))
    started = time.perf_counter()
    figures: dict[str, object] = dict(measure(qapp, seconds))
    figures["event_shown"] = app.current.desk.path.name
    figures["checkins_shown"] = len(shown)
    figures["ok"] = sum(r.decision.outcome.value == "ok" for r in shown)
    figures["frames_shown"] = app.current.camera.frames
    figures["badge_pdfs"] = len(list(folder.glob("badge-*.pdf")))
    figures["window_open"] = app.current.isVisible()  # it painted all along
    if big:
        figures["registrations"], figures["checked_in_before"] = BIG, seeded
    if board is not None:
        figures.update(dashboard_figures(board, started))
        board.close()
    app.stop()
    app.current.close()
    collector.stop()
    return figures


def dashboard_figures(board: Any, started: float) -> dict[str, object]:
    """What the dashboard showed while measured: refreshes, its last read, rows shown."""
    report = board.report
    return {"dashboard_refreshes": sum(at >= started for at in board.shown),
            "dashboard_last_read_s": round(board.read_s, 2),
            "dashboard_missing_rows": board.missing_lines.rowCount(),
            "dashboard_open": board.isVisible(),
            "dashboard_checked_in": report.totals.checked_in if report else None}  # fmt: skip


def bare_run(qapp: QApplication, seconds: float) -> dict[str, float]:
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare PySide6 window"))
    window.show()
    figures = measure(qapp, seconds)
    window.close()
    return figures


def part_a(tmp: Path) -> None:
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    seconds = PEOPLE * (SHOWN + GAP) / FPS + 2.0
    figures: dict[str, object] = {"part": "gui_stall", "seconds": round(seconds, 1),
                                  "video": f"1280x720 {FPS} fps, {PEOPLE} attendees"}  # fmt: skip
    figures["pdf"] = pdf = desk_run(qapp, tmp, None)
    queue = os.environ.get("CHECKIN_PRINT_QUEUE", "")
    if queue:
        figures["cups_" + queue] = desk_run(qapp, tmp, queue)
    figures["pdf_and_open"] = opened = desk_run(qapp, tmp, None, open_another=True)
    figures["bare"] = bare = bare_run(qapp, seconds)
    ratio = round(float(pdf["longest_gap_ms"]) / bare["longest_gap_ms"], 1)  # type: ignore[arg-type]
    figures["ratio_longest_gap"] = ratio
    print(json.dumps(figures))
    worst = max(float(v["longest_gap_ms"]) for v in figures.values() if isinstance(v, dict)
                and v is not bare)  # fmt: skip
    cups = figures.get("cups_" + queue)
    verdict = "met" if worst < STALL_TARGET_MS else "NOT met"
    print(f"| GUI thread, 30 fps video + badges | longest gap {pdf['longest_gap_ms']} ms (PDF)"
          + (f", {cups['longest_gap_ms']} ms (lp {queue})" if isinstance(cups, dict) else "")
          + f", {opened['longest_gap_ms']} ms (PDF, another event opened halfway), "
          f"p99 {pdf['p99_gap_ms']} ms, {pdf['checkins_shown']} check-ins, "
          f"{pdf['badge_pdfs']} PDFs | bare window {bare['longest_gap_ms']} ms (x{ratio}) | "
          f"target < {STALL_TARGET_MS:g} ms {verdict} |")  # fmt: skip


def part_a_dashboard(tmp: Path) -> None:
    """The stall on the big event, without and with the dashboard open, beside the bare window."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    seconds = PEOPLE * (SHOWN + GAP) / FPS + 2.0
    figures: dict[str, object] = {"part": "gui_stall_dashboard", "seconds": round(seconds, 1),
                                  "video": f"1280x720 {FPS} fps, {PEOPLE} attendees"}  # fmt: skip
    figures["without"] = plain = desk_run(qapp, tmp, None, dashboard=False)
    figures["dashboard"] = board = desk_run(qapp, tmp, None, dashboard=True)
    figures["without_after"] = after = desk_run(qapp, tmp, None, dashboard=False, again="-2")
    figures["bare"] = bare = bare_run(qapp, seconds)
    ratio = round(float(board["longest_gap_ms"]) / bare["longest_gap_ms"], 1)  # type: ignore[arg-type]
    figures["ratio_longest_gap"] = ratio
    figures["collector"], figures["load_average"] = policy[0], os.getloadavg()
    figures["badges"] = badges[0]
    print(json.dumps(figures))
    verdict = "met" if float(board["longest_gap_ms"]) < STALL_TARGET_MS else "NOT met"  # type: ignore[arg-type]
    print(f"| GUI thread, 30 fps video + badges, {BIG:,} registrations ({SEEDED:,} in) | "
          f"dashboard open: longest gap {board['longest_gap_ms']} ms, p99 {board['p99_gap_ms']} "
          f"ms, {board['dashboard_refreshes']} refreshes; without it: {plain['longest_gap_ms']} "
          f"ms before (the process's first run), {after['longest_gap_ms']} ms after, p99 "
          f"{plain['p99_gap_ms']} / {after['p99_gap_ms']} ms | bare window "
          f"{bare['longest_gap_ms']} ms (x{ratio}) | target < {STALL_TARGET_MS:g} ms "
          f"{verdict} |")  # fmt: skip


def start_once(kind: str, db: Path, env: dict[str, str]) -> float:
    t0 = time.time()
    done = subprocess.run([sys.executable, str(PROBE), kind, str(db)], capture_output=True,
                          text=True, env=env, timeout=60, check=True)  # fmt: skip
    line = [x for x in done.stdout.splitlines() if x.startswith('{"ready"')][-1]
    return float(json.loads(line)["ready"]) - t0


def part_b(tmp: Path) -> None:
    db = tmp / "start" / "event.sqlite"
    db.parent.mkdir()
    make_demo(db, size=2000, seed=3).close()
    times: dict[str, list[float]] = {"checkin": [], "bare": []}
    with xvfb() as display:
        env = dict(os.environ, DISPLAY=display, XDG_CONFIG_HOME=str(tmp / "cfg"),
                   XDG_DATA_HOME=str(tmp / "data"))  # fmt: skip
        env.pop("QT_QPA_PLATFORM", None)
        start_once("checkin", db, env)  # once to warm the disk cache, not counted
        for _ in range(RUNS):
            for kind in times:
                times[kind].append(start_once(kind, db, env))
    figures: dict[str, object] = {"part": "start_to_ready", "runs": RUNS}
    for kind, values in times.items():
        figures[kind] = {"median_s": round(statistics.median(values), 3),
                         "max_s": round(max(values), 3)}  # fmt: skip
    ratio = round(statistics.median(times["checkin"]) / statistics.median(times["bare"]), 1)
    figures["ratio_median"] = ratio
    print(json.dumps(figures))
    med, worst = statistics.median(times["checkin"]), max(times["checkin"])
    met = med < START_TARGET_S and ratio <= START_RATIO
    print(f"| `checkin run --no-camera` start to a window on screen (Xvfb), 2,000 attendees | "
          f"median {med:.2f} s, max {worst:.2f} s | bare PySide6 window median "
          f"{statistics.median(times['bare']):.2f} s (x{ratio}) | target < {START_TARGET_S:g} s "
          f"and <= {START_RATIO:g}x {'met' if met else 'NOT met'} |")  # fmt: skip


def main() -> None:
    args = sys.argv[1:]
    if "--collector" in args:  # --collector NAME: the A/B runs' policy (default gui)
        at = args.index("--collector")
        use_collector(args[at + 1])
        del args[at : at + 2]
    if "--no-badges" in args:
        badges[0] = False
        args.remove("--no-badges")
    parts = args or ["stall", "stall-dashboard", "start"]
    with tempfile.TemporaryDirectory() as name:
        if "stall" in parts:
            part_a(Path(name))
        if "stall-dashboard" in parts:
            part_a_dashboard(Path(name))
        if "start" in parts:
            part_b(Path(name))


if __name__ == "__main__":
    main()
