"""The report as a PDF for A4: one or two pages, a table with share bars, an arrivals chart.

Drawn with QPdfWriter and QPainter (QtGui only, as the badges are) with the pen of
`checkin.reports.pdf_pen`. Page 1: the event, the scope, the headline figure, the distinct
count, the table (a share bar per row) and right below it arrivals per 10 minutes, then the
desks and the first no-shows when they fit; page 2, when needed: the rest of the table (the
smallest groups joined into one row past what the page holds), the desks, and the no-shows
that follow (as many as fit; the XLSX lists them all). The words are in the language asked
for (`checkin.reports.language.Words`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QFile, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter

from checkin.atomic_files import atomic_path, ends_with
from checkin.messages import N_
from checkin.reports.desk_table import DESK_COLUMNS, DESKS, NUMBERS_FROM, desk_note, desk_texts
from checkin.reports.language import DASHBOARD, FIELDS, HOURS_FROM, Words
from checkin.reports.pdf_pen import (
    GREY,
    INK,
    MARGIN,
    PAGE_H,
    PAGE_W,
    ROW_H,
    Pen,
    ensure_gui,
    fitted,
    header_font,
    header_row,
    line_count,
)
from checkin.reports.queries import Bucket, Group
from checkin.reports.report import Report
from checkin.reports.tables import ALL_DAYS as ALL_DAYS  # the dashboard's words
from checkin.reports.tables import (
    CHECKED_IN,
    EXPECTED,
    NO_SHOWS,
    NONE,
    SHARE,
    TITLE,
    TOTAL,
    scope_line,
)
from checkin.reports.throughput import Throughput

CHART_H, GAP = 140.0, 12.0  # the arrivals chart with its title and times; between parts
TITLE_H, NAME_H, NO_SHOWS_MIN = 16.5, 12.0, 4  # a part's title, a no-show's line; fewest shown
BAR, BAR_BACK = QColor("#2b6cb0"), QColor("#dbe4ee")
MADE = N_("Made {time}")
HEADLINE = N_("{checked_in} of {expected} checked in")
DISTINCT = N_("{present} different values of {field} were present (of {expected} expected).")
ARRIVALS = N_("Arrivals per 10 minutes")
OTHERS = N_("{count} other values")
MORE = N_("… and {more} more (the XLSX report lists everyone).")
CONTINUED = N_("{title} ({count}), continued")
DESKS_SHOWN = 8
MOST = N_("max {peak}")  # the arrivals chart's tallest bar


def write_pdf(report: Report, out: Path, language: str | None = None) -> None:
    """Write a report as an A4 PDF of one or two pages.

    Raises:
        StorageError: the file could not be written whole (it is then left as it was).
    """
    family = ensure_gui()
    words = Words(language)
    with atomic_path(out, check=ends_with(b"%%EOF")) as partial:
        device = QFile(str(partial))
        if not device.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
            raise OSError(f"cannot open the file ({device.errorString()})")
        writer = QPdfWriter(device)
        writer.setResolution(72)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setCreator("Check-in Desk")
        writer.setTitle(f"{words(TITLE)}: {report.event}")
        painter = QPainter()
        if not painter.begin(writer):
            device.close()
            raise OSError("the PDF writer could not start")
        try:
            draw_report(Pen(painter, family), report, words, writer.newPage)
        finally:
            painter.end()
            device.close()


def draw_report(pen: Pen, report: Report, words: Words, new_page: Callable[[], bool]) -> None:
    """Draw page 1 and, when the table, the desks or the no-shows need it, page 2.

    Page 1 holds the heading, the table (the rows that fit above the chart), the arrivals
    chart right below it, then the desks and the first no-shows when they fit; page 2 the
    rest of the table, the desks if they did not fit, and the no-shows that follow.
    """
    _heading(pen, report, words)
    rows = list(report.groups)
    room = _table_room(pen, bool(report.arrivals))
    if len(rows) > room:  # the table goes on over page 2: no total row on page 1
        room += 1
    first, rest = (rows, []) if len(rows) <= room else (rows[:room], rows[room:])
    if first:
        _table(pen, report, words, first, total=not rest)
        pen.y += GAP
    if report.arrivals:
        _arrivals(pen, report.arrivals, words)
        pen.y += GAP
    desks_first = not rest and _fits(pen, _desks_height(pen, report, words))
    if desks_first:
        _desks(pen, report, words)
    later = bool(rest) or (bool(report.pace.desks) and not desks_first)  # on page 2
    listed = 0 if later else _no_shows(pen, report, words, 0, last_page=False)
    if not later and listed == len(report.no_shows):
        return
    new_page()
    pen.y = MARGIN
    if rest:
        room = _page2_room(pen, report, words, desks=not desks_first)
        _table(pen, report, words, _joined(rest, words, room), total=True)
        pen.y += GAP
    if not desks_first:
        _desks(pen, report, words)
    _no_shows(pen, report, words, listed, last_page=True)


def _table_room(pen: Pen, chart: bool) -> int:
    """How many groups fit on page 1 under the heading, with the header, total and chart."""
    below = (GAP + CHART_H + GAP) if chart else GAP
    space = PAGE_H - MARGIN - pen.y - below - 2 * ROW_H  # a header of up to two lines
    return max(5, int(space // ROW_H) - 1)  # one row for the total


def _page2_room(pen: Pen, report: Report, words: Words, desks: bool) -> int:
    """How many groups page 2 holds, leaving room for the desks and a few no-shows."""
    below = GAP + (_desks_height(pen, report, words) + GAP if desks else 0.0)
    if report.no_shows:
        below += TITLE_H + (NO_SHOWS_MIN + 1) * NAME_H
    space = PAGE_H - MARGIN - pen.y - below - 2 * ROW_H  # a header of up to two lines
    return max(5, int(space // ROW_H) - 1)  # one row for the total


def _fits(pen: Pen, height: float) -> bool:
    return pen.y + height <= PAGE_H - MARGIN


def _heading(pen: Pen, report: Report, words: Words) -> None:
    made = datetime.now(ZoneInfo(report.timezone)).strftime("%Y-%m-%d %H:%M")
    pen.line(report.event, 20, bold=True)
    pen.line(f"{words(TITLE)} · {scope_line(report, words)}", 11)
    pen.line(words(MADE).format(time=made), 9, grey=True)
    pen.y += 6
    totals = report.totals
    share = f" ({totals.share * 100:.0f} %)" if totals.share is not None else ""
    pen.line(
        words.sentence(HEADLINE).format(checked_in=totals.checked_in, expected=totals.expected)
        + share,
        15,
        bold=True,
    )
    if report.distinct is not None and report.by not in ("day", "point"):
        found = report.distinct
        field = words.field(found.field) if found.field else ""
        field = field.lower() if found.field in FIELDS else field  # a column as its header
        pen.line(words.sentence(DISTINCT).format(present=found.present, field=field,
                                                 expected=found.expected), 10)  # fmt: skip
    for line in pace_sentences(report, words):
        pen.line(line, 10)
    pen.y += 8


def pace_sentences(report: Report, words: Words) -> list[str]:
    """The current pace and the queue's wait, while check-ins come (none after the event).

    The pace is said over the minutes it was measured over (`Throughput.span`).
    """
    pace = report.pace
    if pace.pace is None or pace.clear_min is None or not pace.remaining:
        return []
    lines = [pace_sentence(pace, pace.clear_min, words)]
    if pace.wait_min is not None and pace.queue:
        minutes = max(1, round(pace.wait_min))  # never "about 0 minutes" for a queue
        lines.append(words.sentence(DASHBOARD["wait"]).format(queue=pace.queue, minutes=minutes))
    return lines  # fmt: skip


def pace_sentence(pace: Throughput, clear_min: float, words: Words) -> str:
    """The pace over the minutes it was measured over and the time to clear those expected.

    The time is in minutes, or in hours from `HOURS_FROM` minutes on ("about 141 hours").
    """
    values = {"pace": pace.pace, "window": pace.span, "remaining": pace.remaining}
    if clear_min >= HOURS_FROM:
        return words.sentence(DASHBOARD["pace_hours"]).format(hours=clear_min / 60, **values)
    return words.sentence(DASHBOARD["pace"]).format(minutes=clear_min, **values)


COLUMNS = (0.0, 200.0, 268.0, 340.0, 392.0)  # key, expected, checked in, share, bar (points)


def _table(pen: Pen, report: Report, words: Words, rows: Sequence[Group], total: bool) -> None:
    left, right = MARGIN, PAGE_W - MARGIN
    pen.font(9, bold=True)
    pen.painter.setPen(INK)
    header = (words.field(report.by), words(EXPECTED), words(CHECKED_IN), words(SHARE))
    header_row(pen, [(left + COLUMNS[index], _width(index), text, index > 0)
                     for index, text in enumerate(header)])  # fmt: skip
    pen.painter.drawLine(int(left), int(pen.y), int(right), int(pen.y))
    pen.font(9)
    for group in rows:
        _row(pen, group, words.group(report.by, group.key) or words(NONE), words)
    if total:
        pen.painter.drawLine(int(left), int(pen.y), int(right), int(pen.y))
        pen.font(9, bold=True)
        _row(pen, report.totals, words(TOTAL), words)


def _width(index: int) -> float:
    return (COLUMNS[1] - 8) if index == 0 else (COLUMNS[index + 1] - COLUMNS[index] - 4)


def _row(pen: Pen, group: Group, label: str, words: Words) -> None:
    left = MARGIN
    share = "" if group.share is None else f"{group.share * 100:.0f} %"
    cells = (label, str(words.number(group.expected)), str(words.number(group.checked_in)), share)
    for index, text in enumerate(cells):
        pen.text(left + COLUMNS[index], _width(index), text, right=index > 0)
    bar_x, bar_w = left + COLUMNS[4], PAGE_W - 2 * MARGIN - COLUMNS[4]
    pen.painter.fillRect(QRectF(bar_x, pen.y + 4, bar_w, ROW_H - 8), BAR_BACK)
    if group.share:
        pen.painter.fillRect(QRectF(bar_x, pen.y + 4, bar_w * min(1.0, group.share),
                                    ROW_H - 8), BAR)  # fmt: skip
    pen.y += ROW_H


def _joined(rows: list[Group], words: Words, room: int) -> list[Group]:
    """Return the rows that fit ``room`` rows; past that the smallest groups join in one row."""
    if len(rows) <= room:
        return rows
    largest = sorted(rows, key=lambda g: -g.expected)
    kept, others = largest[: room - 1], largest[room - 1 :]
    order = {id(g): index for index, g in enumerate(rows)}
    listed = sorted(kept, key=lambda g: order[id(g)])
    label = words.sentence(OTHERS).format(count=len(others))
    total = Group(label, sum(g.expected for g in others), sum(g.checked_in for g in others))
    return [*listed, total]


def _arrivals(pen: Pen, buckets: Sequence[Bucket], words: Words) -> None:
    """Draw arrivals per 10 minutes as bars, `CHART_H` points tall with its title and times."""
    end = pen.y + CHART_H
    pen.line(words(ARRIVALS), 11, bold=True)
    top, width = pen.y, PAGE_W - 2 * MARGIN
    height = end - top - ROW_H - 2  # the times and the tallest bar's count below the bars
    peak = max(b.checked_in for b in buckets) or 1
    step = min(width / len(buckets), 36.0)  # a few slots stay bars, not a wall
    pen.painter.setPen(QColor(GREY))
    pen.painter.drawLine(int(MARGIN), int(top + height), int(MARGIN + width), int(top + height))
    for index, bucket in enumerate(buckets):
        bar = height * bucket.checked_in / peak
        x = MARGIN + index * step
        pen.painter.fillRect(QRectF(x + step * 0.1, top + height - bar, step * 0.8, bar), BAR)
    pen.font(8)
    pen.y = top + height + 2
    label_every = max(1, round(len(buckets) / 8))
    for index in range(0, len(buckets), label_every):
        pen.text(MARGIN + index * step, 60, buckets[index].start.strftime("%H:%M"))
    pen.painter.setPen(INK)
    pen.text(MARGIN, width, words.sentence(MOST).format(peak=peak), right=True)
    pen.y = end


def _no_shows(pen: Pen, report: Report, words: Words, start: int, last_page: bool) -> int:
    """Draw the no-shows from ``start`` in two columns, as many as fit; return where it ended.

    On page 1 (``last_page`` False) the list starts only when `NO_SHOWS_MIN` lines fit; on
    the last page a line says how many more the XLSX lists.
    """
    people = report.no_shows[start:]
    room = int((PAGE_H - MARGIN - pen.y - TITLE_H) // NAME_H) - 1  # a line for "… and more"
    if not people or room < (1 if last_page else NO_SHOWS_MIN):
        return start
    heading = words(CONTINUED) if start else f"{words(NO_SHOWS)} ({{count}})"
    pen.line(words.format(heading, title=words(NO_SHOWS), count=len(report.no_shows)), 11,
             bold=True)  # fmt: skip
    pen.font(8)
    pen.painter.setPen(INK)
    half = (PAGE_W - 2 * MARGIN) / 2
    shown = people[: room * 2]
    room = (len(shown) + 1) // 2  # two even columns, the first down, then the second
    top = pen.y
    for index, person in enumerate(shown):
        pen.y = top + (index % room) * NAME_H
        name = f"{person.last_name}, {person.first_name}".strip(", ")
        pen.text(MARGIN + (index // room) * half, half - 8, f"{name} · {person.organisation}")
    pen.y = top + room * NAME_H
    if last_page and len(people) > len(shown):
        pen.line(words.sentence(MORE).format(more=len(people) - len(shown)), 8)
    return start + len(shown)


DESK_X = (0.0, 86.0, 176.0, 222.0, 282.0, 360.0, 422.0)  # points from the left margin
NOTE_SIZE = 8  # the grey note under the desks' table


def _desks(pen: Pen, report: Report, words: Words) -> None:
    """Draw each desk's pace, the busiest first (`checkin.reports.desk_table`'s columns)."""
    desks = report.pace.desks[:DESKS_SHOWN]
    if not desks:
        return
    pen.line(words(DESKS), 11, bold=True)
    pen.font(8, bold=True)
    pen.painter.setPen(INK)
    header_row(pen, _desk_headers(words))
    pen.font(9)
    for desk in desks:
        for index, text in enumerate(desk_texts(desk, words)):
            pen.text(MARGIN + DESK_X[index], _desk_width(index), text, right=index >= NUMBERS_FROM)
        pen.y += ROW_H
    pen.line(desk_note(words), NOTE_SIZE, grey=True)
    pen.y += GAP


def _desk_headers(words: Words) -> list[tuple[float, float, str, bool]]:
    """The desks' table's headers as `header_row` draws them (x, width, text, right)."""
    return [(MARGIN + DESK_X[index], _desk_width(index), words(title), index >= NUMBERS_FROM)
            for index, title in enumerate(DESK_COLUMNS)]  # fmt: skip


def _desks_height(pen: Pen, report: Report, words: Words) -> float:
    """The height `_desks` draws (0 without desks): title, header (1-2 lines), rows, note."""
    desks = report.pace.desks[:DESKS_SHOWN]
    if not desks:
        return 0.0
    base = QFont(pen.family)
    base.setPixelSize(8)
    base.setBold(True)
    cells = [(width, text) for _, width, text, _ in _desk_headers(words)]
    font = header_font(pen.painter, base, cells)
    lines = max(fitted(pen.painter, font, width, text)[1] for width, text in cells)
    note = QFont(pen.family)
    note.setPixelSize(NOTE_SIZE)
    pen.painter.save()
    pen.painter.setFont(note)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    note_lines = line_count(pen.painter, desk_note(words), PAGE_W - 2 * MARGIN, flags)
    pen.painter.restore()
    return TITLE_H + (lines + len(desks)) * ROW_H + note_lines * NOTE_SIZE * 1.5


def _desk_width(index: int) -> float:
    ends = (*DESK_X[1:], PAGE_W - 2 * MARGIN)
    return ends[index] - DESK_X[index] - 6
