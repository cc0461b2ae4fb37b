"""How much an import may hold, checked before the work so a hostile file is refused quickly.

Each limit is far above what a conference export holds (a 200,000-row CSV is about 20 MB) and
far below what would exhaust a laptop's memory; every refusal names the limit it met.
"""

from __future__ import annotations

MB = 1024 * 1024
MAX_FILE_BYTES = 200 * MB  # a CSV or XLSX file on disk
MAX_XLSX_UNCOMPRESSED = 1024 * MB  # all the XML inside an XLSX, unpacked
MAX_XLSX_TEXT_RUN = 1 * MB  # the longest text between two XML tags (one cell, escaped)
MAX_ROWS = 500_000
MAX_PROBLEMS = 100  # listed one by one; the rest are counted
HEADER_SEARCH_ROWS = 20  # title rows above the header are looked through this far

# The longest a cell may be, in characters, by field; a column not mapped to a field may hold
# up to NOTE_CHARS.
NAME_CHARS = 1_000
NOTE_CHARS = 10_000
CELL_CHARS = {
    "code": 255, "first_name": NAME_CHARS, "last_name": NAME_CHARS, "name": NAME_CHARS,
    "email": 320, "organisation": NAME_CHARS, "ticket_type": NAME_CHARS,
    "category": NAME_CHARS, "status": NAME_CHARS, "valid_days": NAME_CHARS,
    "order_code": 255, "note": NOTE_CHARS,
}  # fmt: skip


def size_text(count: int) -> str:
    """Write a byte count for a person: "296 KB", "1.4 GB"."""
    for unit, size in (("GB", MB * 1024), ("MB", MB), ("KB", 1024)):
        if count >= size:
            value = count / size
            return f"{value:.1f} {unit}" if value < 10 else f"{value:,.0f} {unit}"
    return f"{count} bytes"
