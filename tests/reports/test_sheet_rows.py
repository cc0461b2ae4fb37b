"""The rows written as SpreadsheetML read back as openpyxl writes them itself (the oracle)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from checkin.reports.cells import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    PERCENT_FORMAT,
    Sheet,
    write_workbook,
)
from checkin.reports.sheet_rows import column_letter

ROWS: list[list[object]] = [
    ["Bjørheim Bøe", "Ærlig & <Åse>", 3, 0.25, datetime(2026, 6, 1, 9, 12, 30), date(2026, 6, 2)],
    ["  mellomrom  ", '\'=HYPERLINK("x")', -7, 1.5, datetime(1999, 12, 31, 23, 59), None],
    ["a\x07b\x00c", "", 0, 0.0, None, date(1900, 3, 1)],
    ["😀 Ŋ ß", "quote \" and ' apostrophe", 10**12, 0.333, datetime(2026, 1, 1), None],
    ["tab\tline\nbreak\r", "\ud800 lone", 1, 2.0, datetime(2026, 6, 1, 0, 0, 0, 500000), None],
]
HEADER = ["Navn", "Tekst", "Tall", "Andel", "Tid", "Dato"]


def oracle(path, rows):
    """The same rows through openpyxl's own write-only cells."""
    from checkin.reports.sheet_rows import xlsx_cell

    book = Workbook(write_only=True)
    ws = book.create_sheet("Ark")
    ws.append(HEADER)
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            if isinstance(value, str):
                value = xlsx_cell(value) or None
            cell = WriteOnlyCell(ws, value=value)
            if isinstance(value, datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif index == 3:
                cell.number_format = PERCENT_FORMAT
            cells.append(cell)
        ws.append(cells)
    book.save(path)


def cells_of(path):
    ws = load_workbook(path)["Ark"]
    return [[(c.value, c.number_format, c.data_type) for c in row] for row in ws.iter_rows()]


def test_rows_read_back_as_openpyxl_writes_them(tmp_path):
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
    write_workbook([Sheet("Ark", HEADER, ROWS, frozenset({3}))], ours)
    oracle(theirs, ROWS)
    assert cells_of(ours) == cells_of(theirs)


def test_values_types_and_layout(tmp_path):
    out = tmp_path / "a.xlsx"
    write_workbook([Sheet("Ark", HEADER, ROWS, frozenset({3}))], out)
    ws = load_workbook(out)["Ark"]
    assert ws["A2"].value == "Bjørheim Bøe" and ws["B2"].value == "Ærlig & <Åse>"
    assert ws["A3"].value == "  mellomrom  "  # spaces kept
    assert ws["B3"].value == '\'=HYPERLINK("x")' and ws["B3"].data_type == "s"
    assert ws["A4"].value == "a\ufffdb\ufffdc" and ws["B4"].value is None
    assert ws["C5"].value == 10**12 and ws["D5"].value == 0.333
    assert ws["E2"].value == datetime(2026, 6, 1, 9, 12, 30) and ws["E2"].is_date
    assert ws["E2"].number_format == DATETIME_FORMAT
    assert ws["F2"].value == datetime(2026, 6, 2) and ws["F2"].number_format == DATE_FORMAT
    assert ws["D2"].number_format == PERCENT_FORMAT and ws["C2"].number_format == "General"
    assert ws["A1"].font.b and not ws["A2"].font.b
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:F6"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["C"].width


def test_several_sheets_and_a_large_one_are_whole(tmp_path):
    out = tmp_path / "b.xlsx"
    big = [[f"navn {i}", i, datetime(2026, 6, 1, 9, i % 60)] for i in range(5000)]
    write_workbook([Sheet("Første", ["a"], [["x"]]), Sheet("Andre", ["n", "i", "t"], big)], out)
    assert zipfile.ZipFile(out).testzip() is None
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Første", "Andre"]
    rows = list(book["Andre"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 5000 and rows[4321] == ("navn 4321", 4321, datetime(2026, 6, 1, 9, 1))


def test_a_zoned_time_is_refused(tmp_path):
    from datetime import UTC

    with pytest.raises(TypeError, match="no zone"):
        write_workbook([Sheet("Ark", ["t"], [[datetime(2026, 6, 1, tzinfo=UTC)]])], tmp_path / "z")


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letters(index, letters):
    assert column_letter(index) == letters


def test_the_dimension_says_the_range_and_widths_come_from_rows_spread_over_the_sheet(tmp_path):
    out = tmp_path / "d.xlsx"
    rows = [["Berg"] for _ in range(5000)] + [["Bjorheim Bøe-Fjæreide"] for _ in range(5000)]
    write_workbook([Sheet("Ark", ["Etternavn", "Nr"], rows)], out)
    book = load_workbook(out, read_only=True)
    assert (book["Ark"].max_row, book["Ark"].max_column) == (10_001, 2)
    widths = load_workbook(out)["Ark"].column_dimensions
    assert widths["A"].width >= len("Bjorheim Bøe-Fjæreide")  # not only the first 2,000 rows
