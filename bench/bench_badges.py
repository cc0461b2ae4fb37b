"""Badge and ticket figures: 500 badges to one PDF against a bare QPdfWriter loop, print latency
from submit to the CUPS queue, and signing + verifying a ticket.

`desk`: the desk window (offscreen, no camera) checks in 20 attendees by scans 0.7 s apart and
writes each badge as a PDF in its preview folder, as `checkin demo` does: the time from the
scan to the badge PDF written (the window told "Badge preview written"), and the GUI thread's
longest gap (a 1 ms timer) meanwhile. It runs whatever `checkin` PYTHONPATH gives, so main
and a branch can be alternated. `process`: one badge PDF drawn on a thread of this process
against the same through the badge process (`checkin.badges.render_process`), in one run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_badges.py [pdf print signing desk
process] (after `bash scripts/system_deps.sh; source $STATE/env.sh` for the print figure).
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from checkin.badges.printing import JobState, PrintQueue
from checkin.badges.render import Badge, ensure_gui, qr_image, render_pdf
from checkin.badges.spool import QtSpooler
from checkin.badges.template import load_template
from checkin.domain import signing

COUNT = 500
FIRST = ["Åse", "Karoline Margrethe", "Ola", "Máret Ánne", "Bjørn-Åge", "Kari", "Sigrid", "Øystein"]
LAST = ["Ødegård", "Sørensen-Bjørkhaug Aaslund", "Nordmann", "Ŋuolláš Čuđe", "Strømsnæs", "Berg"]
ORG = ["Haukeland universitetssjukehus", "Helse Nord-Trøndelag HF, Klinikk for psykisk helsevern",
       "Askøy kommune", "", "Sámediggi", "Oslo universitetssykehus HF"]  # fmt: skip
CATEGORY = ["Deltaker", "Foredragsholder", "Arrangør", "Utstiller", "Presse"]


def badges(count: int) -> list[Badge]:
    return [
        Badge(
            FIRST[i % len(FIRST)],
            LAST[i % len(LAST)],
            ORG[i % len(ORG)],
            CATEGORY[i % len(CATEGORY)],
            "",
            f"CK1:{i:010d}:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE",
            "Den norske helsekonferansen 2026",
            f"{i:010d}",
        )
        for i in range(count)
    ]


def bare_loop(items: list[Badge], out: Path) -> None:
    """The peer: QPdfWriter drawing the same texts and QR images, fixed sizes, no fitting."""
    writer = QPdfWriter(str(out))
    writer.setPageSize(
        QPageSize(
            QSizeF(90, 55), QPageSize.Unit.Millimeter, "b", QPageSize.SizeMatchPolicy.ExactMatch
        )
    )
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    px = writer.resolution() / 25.4
    painter = QPainter(writer)
    big, small = QFont("DejaVu Sans", 18), QFont("DejaVu Sans", 9)
    big.setBold(True)
    for index, badge in enumerate(items):
        if index:
            writer.newPage()
        painter.setFont(small)
        painter.drawText(QRectF(15 * px, 3.5 * px, 71 * px, 9 * px), Qt.AlignmentFlag.AlignLeft,
                         badge.event_name)  # fmt: skip
        painter.setFont(big)
        painter.drawText(QRectF(4 * px, 15 * px, 58 * px, 10 * px), 0, badge.first_name)
        painter.drawText(QRectF(4 * px, 24 * px, 58 * px, 10 * px), 0, badge.last_name)
        painter.setFont(small)
        painter.drawText(QRectF(4 * px, 34 * px, 58 * px, 8 * px), 0, badge.organisation)
        painter.fillRect(QRectF(0, 45 * px, 90 * px, 10 * px), Qt.GlobalColor.darkCyan)
        painter.drawText(QRectF(0, 45 * px, 90 * px, 10 * px), Qt.AlignmentFlag.AlignCenter,
                         badge.category.upper())  # fmt: skip
        painter.drawImage(QRectF(64.5 * px, 16 * px, 22 * px, 22 * px), qr_image(badge.qr_payload))
    painter.end()


def bench_pdf(folder: Path) -> None:
    items = badges(COUNT)
    template = load_template("90x55")
    render_pdf(items[:5], template, folder / "warm.pdf")  # font loading, caches
    bare_loop(items[:5], folder / "warm-bare.pdf")
    ours, bare = [], []
    for _ in range(3):
        start = time.perf_counter()
        render_pdf(items, template, folder / "ours.pdf")
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_loop(items, folder / "bare.pdf")
        bare.append(time.perf_counter() - start)
    o, b = min(ours), min(bare)
    print(f"500 badges, one PDF (best of 3): ours {o:.2f} s ({o / COUNT * 1000:.1f} ms/badge, "
          f"{(folder / 'ours.pdf').stat().st_size / 1e6:.2f} MB); bare QPdfWriter loop {b:.2f} s "
          f"({b / COUNT * 1000:.1f} ms/badge); ratio {o / b:.2f}x (target <= 1.5x)")  # fmt: skip


def bench_print(queue_name: str) -> None:
    for label, spooler in (("lp", None), ("QPrinter", QtSpooler())):
        queue = PrintQueue(spooler=spooler)
        timings = []
        for badge in badges(21):
            start = time.perf_counter()
            job = queue.wait(queue.submit(badge, "90x55", queue_name).id)
            timings.append(time.perf_counter() - start)
            assert job.state is JobState.DONE, job.message
        queue.stop()
        rest = timings[1:]  # the first job loads fonts and the template
        print(f"submit -> in the CUPS queue ({label}, 20 badges): median "
              f"{statistics.median(rest) * 1000:.0f} ms, max {max(rest) * 1000:.0f} ms, "
              f"first {timings[0] * 1000:.0f} ms (target < 100 ms)")  # fmt: skip


def bench_signing() -> None:
    private, public = signing.new_keypair()
    codes = [signing.new_code() for _ in range(2000)]
    start = time.perf_counter()
    for code in codes:
        payload = signing.ticket_payload(private, "event", code)
        assert signing.verify(public, "event", code, payload.rsplit(":", 1)[1])
    each = (time.perf_counter() - start) / len(codes)
    print(f"sign + verify a ticket: {each * 1e6:.0f} µs (target < 1000 µs)")


def run_loop(qapp: QApplication, seconds: float, tick: Callable[[], object]) -> None:
    """Run the event loop for ``seconds`` with ``tick`` called by a 1 ms timer."""
    timer = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), lambda: qapp.exit(0))
    qapp.exec()
    timer.stop()


def bench_desk(qapp: QApplication, folder: Path, count: int = 20) -> None:
    from checkin import config
    from checkin.demo import make_demo
    from checkin.domain.rules import attention_flags
    from checkin.scan.scanner import ScanEvent
    from checkin.ui.app import DeskApp

    desk = make_demo(folder / "event.sqlite", size=400, seed=3)
    people = [p for p in desk.registrations() if p.status.value == "valid"
              and p.ticket_type == "Konferansebillett"
              and not attention_flags(p, None)][:count]  # fmt: skip
    settings = config.Settings(language="nb", auto_print=True, sounds=False)
    app = DeskApp(desk, None, settings=settings, settings_path=folder / "cfg.toml",
                  pdf_dir=folder)  # fmt: skip
    scanned: dict[str, float] = {}
    written: list[float] = []
    report = app.badges.report

    def timed(text: Callable[[], str], problem: bool) -> None:
        written.append(time.perf_counter())  # "Badge preview written" (or why not)
        report(text, problem)

    app.badges.report = timed
    app.current.show()
    run_loop(qapp, 2.0, lambda: None)  # the first screen; the badge process starts (`prepare`)
    ticks: list[float] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        due = len(scanned)
        if due < len(people) and ticks[-1] - ticks[0] >= 0.7 * due:
            person = people[due]
            scanned[person.code] = time.perf_counter()
            payload = app.current.desk.ticket_payload(person)
            app.current.handle_scan(ScanEvent(payload, (), time.monotonic(), 0))

    run_loop(qapp, 0.7 * len(people) + 1.5, tick)
    app.stop()
    app.current.close()
    delays = [(w - s) * 1000 for s, w in zip(scanned.values(), written, strict=False)]
    gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(ticks))
    print(f"desk, scan -> badge PDF written ({len(written)} of {len(people)}): median "
          f"{statistics.median(delays):.0f} ms, max {max(delays):.0f} ms; GUI thread's longest "
          f"gap {gaps[-1]:.1f} ms, p99 {gaps[int(len(gaps) * 0.99)]:.1f} ms; load "
          f"{os.getloadavg()[0]:.2f}")  # fmt: skip


def bench_process(folder: Path, count: int = 20) -> None:
    from checkin.badges.render_process import BadgeRenderer

    template, items = load_template("90x55"), badges(count + 1)
    renderer = BadgeRenderer()
    started = time.perf_counter()
    renderer.start()
    renderer.pdf(items[:1], template, folder / "first.pdf")
    first = time.perf_counter() - started
    times: dict[str, list[float]] = {"thread": [], "process": []}
    draw = {"thread": lambda b, out: render_pdf([b], template, out),
            "process": lambda b, out: renderer.pdf([b], template, out)}  # fmt: skip
    for badge in items[1:]:
        for kind in ("thread", "process"):
            out = folder / f"{kind}-{badge.code}.pdf"
            start = time.perf_counter()
            worker = threading.Thread(target=draw[kind], args=(badge, out))
            worker.start()
            worker.join()
            times[kind].append(time.perf_counter() - start)
    renderer.stop()
    thread, process = (statistics.median(times[k]) * 1000 for k in ("thread", "process"))
    print(f"one badge PDF from a worker thread, median of {count}: drawn on the thread "
          f"{thread:.1f} ms, through the badge process {process:.1f} ms "
          f"(x{process / thread:.2f}); the process started and its first badge written "
          f"{first * 1000:.0f} ms")  # fmt: skip


def main() -> int:
    parts = sys.argv[1:] or ["pdf", "print", "signing", "process"]
    qapp = QApplication.instance() or QApplication(sys.argv[:1])  # widgets for `desk`
    assert isinstance(qapp, QApplication)
    ensure_gui()
    with tempfile.TemporaryDirectory() as folder:
        if "pdf" in parts:
            bench_pdf(Path(folder))
        if "desk" in parts:
            bench_desk(qapp, Path(folder))
        if "process" in parts:
            bench_process(Path(folder))
    queue_name = os.environ.get("CHECKIN_PRINT_QUEUE")
    if "print" in parts and queue_name:
        bench_print(queue_name)
    elif "print" in parts:
        print("print latency: skipped (no CHECKIN_PRINT_QUEUE; run scripts/system_deps.sh)")
    if "signing" in parts:
        bench_signing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
