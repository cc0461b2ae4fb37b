"""Attendance export to CSV or XLSX, safe against spreadsheet formula injection.

A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
return) is written with a leading apostrophe, as OWASP advises, so a registration named
``=HYPERLINK(...)`` stays text in Excel and LibreOffice.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from checkin.errors import UserError
from checkin.store import checkins

if TYPE_CHECKING:
    from checkin.desk import Desk

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER = ("Billettnummer", "Fornavn", "Etternavn", "Organisasjon", "E-post", "Kategori",
          "Billettype", "Status")  # fmt: skip


def safe_cell(value: str) -> str:
    """Return a cell's text so that no spreadsheet runs it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def attendance_rows(desk: Desk) -> Iterator[list[str]]:
    """Yield the header, then one row per registration with its check-in time per day."""
    days = list(desk.event.days)
    yield [*HEADER, *(f"Innsjekk {day.isoformat()}" for day in days)]
    zone = ZoneInfo(desk.event.timezone)
    firsts: dict[tuple[str, str], str] = {}
    for entry in checkins.recent(desk.db.conn, desk.point.name, 10**9):  # newest first
        local = entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        firsts[(entry.code, entry.day.isoformat())] = local
    for reg in desk.registrations():
        base = [reg.code, reg.first_name, reg.last_name, reg.organisation, reg.email,
                reg.category, reg.ticket_type, reg.status.value]  # fmt: skip
        yield [safe_cell(v) for v in base] + [
            firsts.get((reg.code, d.isoformat()), "") for d in days
        ]


def export_attendance(desk: Desk, out: str | Path) -> int:
    """Write the attendance list; returns the number of registrations written."""
    target = Path(out)
    suffix = target.suffix.lower()
    rows = list(attendance_rows(desk))
    if suffix == ".csv":
        with target.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle, delimiter=";").writerows(rows)
    elif suffix == ".xlsx":
        _write_xlsx(rows, target)
    else:
        raise UserError(
            f"Cannot export to '{target.name}': the file name must end in .csv or .xlsx"
        )
    return len(rows) - 1


def _write_xlsx(rows: list[list[str]], target: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Oppmøte")
    for row in rows:
        sheet.append(row)
    book.save(target)
