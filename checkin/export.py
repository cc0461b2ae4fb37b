"""Attendance export to CSV or XLSX, safe against spreadsheet formula injection.

A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
return) is written with a leading apostrophe, as OWASP advises, so a registration named
``=HYPERLINK(...)`` stays text in Excel and LibreOffice. Control characters, which XLSX cannot
hold, are shown as U+FFFD there. People are listed in Norwegian order (Z, Æ, Ø, Å), and the
file appears whole or not at all (`checkin.atomic_files`).
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from checkin.atomic_files import atomic_open, atomic_path
from checkin.domain.collation import person_key
from checkin.domain.fields import json_encoder
from checkin.domain.model import EXPORTED, Registration
from checkin.errors import UserError
from checkin.messages import _

if TYPE_CHECKING:
    from checkin.desk_views import DeskViews

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
HEADER = tuple(header for _, header in EXPORTED)  # the registration's declaration names them
_as_json = json_encoder(Registration)


def safe_cell(value: str) -> str:
    """Return a cell's text so that no spreadsheet runs it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def person_cells(registration: Registration) -> list[str]:
    """Return a registration's exported fields (`EXPORTED`) as formula-safe cells."""
    values = _as_json(registration)
    return [safe_cell(str(values[name])) for name, _ in EXPORTED]


def attendance_rows(desk: DeskViews) -> Iterator[list[str]]:
    """Yield the header, then one row per registration with its check-in time per day."""
    days = list(desk.event.days)
    yield [*HEADER, *(f"Innsjekk {day.isoformat()}" for day in days)]
    zone = ZoneInfo(desk.event.timezone)
    firsts = {
        slot: at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        for slot, at in desk.first_checkins().items()
    }
    people = sorted(desk.registrations(), key=lambda r: (*person_key(r.last_name, r.first_name),
                                                         r.code))  # fmt: skip
    for reg in people:
        yield person_cells(reg) + [firsts.get((reg.code, day), "") for day in days]


def export_attendance(desk: DeskViews, out: str | Path) -> int:
    """Write the attendance list; returns the number of registrations written."""
    target = Path(out)
    suffix = target.suffix.lower()
    rows = list(attendance_rows(desk))
    if suffix == ".csv":
        with atomic_open(target, "w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle, delimiter=";").writerows(rows)
    elif suffix == ".xlsx":
        with atomic_path(target, check=_whole_zip) as temp:
            _write_xlsx(rows, temp)
    else:
        raise UserError(
            _("Cannot export to '{name}': the file name must end in .csv or .xlsx").format(
                name=target.name
            )
        )
    return len(rows) - 1


def _whole_zip(path: Path) -> str | None:
    return None if zipfile.is_zipfile(path) else "the spreadsheet is incomplete"


def xlsx_cell(value: str) -> str:
    """Return a cell's text with the control characters XLSX cannot hold shown as U+FFFD."""
    return XLSX_ILLEGAL.sub("\ufffd", value)


def _write_xlsx(rows: list[list[str]], target: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Oppmøte")
    for row in rows:
        sheet.append([xlsx_cell(value) for value in row])
    book.save(target)
