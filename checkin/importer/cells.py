"""One cell of an export: cleaned, or refused with a reason, so nothing unexportable is stored.

- Control characters (NUL, BEL, ESC, DEL, C1 controls, lone surrogates) are refused: no person's
  name holds them, and an XLSX export could not write them.
- Tabs and line breaks (in notes, say) are normalised to single spaces, like any run of spaces.
- Invisible junk pasted from web pages (byte-order mark, zero-width space, word joiner, soft
  hyphen) is removed; in a ticket code every invisible character is
  (`checkin.domain.payload.strip_invisible`).
- Each field has a longest length (`checkin.importer.limits.CELL_CHARS`).
- A ticket code must be one the desk can admit (`checkin.domain.payload.imported_code_problem`,
  the same definition the desk reads codes by), and a number a spreadsheet rounded into
  scientific notation ("1,23457E+20") is recognised as such.
"""

from __future__ import annotations

import re
import unicodedata

from checkin.domain.payload import imported_code_problem, strip_invisible
from checkin.importer.limits import CELL_CHARS, NOTE_CHARS
from checkin.messages import N_, said

# C0 and C1 controls but tab, the line breaks (LF, VT, FF, CR, NEL: FileMaker and old Mac
# Excel write VT for a break inside a cell) and the separators; lone surrogates; non-characters.
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
JUNK = re.compile("[\ufeff\u200b\u2060\u00ad]")
SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]\d{1,3}$")
ROUNDED = N_(
    "the spreadsheet turned the ticket numbers into rounded numbers in scientific notation "
    "(such as {example}), so they no longer match the tickets; export the ticket column as "
    "text (in Excel: format the column as Text before pasting or opening the data) and import "
    "again"
)


class CellError(ValueError):
    """A cell holds what no registration can: the message says what."""


def clean(text: str) -> str:
    """Trim a cell, fold inner runs of spaces (tabs, line breaks), and NFC-normalise."""
    if text.isascii():
        return " ".join(text.split())
    return unicodedata.normalize("NFC", " ".join(JUNK.sub("", text).split()))


def checked(text: str, field: str | None) -> str:
    """Return a cell's cleaned text, or raise CellError naming what is wrong with it.

    Args:
        text: the cell as the file holds it.
        field: the field its column is mapped to, or None for an extra column.
    """
    if not text:
        return ""
    limit = CELL_CHARS.get(field or "", NOTE_CHARS)
    if len(text) > limit:
        raise CellError(
            said(N_("the cell holds {count:,} characters; at most {limit:,} can be"),
                 count=len(text), limit=limit)
        )  # fmt: skip
    if text.isascii() and text.isprintable():  # the common case: no control character
        return " ".join(text.split())
    bad = CONTROL.search(text)
    if bad is not None:
        raise CellError(
            said(N_("the cell holds the control character U+{char:04X}, which no name or note "
                    "holds; correct it in the file"), char=ord(bad.group()))
        )  # fmt: skip
    return clean(text)


def ticket_code(text: str) -> str:
    """Return an imported ticket code as the desk will read it, or raise CellError.

    A code rounded into scientific notation raises `RoundedCodeError`.
    """
    code = " ".join(strip_invisible(text).split())
    if SCIENTIFIC.match(code):
        raise RoundedCodeError(code)
    code = unicodedata.normalize("NFC", code)
    problem = imported_code_problem(code)
    if problem is not None:
        raise CellError(said(N_("{problem}, so the desk could never admit it"), problem=problem))
    return code


class RoundedCodeError(CellError):
    """A ticket number the spreadsheet rounded ("1,23457E+20"); the rows are reported together."""
