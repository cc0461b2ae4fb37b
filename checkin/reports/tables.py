"""A report as spreadsheet tables: the groups with totals, the no-shows, the arrivals, the desks.

CSV holds the first table (one group a row, the totals last); XLSX holds them all as sheets
(the desks' pace when some desk checked someone in), each under a title line (the event, its
point and day, as the PDF's heading), shares as percentages and arrival times as date-time
cells in the event's time zone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checkin.messages import N_
from checkin.reports.cells import Cell, Sheet, safe_cell
from checkin.reports.desk_table import DESKS, desk_sheet
from checkin.reports.export import write_sheets
from checkin.reports.language import DECIMAL_COMMA, Words
from checkin.reports.queries import Group
from checkin.reports.report import Report

EXPECTED = N_("Expected")
CHECKED_IN = N_("Checked in")
SHARE = N_("Share")
TOTAL = N_("Total")
NONE = N_("(none)")
NO_SHOWS = N_("Not checked in")
ARRIVALS = N_("Arrivals per 10 minutes")
FROM = N_("From")
SUMMARY = N_("Summary")
TITLE = N_("Attendance report")
POINT_DAY = N_("Check-in point {point}, {day}")
ALL_DAYS = N_("all days")


def day_text(report: Report, words: Words) -> str:
    """Return the report's day (ISO) or "all days"."""
    return report.scope.day.isoformat() if report.scope.day else words(ALL_DAYS)


def scope_line(report: Report, words: Words) -> str:
    """Return the report's point and day ("Check-in point main entrance, 2026-06-01")."""
    return words(POINT_DAY).format(point=words.point(report.scope.point),
                                   day=day_text(report, words))  # fmt: skip


def caption(report: Report, words: Words, title: str = TITLE) -> str:
    """Return a sheet's title line: the event, the report, its point and day (formula-safe).

    The desks' sheet (``title`` `DESKS`) holds every point's desks: its line names the day.
    """
    scope = scope_line(report, words) if title == TITLE else day_text(report, words)
    return safe_cell(f"{report.event} · {words(title)} · {scope}")


def group_sheet(report: Report, words: Words) -> Sheet:
    """Return the report's table: one row per group, then the totals."""
    first = words.field(report.by) or words(SUMMARY)
    rows: list[list[Cell]] = [
        _row(safe_cell(words.group(report.by, g.key)) or words(NONE), g) for g in report.groups
    ]
    rows.append(_row(words(TOTAL), report.totals))  # the footer: out of the filter
    header = [first, words(EXPECTED), words(CHECKED_IN), words(SHARE)]
    comma = words.code in DECIMAL_COMMA
    return Sheet(words(SUMMARY), header, rows, percent=frozenset({3}), footer=1,
                 decimal_comma=comma, caption=caption(report, words))  # fmt: skip


def _row(label: str, group: Group) -> list[Cell]:
    return [label, group.expected, group.checked_in, group.share]


def no_show_sheet(report: Report, words: Words) -> Sheet:
    """Return who was expected and not checked in, in Norwegian name order."""
    fields = ("code", "last_name", "first_name", "organisation", "category")
    header = [words.header(name) for name in fields]
    rows = [[safe_cell(str(getattr(p, name))) for name in fields] for p in report.no_shows]
    return Sheet(words(NO_SHOWS), header, rows, caption=caption(report, words))


def arrival_sheet(report: Report, words: Words) -> Sheet:
    """Return first arrivals per 10 minutes, the slot's start as a date-time cell."""
    rows: list[list[Cell]] = [[b.start.replace(tzinfo=None), b.checked_in] for b in report.arrivals]
    header = [words(FROM), words(CHECKED_IN)]
    return Sheet(words(ARRIVALS), header, rows, caption=caption(report, words))


def write_tables(
    report: Report, out: Path, language: str | None = None, kind: str | None = None
) -> None:
    """Write a report to .csv (the table) or .xlsx (table, no-shows, arrivals, desks).

    ``kind`` (csv or xlsx) overrides the file name's suffix.

    Raises:
        UserError: the suffix is neither .csv nor .xlsx.
    """
    words = Words(language)
    sheets = [
        group_sheet(report, words),
        no_show_sheet(report, words),
        arrival_sheet(report, words),
    ]
    if report.pace.desks:
        desks = desk_sheet(report.pace.desks, words)
        sheets.append(replace(desks, caption=caption(report, words, DESKS)))
    write_sheets(sheets, out, kind=kind)
