"""A report as spreadsheet tables: the groups with totals, the no-shows, the arrivals, the desks.

CSV holds the first table (one group a row, the totals last); XLSX holds them all as sheets
(the desks' pace when some desk checked someone in), shares as percentages and arrival times
as date-time cells in the event's time zone.
"""

from __future__ import annotations

from pathlib import Path

from checkin.messages import N_
from checkin.reports.cells import Cell, Sheet, safe_cell
from checkin.reports.desk_table import desk_sheet
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


def group_sheet(report: Report, words: Words) -> Sheet:
    """Return the report's table: one row per group, then the totals."""
    first = words.field(report.by) or words(SUMMARY)
    rows: list[list[Cell]] = [
        _row(safe_cell(words.group(report.by, g.key)) or words(NONE), g) for g in report.groups
    ]
    rows.append(_row(words(TOTAL), report.totals))
    header = [first, words(EXPECTED), words(CHECKED_IN), words(SHARE)]
    comma = words.code in DECIMAL_COMMA
    return Sheet(words(SUMMARY), header, rows, percent=frozenset({3}), footer=1,
                 decimal_comma=comma)  # the total stays out of the filter  # fmt: skip


def _row(label: str, group: Group) -> list[Cell]:
    return [label, group.expected, group.checked_in, group.share]


def no_show_sheet(report: Report, words: Words) -> Sheet:
    """Return who was expected and not checked in, in Norwegian name order."""
    fields = ("code", "last_name", "first_name", "organisation", "category")
    header = [words.header(name) for name in fields]
    rows = [[safe_cell(str(getattr(p, name))) for name in fields] for p in report.no_shows]
    return Sheet(words(NO_SHOWS), header, rows)


def arrival_sheet(report: Report, words: Words) -> Sheet:
    """Return first arrivals per 10 minutes, the slot's start as a date-time cell."""
    rows: list[list[Cell]] = [[b.start.replace(tzinfo=None), b.checked_in] for b in report.arrivals]
    return Sheet(words(ARRIVALS), [words(FROM), words(CHECKED_IN)], rows)


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
        sheets.append(desk_sheet(report.pace.desks, words))
    write_sheets(sheets, out, kind=kind)
