"""The desks' pace as one table, the same in the PDF, the XLSX and the dashboard.

One row per desk and check-in point, the busiest first (`checkin.reports.throughput`):
check-ins, check-ins a minute over the 10-minute slots the desk worked in ("active": not the
point's current pace, which is over the last minutes; `desk_note` says so under the PDF's
table), its busiest slot, the median time from scan to result (ms; camera and handheld scans,
where the desk measured it) and the median time from check-in to badge queued (s). A figure
that was not measured is empty, not 0. The headers are short (two lines at most in the PDF).
"""

from __future__ import annotations

from checkin.messages import N_
from checkin.reports.cells import Cell, Sheet, safe_cell
from checkin.reports.language import Words
from checkin.reports.throughput import DeskPace

DESKS = N_("Desks")
PER_MINUTE, BADGE = N_("Per minute (active)"), N_("Badge queued after (s)")
DESK_COLUMNS = (
    N_("Desk"), N_("Check-in point"), N_("Checked in"), PER_MINUTE,
    N_("Busiest 10 min, per minute"), N_("Scan to result (ms)"), BADGE,
)  # fmt: skip
DESK_NOTE = N_(
    "{per_minute}: over the 10-minute slots with check-ins at the desk, not the last minutes."
)
NUMBERS_FROM = 2  # the columns from here on are figures (right-aligned)


def desk_row(desk: DeskPace, words: Words) -> list[Cell]:
    """Return a desk's row as typed cells (None where a figure was not measured).

    Shape: [desk, point (as `Words.point` shows it), checked in (int), per minute (float,
    0.1), busiest slot per minute (float, 0.1), scan to result median (ms, int) or None, to
    badge median (s, int) or None].
    """
    result = None if desk.result_ms is None else round(desk.result_ms[0])
    badge = None if desk.badge_s is None else round(desk.badge_s)
    return [desk.desk, words.point(desk.point), desk.checked_in, round(desk.per_minute, 1),
            round(desk.peak_per_minute, 1), result, badge]  # fmt: skip


def desk_texts(desk: DeskPace, words: Words) -> list[str]:
    """Return a desk's row as texts for a page or the dashboard.

    Counts grouped and decimals to one place, both as the language writes them ("1 204", "0,3").
    """
    return [
        "" if value is None else f"{words.number(value):.1f}" if isinstance(value, float)
        else str(words.number(value)) if isinstance(value, int) else str(value)
        for value in desk_row(desk, words)
    ]  # fmt: skip


def desk_note(words: Words) -> str:
    """Say under the table what "per minute (active)" measures (one line in the PDF)."""
    return words(DESK_NOTE).format(per_minute=words(PER_MINUTE))


def desk_sheet(desks: tuple[DeskPace, ...], words: Words) -> Sheet:
    """Return the desks' pace as a spreadsheet sheet (formula-safe desk and point names)."""
    rows = []
    for desk in desks:
        cells = desk_row(desk, words)
        cells[0], cells[1] = safe_cell(desk.desk), safe_cell(str(cells[1]))
        rows.append(cells)
    return Sheet(words(DESKS), [words(title) for title in DESK_COLUMNS], rows)
