"""Attendance export from a desk to CSV or XLSX (`checkin.reports.export` lays it out).

Formula-safe cells (`checkin.reports.cells.safe_cell`), every imported column, statuses in the
chosen language, times as date-time cells in the event's time zone; the file appears whole or
not at all. ``safe_cell``, ``xlsx_cell`` and ``HEADER`` stay here for the hub and the tickets.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, Protocol

from checkin.domain.attendance import Attendance, collector_paused
from checkin.domain.model import EXPORTED, Point
from checkin.reports.cells import safe_cell
from checkin.reports.export import attendance_sheet, write_sheets
from checkin.reports.language import Words
from checkin.reports.sheet_rows import xlsx_cell

__all__ = ["HEADER", "Exported", "export_attendance", "safe_cell", "write_attendance", "xlsx_cell"]

HEADER = tuple(header for _, header in EXPORTED)  # the registration's declaration names them


class Exported(NamedTuple):
    """What an export wrote: its registrations (rows) and its cells with "?" for a character.

    ``lost`` counts the cells holding characters Windows-1252 lacks (only with ``nordic``).
    """

    rows: int
    lost: int


class AttendanceSource(Protocol):
    """What an export reads: a desk (`checkin.desk.Desk`) at its check-in point."""

    @property
    def point(self) -> Point: ...

    def attendance(self, *, extra: bool = True) -> Attendance: ...


def export_attendance(
    desk: AttendanceSource,
    out: str | Path,
    *,
    language: str | None = None,
    nordic: bool = False,
    point: str | None = None,
) -> Exported:
    """Write the attendance list of a check-in point; returns what was written (`Exported`).

    Args:
        desk: the desk; its point is exported unless ``point`` names another.
        out: the file, .csv or .xlsx.
        language: nb, nn or en for headers and statuses (default: the language in use).
        nordic: CSV in Windows-1252 with CRLF (old Excel); characters it lacks become "?".
        point: the check-in point whose check-ins are written (default: the desk's).

    Raises:
        UserError: the suffix is neither .csv nor .xlsx.
        StorageError: the file could not be written (it is then left as it was).
    """
    return write_attendance(desk.attendance(), point or desk.point.name, out, language, nordic)


def write_attendance(
    data: Attendance, point: str, out: str | Path, language: str | None, nordic: bool
) -> Exported:
    """Write the attendance list of a point from a snapshot (a desk's or a hub's).

    Raises:
        As `export_attendance`.
    """
    with collector_paused():  # 100,000 rows hold no cycles; the collector would walk them
        sheet = attendance_sheet(data, point, Words(language))
        lost = write_sheets([sheet], Path(out), nordic=nordic)
    return Exported(len(sheet.rows), lost)
