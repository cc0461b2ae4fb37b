"""Reading registration exports: encodings, delimiters, headers, and every bad file."""

import csv
import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from checkin.domain.model import Status
from checkin.importer import load, preview

DAYS = (date(2026, 6, 1), date(2026, 6, 2))
NORWEGIAN = "Billettnummer;Fornavn;Etternavn;Arbeidssted;E-post;Billettype;Kategori;Status;Dager\n"


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_windows_1252_semicolon_with_norwegian_letters(tmp_path):
    body = NORWEGIAN + "A1;Åse;Ødegård;Haukeland;ase@x.no;Studentbillett;Student;Betalt;Dag 2\n"
    result = load(write(tmp_path, "eksport.csv", body, "cp1252"), event_days=DAYS)
    assert result.problems == []
    assert (result.encoding, result.delimiter) == ("cp1252", ";")
    row = result.rows[0]
    assert (row.code, row.first_name, row.last_name) == ("A1", "Åse", "Ødegård")
    assert row.organisation == "Haukeland"
    assert row.valid_days == (date(2026, 6, 2),)


def test_utf8_bom_comma_english_headers_and_extra_columns(tmp_path):
    body = "Ticket code,First Name,Last Name,Company,Allergies\nX1,Bjørn,Bråten,DIPS AS,nøtter\n"
    result = load(write(tmp_path, "pretix.csv", body, "utf-8-sig"))
    assert result.encoding == "utf-8"
    assert result.rows[0].first_name == "Bjørn"
    assert result.rows[0].extra == {"Allergies": "nøtter"}
    assert result.mapping["code"] == "Ticket code"


def test_latin1_and_tab(tmp_path):
    body = "Kode\tNavn\tFirma\nK1\tSølvi Æsøy\tÅs kommune\n"
    result = load(write(tmp_path, "tab.txt", body, "latin-1"))
    assert result.delimiter == "\t"
    assert (result.rows[0].first_name, result.rows[0].last_name) == ("Sølvi", "Æsøy")


def test_full_name_with_comma_is_reversed(tmp_path):
    result = load(write(tmp_path, "n.csv", 'Navn;Kode\n"Ødegård, Åse Marie";K1\n'))
    assert (result.rows[0].first_name, result.rows[0].last_name) == ("Åse Marie", "Ødegård")


def test_cancelled_statuses(tmp_path):
    body = (
        "Kode;Navn;Status\nA;Ola Nordmann;Kansellert\n"
        "B;Kari Nordmann;Not Attending\nC;Per Hansen;Paid\n"
    )
    statuses = [row.status for row in load(write(tmp_path, "s.csv", body)).rows]
    assert statuses == [Status.CANCELLED, Status.CANCELLED, Status.VALID]


def test_map_override_and_bad_override(tmp_path):
    path = write(tmp_path, "m.csv", "Nr;Fornavn;Etternavn\n7;Ola;Nordmann\n")
    assert load(path, {"code": "Nr"}).rows[0].code == "7"
    problems = load(path, {"code": "Finnes ikke", "shoe": "Nr"}).problems
    assert any("Finnes ikke" in str(p) for p in problems)
    assert any("shoe" in str(p) for p in problems)


