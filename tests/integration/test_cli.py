"""The command line end to end on real files: JSON keys and exit codes are an API."""

import csv
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from checkin import messages
from checkin.cli import build_parser, main

DAYS = "2026-06-01,2026-06-02"
CHECKIN = [sys.executable, "-m", "checkin"]


def run(capsys, *argv):
    """Run a command with --json and return (exit code, JSON lines, stderr)."""
    code = main([*argv, "--json"])
    out = capsys.readouterr()
    lines = [json.loads(line) for line in out.out.splitlines() if line.strip()]
    return code, lines, out.err


@pytest.fixture
def event(tmp_path, capsys):
    db = tmp_path / "event.sqlite"
    assert run(capsys, "new", "--db", str(db), "--name", "Helsekonferansen", "--days", DAYS)[0] == 0
    source = tmp_path / "deltakere.csv"
    source.write_bytes(
        "Billettnummer;Fornavn;Etternavn;Organisasjon;Kategori;Status;Ordrenummer\n"
        "T1;Åse;Ødegård;Haukeland;Sykehus;Betalt;\n"
        "T2;Ola;Bjorheim Bøe;Askøy kommune;Kommune;Betalt;O7\n"
        "T3;Kari;Nordmann;Askøy kommune;Kommune;Betalt;O7\n"
        "T4;Per;Avlyst;Firma AS;Industri;Kansellert;\n"
        'T5;=HYPERLINK("http://x");Ondsinnet;@SUM(A1);Industri;Betalt;\n'.encode("cp1252")
    )
    code, lines, err = run(capsys, "import", str(source), "--db", str(db), "--json")
    assert code == 0, err
    assert lines[0]["added"] == 5
    return db, source


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert "checkin" in capsys.readouterr().out


def test_reimport_counts_unchanged_updated_cancelled(event, capsys, tmp_path):
    db, source = event
    text = source.read_bytes().decode("cp1252")
    text = text.replace("T1;Åse;", "T1;Aase;").replace(
        "Kommune;Betalt;O7\nT3", "Kommune;Avbestilt;O7\nT3"
    )
    text += "T6;Ny;Person;Firma AS;Industri;Betalt;\n"
    source.write_bytes(text.encode("cp1252"))
    code, lines, _ = run(capsys, "import", str(source), "--db", str(db), "--dry-run")
    assert code == 0
    assert (lines[0]["added"], lines[0]["updated"], lines[0]["cancelled"]) == (1, 2, 1)
    assert lines[0]["written"] is False
    code, lines, _ = run(capsys, "import", str(source), "--db", str(db))
    assert lines[0] | {"mapping": None, "file": None} == {
        "file": None,
        "rows": 6,
        "added": 1,
        "updated": 2,
        "unchanged": 3,
        "cancelled": 1,
        "written": True,
        "mapping": None,
        "problems": [],
    }


def test_bad_file_imports_nothing_and_names_lines(event, capsys, tmp_path):
    db, _ = event
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Billettnummer;Fornavn;Etternavn\nT9;Ny;Person\nT9;Annen;Person\nT8;;\n", "utf-8"
    )
    code, lines, err = run(capsys, "import", str(bad), "--db", str(db))
    assert code == 2
    assert lines[0]["written"] is False
    assert "line 3" in err and "line 2" in err  # the duplicate names both lines
    assert "line 4" in err
    code, hits, _ = run(capsys, "search", "Ny Person", "--db", str(db))
    assert hits == [[]]


def test_admit_duplicate_rejected_and_exit_codes(event, capsys):
    db, _ = event
    code, lines, _ = run(
        capsys, "admit", "T1", "--db", str(db), "--day", "2026-06-01", "--desk", "D1"
    )
    assert code == 0
    assert lines[0]["result"] == "ok" and lines[0]["name"] == "Åse Ødegård"
    code, lines, _ = run(
        capsys, "admit", "T1", "T4", "NOPE", "--db", str(db), "--day", "2026-06-01"
    )
    assert code == 1
    assert [line["result"] for line in lines] == ["duplicate", "rejected", "rejected"]
    assert lines[0]["first_desk"] == "D1"
    first_at = datetime.fromisoformat(lines[0]["first_at"])  # in the event's zone, with offset
    assert first_at.utcoffset() == first_at.astimezone(ZoneInfo("Europe/Oslo")).utcoffset()
    assert not lines[0]["first_at"].endswith("Z")
    assert [line["reason"] for line in lines[1:]] == ["cancelled", "unknown"]


