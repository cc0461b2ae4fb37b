"""Scan to result: the desk keeps how long an admitted check-in took, and the reports show it.

A real event file (the seeded CSV import); the desk's monotonic clock is set by hand where an
exact figure is asserted, and the real one where only a plausible figure can be.
"""

import sqlite3
import time
from datetime import UTC, datetime

import pytest

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome
from checkin.reports.queries import Scope
from checkin.reports.report import build, to_json

from .conftest import DAY1, cli

AT = datetime(2026, 6, 1, 7, 5, tzinfo=UTC)


def result_times(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT checkin_id, ms FROM result_times").fetchall()


@pytest.fixture
def desk(tmp_path, capsys, source):
    db = tmp_path / "tider.sqlite"
    assert cli(capsys, "new", "--db", db, "--name", "Tider", "--days", "2026-06-01")[0] == 0
    assert cli(capsys, "import", source, "--db", db)[0] == 0
    opened = Desk.open(db, "Skranke 1", clock=FixedClock(AT))
    yield opened
    opened.close()


def test_an_admitted_scan_keeps_its_time_from_seen_to_written_in_ms(desk):
    desk.monotonic = lambda: 1000.25  # seconds, as time.monotonic() counts them
    result = desk.check_in("K1", Method.SCAN, DAY1, seen_at=1000.0)
    assert result.decision.outcome is Outcome.OK
    assert result_times(desk.path) == [(result.checkin.id, pytest.approx(250.0))]


def test_the_real_monotonic_clock_gives_a_plausible_time(desk):
    seen = time.monotonic() - 0.05  # the code was seen 50 ms ago
    result = desk.check_in("K1", Method.HANDHELD, DAY1, seen_at=seen)
    [(checkin_id, ms)] = result_times(desk.path)
    assert checkin_id == result.checkin.id
    assert 50.0 <= ms < 60_000


def test_refused_duplicate_and_untimed_check_ins_keep_no_time(desk):
    desk.monotonic = lambda: 10.0
    assert desk.check_in("K6", Method.SCAN, DAY1, seen_at=9.0).checkin is None  # cancelled
    assert desk.check_in("NOPE", Method.SCAN, DAY1, seen_at=9.0).checkin is None  # unknown
    assert desk.check_in("K2", Method.SEARCH, DAY1).checkin is not None  # no seen_at: not timed
    assert desk.check_in("K2", Method.SCAN, DAY1, seen_at=9.0).checkin is None  # duplicate
    assert result_times(desk.path) == []


def test_a_clock_that_went_backwards_keeps_zero_not_a_negative_time(desk):
    desk.monotonic = lambda: 5.0
    desk.check_in("K1", Method.SCAN, DAY1, seen_at=6.0)
    assert [ms for _id, ms in result_times(desk.path)] == [0.0]


def test_attendance_and_the_report_show_the_times_per_desk(desk):
    desk.monotonic = lambda: 100.0
    for code, ms in (("K1", 120), ("K2", 300), ("K3", 180)):
        desk.check_in(code, Method.SCAN, DAY1, seen_at=100.0 - ms / 1000)
    desk.check_in("K7", Method.SEARCH, DAY1)  # checked in, not timed
    data = desk.attendance()
    assert sorted(round(t.ms) for t in data.timings) == [120, 180, 300]
    assert {(t.desk, t.point) for t in data.timings} == {("Skranke 1", "main")}
    report = build(data, Scope(day=DAY1), None, now=AT.timestamp())
    [row] = to_json(report)["pace"]["desks"]
    assert (row["desk"], row["checked_in"], row["timed"]) == ("Skranke 1", 4, 3)
    assert row["result_ms"] == {"median": 180.0, "p95": 300.0}


def test_an_undone_check_in_leaves_the_report_times(desk):
    desk.monotonic = lambda: 100.0
    desk.check_in("K1", Method.SCAN, DAY1, seen_at=99.9)
    assert desk.undo("K1", DAY1) is not None
    report = build(desk.attendance(), Scope(day=DAY1), None, now=AT.timestamp())
    assert to_json(report)["pace"]["desks"] == []
    assert desk.attendance().timings == []


def _timed_report(desk):
    desk.monotonic = lambda: 100.0
    for code, ms in (("K1", 120), ("K2", 300), ("K3", 180)):
        desk.check_in(code, Method.SCAN, DAY1, seen_at=100.0 - ms / 1000)
    return build(desk.attendance(), Scope(day=DAY1), None, now=AT.timestamp())


def test_the_terminal_and_the_xlsx_show_each_desk_s_scan_to_result(desk, tmp_path):
    from openpyxl import load_workbook

    from checkin.reports.tables import write_tables
    from checkin.reports.text import report_text

    report = _timed_report(desk)
    lines = report_text(report).splitlines()
    desks = lines[lines.index("Desks:") + 1 :]
    assert desks == [  # no badge yet
        "  Skranke 1 at main entrance: 3 checked in, 0.3 a minute in slots with check-ins, "
        "busiest 10 minutes 0.3 a minute; scan to result 180 ms"
    ]
    out = tmp_path / "r.xlsx"
    write_tables(report, out, "nb")
    sheet = load_workbook(out)["Skranker"]
    assert sheet["A1"].value == "Tider · Skranker · 2026-06-01"  # every point's desks
    assert [c.value for c in sheet[2]][5] == "Skanning til svar (ms)"
    assert [c.value for c in sheet[3]] == [
        "Skranke 1",
        "hovedinngang",
        3,
        pytest.approx(0.3),
        0.3,
        180,
        None,
    ]


def test_the_pdf_shows_each_desk_s_scan_to_result(desk, tmp_path):
    import shutil
    import subprocess

    from checkin.reports.pdf import write_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "r.pdf"
    write_pdf(_timed_report(desk), out, "en")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Scan to" in text and "(ms)" in text  # the header may wrap in its column
    assert any(line.split()[:2] == ["Skranke", "1"] and "180" in line.split()
               for line in text.splitlines())  # fmt: skip
