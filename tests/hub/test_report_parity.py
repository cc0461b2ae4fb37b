"""`checkin hub report`/`hub export` count with the desk's code: the hub fed by a desk's sync
(registrations imported on the hub, ticket type and check-ins pushed by the desk) reports what the
desk reports for the same data, on SQLite and on PostgreSQL."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from checkin import cli
from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method
from tests.reports.conftest import CHECKINS, EXPECTED_DAY1, KOMMUNE_DAY1, REGISTRATIONS, UNDONE

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_NO_LOG_FILE", "1")


def run(*argv: Any) -> dict[str, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main([*map(str, argv), "--json"])
    assert code == 0, out.getvalue()
    return json.loads([line for line in out.getvalue().splitlines() if line.strip()][-1])


@pytest.fixture
def synced(served, tmp_path):
    """A hub event and a desk's event file holding the same data, through the desk's sync."""
    slug = served.new_event(("2026-06-01", "2026-06-02"))
    source = tmp_path / "påmeldte.csv"
    source.write_bytes(REGISTRATIONS.encode("cp1252"))
    run("hub", "import", source, "--event", slug, "--db", served.db_url)
    path = tmp_path / "skranke.sqlite"
    run("connect", served.url, "--event", slug, "--token", served.tokens["desk-1"],
        "--db", path, "--desk", "Skranke 1")  # fmt: skip
    run("ticket-type", "Dag 1", "--days", "2026-06-01", "--db", path)
    clock = FixedClock(CHECKINS[0][2])
    desk = Desk.open(path, "Skranke 1", clock=clock)
    try:
        for code, day, at in CHECKINS:
            clock.at = at
            assert desk.check_in(code, Method.SCAN, day).checkin is not None
        clock.at = datetime(2026, 6, 1, 7, 41, tzinfo=UTC)
        assert desk.undo(*UNDONE) is not None
    finally:
        desk.close()
    assert run("sync", "--db", path, "--once")["waiting"] == 0
    return served, slug, path


def _same(report: dict[str, Any]) -> dict[str, Any]:
    """The report without what only the desk keeps (where it came from, the live pace)."""
    return {k: v for k, v in report.items() if k not in ("pace", "file")}


@pytest.mark.parametrize(
    "options",
    [
        ("--by", "Kommune", "--day", "2026-06-01"),
        ("--by", "organisation", "--all-days"),
        ("--by", "category", "--day", "2026-06-02"),
        ("--by", "day", "--all-days"),
        ("--by", "point", "--day", "2026-06-01"),
    ],
)
def test_the_hub_reports_what_the_desk_reports(synced, options, tmp_path):
    served, slug, path = synced
    desk = run("report", "--db", path, *options, "--format", "json")
    hub = run("hub", "report", "--event", slug, "--db", served.db_url, *options,
              "--format", "json")  # fmt: skip
    assert _same(hub) == _same(desk)
    assert hub["groups"] and hub["pace"]["remaining"] == desk["pace"]["remaining"]
    if options[1] == "Kommune":  # and both equal the counts worked out by hand
        assert (hub["expected"], hub["checked_in"]) == tuple(EXPECTED_DAY1.values())
        assert {g["key"]: (g["expected"], g["checked_in"]) for g in hub["groups"]} == KOMMUNE_DAY1


def test_the_hub_writes_the_desks_files(synced, tmp_path):
    served, slug, path = synced
    for kind in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"hub.{kind}"
        facts = run("hub", "report", "--event", slug, "--db", served.db_url, "--by", "Kommune",
                    "--day", "2026-06-01", "--out", out, "--lang", "en")  # fmt: skip
        assert facts["file"] == str(out) and out.stat().st_size > 0
    hub_csv, desk_csv = tmp_path / "hub-oppmøte.csv", tmp_path / "desk-oppmøte.csv"
    run("hub", "export", hub_csv, "--event", slug, "--db", served.db_url, "--excel-nordic")
    run("export", desk_csv, "--db", path, "--excel-nordic")
    assert hub_csv.read_bytes() == desk_csv.read_bytes()  # Windows-1252, the same columns
    rows = list(csv.reader(hub_csv.read_text(encoding="cp1252").splitlines(), delimiter=";"))
    assert "Kommune" in rows[0] and len(rows) == 1 + 8
    hub_xlsx = tmp_path / "hub.xlsx"
    assert run("hub", "export", hub_xlsx, "--event", slug, "--db", served.db_url,
               "--lang", "en")["rows"] == 8  # fmt: skip
    sheet = load_workbook(hub_xlsx).active
    times = [c.value for c in next(sheet.iter_cols(min_col=sheet.max_column)) if c.value]
    assert any(isinstance(v, datetime) for v in times)
