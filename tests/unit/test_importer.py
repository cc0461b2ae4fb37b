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


@settings(
    max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)  # a workbook written and read per example: timing is no result here
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


# -- field cases (issue 11, kinds 1-7): each kind with cases of its own ---------------------------


@pytest.mark.parametrize(
    ("hint", "encoding"),
    [("sep=;\r\n", "utf-8-sig"), ("sep=;\n", "utf-8"), ('"sep=;"\n', "cp1252"),
     ("SEP=;\r\n", "cp1252")],
)  # fmt: skip
def test_excel_sep_hint_is_honoured_and_skipped(tmp_path, hint, encoding):
    body = hint + "Kode;Fornavn;Etternavn;Organisasjon\nA1;Åse;Ødegård;Helse Bergen, Haukeland\n"
    result = load(write(tmp_path, "hint.csv", body, encoding))
    assert result.problems == []
    assert result.delimiter == ";"
    assert result.header_line == 2
    row = result.rows[0]
    assert (row.line, row.code, row.first_name, row.organisation) == (
        3,
        "A1",
        "Åse",
        "Helse Bergen, Haukeland",
    )


def test_sep_hint_with_a_comma_wins_over_semicolons_in_cells(tmp_path):
    body = "sep=,\nKode,Navn,Merknad\nA1,Åse Ødegård,vegetar; nøtter\n"
    result = load(write(tmp_path, "hint.csv", body))
    assert result.rows[0].note == "vegetar; nøtter"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_unicode_text_is_read(tmp_path, encoding):
    body = "Kode\tFornavn\tEtternavn\r\nA1\tÅse\tØdegård\r\nA2\tBjørn\tSæther\r\n"
    result = load(write(tmp_path, "unicode.txt", body, encoding))
    assert result.problems == []
    assert [(r.code, r.first_name, r.last_name) for r in result.rows] == [
        ("A1", "Åse", "Ødegård"), ("A2", "Bjørn", "Sæther")
    ]  # fmt: skip


def test_mojibake_is_refused_not_stored(tmp_path):
    twice = "Kode;Navn\nA1;Åse Ødegård\n".encode().decode("cp1252")
    result = load(write(tmp_path, "twice.csv", twice, "utf-8"))
    assert result.rows == []
    assert "line 2" in str(result.problems[0]) and "CSV UTF-8" in str(result.problems[0])


@pytest.mark.parametrize(
    "above",
    ["Deltakerliste 2026\n\n", "Deltakerliste;;;\n;;;\nEksportert 01.05.2026;;;\n", "\n\n\n"],
)
def test_header_below_title_rows_is_found(tmp_path, above):
    body = above + "Kode;Fornavn;Etternavn;E-post\nA1;Åse;Ødegård;ase@x.no\n"
    result = load(write(tmp_path, "title.csv", body))
    assert result.problems == []
    assert [(r.code, r.first_name) for r in result.rows] == [("A1", "Åse")]
    assert result.rows[0].line == body.count("\n")


