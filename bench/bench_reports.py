"""Reports and exports on 100,000 registrations and 150,000 check-ins, beside their peers.

Targets (issue 14): JSON report under 1 s, XLSX and PDF under 5 s. Peers in the same run: a
bare ``GROUP BY`` in sqlite3 over the same tables (the floor for counting, without the day
rules, the aliases or a no-show list), and a bare openpyxl write-only dump of the same rows
(the floor for writing an XLSX, without types, widths or a frozen header). Each figure is the
best of ``REPEAT`` runs, end to end through the command line's code (read, count, write).
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.attendance import collector_paused
from checkin.export import export_attendance
from checkin.reports.queries import Scope
from checkin.reports.report import build, to_json
from checkin.reports.tables import write_tables

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
CHECKINS = SIZE * 3 // 2
REPEAT = 3


def seed_checkins(db: Path, desk: Desk) -> None:
    """Write CHECKINS check-ins over the event's days straight into the file (setup only)."""
    codes = [row[0] for row in desk.conn.execute("SELECT code FROM registrations")]
    days = list(desk.event.days)
    rng = random.Random(14)
    conn = sqlite3.connect(db)
    rows = []
    for index in range(CHECKINS):
        day = days[index % len(days)]
        at = datetime(day.year, day.month, day.day, 7, tzinfo=UTC) + timedelta(
            seconds=rng.randrange(4 * 3600)
        )
        desk_name = f"Skranke {rng.randrange(4) + 1}"
        when = at.isoformat(timespec="milliseconds")
        rows.append((str(uuid.uuid4()), rng.choice(codes), day.isoformat(), when, desk_name,
                     "main", "scan", "checkin"))  # fmt: skip
    with conn:
        conn.executemany(
            "INSERT INTO checkins (id, code, day, at, desk, point, method, kind) "
            "VALUES (?,?,?,?,?,?,?,?)", rows)  # fmt: skip
    conn.close()


def best(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def peer_group_by(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute(
        "SELECT category, count(*), sum(code IN (SELECT code FROM checkins WHERE point = 'main' "
        "AND kind = 'checkin')) FROM registrations WHERE status = 'valid' GROUP BY category"
    ).fetchall()
    conn.close()


def peer_dump(db: Path, out: Path) -> None:
    from openpyxl import Workbook

    conn = sqlite3.connect(db)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("dump")
    for row in conn.execute(
        "SELECT code, first_name, last_name, organisation, email, category, ticket_type, status, "
        "extra FROM registrations"
    ):
        sheet.append(row)
    book.save(out)
    conn.close()


def report(db: Path, kind: str, out: Path | None = None) -> None:
    """Run a report or export as `checkin report`/`export` do (collector paused throughout)."""
    with collector_paused():
        _report(db, kind, out)


def _report(db: Path, kind: str, out: Path | None) -> None:
    desk = Desk.open(db, readonly=True)
    try:
        if kind == "export":
            assert out is not None
            export_attendance(desk, out)
            return
        data = desk.attendance(extra=False)
    finally:
        desk.close()
    result = build(data, Scope(), "category")
    if kind == "json":
        json.dumps(to_json(result), ensure_ascii=False)
    elif kind == "xlsx":
        assert out is not None
        write_tables(result, out)
    elif kind == "pdf":
        from checkin.reports.pdf import write_pdf

        assert out is not None
        write_pdf(result, out)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "event.sqlite"
        desk = make_demo(db, size=SIZE, seed=3)
        seed_checkins(db, desk)
        desk.close()
        figures = {
            "json": best(lambda: report(db, "json")),
            "xlsx": best(lambda: report(db, "xlsx", Path(tmp) / "r.xlsx")),
            "pdf": best(lambda: report(db, "pdf", Path(tmp) / "r.pdf")),
            "export_xlsx": best(lambda: report(db, "export", Path(tmp) / "e.xlsx")),
            "export_csv": best(lambda: report(db, "export", Path(tmp) / "e.csv")),
            "peer_group_by": best(lambda: peer_group_by(db)),
            "peer_openpyxl_dump": best(lambda: peer_dump(db, Path(tmp) / "dump.xlsx")),
        }
    result = {"registrations": SIZE, "checkins": CHECKINS,
              **{name: round(value, 3) for name, value in figures.items()}}  # fmt: skip
    print(json.dumps(result))
    f = {name: f"{value:.2f} s" for name, value in figures.items()}
    ratio_json = figures["json"] / figures["peer_group_by"]
    ratio_export = figures["export_xlsx"] / figures["peer_openpyxl_dump"]
    print(
        f"| report JSON by category, {SIZE:,} registrations, {CHECKINS:,} check-ins | "
        f"{f['json']} (target < 1 s) | bare sqlite3 GROUP BY {f['peer_group_by']} | "
        f"{ratio_json:.1f}x |"
    )
    print(f"| report XLSX / PDF | {f['xlsx']} / {f['pdf']} (target < 5 s) | — | — |")
    print(
        f"| export XLSX (every column, date-time cells, widths) / CSV | {f['export_xlsx']} / "
        f"{f['export_csv']} (target < 5 s) | bare openpyxl write-only dump of the registrations "
        f"{f['peer_openpyxl_dump']} | {ratio_export:.1f}x |"
    )


if __name__ == "__main__":
    main()
