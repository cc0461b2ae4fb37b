"""The attendance list: one row per registration, every imported column, a time per event day.

Columns: the registration's fields (`checkin.domain.model.EXPORTED`, headers in the chosen
language), every imported column (by header, in Norwegian order), how many days the person
came, then one column per event day with the first check-in in force at the point that day.
Times are in the event's time zone: real date-time cells in XLSX, ``2026-06-01 09:12`` in CSV.
Statuses are words of the chosen language. People are listed in Norwegian name order (Z, Æ,
Ø, Å; "Aa" as Å), every text cell is formula-safe (`checkin.reports.cells`).
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.atomic_files import atomic_open, atomic_path
from checkin.domain.attendance import Attendance, Person
from checkin.errors import UserError
from checkin.messages import N_, _
from checkin.reports.cells import FORMULA_STARTS, Cell, Sheet, write_workbook
from checkin.reports.language import Words, exported_fields
from checkin.reports.queries import first_arrivals, headers, name_order

DAYS_PRESENT = N_("Days present")
CHECKED_IN_ON = N_("Checked in {day}")
SHEET = N_("Attendance")
NORDIC_ENCODING = "cp1252"  # what Excel in Norway opens a CSV as without asking


def local_naive(at: float, zone: ZoneInfo) -> datetime:
    """Return a moment as the event's wall-clock time, without a zone (as Excel keeps it)."""
    return datetime.fromtimestamp(at, UTC).astimezone(zone).replace(tzinfo=None)


def attendance_sheet(data: Attendance, point: str, words: Words) -> Sheet:
    """Return the attendance list as a sheet of typed cells (the module docstring's columns)."""
    fields = exported_fields()
    extra = headers(data)
    days = [day.isoformat() for day in data.event.days]
    header = [
        *(words.header(name) for name in fields), *extra, words(DAYS_PRESENT),
        *(words(CHECKED_IN_ON).format(day=day) for day in days),
    ]  # fmt: skip
    times = day_times(data, point, days)
    person_cells = _person_cells(data, fields, extra, words)
    rows: list[list[Cell]] = []
    for person in sorted(data.people, key=name_order):
        came = [times[day].get(person.code) for day in days]
        rows.append([*person_cells(person), len(days) - came.count(None), *came])
    return Sheet(words(SHEET), header, rows)


def day_times(data: Attendance, point: str, days: Sequence[str]) -> dict[str, dict[str, datetime]]:
    """Return each day's first check-in in force per ticket, as the event's wall-clock time."""
    zone = ZoneInfo(data.event.timezone)
    by_day: dict[str, dict[str, datetime]] = {day: {} for day in days}
    for (code, day), at in first_arrivals(data, point, None).items():
        if day in by_day:
            by_day[day][code] = local_naive(at, zone)
    return by_day


def _person_cells(
    data: Attendance, fields: Sequence[str], extra: Sequence[str], words: Words
) -> Callable[[Person], list[Cell]]:
    """Return how a person's fields and imported columns become formula-safe cells."""
    picked = itemgetter(*(Person._fields.index(name) for name in fields))
    status = fields.index("status") if "status" in fields else None
    said = {value: words.status(value) for value in {p.status for p in data.people}}
    starts = frozenset(FORMULA_STARTS)
    blank = [""] * len(extra)

    def cells(person: Person) -> list[Cell]:
        values = list(picked(person))
        if status is not None:
            values[status] = said[values[status]]
        more = person.extra
        values.extend([more.get(header, "") for header in extra] if more else blank)
        return ["'" + v if v[:1] in starts else v for v in values]

    return cells


def csv_text(value: Cell) -> str:
    """Return a cell as CSV text (times as 2026-06-01 09:12)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ", "minutes")
    return str(value)


def csv_rows(sheet: Sheet) -> list[list[str]]:
    """Return a sheet's header and rows as CSV texts (`csv_text`, called only where needed).

    Shares (the ``percent`` columns) are written as spreadsheets show them, "43,3 %" with a
    decimal comma when the sheet says so: Excel in Norway reads that as a number.
    """
    if not sheet.percent:
        texts = [[v if type(v) is str else csv_text(v) for v in row] for row in sheet.rows]
        return [list(sheet.header), *texts]
    comma = sheet.decimal_comma
    return [list(sheet.header), *(
        [share_text(v, comma) if i in sheet.percent and isinstance(v, float) else csv_text(v)
         for i, v in enumerate(row)] for row in sheet.rows
    )]  # fmt: skip


def share_text(share: float, comma: bool) -> str:
    """Return a share (0 to 1) as a percentage with one decimal ("43,3 %" or "43.3 %")."""
    text = f"{share * 100:.1f} %"
    return text.replace(".", ",") if comma else text


def write_csv(sheet: Sheet, target: Path, *, nordic: bool = False) -> int:
    """Write a sheet as CSV with semicolons: UTF-8 with a BOM, or Windows-1252 (``nordic``).

    Returns:
        How many cells held characters Windows-1252 cannot (written as "?"); 0 in UTF-8.
    """
    encoding = NORDIC_ENCODING if nordic else "utf-8-sig"
    rows = csv_rows(sheet)
    lost = 0
    if nordic:
        lost = sum(1 for row in rows for cell in row if not _fits_cp1252(cell))
    with atomic_open(target, "w", newline="", encoding=encoding, errors="replace") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n" if nordic else "\n").writerows(rows)
    return lost


def _fits_cp1252(text: str) -> bool:
    try:
        text.encode(NORDIC_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def write_sheets(
    sheets: Sequence[Sheet], out: Path, *, nordic: bool = False, kind: str | None = None
) -> int:
    """Write sheets to ``out`` by its suffix: .csv (the first sheet) or .xlsx (all of them).

    ``kind`` ("csv" or "xlsx") chooses instead of the suffix.

    The file appears whole or not at all (`checkin.atomic_files`). Returns what `write_csv`
    returns (0 for XLSX).

    Raises:
        UserError: the suffix is neither .csv nor .xlsx.
    """
    suffix = f".{kind}" if kind else out.suffix.lower()
    if suffix == ".csv":
        return write_csv(sheets[0], out, nordic=nordic)
    if suffix == ".xlsx":
        with atomic_path(out, check=_whole_zip) as temp:
            write_workbook(sheets, temp)
        return 0
    raise UserError(
        _("Cannot export to '{name}': the file name must end in .csv or .xlsx").format(
            name=out.name
        )
    )


def _whole_zip(path: Path) -> str | None:
    return None if zipfile.is_zipfile(path) else "the spreadsheet is incomplete"
