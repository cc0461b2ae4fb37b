"""Reports and exports on 100,000 registrations and 150,000 check-ins, beside their peers.

Targets (issue 14): JSON report under 1 s, XLSX and PDF under 5 s. Peers in the same run: a
bare ``GROUP BY`` in sqlite3 over the same tables (the floor for counting, without the day
rules, the aliases or a no-show list), and a bare openpyxl write-only dump of the same rows
(the floor for writing an XLSX, without types, widths or a frozen header). Each figure is the
best of ``REPEAT`` runs of the commands as typed (`checkin.cli.main`: parse, open, read,
count, write the file), in this process; the JSON report and its peer are also timed as new
processes, Python's start and imports included, as an organiser's terminal runs them.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from checkin import cli
from checkin.demo import make_demo
from checkin.desk import Desk

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000
CHECKINS = SIZE * 3 // 2
REPEAT = 3


def seed_checkins(db: Path, desk: Desk, count: int) -> None:
    """Write ``count`` check-ins over the event's days straight into the file (setup only)."""
    codes = [row[0] for row in desk.conn.execute("SELECT code FROM registrations")]
    days = list(desk.event.days)
    rng = random.Random(14)
    conn = sqlite3.connect(db)
    rows = []
    for index in range(count):
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


PEER_SQL = (
    "SELECT category, count(*), sum(code IN (SELECT code FROM checkins WHERE point = 'main' "
    "AND kind = 'checkin')) FROM registrations WHERE status = 'valid' GROUP BY category"
)


def peer_group_by(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute(PEER_SQL).fetchall()
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


def report(db: Path, kind: str, out: Path, day: str = "") -> None:
    """Run `checkin report`/`export` in this process, as the organiser types them.

    The report is by category on ``day`` (ISO; the event's first day: the desk's default is
    today's, which depends on the bench's date); the collector is paused by the command itself.
    """
    if kind == "export":
        argv = ["export", "--db", str(db), str(out)]
    else:
        argv = ["report", "--db", str(db), "--by", "category", "--day", day,
                "--format", kind, "--out", str(out)]  # fmt: skip
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(argv)
    if code != 0:
        raise SystemExit(f"checkin {' '.join(argv)} ended with {code}")


def first_day(db: Path) -> str:
    """The event's first day (ISO), the day the reports are run for."""
    desk = Desk.open(db, readonly=True)
    try:
        return desk.event.days[0].isoformat()
    finally:
        desk.close()


def fresh(argv: list[str]) -> float:
    """Time a command as a new process (Python's start and imports included), best of REPEAT."""
    return best(lambda: subprocess.run(argv, check=True, capture_output=True))


def peer_fresh(db: Path) -> list[str]:
    """The bare GROUP BY as a new process: the peer of `checkin report` typed in a terminal."""
    code = f"import sqlite3; sqlite3.connect({str(db)!r}).execute({PEER_SQL!r}).fetchall()"
    return [sys.executable, "-c", code]


def ours_fresh(db: Path, out: Path, day: str) -> list[str]:
    """`checkin report` as the organiser types it, a new process."""
    return [sys.executable, "-m", "checkin", "report", "--db", str(db), "--by", "category",
            "--day", day, "--format", "json", "--out", str(out)]  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "event.sqlite"
        # made by another process: this one measures with the heap a report command starts
        # with (after making the demo here, the same JSON report took 0.1-0.2 s longer)
        subprocess.run([sys.executable, __file__, "--make", str(db), str(SIZE), str(CHECKINS)],
                       check=True)  # fmt: skip
        day = first_day(db)  # read once, outside the timed runs
        figures = {
            "json": best(lambda: report(db, "json", Path(tmp) / "r.json", day)),
            "xlsx": best(lambda: report(db, "xlsx", Path(tmp) / "r.xlsx", day)),
            "pdf": best(lambda: report(db, "pdf", Path(tmp) / "r.pdf", day)),
            "export_xlsx": best(lambda: report(db, "export", Path(tmp) / "e.xlsx")),
            "export_csv": best(lambda: report(db, "export", Path(tmp) / "e.csv")),
            "peer_group_by": best(lambda: peer_group_by(db)),
            "peer_openpyxl_dump": best(lambda: peer_dump(db, Path(tmp) / "dump.xlsx")),
            "json_fresh_process": fresh(ours_fresh(db, Path(tmp) / "f.json", day)),
            "peer_group_by_fresh_process": fresh(peer_fresh(db)),
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
    ratio_fresh = figures["json_fresh_process"] / figures["peer_group_by_fresh_process"]
    print(
        f"| the same as a new process (`checkin report`, Python's start and imports) | "
        f"{f['json_fresh_process']} | bare GROUP BY as a new process "
        f"{f['peer_group_by_fresh_process']} | {ratio_fresh:.1f}x |"
    )
    print(f"| report XLSX / PDF | {f['xlsx']} / {f['pdf']} (target < 5 s) | — | — |")
    print(
        f"| export XLSX (every column, date-time cells, widths) / CSV | {f['export_xlsx']} / "
        f"{f['export_csv']} (target < 5 s) | bare openpyxl write-only dump of the registrations "
        f"{f['peer_openpyxl_dump']} | {ratio_export:.1f}x |"
    )


def make(db: Path, size: int, checkins: int) -> None:
    """Write the benchmark's event file: the demo's registrations, then the check-ins."""
    desk = make_demo(db, size=size, seed=3)
    seed_checkins(db, desk, checkins)
    desk.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
