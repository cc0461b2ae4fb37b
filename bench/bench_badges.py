"""Badge and ticket figures: 500 badges to one PDF against a bare QPdfWriter loop, print latency
from submit to the CUPS queue, and signing + verifying a ticket.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_badges.py
(after `bash scripts/system_deps.sh; source $STATE/env.sh` for the print figure).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

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


def main() -> int:
    ensure_gui()
    with tempfile.TemporaryDirectory() as folder:
        bench_pdf(Path(folder))
    queue_name = os.environ.get("CHECKIN_PRINT_QUEUE")
    if queue_name:
        bench_print(queue_name)
    else:
        print("print latency: skipped (no CHECKIN_PRINT_QUEUE; run scripts/system_deps.sh)")
    bench_signing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
