"""Make the report and dashboard pictures in docs/img/ from a demo morning (`make report-images`).

A demo event of 300 (`checkin.demo`), checked in at two desks over the 100 minutes up to now,
on the event's first day, most of them around the middle as at a real conference morning, each
scan timed as the window times it. Then: the PDF report by organisation in bokmål, its first
two pages as PNGs (pdftoppm, from poppler-utils), and the dashboard as the organiser sees it
(offscreen Qt).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.model import Method
from checkin.reports.queries import Scope
from checkin.reports.report import build

IMAGES = Path(__file__).resolve().parent.parent / "docs" / "img"


class MorningClock:
    """A clock the script moves on by hand, as the morning goes."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def check_in_morning(db: Path, day_start: datetime, day: date, rng: random.Random) -> None:
    """Check in about 80 % of the valid registrations at two desks, timed from their scans."""
    clocks = [MorningClock(day_start), MorningClock(day_start)]
    desks = [Desk.open(db, f"Skranke {n + 1}", clock=clocks[n]) for n in range(2)]
    codes = [row[0] for row in desks[0].conn.execute(
        "SELECT code FROM registrations WHERE status = 'valid'")]  # fmt: skip
    coming = rng.sample(codes, int(len(codes) * 0.8))
    minutes = sorted(min(99.0, max(0.0, rng.gauss(62, 22))) for _ in coming)
    for code, minute in zip(coming, minutes, strict=True):
        n = rng.randrange(2)
        clocks[n].at = day_start + timedelta(minutes=minute)
        seconds = 100.0 + rng.uniform(0.09, 0.26)  # seen at 100.0: 90-260 ms to the result
        desks[n].monotonic = partial(float, seconds)
        desks[n].check_in(code, Method.SCAN, day, seen_at=100.0)
    for desk in desks:
        desk.close()


def main() -> None:
    app = QApplication([])
    from checkin.ui.i18n import Languages

    Languages().switch("nb")  # the window's language: the dashboard's days as a desk shows them
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        desk = make_demo(db, size=300, seed=2026)
        first = desk.event.days[0]
        desk.close()
        # the morning ends now, so the dashboard's pace (the last 10 minutes) has figures
        start = datetime.now(ZoneInfo(desk.event.timezone)).replace(second=0, microsecond=0)
        check_in_morning(db, start - timedelta(minutes=100), first, random.Random(14))
        write_report(db, first, Path(tmp))
        grab_dashboard(app, db)


def write_report(db: Path, day: date, tmp: Path) -> None:
    from checkin.reports.pdf import write_pdf

    desk = Desk.open(db, readonly=True)
    report = build(desk.attendance(), Scope(day=day), "organisation")
    desk.close()
    pdf = tmp / "rapport.pdf"
    write_pdf(report, pdf, "nb")
    for page, name in ((1, "report-page1"), (2, "report-page2")):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(IMAGES / name)], check=True)  # fmt: skip


def grab_dashboard(app: QApplication, db: Path) -> None:
    from checkin.ui.dashboard import Dashboard

    desk = Desk.open(db, "Skranke 1", readonly=True)
    dashboard = Dashboard(desk, "nb")
    dashboard.by.setCurrentIndex(dashboard.by.findData("organisation"))
    dashboard.show()
    ends = time.monotonic() + 20
    while time.monotonic() < ends and (
        dashboard.report is None or dashboard.report.by != "organisation"
    ):
        app.processEvents()
        time.sleep(0.05)
    app.processEvents()
    dashboard.grab().save(str(IMAGES / "dashboard.png"))
    dashboard.close()
    desk.close()


if __name__ == "__main__":
    main()