def test_xlsx_title_rows_are_skipped(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Påmeldte til fagdagen"])
    sheet.append(["Eksportert 1. mai"])
    sheet.append([])
    sheet.append(["Deltakernummer", "Fornavn", "Etternavn"])
    sheet.append(["D-1", "Åse", "Ødegård"])
    path = tmp_path / "title.xlsx"
    book.save(path)
    result = load(path)
    assert result.problems == []
    assert result.header_line == 4
    assert [(r.line, r.code, r.last_name) for r in result.rows] == [(5, "D-1", "Ødegård")]


def test_two_email_columns_warn_and_choose_the_attendees(tmp_path):
    body = (
        "Kode;Fornavn;Etternavn;E-post;Firma;E-post\n"
        "A1;Åse;Ødegård;faktura@firma.no;Firma AS;ase.odegard@x.no\n"
        "A2;Per;Olsen;faktura@firma.no;Firma AS;per.olsen@x.no\n"
    )
    path = write(tmp_path, "dup.csv", body)
    result = load(path)
    assert [r.email for r in result.rows] == ["ase.odegard@x.no", "per.olsen@x.no"]
    assert result.mapping["email"] == "E-post (2)"
    warning = str(result.warnings[0])
    assert "'E-post' (column 4)" in warning and "'E-post (2)' (column 6)" in warning
    assert "--map email='E-post'" in warning
    chosen = load(path, {"email": "E-post"})
    assert [r.email for r in chosen.rows] == ["faktura@firma.no", "faktura@firma.no"]
    assert chosen.warnings == []


def test_two_email_columns_attendees_first(tmp_path):
    body = (
        "Navn;E-post;E-post\nÅse Ødegård;ase@x.no;post@firma.no\nPer Olsen;per@x.no;post@firma.no\n"
    )
    result = load(write(tmp_path, "dup.csv", body))
    assert [r.email for r in result.rows] == ["ase@x.no", "per@x.no"]
    assert result.warnings


def test_short_rows_are_padded_long_rows_refused(tmp_path):
    body = "Kode;Fornavn;Etternavn;E-post;Merknad\nA1;Åse;Ødegård\nA2;Per\nA3;Kari;Li;k@x;;;;\n"
    result = load(write(tmp_path, "ragged.csv", body))
    assert result.problems == []
    assert [(r.code, r.first_name, r.last_name, r.note) for r in result.rows] == [
        ("A1", "Åse", "Ødegård", ""), ("A2", "Per", "", ""), ("A3", "Kari", "Li", "")
    ]  # fmt: skip
    longer = load(write(tmp_path, "long.csv", "Kode;Navn\nA1;Åse;ekstra\n"))
    assert "line 2" in str(longer.problems[0]) and "3 cells" in str(longer.problems[0])


@pytest.mark.parametrize("code", ["1,23457E+20", "1.23457E+20", "1,23E+20", "9.87654321098765E+17",
                                  "1E+15", "-1,5E+18"])  # fmt: skip
def test_codes_in_scientific_notation_are_refused_with_the_rows(tmp_path, code):
    body = f"Barcode #;First Name;Last Name\n{code};Åse;Ødegård\nX-2;Per;Olsen\n{code};Kari;Li\n"
    result = load(write(tmp_path, "sci.csv", body))
    text = " | ".join(map(str, result.problems))
    assert len(result.problems) == 1
    assert "column 'Barcode #'" in text and "lines 2, 4" in text
    assert "rounded" in text and "as text" in text


def test_xlsx_numbers_past_15_digits_are_refused_shorter_ones_kept(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Barcode", "Navn"])
    sheet.append(["A-1", "Åse Ødegård"])
    sheet.append([float(123456789012345678901), "Per Olsen"])  # a number cell: Excel's double
    sheet.append([123456789012345, "Kari Li"])  # 15 digits: exact
    path = tmp_path / "big.xlsx"
    book.save(path)
    result = load(path)
    text = " | ".join(map(str, result.problems))
    assert len(result.problems) == 1
    assert "line 3" in text and "rounded" in text and "1.23456789012346E+20" in text
    assert [r.code for r in result.rows if r.code] == ["A-1", "123456789012345"]


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("Åse\x1b[31m", "U+001B"), ("Ola\x07", "U+0007"), ("Ola\x00", "U+0000"),
        ("Per\x7f", "U+007F"), ("Kari\x9b", "U+009B"), ("Kari\x1e", "U+001E"),
    ],
)  # fmt: skip
def test_control_characters_in_names_are_refused_with_row_and_column(tmp_path, cell, message):
    padding = "".join(f"P{i};Per;Olsen\n" for i in range(200))  # past the first 2 KB
    body = f'Kode;Fornavn;Etternavn\n{padding}A2;"{cell}";Li\n'
    result = load(write(tmp_path, "ctl.csv", body))
    assert [str(p) for p in result.problems] == [
        f"ctl.csv, line 202, column 'Fornavn': the cell holds the control character {message}, "
        "which no name or note holds; correct it in the file"
    ]


