"""A seeded event for the reports: a CSV as Excel in Norway writes it, check-ins at known times.

The counts the tests expect are worked out by hand from this fixture (see EXPECTED_* below),
not by the code under test.
"""

import json
from datetime import UTC, date, datetime

import pytest

from checkin import messages
from checkin.cli import main
from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method

DAY1, DAY2 = date(2026, 6, 1), date(2026, 6, 2)
# Windows-1252, semicolons, CRLF: what Excel's "CSV (semikolondelt)" writes in Norway
REGISTRATIONS = (
    "Billettnummer;Fornavn;Etternavn;Organisasjon;Kategori;Billettype;Kommune;Status\r\n"
    "K1;Åse;Ødegård;Helse Bergen HF;Sykehus;Konferanse;Bergen;Betalt\r\n"
    "K2;Ola;Bjorheim Bøe;HELSE BERGEN HF, Haukeland;Sykehus;Konferanse;Bergen;Betalt\r\n"
    "K3;Kari;Nordmann;Askøy kommune;Kommune;Konferanse;Askøy;Betalt\r\n"
    "K4;Per;Aamodt;Askøy;Kommune;Dag 1;Askøy;Betalt\r\n"
    "K5;Liv;Berg;Alver kommune;Kommune;Konferanse;Alver;Betalt\r\n"
    "K6;Nils;Avlyst;Firma AS;Industri;Konferanse;Oslo;Kansellert\r\n"
    "K7;Siri;Dahl;Haukeland;Sykehus;Konferanse;Bergen;Betalt\r\n"
    "K8;=cmd|' /C calc'!A0;Ondsinnet;@SUM(A1);Industri;Konferanse;Oslo;Betalt\r\n"
)
# (code, day, UTC time): Oslo is UTC+2 in June, so 07:05Z is 09:05 at the desk
CHECKINS = [
    ("K1", DAY1, datetime(2026, 6, 1, 7, 5, tzinfo=UTC)),
    ("K2", DAY1, datetime(2026, 6, 1, 7, 8, tzinfo=UTC)),
    ("K3", DAY1, datetime(2026, 6, 1, 7, 12, tzinfo=UTC)),
    ("K4", DAY1, datetime(2026, 6, 1, 7, 31, tzinfo=UTC)),
    ("K8", DAY1, datetime(2026, 6, 1, 7, 33, tzinfo=UTC)),
    ("K5", DAY1, datetime(2026, 6, 1, 7, 40, tzinfo=UTC)),  # undone below
    ("K1", DAY2, datetime(2026, 6, 2, 6, 55, tzinfo=UTC)),
    ("K3", DAY2, datetime(2026, 6, 2, 7, 2, tzinfo=UTC)),
]
UNDONE = ("K5", DAY1)
# Worked out by hand. Day 1: every valid registration (K6 is cancelled) is expected; day 2: not
# K4 (its ticket type is day 1 only). K5's check-in was undone.
EXPECTED_DAY1 = {"expected": 7, "checked_in": 5}
EXPECTED_DAY2 = {"expected": 6, "checked_in": 2}
EXPECTED_ALL = {"expected": 7, "checked_in": 5}
KOMMUNE_DAY1 = {"Alver": (1, 0), "Askøy": (2, 2), "Bergen": (3, 2), "Oslo": (1, 1)}
NO_SHOWS_DAY1 = ["K5", "K7"]  # Berg, Dahl


def cli(capsys, *argv):
    """Run a command with --json; return (exit code, the first JSON line or None, stderr)."""
    code = main([*map(str, argv), "--json"])
    out = capsys.readouterr()
    lines = [json.loads(line) for line in out.out.splitlines() if line.strip()]
    return code, (lines[0] if lines else None), out.err


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "påmeldte.csv"
    path.write_bytes(REGISTRATIONS.encode("cp1252"))
    return path


@pytest.fixture
def seeded(tmp_path, capsys, source):
    """The event file, imported from the CSV, with the check-ins above made at a desk."""
    db = tmp_path / "konferanse.sqlite"
    assert cli(capsys, "new", "--db", db, "--name", "Helsekonferansen",
               "--days", "2026-06-01,2026-06-02")[0] == 0  # fmt: skip
    code, _, err = cli(capsys, "import", source, "--db", db)
    assert code == 0, err
    code, _, err = cli(capsys, "ticket-type", "Dag 1", "--days", "2026-06-01", "--db", db)
    assert code == 0, err
    clock = FixedClock(CHECKINS[0][2])
    desk = Desk.open(db, "Skranke 1", clock=clock)
    try:
        for code_, day, at in CHECKINS:
            clock.at = at
            assert desk.check_in(code_, Method.SCAN, day).checkin is not None
        clock.at = datetime(2026, 6, 1, 7, 41, tzinfo=UTC)
        assert desk.undo(*UNDONE) is not None
    finally:
        desk.close()
    return db


@pytest.fixture
def speaks(monkeypatch):
    """Run the command line in a language (as a desk set to it); English again afterwards."""

    def speak(language):
        monkeypatch.setenv("CHECKIN_LANGUAGE", language)

    yield speak
    messages.use("en")