def test_admit_reads_stdin_and_orders(event, tmp_path):
    db, _ = event
    proc = subprocess.run(
        [*CHECKIN, "admit", "-", "--db", str(db), "--day", "2026-06-01", "--json"],
        input="T1\n\nT5\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["ticket"] for line in proc.stdout.splitlines()] == ["T1", "T5"]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin",
            "admit",
            "--order",
            "O7",
            "--db",
            str(db),
            "--day",
            "2026-06-01",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert sorted(json.loads(line)["ticket"] for line in proc.stdout.splitlines()) == ["T2", "T3"]


def test_undo_then_report(event, capsys):
    db, _ = event
    run(capsys, "admit", "T1", "T2", "--db", str(db), "--day", "2026-06-01")
    assert run(capsys, "undo", "T2", "--db", str(db), "--day", "2026-06-01")[0] == 0
    assert run(capsys, "undo", "T2", "--db", str(db), "--day", "2026-06-01")[0] == 1
    code, lines, _ = run(
        capsys, "report", "--db", str(db), "--by", "category", "--day", "2026-06-01"
    )
    assert code == 0
    assert (lines[0]["expected"], lines[0]["checked_in"]) == (4, 1)
    groups = {g["key"]: (g["expected"], g["checked_in"]) for g in lines[0]["groups"]}
    assert groups == {"Industri": (1, 0), "Kommune": (2, 0), "Sykehus": (1, 1)}


def test_report_by_a_field_and_by_an_imported_column(event, capsys, tmp_path):
    db, _ = event
    code, lines, _ = run(capsys, "report", "--db", str(db), "--by", "order_code", "--all-days")
    assert code == 0
    groups = {g["key"]: (g["expected"], g["checked_in"]) for g in lines[0]["groups"]}
    assert groups == {"": (2, 0), "O7": (2, 0)}  # T4 is cancelled, so not expected
    # "Ordrenummer" was read into order_code: it is no column of its own, and the error says so
    code, _, err = run(capsys, "report", "--db", str(db), "--by", "Ordrenummer")
    assert code == 2 and "Cannot group by 'Ordrenummer'" in err and "order_code" in err
    extra = tmp_path / "allergi.csv"
    extra.write_text("Billettnummer;Fornavn;Etternavn;Allergi\nT1;Åse;Ødegård;Nøtter\n"
                     "T2;Ola;Bjorheim Bøe;\n", encoding="utf-8")  # fmt: skip
    assert run(capsys, "import", str(extra), "--db", str(db))[0] == 0
    run(capsys, "admit", "T1", "--db", str(db), "--day", "2026-06-01")
    code, lines, _ = run(capsys, "report", "--db", str(db), "--by", "Allergi", "--day",
                         "2026-06-01")  # fmt: skip
    assert code == 0
    groups = {g["key"]: (g["expected"], g["checked_in"]) for g in lines[0]["groups"]}
    assert groups == {"": (3, 0), "Nøtter": (1, 1)}


def test_search_is_accent_and_order_tolerant(event, capsys):
    db, _ = event
    code, lines, _ = run(capsys, "search", "bjorheim boe", "--db", str(db))
    assert code == 0
    assert lines[0][0]["ticket"] == "T2"
    assert set(lines[0][0]) >= {
        "ticket",
        "name",
        "first_name",
        "last_name",
        "organisation",
        "category",
        "ticket_type",
        "status",
    }
    code, lines, _ = run(capsys, "search", "aase odegard", "--db", str(db))
    assert lines[0][0]["ticket"] == "T1"


def test_export_is_safe_against_formula_injection(event, capsys, tmp_path):
    db, _ = event
    run(capsys, "admit", "T5", "--db", str(db), "--day", "2026-06-01")
    out_csv, out_xlsx = tmp_path / "a.csv", tmp_path / "a.xlsx"
    assert run(capsys, "export", str(out_csv), "--db", str(db))[0] == 0
    assert run(capsys, "export", str(out_xlsx), "--db", str(db))[0] == 0
    with out_csv.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(("=", "@", "+")) for cell in cells)
    assert '\'=HYPERLINK("http://x")' in cells
    sheet = load_workbook(out_xlsx).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    types = [c.data_type for row in sheet.iter_rows() for c in row]
    assert "f" not in types
    assert "'@SUM(A1)" in values
    ondsinnet = next(row for row in rows if row[2] == "Ondsinnet")
    assert ondsinnet[-2]  # checked in on day one: a time in that day's column


