"""Issue 11's field cases, each file as real desks meet it, through the core API: right values.

The files are copies of ../shared/field-cases/ (tests/data/field-cases/). Cases of our own for
each kind sit beside the unit tests (test_importer.py, test_payload.py, test_keyboard.py, ...).
"""

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import cv2
import pytest

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome, Reason
from checkin.scan.decoders import choose
from checkin.scan.scanner import Scanner
from checkin.scan.sources import open_source

CASES = Path(__file__).resolve().parents[1] / "data" / "field-cases"
DAY = date(2026, 6, 1)


@pytest.fixture
def desk(tmp_path):
    clock = FixedClock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    desk = Desk.create(
        tmp_path / "event.sqlite", "Field cases", (DAY, date(2026, 6, 2)), clock=clock
    )
    yield desk
    desk.close()


def people(desk):
    return sorted(
        (r.code, r.first_name, r.last_name, r.email, r.organisation, r.note)
        for r in desk.registrations()
    )


def imported(desk, name, **kwargs):
    report = desk.import_file(CASES / name, **kwargs)
    assert report.problems == [], [str(p) for p in report.problems]
    assert report.written
    return report


def test_i02_bom_and_sep_hint(desk):
    imported(desk, "i02_bom_sep_hint.csv")
    assert people(desk) == [
        ("NHI-200001", "Åse", "Ødegård", "ase.odegard@example.no", "Helse Bergen – Haukeland", ""),
        ("NHI-200002", "Bjørn", "Sæther", "bjorn.saether@example.no", "Sørlandet sykehus", ""),
    ]


def test_i03_utf16_unicode_text(desk):
    report = imported(desk, "i03_utf16le_tab.csv")
    assert report.rows == 2
    assert people(desk) == [
        ("NHI-200001", "Åse", "Ødegård", "ase.odegard@example.no", "Helse Bergen – Haukeland", ""),
        ("NHI-200002", "Bjørn", "Sæther", "bjorn.saether@example.no", "Sørlandet sykehus", ""),
    ]


def test_i08_xlsx_header_below_a_title(desk):
    imported(desk, "i08_xlsx_title_rows.xlsx")
    assert people(desk) == [
        ("NHI-200001", "Åse", "Ødegård", "ase.odegard@example.no", "", ""),
        ("NHI-200002", "Bjørn", "Sæther", "bjorn.saether@example.no", "", ""),
    ]


def test_i09b_codes_rounded_by_the_spreadsheet_are_refused_with_the_rows(desk):
    report = desk.import_file(CASES / "i09b_csv_barcode_scientific.csv")
    assert not report.written and desk.count_registrations() == 0
    assert len(report.problems) == 1
    text = str(report.problems[0])
    assert "line 2, column 'Barcode #'" in text and "(lines 2, 3)" in text
    assert (
        "1,23457E+20" in text and "rounded" in text and "export the ticket column as text" in text
    )


def test_i10_duplicate_email_headers_take_the_attendees_and_warn(desk):
    report = imported(desk, "i10_duplicate_email_headers.csv")
    assert people(desk)[0][3] == "ase.odegard@example.no"
    assert report.mapping["email"] == "E-post (2)"
    assert "'E-post' (column 4) and 'E-post (2)' (column 6)" in str(report.warnings[0])
    assert report.to_json()["warnings"] == [str(report.warnings[0])]
    again = desk.import_file(CASES / "i10_duplicate_email_headers.csv", {"email": "E-post"})
    assert again.updated == 1 and again.warnings == []
    assert people(desk)[0][3] == "faktura@example.no"


def test_i11_ragged_rows_are_padded(desk):
    imported(desk, "i11_ragged_rows.csv")
    assert people(desk) == [
        ("NHI-200001", "Åse", "Ødegård", "ase.odegard@example.no", "", "Vegetar"),
        ("NHI-200002", "Bjørn", "Sæther", "", "", ""),
    ]


