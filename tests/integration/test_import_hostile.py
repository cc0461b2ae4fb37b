"""Hostile and broken import files (issue 10, point 5): a clear refusal, never a traceback.

Every file here is made by the test: XLSX workbooks with broken XML, an entity-expansion DTD,
one cell of 300 million characters, four million rows; an oversized CSV; random bytes; valid
workbooks with random bytes changed. The contract: an import is either clean and written, or
refused with problems and nothing written; it never raises.
"""

import io
import zipfile
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.importer import load
from checkin.importer.limits import MAX_FILE_BYTES

SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"


def workbook_bytes(rows=(("Kode", "Navn"), ("A1", "Åse Ødegård"))):
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_part(data, name, content, level=6):
    """Return a copy of an XLSX zip with one part replaced (content: bytes or chunk iterator)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
        with target.open(name, "w", force_zip64=True) as part:
            for chunk in [content] if isinstance(content, bytes) else content:
                part.write(chunk)
    return out.getvalue()


def one_problem(tmp_path, data, name="x.xlsx"):
    path = tmp_path / name
    path.write_bytes(data)
    result = load(path)
    assert result.rows == []
    assert len(result.problems) == 1, [str(p) for p in result.problems]
    return str(result.problems[0])


def test_malformed_sheet_xml_is_a_clear_problem(tmp_path):
    broken = with_part(workbook_bytes(), "xl/worksheets/sheet1.xml",
                       (SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is>'
                        "</c></row><row r=").encode())  # fmt: skip
    text = one_problem(tmp_path, broken)
    assert "x.xlsx" in text and ("broken" in text or "not a readable XLSX" in text)


def test_entity_expansion_dtd_is_refused_before_parsing(tmp_path):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'
                  for i in range(1, 10))
        + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<si><t>&lol9;</t></si></sst>'
    )  # fmt: skip
    data = with_part(workbook_bytes(), "xl/sharedStrings.xml", laughs.encode())
    assert "DTD" in one_problem(tmp_path, data)


def test_a_300_million_character_cell_is_refused_before_parsing(tmp_path):
    def sheet():
        yield (SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>').encode()
        block = b"A" * (1 << 24)
        for _ in range(300_000_000 // len(block)):
            yield block
        yield b"</t></is></c></row>" + SHEET_TAIL.encode()

    data = with_part(workbook_bytes(), "xl/worksheets/sheet1.xml", sheet(), level=9)
    assert len(data) < 1_000_000  # the hostile file is small
    text = one_problem(tmp_path, data)
    assert "more than 1.0 MB of text" in text and "10,000 characters" in text


def test_four_million_rows_are_refused_before_parsing(tmp_path):
    def sheet():
        yield SHEET_HEAD.encode()
        for start in range(1, 4_000_001, 100_000):
            yield "".join(
                f'<row r="{n}"><c r="A{n}"><v>1</v></c></row>'
                for n in range(start, start + 100_000)
            ).encode()
        yield SHEET_TAIL.encode()

    data = with_part(workbook_bytes(), "xl/worksheets/sheet1.xml", sheet(), level=1)
    text = one_problem(tmp_path, data)
    assert "more than 500,000 rows" in text


def test_unpacked_size_is_checked_from_the_directory_first(tmp_path):
    def sheet():
        yield SHEET_HEAD.encode()
        row = b'<row r="1"><c r="A1"><v>1</v></c></row>' * 25_000
        for _ in range(1100):  # a GB of XML, under the row limit per run of the same row number
            yield row
        yield SHEET_TAIL.encode()

    data = with_part(workbook_bytes(), "xl/worksheets/sheet1.xml", sheet(), level=1)
    text = one_problem(tmp_path, data)
    assert "unpacks to more than" in text or "more than 500,000 rows" in text


def test_a_csv_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"Kode;Navn\n")
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written or read
    result = load(path)
    assert [p.message for p in result.problems] == [
        "the file is 200 MB; an import file may be at most 200 MB"
    ]


def test_names_and_notes_stored_are_exportable(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text(
        "Kode;Fornavn;Etternavn;Merknad\n"
        'A1;Åse;Ødegård;"Rulle-\nstol\tog\x0bheis"\n'
        "A2;\ufeffPer\u200b;Olsen\u2028;ok\n",
        encoding="utf-8",
    )
    desk = Desk.create(tmp_path / "e.sqlite", "Eksport", (date(2026, 6, 1),))
    assert desk.import_file(path).written
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for person in desk.registrations():
        sheet.append([person.code, person.first_name, person.last_name, person.note])
    book.save(tmp_path / "out.xlsx")  # openpyxl refuses control characters: none are stored
    assert sorted((p.first_name, p.note) for p in desk.registrations()) == [
        ("Per", "ok"), ("Åse", "Rulle- stol og heis")
    ]  # fmt: skip
    desk.close()


# -- the contract, over random files --------------------------------------------------------------


@pytest.fixture(scope="module")
def event(tmp_path_factory):
    folder = tmp_path_factory.mktemp("contract")
    clock = FixedClock(datetime(2026, 6, 1, 8, tzinfo=UTC))
    desk = Desk.create(folder / "e.sqlite", "Kontrakt", (date(2026, 6, 1),), clock=clock)
    seed = folder / "seed.csv"
    seed.write_text("Kode;Navn\nS1;Åse Ødegård\nS2;Per Olsen\n", encoding="utf-8")
    assert desk.import_file(seed).written
    yield desk, folder
    desk.close()


def snapshot(desk):
    conn = desk.conn
    return (
        conn.execute("SELECT * FROM registrations ORDER BY code").fetchall(),
        conn.execute("SELECT count(*) FROM changes").fetchone(),
        conn.execute("SELECT count(*) FROM import_runs").fetchone(),
    )


def check_contract(desk, path):
    before = snapshot(desk)
    report = desk.import_file(path)  # must not raise
    if report.problems:
        assert not report.written
        assert snapshot(desk) == before, "a refused import wrote something"
        assert all(str(problem).startswith(path.name) for problem in report.problems)
    else:
        assert report.rows >= 1
    assert desk.conn.execute("SELECT count(*) FROM import_runs").fetchone() == (0,)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
def test_random_bytes_import_cleanly_or_are_refused(event, data, suffix):
    desk, folder = event
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    check_contract(desk, path)


VALID = workbook_bytes((("Kode", "Fornavn", "Etternavn"), ("R1", "Åse", "Ødegård"),
                        ("R2", "Per", "Olsen")))  # fmt: skip


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)),
                        min_size=1, max_size=8))  # fmt: skip
def test_a_damaged_workbook_imports_cleanly_or_is_refused(event, changes):
    desk, folder = event
    data = bytearray(VALID)
    for position, value in changes:
        data[position] = value
    path = folder / "damaged.xlsx"
    path.write_bytes(bytes(data))
    check_contract(desk, path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=400), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_random_text_imports_cleanly_or_is_refused(event, text, encoding):
    desk, folder = event
    path = folder / "text.csv"
    path.write_bytes(("Kode;Navn\n" + text).encode(encoding, errors="replace"))
    check_contract(desk, path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_checkin_import_of_random_bytes_exits_0_or_2(event, capsys, data, suffix):
    from checkin.cli import main

    desk, folder = event
    path = folder / f"cli{suffix}"
    path.write_bytes(data)
    before = snapshot(desk)
    code = main(["import", str(path), "--db", str(desk.path), "--json"])
    err = capsys.readouterr().err
    assert code in (0, 2) and "Traceback" not in err
    if code == 2:
        assert snapshot(desk) == before
