"""Reading an XLSX workbook's sheets (openpyxl, read-only, streaming), safely.

An XLSX file is a zip of XML. Before openpyxl parses anything, every XML part is streamed
once through `prescan`, in constant memory: the unpacked size (a 1.4 MB file can unpack to
gigabytes), the longest text between two tags (one cell of 300 million characters), the rows
of each sheet, and XML declarations no spreadsheet program writes (a DTD: the entity-expansion
attack). openpyxl then reads through defusedxml (it uses it when installed), and any error
from a broken file, however deep in openpyxl it arises, becomes a `NotATableError`.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from checkin.importer.limits import (
    MAX_ROWS,
    MAX_XLSX_TEXT_RUN,
    MAX_XLSX_UNCOMPRESSED,
    size_text,
)
from checkin.importer.sniff import NotATableError
from checkin.messages import N_, said

CHUNK = MAX_XLSX_TEXT_RUN
ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
# What openpyxl and the zip and XML layers raise on broken or hostile workbooks.
BROKEN = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError, TypeError,
    AttributeError, IndexError, NotImplementedError, RuntimeError, ParseError,
    DefusedXmlException, UnicodeError, OverflowError, AssertionError,
)  # fmt: skip
EXPONENT_DIGITS = 15  # Excel keeps 15 significant digits of a number


def prescan(path: Path) -> None:
    """Refuse a workbook that is too big unpacked, has a huge cell or row count, or a DTD."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [
                info for info in archive.infolist() if info.filename.endswith((".xml", ".rels"))
            ]
            declared = sum(info.file_size for info in parts)
            if declared > MAX_XLSX_UNCOMPRESSED:
                raise NotATableError(_too_big(declared))
            total = 0
            for info in parts:
                with archive.open(info) as stream:
                    total = _scan_part(stream, info.filename, total)
    except NotATableError:
        raise
    except BROKEN as error:
        raise NotATableError(_unreadable(error)) from None


def _scan_part(stream: Any, name: str, total: int) -> int:
    rows, run, tail = 0, 0, b""
    sheet = name.startswith("xl/worksheets/")
    while chunk := stream.read(CHUNK):
        total += len(chunk)
        if total > MAX_XLSX_UNCOMPRESSED:
            raise NotATableError(_too_big(total))
        window = tail + chunk
        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
            raise NotATableError(
                N_(
                    "the workbook declares its own XML entities (a DTD), which no spreadsheet "
                    "program writes; it is refused as possibly hostile"
                )
            )
        first = chunk.find(b"<")  # a run inside one chunk is never longer than the limit
        longest = run + (len(chunk) if first < 0 else first)
        run = longest if first < 0 else len(chunk) - chunk.rfind(b"<") - 1
        if longest > MAX_XLSX_TEXT_RUN:
            raise NotATableError(
                f"a cell in the workbook holds more than {size_text(MAX_XLSX_TEXT_RUN)} of text; "
                "a cell may hold at most 10,000 characters"
            )
        if sheet:
            rows += len(ROW_TAG.findall(window)) - len(ROW_TAG.findall(tail))
            if rows > MAX_ROWS:
                raise NotATableError(
                    f"a sheet of the workbook has more than {MAX_ROWS:,} rows; an import may "
                    f"have at most {MAX_ROWS:,}"
                )
        tail = window[-16:]
    return total


def _too_big(size: int) -> str:
    return (
        f"the workbook unpacks to more than {size_text(min(size, MAX_XLSX_UNCOMPRESSED))} of "
        f"XML; at most {size_text(MAX_XLSX_UNCOMPRESSED)} can be read"
    )


def _unreadable(error: BaseException) -> str:
    return said(N_("this is not a readable XLSX workbook ({reason})"), reason=_brief(error))


def _brief(error: BaseException) -> str:
    text = str(error).splitlines()[0][:120] if str(error) else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def sheets(path: Path) -> tuple[Any, list[tuple[str, Iterator[tuple[int, list[str]]]]]]:
    """Return the open workbook and each worksheet's title and rows (row number, cells as text).

    `prescan` runs first. The caller closes the workbook (``book.close()``) when done.
    """
    from openpyxl import load_workbook

    prescan(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        return book, [(str(sheet.title), _rows(sheet)) for sheet in book.worksheets]
    except BROKEN as error:
        raise NotATableError(_unreadable(error)) from None


def _rows(sheet: Any) -> Iterator[tuple[int, list[str]]]:
    number = 0
    try:
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [cell_text(cell) for cell in row]
    except BROKEN as error:
        raise NotATableError(
            f"the sheet '{sheet.title}' is broken after row {number} ({_brief(error)})"
        ) from None


def cell_text(value: Any) -> str:
    """Return a spreadsheet value as the text a person sees (12345, not 12345.0).

    A whole number past 15 significant digits (Excel keeps no more) is shown as Excel shows
    it, "1.23456789012346E+20", so a ticket number rounded by the spreadsheet is recognised
    and refused rather than stored as a different number.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        if abs(value) >= 10**EXPONENT_DIGITS:
            mantissa, _, exponent = f"{value:.{EXPONENT_DIGITS - 1}E}".partition("E")
            return f"{mantissa.rstrip('0').rstrip('.')}E{exponent[0]}{int(exponent[1:])}"
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