def test_xlsx_numbers_stay_codes(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Påmeldingsnr", "Fornavn", "Etternavn", "Dager"])
    sheet.append([12345, "Åse", "Ødegård", "01.06.2026"])
    sheet.append([None, None, None, None])
    sheet.append([12346.0, "Ola", "Bjorheim Bøe", None])
    path = tmp_path / "reg.xlsx"
    book.save(path)
    result = load(path, event_days=DAYS)
    assert result.problems == []
    assert [row.code for row in result.rows] == ["12345", "12346"]
    assert result.rows[0].valid_days == (date(2026, 6, 1),)
    assert result.rows[1].line == 4


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kode;Fornavn;Etternavn\nA;Ola;Nordmann\nA;Kari;Nordmann\n",
            ["line 3", "'Kode'", "line 2"],
        ),
        ("Kode;Fornavn;Etternavn\nA;;\n", ["line 2", "missing name"]),
        ("Kode;Fornavn;Etternavn\nA;Ola;Nordmann;ekstra\n", ["line 2", "4 cells", "3 columns"]),
        ("Kode;Organisasjon\nA;X\n", ["no name column"]),
        ("Kode;Fornavn;Etternavn\n", ["no rows"]),
        ("Kode;Fornavn;Etternavn;Dager\nA;Ola;N;Dag 5\n", ["line 2", "'Dager'", "no day 5"]),
        ("Kode;Fornavn;Etternavn;Dager\nA;Ola;N;2026-07-01\n", ["not one of the event's days"]),
    ],
)
def test_bad_files_name_line_column_and_problem(tmp_path, body, expected):
    result = load(write(tmp_path, "bad.csv", body), event_days=DAYS)
    text = " | ".join(str(p) for p in result.problems)
    assert result.problems, "a bad file must report a problem"
    for part in expected:
        assert part in text
    assert "bad.csv" in text


def test_every_problem_is_listed_not_just_the_first(tmp_path):
    body = "Kode;Fornavn;Etternavn\nA;;\nB;;\nA;Ola;N\n"
    assert len(load(write(tmp_path, "many.csv", body)).problems) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not a text table"),
        (b"\n\n\n", "empty"),
    ],
)
def test_not_a_table(tmp_path, content, message):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    result = load(path)
    assert result.rows == []
    assert message in str(result.problems[0])


def test_broken_xlsx_is_a_problem(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert "XLSX" in str(load(path).problems[0])


def test_preview_reads_only_the_first_rows(tmp_path):
    body = "Kode;Navn\n" + "".join(f"K{i};Ola Nordmann{i}\n" for i in range(100))
    result = preview(write(tmp_path, "p.csv", body), limit=5)
    assert len(result.rows) == 5
    assert result.mapping == {"code": "Kode", "name": "Navn"}


# Names as people and organisations have them: words in Western European letters, each written
# lower case, capitalised or in capitals, with the punctuation names carry. (Random symbols next
# to letters, "a¿b", are what a wrong encoding guess produces, so they are refused, not stored.)
LETTERS = "abcdefghijklmnopqrstuvwxyzæøåäöüéèêëáàâíìîïóòôúùûçñ"
word = st.text(alphabet=LETTERS, min_size=1, max_size=8).flatmap(
    lambda w: st.sampled_from([w, w.capitalize(), w.upper()])
)
text = st.lists(
    st.one_of(word, st.sampled_from(["-", "'", ".", "&", "/", "(AS)", "2", "O'"])),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    people=st.lists(st.tuples(text, text, text), min_size=1, max_size=15),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_round_trip_any_names_any_delimiter_any_encoding(tmp_path, people, delimiter, encoding):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["Kode", "Fornavn", "Etternavn", "Organisasjon"])
    for index, (first, last, org) in enumerate(people):
        writer.writerow([f"K{index}", first, last, org])
    path = tmp_path / "rt.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    result = load(path)
    assert result.problems == []
    assert [(r.first_name, r.last_name, r.organisation) for r in result.rows] == people


# openpyxl itself writes a string that starts with "=" as a formula, so such names are not data
cell_text = text.filter(lambda value: not value.startswith("="))


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(cell_text, cell_text), min_size=1, max_size=8))
def test_round_trip_xlsx(tmp_path, people):
    book = Workbook()
    sheet = book.active
    sheet.append(["Billettnr", "First Name", "Last Name"])
    for index, (first, last) in enumerate(people):
        sheet.append([f"T{index}", first, last])
    path = tmp_path / "rt.xlsx"
    book.save(path)
    result = load(path)
    assert result.problems == []
    assert [(r.first_name, r.last_name) for r in result.rows] == people
