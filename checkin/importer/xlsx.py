"""Reading the first table-like sheet of an XLSX workbook (openpyxl, read-only, streaming)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from checkin.importer.sniff import NotATableError


def open_sheet(path: Path) -> tuple[list[str], Iterator[tuple[int, list[str]]], int]:
    """Return the header, the rows as (row number, cells) and the row count of a workbook."""
    from openpyxl import load_workbook

    from checkin.importer.load import cell_text

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise NotATableError(f"this is not a readable XLSX workbook ({error})") from error
    for sheet in book.worksheets:
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header and any(cell is not None for cell in header):
            headers = [cell_text(cell).strip() for cell in header]
            return headers, _cells(rows, cell_text, len(headers)), int(sheet.max_row or 0)
    raise NotATableError("the workbook has no sheet with a header row")


def _cells(
    rows: Iterator[tuple[Any, ...]], text: Any, width: int
) -> Iterator[tuple[int, list[str]]]:
    """Yield each row's cells as text; a sheet has no ragged rows, so short ones are padded."""
    for number, row in enumerate(rows, start=2):
        cells = [text(cell) for cell in row]
        yield number, cells + [""] * (width - len(cells))