def test_export_refuses_unknown_suffix(event, capsys, tmp_path):
    db, _ = event
    code, _, err = run(capsys, "export", str(tmp_path / "a.pdf"), "--db", str(db))
    assert code == 2 and ".csv or .xlsx" in err


def test_missing_db_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "search", "x", "--db", str(tmp_path / "none.sqlite"))
    assert code == 2 and "No event file" in err


def test_not_an_event_file(capsys, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x89PNG not a database" * 100)
    code, _, err = run(capsys, "search", "x", "--db", str(junk))
    assert code == 2 and "not a Check-in Desk event file" in err


def test_ticket_type_days_and_point(event, capsys):
    db, _ = event
    assert run(capsys, "ticket-type", "Dag", "--db", str(db), "--days", "2026-06-02")[0] == 0
    code, lines, _ = run(
        capsys, "point", "middag", "--db", str(db), "--multi", "--days", "2026-06-01"
    )
    assert code == 0 and lines[0]["multi_entry"] is True
    for _ in range(2):
        code, lines, _ = run(
            capsys, "admit", "T1", "--db", str(db), "--point", "middag", "--day", "2026-06-01"
        )
        assert lines[0]["result"] == "ok"


def text_of(capsys, *argv):
    """Run a command without --json: (exit code, stdout, stderr)."""
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["info"], "Helsekonferansen"),
        (["search", "bjorheim boe"], "T2  Ola Bjorheim Bøe  Askøy kommune"),
        (["report", "--by", "category"], "Kommune"),
        (["admit", "T1", "--day", "2026-06-01"], "T1  checked in  Åse Ødegård"),
        (["undo", "T3", "--day", "2026-06-01"], "nothing to undo"),
        (["ticket-type", "Dagsbillett", "--new", "--days", "2026-06-01"], "Ticket type"),
        (["point", "middag", "--multi"], "Check-in point 'middag'"),
        (["edit", "T1", "--set", "organisation=Haukeland"], "Updated T1"),
    ],
)
def test_every_command_speaks_plainly_by_default_and_json_when_asked(event, capsys, argv, words):
    db, _ = event
    code, out, err = text_of(capsys, *argv, "--db", db)
    assert code in (0, 1), err
    assert words in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out.splitlines()[0])
    code, out, _ = text_of(capsys, *argv, "--db", db, "--json")
    assert all(json.loads(line) is not None for line in out.splitlines())


def test_admit_text_says_when_and_where_in_the_event_zone(event, capsys):
    db, _ = event
    text_of(capsys, "admit", "T1", "--db", db, "--day", "2026-06-01", "--desk", "D1")
    code, out, _ = text_of(capsys, "admit", "T1", "T4", "--db", db, "--day", "2026-06-01")
    assert code == 1
    first, second = out.splitlines()
    assert first.startswith("T1  already checked in  Åse Ødegård (first at ") and "desk D1" in first
    assert second == "T4  not admitted  Per Avlyst: the registration is cancelled"


def test_admits_from_the_command_line_are_logged_as_such(event, capsys):
    db, _ = event
    run(capsys, "admit", "T1", "NOPE", "--db", str(db), "--day", "2026-06-01")
    conn = sqlite3.connect(db)
    methods = {row[0] for row in conn.execute("SELECT method FROM checkins")}
    methods |= {row[0] for row in conn.execute("SELECT method FROM attempts")}
    conn.close()
    assert methods == {"command-line"}


def test_report_day_outside_the_event_names_its_days(event, capsys):
    db, _ = event
    code, _, err = run(capsys, "report", "--db", str(db), "--day", "2026-07-01")
    assert code == 2
    assert "2026-07-01 is not a day of Helsekonferansen" in err
    assert "2026-06-01, 2026-06-02" in err


