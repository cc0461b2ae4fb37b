"""`checkin hub ...` as the organiser runs it: event, import, tokens, report, export."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.sync.client import HubClient

from .entries import checkin

pytestmark = [pytest.mark.integration, pytest.mark.slow]
FIELD_CASES = Path(__file__).resolve().parents[3] / "shared" / "field-cases"


def hub(db_url, *args, ok=True):
    run = subprocess.run(
        [sys.executable, "-m", "checkin", "hub", *args, "--db", db_url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if ok:
        assert run.returncode == 0, run.stderr
    return run


def test_organiser_commands(served, tmp_path):
    db_url = served.db_url
    made = json.loads(
        hub(
            db_url,
            "event",
            "create",
            "--slug",
            "tromso-2026",
            "--name",
            "Seminar i Tromsø",
            "--days",
            "2026-09-01,2026-09-02",
            "--json",
        ).stdout
    )
    assert made["days"] == ["2026-09-01", "2026-09-02"] and "private_key" not in made
    again = hub(
        db_url,
        "event",
        "create",
        "--slug",
        "tromso-2026",
        "--name",
        "X",
        "--days",
        "2026-09-01",
        ok=False,
    )
    assert again.returncode == 2 and "exists" in again.stderr
    source = tmp_path / "reg.csv"
    source.write_text(
        "Billettnummer;Fornavn;Etternavn;Kategori;Organisasjon\n"
        "T1;Åse;Ødegård;Helseforetak;Helse Nord\nT2;Per;Bøe;Kommune;Tromsø kommune\n"
        ";Kari;Nordmann;Student;UiT\n",
        encoding="utf-8",
    )
    imported = json.loads(
        hub(db_url, "import", str(source), "--event", "tromso-2026", "--json").stdout
    )
    assert (imported["added"], imported["written"], imported["problems"]) == (3, True, [])
    source.write_text(
        source.read_text(encoding="utf-8").replace("Helse Nord", "UNN"), encoding="utf-8"
    )
    again = json.loads(
        hub(db_url, "import", str(source), "--event", "tromso-2026", "--json").stdout
    )
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 1, 2)
    with HubClient(served.url, served.tokens["desk-1"]) as desk:
        desk.push(
            "tromso-2026",
            [
                checkin("T1", "desk-1", day=_day("2026-09-01")),
                checkin("T1", "desk-2", day=_day("2026-09-01")),
            ],
            "desk-1",
        )
        pulled = desk.pull("tromso-2026", since=0).entries
    assert [p.entry.entity for p in pulled] == ["registration"] * 4 + ["checkin"] * 2
    report = json.loads(
        hub(
            db_url,
            "report",
            "--event",
            "tromso-2026",
            "--by",
            "category",
            "--day",
            "2026-09-01",
            "--json",
        ).stdout
    )
    assert (report["expected"], report["checked_in"]) == (3, 1)
    assert {g["key"]: g["checked_in"] for g in report["groups"]} == {
        "Helseforetak": 1,
        "Kommune": 0,
        "Student": 0,
    }
    by_day = json.loads(
        hub(db_url, "report", "--event", "tromso-2026", "--by", "day", "--json").stdout
    )
    assert [(g["key"], g["checked_in"]) for g in by_day["groups"]] == [
        ("2026-09-01", 1),
        ("2026-09-02", 0),
    ]
    out = tmp_path / "oppmote.csv"
    assert (
        json.loads(
            hub(
                db_url, "export", str(out), "--event", "tromso-2026", "--lang", "nb", "--json"
            ).stdout
        )["rows"]
        == 3
    )
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    t1 = dict(zip(rows[0], next(r for r in rows if r[0] == "T1"), strict=True))
    # the desk's columns (checkin export): the two desks' check-ins count once, at the first scan
    assert (t1["Organisasjon"], t1["Dager til stede"]) == ("UNN", "1")
    assert (t1["Innsjekk 2026-09-01"], t1["Innsjekk 2026-09-02"]) == ("2026-06-01 08:30", "")


def test_import_problems_write_nothing_and_name_the_line(served, tmp_path):
    hub(
        served.db_url,
        "event",
        "create",
        "--slug",
        "bodo-2026",
        "--name",
        "Bodø",
        "--days",
        "2026-10-01",
    )
    field_case = FIELD_CASES / "s_names.csv"
    if field_case.exists():
        ok = json.loads(
            hub(served.db_url, "import", str(field_case), "--event", "bodo-2026", "--json").stdout
        )
        assert ok["added"] > 0 and ok["problems"] == []
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Billettnummer;Fornavn;Etternavn;Dager\nX1;Ola;Nordmann;2031-01-01\n", encoding="utf-8"
    )
    run = hub(served.db_url, "import", str(bad), "--event", "bodo-2026", "--json", ok=False)
    assert run.returncode == 2
    assert json.loads(run.stdout)["written"] is False
    assert "bad.csv, line 2" in run.stderr
    unknown = hub(served.db_url, "report", "--event", "nowhere", ok=False)
    assert unknown.returncode == 2 and "No event 'nowhere'" in unknown.stderr


def test_tokens_are_shown_once_and_stored_hashed(served):
    made = json.loads(hub(served.db_url, "token", "add", "desk-tromso", "--json").stdout)
    assert made["token"].startswith("chk_") and len(made["token"]) > 40
    listed = hub(served.db_url, "token", "list", "--json").stdout
    assert made["token"] not in listed and "desk-tromso" in listed
    engine = served.engine()
    with engine.connect() as conn:
        import sqlalchemy as sa

        stored = [r[0] for r in conn.execute(sa.text("SELECT hash FROM tokens"))]
    engine.dispose()
    assert made["token"] not in stored and all(len(h) == 64 for h in stored)
    assert hub(served.db_url, "token", "add", "desk-tromso", ok=False).returncode == 2


def _day(text):
    from datetime import date

    return date.fromisoformat(text)


def test_hub_import_says_how_many_rows_cancel_as_the_desk_import_does(database, tmp_path):
    slug = database.new_event()
    source = tmp_path / "reg.csv"
    rows = "Billettnummer;Fornavn;Etternavn;Status\nC1;Åse;Ødegård;Betalt\nC2;Per;Bøe;Avbestilt\n"
    source.write_text(rows, encoding="utf-8")
    command = ("import", str(source), "--event", slug)
    first = hub(database.db_url, *command).stdout
    assert "2 rows, 2 added, 0 updated, 0 unchanged, 1 cancelled." in first
    source.write_text(rows.replace("Betalt", "Kansellert"), encoding="utf-8")
    again = json.loads(hub(database.db_url, *command, "--json").stdout)
    assert (again["updated"], again["unchanged"], again["cancelled"]) == (1, 1, 1)  # C1 now
    same = json.loads(hub(database.db_url, *command, "--json").stdout)
    assert (same["unchanged"], same["cancelled"]) == (2, 0)  # already cancelled: no news


def test_hub_import_and_export_write_big_counts_grouped(database, tmp_path):
    slug = database.new_event()
    source, out = tmp_path / "many.csv", tmp_path / "out.csv"
    lines = [f"M{n};Kari {n};Nordmann" for n in range(1200)]
    source.write_text("Billettnummer;Fornavn;Etternavn\n" + "\n".join(lines), encoding="utf-8")
    said = hub(database.db_url, "import", str(source), "--event", slug).stdout
    assert "1,200 rows, 1,200 added, 0 updated" in said  # English: the tests' language
    said = hub(database.db_url, "export", str(out), "--event", slug).stdout
    assert "1,200 registrations written to" in said
