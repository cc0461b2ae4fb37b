"""Reading an export file as text: its size, its encoding and its delimiter, detected not asked.

Norwegian Excel saves CSV as Windows-1252 with semicolons; web systems give UTF-8 (often with
a BOM) and commas; "Unicode Text" is UTF-16 with tabs. Excel may write a ``sep=;`` line above
the header to say which delimiter it used: it is honoured and skipped. How the encoding is
told is in `checkin.importer.encoding`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from checkin.atomic_files import holds_database
from checkin.importer.encoding import EncodingError, decode, looks_binary, utf16_without_bom
from checkin.importer.limits import MAX_FILE_BYTES, size_text
from checkin.messages import N_, message_of, said

DELIMITERS = (";", ",", "\t")
BINARY_MARKERS = (b"\x00", b"PK\x03\x04", b"\x89PNG", b"%PDF", b"\xff\xd8\xff", b"GIF8")
SEP_HINT = re.compile(r"^\ufeff?[\"']?sep=(.)[\"']?\s*$", re.IGNORECASE)
NOT_A_TABLE = N_("this is not a text table (it looks like a binary file)")


class NotATableError(ValueError):
    """The file cannot be read as a table at all."""


@dataclass(frozen=True)
class Text:
    """A CSV file's text, where its table starts, and what was detected about it."""

    text: str
    encoding: str
    delimiter: str | None  # from a sep= line, else None
    skipped_lines: int  # lines before the table (a sep= line)


def check_size(path: Path) -> int:
    """Return a file's size in bytes; raise NotATableError when it is empty or too large.

    An event file (a database) or one of its working files is refused before a byte of it is
    read: reading the desk's own open event file here would cost the desk its locks on it
    (`checkin.atomic_files.holds_database`).
    """
    if holds_database(path):
        raise NotATableError(N_("this is an event file (a database), not a table of "
                                "registrations: choose the CSV or XLSX file of the "
                                "registration system"))  # fmt: skip
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise NotATableError(
            said(N_("the file is {size}; an import file may be at most {limit}"),
                 size=size_text(size), limit=size_text(MAX_FILE_BYTES))
        )  # fmt: skip
    return size


def read_text(path: Path) -> Text:
    """Return the file's text and how it was read."""
    check_size(path)
    raw = path.read_bytes()
    if not raw.strip():
        raise NotATableError(N_("the file is empty"))
    wide = raw.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(raw[:4096]) is not None
    if not wide and (any(marker in raw[:2048] for marker in BINARY_MARKERS) or looks_binary(raw)):
        raise NotATableError(NOT_A_TABLE)
    try:
        text, encoding = decode(raw)
    except EncodingError as error:
        raise NotATableError(message_of(error)) from None
    if wide and looks_binary(text[:32768].encode("utf-8", "replace")):
        raise NotATableError(NOT_A_TABLE)
    return _without_hint(text.removeprefix("\ufeff"), encoding)


def _without_hint(text: str, encoding: str) -> Text:
    first, newline, rest = text.partition("\n")
    hint = SEP_HINT.match(first.rstrip("\r"))
    if hint is None:
        return Text(text, encoding, None, 0)
    return Text(rest if newline else "", encoding, hint.group(1), 1)


def split_lines(lines: list[str], delimiter: str) -> list[list[str]]:
    """Split a few lines of a CSV into cells (quotes honoured; a broken line gives [])."""
    out = []
    for line in lines:
        try:
            out.append(next(csv.reader(io.StringIO(line), delimiter=delimiter), []))
        except csv.Error:
            out.append([])
    return out


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def detect_delimiter(lines: list[str]) -> str:
    """Return the delimiter most lines agree on, weighting how many columns it makes."""
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        counts = [_count_outside_quotes(line, delimiter) for line in lines if line.strip()]
        usual = max(set(counts), key=counts.count) if counts else 0
        if usual == 0:
            continue
        score = usual * 10 + sum(count == usual for count in counts)
        if score > best_score:
            best, best_score = delimiter, score
    return best