def test_report_without_day_is_today_during_the_event_and_all_days_outside(event, capsys, tmp_path):
    db, _ = event  # its days are in 2026-06: today is not one of them
    code, lines, _ = run(capsys, "report", "--db", str(db))
    assert code == 0 and lines[0]["day"] is None
    demo = tmp_path / "demo.sqlite"
    assert main(["demo-data", "--db", str(demo), "--size", "20"]) == 0  # today and tomorrow
    capsys.readouterr()
    code, lines, _ = run(capsys, "report", "--db", str(demo))
    today = lines[0]["day"]
    assert today is not None
    code, lines, _ = run(capsys, "report", "--db", str(demo), "--all-days")
    assert lines[0]["day"] is None


def test_ticket_type_no_one_has_suggests_the_close_name(event, capsys, tmp_path):
    db, _ = event
    run(capsys, "edit", "T1", "--set", "ticket_type=Dagsbillett dag 2", "--db", str(db))
    code, _, err = run(capsys, "ticket-type", "Dagsbilett dag 2", "--db", str(db))
    assert code == 2
    assert "No registration has the ticket type 'Dagsbilett dag 2'" in err
    assert "Did you mean 'Dagsbillett dag 2'?" in err and "--new" in err
    code, _, err = run(capsys, "point", "middag", "--ticket-types", "Dagsbilett dag 2",
                       "--db", str(db))  # fmt: skip
    assert code == 2 and "Did you mean 'Dagsbillett dag 2'?" in err
    assert run(capsys, "ticket-type", "Dagsbillett dag 2", "--db", str(db))[0] == 0
    assert run(capsys, "ticket-type", "VIP", "--new", "--db", str(db))[0] == 0


def test_a_missing_import_file_is_named_without_errno(event, capsys, tmp_path):
    db, _ = event
    code, _, err = run(capsys, "import", str(tmp_path / "nope.csv"), "--db", str(db))
    assert code == 2
    assert "nope.csv is not there" in err and "Errno" not in err


NORWEGIAN = ["Aas", "Berg", "Zahl", "Ærø", "Ødegård", "Østbø", "Aamodt", "Åsen"]


@pytest.fixture
def names_event(tmp_path, capsys):
    db = tmp_path / "navn.sqlite"
    assert main(["new", "--db", str(db), "--name", "Navn", "--days", "2026-06-01"]) == 0
    source = tmp_path / "navn.csv"
    rows = [f"N{i};Kari;{last}" for i, last in enumerate(["Sæther-Bråten", *NORWEGIAN])]
    source.write_text("Billettnummer;Fornavn;Etternavn\n" + "\n".join(rows) + "\n", "utf-8")
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


EXPECTED_ORDER = [
    "Berg",
    "Sæther-Bråten",
    "Zahl",
    "Ærø",
    "Ødegård",
    "Østbø",
    "Aamodt",
    "Aas",
    "Åsen",
]  # fmt: skip  ("Aa" is Å in names)


def test_export_lists_people_in_norwegian_order(names_event, capsys, tmp_path):
    out = tmp_path / "oppmote.csv"
    assert main(["export", str(out), "--db", str(names_event)]) == 0
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))[1:]
    assert [row[2] for row in rows] == EXPECTED_ORDER


