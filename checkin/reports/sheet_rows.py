"""A sheet's rows as SpreadsheetML text, spliced into the workbook openpyxl laid out.

openpyxl writes the package: workbook, styles, each sheet's widths, frozen header, filter and
header row. Its write-only cells cost about 13 µs each (100,000 people x 13 columns: 18 s
here), so the data rows are written here as the same XML openpyxl writes (inline strings,
numbers, dates as serial numbers with openpyxl's own style ids), about 1 µs a cell, into the
sheet's ``<sheetData>`` after its header row. Text is XML-escaped, and the control characters
XLSX cannot hold are shown as U+FFFD; the caller has made it formula-safe
(`checkin.reports.cells`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast
from xml.sax.saxutils import escape

XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile("[&<>" + XLSX_ILLEGAL.pattern[1:])  # to escape, or to replace
BATCH = 2000  # rows encoded and written at a time
COMPRESS_LEVEL = 1  # deflate's fastest: a third of level 6's time for a file a fifth larger
END = b"</sheetData>"
VIEWS = b"<sheetViews>"  # the dimension goes before it (CT_Worksheet's order)
EXCEL_EPOCH = datetime(1899, 12, 30)  # serial 0 in the 1900 date system (Excel's leap bug)
EXCEL_EPOCH_DATE = EXCEL_EPOCH.date()
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Styles:
    """openpyxl's cell-format ids (``s=``) for the typed cells; 0 is the default format."""

    datetime: int
    date: int
    percent: int


@dataclass(frozen=True)
class Rows:
    """The data rows of one sheet: what `splice` writes after the header row.

    ``rows`` hold str (text; "" is no cell), int, float, datetime, date or None (no cell);
    floats in the ``percent`` columns (0-based) are shares.
    """

    rows: Sequence[Sequence[object]]
    styles: Styles
    percent: frozenset[int] = frozenset()
    first: int = 2  # the header is row 1
    columns: int = 0  # the header's width (the rows' widest when 0)

    def dimension(self) -> bytes:
        """The sheet's ``<dimension>``: the range its cells fill (readers size themselves by it)."""
        width = max(self.columns, *(len(row) for row in self.rows[:1000]), 1)
        last = self.first + len(self.rows) - 1
        return f'<dimension ref="A1:{column_letter(width - 1)}{max(1, last)}" />'.encode()


def splice(skeleton: zipfile.ZipFile, target: Path, sheets: Mapping[str, Rows]) -> None:
    """Copy a workbook to ``target``, writing each named sheet's rows into its ``<sheetData>``.

    Args:
        skeleton: openpyxl's workbook (sheets holding their header row only).
        target: the file written (replaced).
        sheets: rows by the sheet's part name in the package (``xl/worksheets/sheet1.xml``).

    Raises:
        ValueError: a named part is missing or has no ``</sheetData>``.
        OSError: the file could not be written.
    """
    missing = set(sheets) - set(skeleton.namelist())
    if missing:
        raise ValueError(f"workbook has no part {sorted(missing)[0]}")
    with zipfile.ZipFile(
        target, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
    ) as package:
        for info in skeleton.infolist():
            data = skeleton.read(info.filename)
            if info.filename not in sheets:
                package.writestr(info.filename, data)
                continue
            head, end, tail = data.partition(END)
            if not end:
                raise ValueError(f"{info.filename} has no sheetData")
            head = head.replace(VIEWS, sheets[info.filename].dimension() + VIEWS, 1)
            with package.open(info.filename, "w", force_zip64=True) as part:
                part.write(head)
                for chunk in row_xml(sheets[info.filename]):
                    part.write(chunk)
                part.write(end + tail)


def row_xml(sheet: Rows) -> Iterator[bytes]:
    """Yield a sheet's rows as UTF-8 SpreadsheetML, ``BATCH`` rows at a time."""
    width = max((len(row) for row in sheet.rows), default=0)
    letters = [column_letter(index) for index in range(width)]
    batch: list[str] = []
    for number, row in enumerate(sheet.rows, start=sheet.first):
        batch.append(_row(number, row, letters, sheet))
        if len(batch) == BATCH:
            yield "".join(batch).encode()
            batch = []
    if batch:
        yield "".join(batch).encode()


def _row(number: int, row: Iterable[object], letters: Sequence[str], sheet: Rows) -> str:
    cells = []
    styles, special = sheet.styles, _SPECIAL.search
    for index, (letter, value) in enumerate(zip(letters, row, strict=False)):
        kind = type(value)
        if kind is str:
            text = cast(str, value)
            if text:
                text = _text(text) if special(text) else text
                cells.append(f'<c r="{letter}{number}" t="inlineStr"><is><t xml:space="preserve">'
                             f"{text}</t></is></c>")  # fmt: skip
        elif value is None:
            continue
        elif kind is int:
            cells.append(f'<c r="{letter}{number}"><v>{value}</v></c>')
        elif kind is float:
            style = f' s="{styles.percent}"' if index in sheet.percent else ""
            cells.append(f'<c r="{letter}{number}"{style}><v>{value!r}</v></c>')
        else:
            cells.append(_dated(f"{letter}{number}", value, styles))
    return f'<row r="{number}">{"".join(cells)}</row>'


def xlsx_cell(value: str) -> str:
    """Return a cell's text with the control characters XLSX cannot hold shown as U+FFFD."""
    return XLSX_ILLEGAL.sub("\ufffd", value)


def _text(value: str) -> str:
    """A text with something to escape or replace, as it goes between ``<t>`` and ``</t>``."""
    return escape(xlsx_cell(value))


def _dated(ref: str, value: object, styles: Styles) -> str:
    """A datetime or date as Excel's serial number with its format."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise TypeError(f"cell {ref}: a time for a spreadsheet has no zone: {value!r}")
        return f'<c r="{ref}" s="{styles.datetime}"><v>{(value - EXCEL_EPOCH) / DAY!r}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="{styles.date}"><v>{(value - EXCEL_EPOCH_DATE).days}</v></c>'
    raise TypeError(f"cell {ref}: cannot write {type(value).__name__} to a spreadsheet")


def column_letter(index: int) -> str:
    """Return the letters of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