def test_pretix_signed_secrets_import_and_are_admitted(desk):
    imported(desk, "a_pretix_sig1_secrets.csv")
    secrets = [r.code for r in desk.registrations()]
    assert len(secrets) == 3 and all(code.startswith("=") for code in secrets)
    assert {"+", "/"} <= set("".join(secrets))
    for secret in secrets:
        result = desk.check_in(secret, Method.SCAN)
        assert result.decision.outcome is Outcome.OK, result.to_json()
    caps_lock = desk.check_in(secrets[0].swapcase())  # the one ticket it can be, once more
    assert (caps_lock.read_as, caps_lock.decision.reason) == ("case", Reason.ALREADY_CHECKED_IN)


@pytest.fixture
def names(desk):
    imported(desk, "s_names.csv")
    return desk


@pytest.mark.parametrize(
    ("query", "code"),
    [("vanderberg", "NHI-300008"), ("van der berg", "NHI-300008"), ("ORD-9004", "NHI-300004"),
     ("ord-9004", "NHI-300004"), ("9004", "NHI-300004"), ("obrien", "NHI-300002"),
     ("berghansen", "NHI-300004"), ("maret", "NHI-300005"), ("nhi-300003", "NHI-300003")],
)  # fmt: skip
def test_search_in_the_names_file(names, query, code):
    assert names.search(query)[0].code == code


def test_caps_lock_on_a_handheld(names):
    result = names.check_in("nhi-300001", Method.HANDHELD)
    assert result.decision.outcome is Outcome.OK
    assert (result.ticket, result.read_as) == ("NHI-300001", "case")
    assert result.registration.last_name == "Ødegård"


def test_us_scanner_on_a_norwegian_computer(names):
    first = names.check_in("NHI+300001", Method.HANDHELD)
    assert first.decision.outcome is Outcome.OK and first.ticket == "NHI-300001"
    assert (first.read_as, first.notice) == ("keyboard_layout", "keyboard_layout")
    assert "scanner seems set to another keyboard layout (US)" in first.notice_text
    assert "Norwegian" in first.notice_text
    second = names.check_in("httpsØ--billett.example-t-NHI+300006", Method.HANDHELD)
    assert second.decision.outcome is Outcome.OK and second.ticket == "NHI-300006"
    assert second.read_as == "keyboard_layout"
    assert second.notice == "" and "notice" not in second.to_json()  # said once
    assert names.check_in("NHI+300001").decision.reason is Reason.ALREADY_CHECKED_IN


def test_notepad_codes_with_a_bom_piped_to_admit(names, tmp_path):
    names.close()
    with (CASES / "a_codes_notepad_bom.txt").open("rb") as codes:
        done = subprocess.run(
            [sys.executable, "-m", "checkin", "admit", "-", "--db", str(names.path), "--day",
             "2026-06-01", "--json"],
            stdin=codes, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    import json

    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [(r["ticket"], r["result"]) for r in results] == [
        ("NHI-300001", "ok"), ("NHI-300006", "ok")
    ]  # fmt: skip


def test_qr_image_whose_payload_starts_with_a_bom(names):
    gray = cv2.imread(str(CASES / "d_bom_payload.png"), cv2.IMREAD_GRAYSCALE)
    [detection] = choose().decode(gray)
    assert detection.text == "\ufeffNHI-300001"
    result = names.check_in(detection.text, Method.SCAN)
    assert (result.decision.outcome, result.ticket) == (Outcome.OK, "NHI-300001")


def test_video_of_a_ticket_whose_payload_starts_with_a_bom(names):
    results = []
    Scanner(
        open_source(str(CASES / "a_scan_bom.mp4")),
        lambda event: results.append(names.check_in(event.text, Method.SCAN)),
    ).run_until_end()
    assert [(r.ticket, r.decision.outcome) for r in results] == [("NHI-300001", Outcome.OK)]
