"""Reading an export file as text: its encoding and its delimiter, detected rather than asked.

Norwegian Excel saves CSV as Windows-1252 with semicolons; web systems give UTF-8 (often with
a BOM) and commas; some give tabs. UTF-8 is tried strictly first (a cp1252 file with æøå is
never valid UTF-8), then Windows-1252, then Latin-1, which decodes any byte.
"""

from __future__ import annotations

from pathlib import Path

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
DELIMITERS = (";", ",", "\t")
BINARY_MARKERS = (b"\x00", b"PK\x03\x04", b"\x89PNG", b"%PDF", b"\xff\xd8\xff", b"GIF8")


class NotATableError(ValueError):
    """The file cannot be read as a table at all."""


def read_text(path: Path) -> tuple[str, str]:
    """Return the file's text and the encoding it was read with."""
    raw = path.read_bytes()
    if not raw.strip():
        raise NotATableError("the file is empty")
    if any(marker in raw[:2048] for marker in BINARY_MARKERS):
        raise NotATableError("this is not a text table (it looks like a binary file)")
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise NotATableError("the text encoding could not be read")  # latin-1 decodes anything


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def detect_delimiter(text: str) -> str:
    """Return the delimiter that splits the header line into the most, agreeing columns."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        raise NotATableError("the file has no header line")
    header = lines[0]
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        columns = _count_outside_quotes(header, delimiter)
        if columns == 0:
            continue
        agreeing = sum(_count_outside_quotes(line, delimiter) >= columns for line in lines[1:6])
        score = columns * 10 + agreeing
        if score > best_score:
            best, best_score = delimiter, score
    return best