def test_badges_and_tickets_go_in_norwegian_order(names_event, capsys, tmp_path, qapp):
    from checkin.desk import Desk

    desk = Desk.open(names_event)
    assert [reg.last_name for reg in desk.valid_by_name()] == EXPECTED_ORDER
    desk.close()
    out = tmp_path / "billetter"
    assert main(["tickets", "--db", str(names_event), "--out", str(out)]) == 0
    with (out / "index.csv").open(encoding="utf-8-sig") as handle:
        assert [row["last_name"] for row in csv.DictReader(handle)] == EXPECTED_ORDER


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--timezone", "Europe/Olso", "did you mean Europe/Oslo"),
        ("--timezone", "Mars/Base", "unknown time zone 'Mars/Base'"),
        ("--timezone", "../../etc/passwd", "unknown time zone"),
        ("--name", " \t", "give the event a name"),
        ("--day-change", "25:00", "--day-change"),
    ],
)
def test_new_checks_every_input_before_it_makes_a_file(option, value, named, tmp_path):
    db = tmp_path / "N.sqlite"
    argv = {"--name": "X", "--days": "2026-11-29", "--timezone": "Europe/Oslo", option: value}
    done = subprocess.run(
        [*CHECKIN, "new", "--db", str(db), *(x for pair in argv.items() for x in pair)],
        capture_output=True, text=True, check=False, env={**os.environ, "LANG": "C.UTF-8"},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert named in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []  # no file left behind, so `new` can be run again
    again = subprocess.run(
        [*CHECKIN, "new", "--db", str(db), "--name", "X", "--days", "2026-11-29"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr


def test_a_failed_new_removes_the_file_it_made(tmp_path, capsys, monkeypatch):
    from checkin.commands import event as event_commands

    def broken(*args):
        raise OSError("the screen went away")

    monkeypatch.setattr(event_commands, "_show_event", broken)  # fails after the file is made
    db = tmp_path / "N.sqlite"
    with pytest.raises(OSError):
        event_commands.run_new(
            build_parser().parse_args(
                ["new", "--db", str(db), "--name", "X", "--days", "2026-11-29"]
            )
        )
    assert list(tmp_path.iterdir()) == []


def test_import_reads_the_registrations_sheet_and_sheet_chooses(tmp_path, capsys):
    from tests.unit.test_importer_sheets import GONE, INSTRUCTIONS, PEOPLE, workbook

    db = tmp_path / "e.sqlite"
    assert run(capsys, "new", "--db", str(db), "--name", "X", "--days", DAYS)[0] == 0
    path = workbook(tmp_path / "p.xlsx", INSTRUCTIONS, PEOPLE, GONE)
    code, lines, err = run(capsys, "import", str(path), "--db", str(db))
    assert code == 0 and lines[0]["added"] == 2
    assert "sheet 'Deltakere'" in lines[0]["warnings"][0]
    assert "Warning:" in err and "sheet 'Deltakere'" in err
    code, lines, _ = run(capsys, "import", str(path), "--db", str(db), "--sheet", "Avmeldte")
    assert code == 0 and lines[0]["added"] == 1
    code, lines, err = run(capsys, "import", str(path), "--db", str(db), "--sheet", "9")
    assert code == 2 and "no sheet '9'" in err and lines[0]["written"] is False


def plain(capsys, *argv):
    """Run a command in words (no --json): (exit code, stdout, stderr)."""
    try:
        code = main([str(arg) for arg in argv])
    except SystemExit as exit_:  # argparse refused an argument
        code = exit_.code
    out = capsys.readouterr()
    return code, out.out, out.err


def test_decode_shows_the_code_without_its_bom_and_calls_a_folder_a_folder(tmp_path, capsys):
    import cv2

    from checkin.scan.simulated import qr_image

    image = tmp_path / "bom.png"
    cv2.imwrite(str(image), qr_image("\ufeffNHI-300001"))
    code, out, _ = plain(capsys, "decode", image)
    assert code == 0 and out == f"{image}: NHI-300001\n"
    code, lines, _ = run(capsys, "decode", str(image))
    assert lines[0]["codes"] == ["NHI-300001"]
    code, lines, _ = run(capsys, "decode", str(tmp_path))
    assert code == 2 and lines[0]["error"] == "is a folder, not an image"


def test_admit_from_a_stream_never_prints_control_characters(event):
    db, _ = event
    stream = "T1\x1b[31m\x07\n\x1b]0;owned\x07\n\u202eT2\n".encode()
    done = subprocess.run([*CHECKIN, "admit", "-", "--db", str(db)], input=stream,
                          capture_output=True, check=False)  # fmt: skip
    out = done.stdout.decode()
    assert out.count("\n") == 3, out
    assert not any(ord(char) < 32 and char != "\n" for char in out)
    assert "\\x1b" in out and "\u202e" not in out


@pytest.mark.parametrize("name", ["Desk\n2\x1b[31m", "Desk\x07", "  ", "x" * 61, "A\u2028B"])
def test_a_desk_name_with_control_characters_is_refused(event, capsys, name):
    db, _ = event
    code, _, err = plain(capsys, "admit", "T1", "--db", db, "--desk", name)
    assert code == 2 and "--desk" in err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    conn.close()


def test_a_desk_name_is_cleaned_the_same_way_everywhere():
    from checkin.domain.names import clean_desk_name, desk_name_problem

    assert clean_desk_name(" Skranke\t 2 \ufeff") == "Skranke 2"
    assert desk_name_problem("Skranke 2") is None and desk_name_problem("Skranke\t2") is None
    assert desk_name_problem("Skranke\n2") == "control"


def test_a_failed_import_says_nothing_imported_once(event, capsys, tmp_path):
    db, _ = event
    bad = tmp_path / "bad.csv"
    bad.write_text("Billettnummer;Fornavn;Etternavn\nT9;;\n", "utf-8")
    code, out, err = plain(capsys, "import", bad, "--db", db)
    assert code == 2 and out == ""
    assert (out + err).count("Nothing imported") == 1 and "1 problem in" in err


def test_import_problems_and_warnings_are_said_in_norwegian_and_json_stays_english(tmp_path):
    from tests.unit.test_importer_sheets import INSTRUCTIONS, PEOPLE, workbook

    db = tmp_path / "e.sqlite"
    nb = {**os.environ, "LANG": "nb_NO.UTF-8", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    nb.pop("CHECKIN_LANGUAGE", None)  # the locale decides, as on a Norwegian laptop
    new = subprocess.run([*CHECKIN, "new", "--db", str(db), "--name", "X", "--days", DAYS],
                         capture_output=True, text=True, env=nb, check=False)  # fmt: skip
    assert new.returncode == 0, new.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("Billettnummer;Fornavn;Etternavn;Dager\nA1;;;\nA1;Per;Olsen;Dag 9\n", "utf-8")
    done = subprocess.run([*CHECKIN, "import", str(bad), "--db", str(db)],
                          capture_output=True, text=True, env=nb, check=False)  # fmt: skip
    assert done.returncode == 2
    assert "bad.csv, linje 2, kolonne 'Fornavn': navn mangler" in done.stderr
    assert "billettnummeret 'A1' står også på linje 2" in done.stderr
    assert "det finnes ingen dag 9" in done.stderr and "Ingenting importert" in done.stderr
    assert "line" not in done.stderr and "missing" not in done.stderr
    as_json = subprocess.run([*CHECKIN, "import", str(bad), "--db", str(db), "--json"],
                             capture_output=True, text=True, env=nb, check=False)  # fmt: skip
    assert "bad.csv, line 2, column 'Fornavn': missing name" in json.loads(as_json.stdout)[
        "problems"]  # fmt: skip
    sheets = workbook(tmp_path / "p.xlsx", INSTRUCTIONS, PEOPLE)
    done = subprocess.run([*CHECKIN, "import", str(sheets), "--db", str(db), "--dry-run"],
                          capture_output=True, text=True, env=nb, check=False)  # fmt: skip
    assert "Advarsel: " in done.stderr and "leste arket 'Deltakere' (ark 2 av 2" in done.stderr
    done = subprocess.run([*CHECKIN, "decode", str(tmp_path)],
                          capture_output=True, text=True, env=nb, check=False)  # fmt: skip
    assert "er en mappe, ikke et bilde" in done.stdout


def test_a_said_message_is_english_as_text_and_norwegian_when_said():
    from checkin import messages
    from checkin.messages import N_, said, say

    message = said(N_("ticket code '{code}' is also on line {line}"), code="A1", line=2)
    assert message == "ticket code 'A1' is also on line 2"
    messages.use("nn")
    assert say(message) == "billettnummeret 'A1' står òg på linje 2"
    assert str(message) == "ticket code 'A1' is also on line 2"


def test_each_command_is_registered_by_the_module_the_lazy_table_names():
    import argparse
    import importlib

    from checkin import cli
    from checkin.store import db as store

    registered = {}
    for name in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert {k: v for k, v in registered.items() if k in cli.COMMANDS} == cli.COMMANDS
    assert set(cli.COMMANDS) <= set(registered)
    assert cli.WRITE_WAIT_S == store.WRITE_WAIT_S
    assert cli.command_in(["--wait", "5", "-v", "admit", "T1"]) == "admit"
    assert cli.command_in(["--version"]) is None


def test_help_and_a_command_import_only_what_they_need():
    probe = (
        "import sys; from checkin.cli import main\n"
        "try:\n    main(['info', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('checkin.commands')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)  # fmt: skip
    loaded = done.stdout.strip().splitlines()[-1]
    assert "checkin.commands.event" in loaded
    assert "checkin.commands.badges" not in loaded and "checkin.commands.hub" not in loaded


def test_search_marks_who_is_checked_in_that_day(event, capsys):
    db, _ = event
    code, _, err = run(capsys, "admit", "T1", "--db", str(db), "--day", "2026-06-01")
    assert code == 0, err
    code, lines, _ = run(capsys, "search", "odegard", "--db", str(db), "--day", "2026-06-01")
    hit = lines[0][0]
    assert code == 0 and hit["ticket"] == "T1" and hit["status"] == "valid"
    assert hit["checked_in_at"].startswith("2026-") and hit["checked_in_desk"]
    code, lines, _ = run(capsys, "search", "odegard", "--db", str(db), "--day", "2026-06-02")
    assert lines[0][0]["checked_in_at"] is None  # not on the second day
    assert main(["search", "askoy", "--db", str(db), "--day", "2026-06-01"]) == 0
    assert "✓" not in capsys.readouterr().out  # nobody from Askøy is in
    assert main(["search", "odegard", "--db", str(db), "--day", "2026-06-01"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("T1  Åse Ødegård") and "✓ checked in " in line
    assert hit["checked_in_at"][11:16] in line  # the time, as the event's clock shows it


@pytest.mark.parametrize(("language", "grouped"), [("nb", "1\u00a0200"), ("nn", "1\u00a0200"),
                                                   ("en", "1,200")])  # fmt: skip
def test_info_writes_counts_grouped_as_the_language_does(tmp_path, capsys, monkeypatch,
                                                         language, grouped):  # fmt: skip
    demo = tmp_path / "demo.sqlite"
    assert main(["demo-data", "--db", str(demo), "--size", "1200"]) == 0  # today is day 1
    capsys.readouterr()
    expected = json.loads(text_of(capsys, "info", "--db", demo, "--json")[1])["expected_today"]
    assert expected >= 1000  # so the day's figure is grouped too
    monkeypatch.setenv("CHECKIN_LANGUAGE", language)
    try:
        code, out, err = text_of(capsys, "info", "--db", demo)
    finally:
        messages.use("en")  # the process's language back for the next test
    assert code == 0, err
    assert any(line.startswith("  ") and line.endswith(grouped) for line in out.splitlines())
    assert f"{expected // 1000}{grouped[1]}{expected % 1000:03d}" in out
    assert "1200" not in out and str(expected) not in out


def _commands(parser, words=()):
    """Every command and a command's own commands: (words, parser)."""
    for action in parser._actions:
        choices = action.choices if isinstance(action.choices, dict) else {}
        for name, command in choices.items():
            if isinstance(command, type(parser)):
                yield (*words, name), command
                yield from _commands(command, (*words, name))


def test_every_command_s_help_says_what_it_does(capsys):
    commands = dict(_commands(build_parser()))
    assert {("demo",), ("info",), ("hub", "event", "create")} <= set(commands)
    for words, command in commands.items():
        assert command.description and command.description.endswith("."), words
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    out = capsys.readouterr().out
    assert "\n\nOpen the window on a demo event with a simulated camera.\n" in out


def test_import_and_export_say_big_counts_grouped(tmp_path, capsys, monkeypatch):
    demo, out, copy = tmp_path / "demo.sqlite", tmp_path / "out.csv", tmp_path / "copy.sqlite"
    assert main(["demo-data", "--db", str(demo), "--size", "1200"]) == 0
    capsys.readouterr()
    days = ",".join(json.loads(text_of(capsys, "info", "--db", demo, "--json")[1])["days"])
    assert main(["new", "--db", str(copy), "--name", "X", "--days", days]) == 0
    capsys.readouterr()
    monkeypatch.setenv("CHECKIN_LANGUAGE", "nb")
    try:
        _, wrote, _ = text_of(capsys, "export", "--db", demo, out)
        _, imported, err = text_of(capsys, "import", out, "--db", copy)
    finally:
        messages.use("en")
    assert "Skrev 1\u00a0200 påmeldinger til" in wrote
    assert "1\u00a0200 rader: 1\u00a0200 lagt til, 0 oppdatert, 0 uendret" in imported, err