def test_tabs_line_breaks_and_invisible_junk_are_normalised(tmp_path):
    body = (
        "Kode;Fornavn;Etternavn;Merknad;Allergier\n"
        'A1;\ufeff\u200bÅse;Øde\u00adgård;"Rullestol,\r\n\tinngang bak";"nøtter\x0bsesam"\n'
    )
    row = load(write(tmp_path, "ws.csv", body)).rows[0]
    assert (row.first_name, row.last_name) == ("Åse", "Ødegård")
    assert row.note == "Rullestol, inngang bak"
    assert row.extra == {"Allergier": "nøtter sesam"}


@pytest.mark.parametrize(
    ("column", "size", "limit"),
    [("Fornavn", 1001, "1,000"), ("Merknad", 10_001, "10,000"), ("Allergier", 10_001, "10,000")],
)
def test_cell_length_limits_are_named(tmp_path, column, size, limit):
    cells = {"Fornavn": "Åse", "Merknad": "", "Allergier": ""}
    cells[column] = "x" * size
    body = "Kode;Fornavn;Etternavn;Merknad;Allergier\n" + ";".join(
        ["A1", cells["Fornavn"], "Li", cells["Merknad"], cells["Allergier"]]
    )
    problems = [str(p) for p in load(write(tmp_path, "long.csv", body)).problems]
    assert problems == [f"long.csv, line 2, column '{column}': the cell holds {size:,} "
                        f"characters; at most {limit} can be"]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "part"),
    [("AB(12)", "'('"), ("A,B", "','"), ("X" * 256, "256 characters"),
     ("https://t.no/t/NHI-1", "'NHI-1'")],
)  # fmt: skip
def test_codes_the_desk_could_never_admit_are_refused(tmp_path, code, part):
    body = f'Kode;Navn\n"{code}";Åse Ødegård\n'
    problems = [str(p) for p in load(write(tmp_path, "codes.csv", body)).problems]
    assert len(problems) == 1
    assert "line 2, column 'Kode'" in problems[0] and part in problems[0]
    assert "could never admit" in problems[0]


def test_codes_are_stored_as_the_desk_reads_them(tmp_path):
    body = "Secret;Navn\n\ufeff==glK0k0iA+b/=;Åse Ødegård\n\u200bNHI-1\u00a0;Per Olsen\n"
    result = load(write(tmp_path, "codes.csv", body))
    assert result.problems == []
    assert [r.code for r in result.rows] == ["==glK0k0iA+b/=", "NHI-1"]


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_without_nul_are_one_problem(tmp_path, seed):
    import random

    rng = random.Random(seed)
    data = bytes(rng.randrange(1, 256) for _ in range(20_000))
    path = tmp_path / "junk.csv"
    path.write_bytes(data)
    result = load(path)
    assert result.rows == []
    assert [p.message for p in result.problems] == [
        "this is not a text table (it looks like a binary file)"
    ]


def test_many_problems_are_capped_and_counted(tmp_path):
    body = "Kode;Fornavn;Etternavn\n" + "".join(f"K{i};;\n" for i in range(250))
    problems = load(write(tmp_path, "many.csv", body)).problems
    assert len(problems) == 101
    assert "and 150 more problems" in str(problems[-1])


def test_a_huge_csv_cell_is_one_clear_problem(tmp_path):
    body = "Kode;Navn;Merknad\nA1;Åse Ødegård;" + "x" * 200_000 + "\n"
    problems = [str(p) for p in load(write(tmp_path, "huge.csv", body)).problems]
    assert len(problems) == 1 and "line 2" in problems[0] and "at most" in problems[0]


def test_a_bad_full_name_cell_is_one_problem(tmp_path):
    problems = load(write(tmp_path, "n.csv", 'Kode;Navn\nA1;"Åse\x1bØdegård"\n')).problems
    assert [str(p) for p in problems] == [
        "n.csv, line 2, column 'Navn': the cell holds the control character U+001B, which no "
        "name or note holds; correct it in the file"
    ]
