"""An export as a table: its header (found below any title rows), and its rows with line numbers.

The header is the first of the first rows that names known fields (`columns.header_score`):
a title, a date or a blank row above it is skipped, never read as a person. A CSV's delimiter
is the one that makes such a header, else the one most lines agree on; a ``sep=`` line decides
outright. Repeated headers are numbered ("E-post", "E-post (2)") so each column has its own name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from checkin.domain.payload import strip_invisible
from checkin.errors import UserError
from checkin.importer.cells import clean
from checkin.importer.columns import NAME_FIELDS, header_score, map_columns, unique_headers
from checkin.importer.limits import HEADER_SEARCH_ROWS
from checkin.importer.sniff import (
    DELIMITERS,
    NotATableError,
    check_size,
    detect_delimiter,
    read_text,
    split_lines,
)
from checkin.messages import N_, _, said

Rows = Iterator[tuple[int, list[str]]]


class EmptyTableError(NotATableError):
    """The first rows of a file or sheet are all empty."""


@dataclass
class Table:
    """A file's header (shown and raw), its rows after the header, and how it was read."""

    headers: list[str]
    raw_headers: list[str]
    rows: Rows
    size: int  # physical lines or sheet rows, for progress
    header_line: int
    encoding: str = ""
    delimiter: str | None = None
    sheet: str = ""  # the sheet read, in a workbook
    sheets: tuple[str, ...] = ()  # all the workbook's sheets, in order


def open_table(
    path: Path, overrides: Mapping[str, str] | None = None, sheet: str | None = None
) -> Table:
    """Open a CSV or XLSX export and find its header row (in a workbook: its sheet, `pick`).

    Raises:
        NotATableError: the file is no table, or ``sheet`` is not one of the workbook's.
    """
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _open_workbook(path, overrides, sheet)
    if sheet:
        raise NotATableError(
            said(
                N_("--sheet {sheet} is for XLSX workbooks; this is a text (CSV) file"), sheet=sheet
            )
        )
    text = read_text(path)
    sample = list(islice(io.StringIO(text.text), HEADER_SEARCH_ROWS * 2))
    delimiter = text.delimiter or choose_delimiter(sample, overrides)
    reader = csv.reader(io.StringIO(text.text, newline=""), delimiter=delimiter)
    line, raw, rows = find_header(_csv_rows(reader, text.skipped_lines), overrides)
    size = text.text.count("\n") + 1
    return Table(unique_headers(raw), raw, rows, size, line, text.encoding, delimiter)


def _open_workbook(path: Path, overrides: Mapping[str, str] | None, sheet: str | None) -> Table:
    from checkin.importer.xlsx import sheets

    check_size(path)
    book, named = sheets(path)
    try:
        table = pick(named, overrides, sheet)
    except BaseException:
        book.close()
        raise
    table.rows = _closing(table.rows, book)
    return table


def pick(
    named: list[tuple[str, Rows]], overrides: Mapping[str, str] | None, sheet: str | None
) -> Table:
    """Choose the sheet that holds the registrations and read its header.

    ``sheet`` (a name, or a number from 1) decides; else the first sheet whose header has a
    name column, else the first sheet with a header at all (its problems then say why).
    """
    titles = tuple(title for title, _ in named)
    if sheet:
        index = _sheet_index(titles, sheet)
        try:
            return _sheet_table(named[index], titles, overrides)
        except EmptyTableError:
            raise NotATableError(
                said(N_("the sheet '{sheet}' is empty"), sheet=titles[index])
            ) from None
    first = None
    for entry in named:
        try:
            table = _sheet_table(entry, titles, overrides)
        except EmptyTableError:
            continue
        if _has_name_column(table, overrides):
            return table
        first = first or table
    if first is None:
        raise NotATableError(N_("the workbook has no sheet with a header row"))
    return first


def _sheet_index(titles: tuple[str, ...], sheet: str) -> int:
    wanted = sheet.strip()
    if wanted.isdigit() and 1 <= int(wanted) <= len(titles):
        return int(wanted) - 1
    for folded in (False, True):  # the name as written, then in any case
        found = next((i for i, title in enumerate(titles) if _same(title, wanted, folded)), None)
        if found is not None:
            return found
    listed = ", ".join(f"{i}: {title}" for i, title in enumerate(titles, start=1))
    raise NotATableError(
        said(N_("the workbook has no sheet '{sheet}'; its sheets are {listed} (give --sheet a "
                "name or a number)"), sheet=sheet, listed=listed)
    )  # fmt: skip


def _same(title: str, wanted: str, folded: bool) -> bool:
    return title.casefold() == wanted.casefold() if folded else title == wanted


def _sheet_table(
    entry: tuple[str, Rows], titles: tuple[str, ...], overrides: Mapping[str, str] | None
) -> Table:
    title, rows = entry
    line, raw, rest = find_header(rows, overrides)
    return Table(unique_headers(raw), raw, rest, 0, line, sheet=title, sheets=titles)


def _has_name_column(table: Table, overrides: Mapping[str, str] | None) -> bool:
    mapping = map_columns(table.headers, overrides, (), table.raw_headers).mapping
    return bool(set(mapping) & set(NAME_FIELDS))


def _closing(rows: Rows, book: Any) -> Rows:
    try:
        yield from rows
    finally:
        book.close()


def choose_delimiter(lines: list[str], overrides: Mapping[str, str] | None = None) -> str:
    """Return the delimiter that makes the best header of the first lines, else the usual one."""
    scores = {}
    for delimiter in DELIMITERS:
        rows = split_lines(lines[:HEADER_SEARCH_ROWS], delimiter)
        scores[delimiter] = max((header_score(row, overrides) for row in rows), default=0)
    best = max(DELIMITERS, key=lambda d: scores[d])
    return best if scores[best] >= 2 else detect_delimiter(lines)


def find_header(
    rows: Rows, overrides: Mapping[str, str] | None = None
) -> tuple[int, list[str], Rows]:
    """Return the header's line, its cells, and the rows after it.

    Raises:
        EmptyTableError: when the first rows are all empty.
    """
    head = list(islice(rows, HEADER_SEARCH_ROWS))
    filled = [i for i, (_, cells) in enumerate(head) if any(cell.strip() for cell in cells)]
    if not filled:
        raise EmptyTableError(N_("the file has no header line (its first rows are empty)"))
    chosen = next((i for i in filled if header_score(head[i][1], overrides) >= 2), filled[0])
    line, cells = head[chosen]
    return line, [header_text(cell) for cell in cells], chain(head[chosen + 1 :], rows)


def header_text(cell: str) -> str:
    """Clean a header cell (invisible characters such as a stray byte-order mark removed)."""
    return clean(strip_invisible(cell))


def _csv_rows(reader: Any, offset: int) -> Rows:
    start = reader.line_num + 1
    try:
        for cells in reader:
            yield start + offset, cells
            start = reader.line_num + 1
    except csv.Error as error:
        raise UserError(
            _("line {line}: {problem}").format(line=start + offset, problem=_csv_message(error))
        ) from None


def _csv_message(error: csv.Error) -> str:
    text = str(error)
    if "field larger than field limit" in text:
        return (
            f"a cell holds more than {csv.field_size_limit():,} characters; a cell may hold at "
            "most 10,000"
        )
    return text
