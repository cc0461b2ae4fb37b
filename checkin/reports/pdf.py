"""The report as a PDF for A4: one or two pages, a table with share bars, an arrivals chart.

Drawn with QPdfWriter and QPainter (QtGui only, as the badges are), in points (72 a inch) on
the bundled DejaVu fonts, so æ, ø and å print on every machine. Page 1: the event, the scope,
the headline figure, the distinct count, the table (a share bar per row) and arrivals per 10
minutes; page 2, when needed: the rest of the table (past `PAGE2_ROWS` rows the smallest
groups are joined into one row) and the no-shows (as many as fit; the XLSX lists them all).
The words are in the language asked for (`checkin.reports.language.Words`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QFile, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from checkin.atomic_files import atomic_path, ends_with
from checkin.messages import N_
from checkin.reports.desk_table import DESK_COLUMNS, DESKS, NUMBERS_FROM, desk_texts
from checkin.reports.language import DASHBOARD, FIELDS, Words
from checkin.reports.queries import Bucket, Group
from checkin.reports.report import Report
from checkin.reports.tables import CHECKED_IN, EXPECTED, NO_SHOWS, NONE, SHARE, TOTAL

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 48.0  # A4 in points
ROW_H, CHART_H = 15.0, 150.0
PAGE1_ROWS, PAGE2_ROWS = 28, 40
BAR, BAR_BACK, INK, GREY = QColor("#2b6cb0"), QColor("#dbe4ee"), QColor("#1a202c"), "#5a6472"
TITLE = N_("Attendance report")
POINT_DAY = N_("Check-in point {point}, {day}")
ALL_DAYS = N_("all days")
MADE = N_("Made {time}")
HEADLINE = N_("{checked_in} of {expected} checked in")
DISTINCT = N_("{present} different values of {field} were present (of {expected} expected).")
ARRIVALS = N_("Arrivals per 10 minutes")
OTHERS = N_("{count} other values")
MORE = N_("… and {more} more (the XLSX report lists everyone).")
DESKS_SHOWN = 8
MOST = N_("max {peak}")  # the arrivals chart's tallest bar


class Pen:
    """A painter with the report's fonts, writing lines down the page from ``y``."""

    def __init__(self, painter: QPainter, family: str) -> None:
        self.painter, self.family, self.y = painter, family, MARGIN

    def font(self, size: float, bold: bool = False) -> None:
        font = QFont(self.family)
        font.setPixelSize(round(size))
        font.setBold(bold)
        self.painter.setFont(font)

    def text(self, x: float, width: float, text: str, right: bool = False) -> None:
        flags = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        )
        shown = self.painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))
        self.painter.drawText(QRectF(x, self.y, width, ROW_H), int(flags), shown)

    def line(self, text: str, size: float, bold: bool = False, grey: bool = False) -> None:
        self.font(size, bold)
        self.painter.setPen(QColor(GREY) if grey else INK)
        self.painter.drawText(QRectF(MARGIN, self.y, PAGE_W - 2 * MARGIN, size * 1.5),
                              int(Qt.AlignmentFlag.AlignLeft), text)  # fmt: skip
        self.y += size * 1.5


def ensure_gui() -> str:
    """Make sure a QGuiApplication exists (fonts need one); return the font family to use."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        _application()
    return _family()


@lru_cache(maxsize=1)
def _application() -> QGuiApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([])  # kept by the cache for the life of the program


@lru_cache(maxsize=1)
def _family() -> str:
    families: list[str] = []
    for path in sorted(FONTS.glob("DejaVuSans*.ttf")):
        found = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(found) if found >= 0 else [])
    return "DejaVu Sans" if "DejaVu Sans" in families else (families or ["Sans"])[0]


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
    """Draw page 1 and, when the table or the no-shows need it, page 2."""
    _heading(pen, report, words)
    rows = list(report.groups)
    first, rest = rows[:PAGE1_ROWS], rows[PAGE1_ROWS:]
    if first:
        _table(pen, report, words, first, total=not rest)
    if report.arrivals:
        pen.y = max(pen.y + 12, PAGE_H - MARGIN - CHART_H - 20)
        _arrivals(pen, report.arrivals, words)
    if not rest and not report.no_shows and not report.pace.desks:
        return
    new_page()
    pen.y = MARGIN
    if rest:
        _table(pen, report, words, _joined(rest, words), total=True)
        pen.y += 12
    _desks(pen, report, words)
    _no_shows(pen, report, words)


def _heading(pen: Pen, report: Report, words: Words) -> None:
    day = report.scope.day.isoformat() if report.scope.day else words(ALL_DAYS)
    made = datetime.now(ZoneInfo(report.timezone)).strftime("%Y-%m-%d %H:%M")
    pen.line(report.event, 20, bold=True)
    pen.line(f"{words(TITLE)} · {words(POINT_DAY).format(point=report.scope.point, day=day)}", 11)
    pen.line(words(MADE).format(time=made), 9, grey=True)
    pen.y += 6
    totals = report.totals
    share = f" ({totals.share * 100:.0f} %)" if totals.share is not None else ""
    pen.line(words(HEADLINE).format(checked_in=totals.checked_in, expected=totals.expected)
             + share, 15, bold=True)  # fmt: skip
    if report.distinct is not None and report.by not in ("day", "point"):
        found = report.distinct
        field = words.field(found.field) if found.field else ""
        field = field.lower() if found.field in FIELDS else field  # a column as its header
        pen.line(words(DISTINCT).format(present=found.present, field=field,
                                        expected=found.expected), 10)  # fmt: skip
    for line in pace_sentences(report, words):
        pen.line(line, 10)
    pen.y += 8


def pace_sentences(report: Report, words: Words) -> list[str]:
    """The current pace and the queue's wait, while check-ins come (none after the event)."""
    pace = report.pace
    if pace.pace is None or pace.clear_min is None or not pace.remaining:
        return []
    lines = [
        words(DASHBOARD["pace"]).format(
            pace=words.number(pace.pace),
            window=pace.window,
            remaining=pace.remaining,
            minutes=pace.clear_min,
        )
    ]
    if pace.wait_min is not None and pace.queue:
        minutes = max(1, round(pace.wait_min))  # never "about 0 minutes" for a queue
        lines.append(words(DASHBOARD["wait"]).format(queue=pace.queue, minutes=minutes))
    return lines  # fmt: skip


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
        _row(pen, group, words.group(report.by, group.key) or words(NONE))
    if total:
        pen.painter.drawLine(int(left), int(pen.y), int(right), int(pen.y))
        pen.font(9, bold=True)
        _row(pen, report.totals, words(TOTAL))


def _width(index: int) -> float:
    return (COLUMNS[1] - 8) if index == 0 else (COLUMNS[index + 1] - COLUMNS[index] - 4)


def _row(pen: Pen, group: Group, label: str) -> None:
    left = MARGIN
    share = "" if group.share is None else f"{group.share * 100:.0f} %"
    cells = (label, str(group.expected), str(group.checked_in), share)
    for index, text in enumerate(cells):
        pen.text(left + COLUMNS[index], _width(index), text, right=index > 0)
    bar_x, bar_w = left + COLUMNS[4], PAGE_W - 2 * MARGIN - COLUMNS[4]
    pen.painter.fillRect(QRectF(bar_x, pen.y + 4, bar_w, ROW_H - 8), BAR_BACK)
    if group.share:
        pen.painter.fillRect(QRectF(bar_x, pen.y + 4, bar_w * min(1.0, group.share),
                                    ROW_H - 8), BAR)  # fmt: skip
    pen.y += ROW_H


def _joined(rows: list[Group], words: Words) -> list[Group]:
    """Return the rows that fit page 2; past that the smallest groups join in one row."""
    if len(rows) <= PAGE2_ROWS:
        return rows
    largest = sorted(rows, key=lambda g: -g.expected)
    kept, others = largest[: PAGE2_ROWS - 1], largest[PAGE2_ROWS - 1 :]
    order = {id(g): index for index, g in enumerate(rows)}
    listed = sorted(kept, key=lambda g: order[id(g)])
    label = words(OTHERS).format(count=len(others))
    total = Group(label, sum(g.expected for g in others), sum(g.checked_in for g in others))
    return [*listed, total]


def _arrivals(pen: Pen, buckets: Sequence[Bucket], words: Words) -> None:
    pen.line(words(ARRIVALS), 11, bold=True)
    top, width = pen.y, PAGE_W - 2 * MARGIN
    height = CHART_H - 30
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
    pen.text(MARGIN, width, words(MOST).format(peak=peak), right=True)
    pen.y += ROW_H


def _no_shows(pen: Pen, report: Report, words: Words) -> None:
    if not report.no_shows:
        return
    pen.line(f"{words(NO_SHOWS)} ({len(report.no_shows)})", 11, bold=True)
    pen.font(8)
    pen.painter.setPen(INK)
    room = max(1, int((PAGE_H - MARGIN - pen.y) // 12) - 1)
    half = (PAGE_W - 2 * MARGIN) / 2
    shown = report.no_shows[: room * 2]
    top = pen.y
    for index, person in enumerate(shown):
        pen.y = top + (index % room) * 12
        name = f"{person.last_name}, {person.first_name}".strip(", ")
        pen.text(MARGIN + (index // room) * half, half - 8, f"{name} · {person.organisation}")
    pen.y = top + min(room, len(shown)) * 12
    if len(report.no_shows) > len(shown):
        pen.text(MARGIN, PAGE_W, words(MORE).format(more=len(report.no_shows) - len(shown)))


DESK_X = (0.0, 80.0, 175.0, 225.0, 272.0, 360.0, 430.0)  # points from the left margin


def _desks(pen: Pen, report: Report, words: Words) -> None:
    """Draw each desk's pace, the busiest first (`checkin.reports.desk_table`'s columns)."""
    desks = report.pace.desks[:DESKS_SHOWN]
    if not desks:
        return
    pen.line(words(DESKS), 11, bold=True)
    pen.font(8, bold=True)
    pen.painter.setPen(INK)
    titles = enumerate(DESK_COLUMNS)
    header_row(pen, [(MARGIN + DESK_X[index], _desk_width(index), words(title),
                      index >= NUMBERS_FROM) for index, title in titles])  # fmt: skip
    pen.font(9)
    for desk in desks:
        for index, text in enumerate(desk_texts(desk, words)):
            pen.text(MARGIN + DESK_X[index], _desk_width(index), text, right=index >= NUMBERS_FROM)
        pen.y += ROW_H
    pen.y += 12


def _desk_width(index: int) -> float:
    ends = (*DESK_X[1:], PAGE_W - 2 * MARGIN)
    return ends[index] - DESK_X[index] - 6


def header_row(pen: Pen, cells: Sequence[tuple[float, float, str, bool]]) -> None:
    """Draw column headers (x, width, text, right-aligned) in the pen's font, never elided.

    A header too wide for its column wraps onto a second line; one that still does not fit
    (a long word) is drawn smaller. The row is as tall as its tallest header; ``pen.y`` moves
    below it.
    """
    base = QFont(pen.painter.font())
    fitted = [_fitted(pen.painter, base, width, text) for _, width, text, _ in cells]
    height = ROW_H * max(lines for _, lines in fitted)
    for (x, width, text, right), (font, _) in zip(cells, fitted, strict=True):
        pen.painter.setFont(font)
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        flags = align | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        pen.painter.drawText(QRectF(x, pen.y, width, height), int(flags), text)
    pen.painter.setFont(base)
    pen.y += height


def _fitted(painter: QPainter, base: QFont, width: float, text: str) -> tuple[QFont, int]:
    """The font (the base one, or smaller) in which ``text`` fits ``width`` on <= 2 lines."""
    font = QFont(base)
    while True:
        metrics = QFontMetricsF(font, painter.device())
        widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)
        wrapped = metrics.boundingRect(QRectF(0, 0, width, 1000),
                                       int(Qt.TextFlag.TextWordWrap), text)  # fmt: skip
        lines = max(1, round(wrapped.height() / metrics.lineSpacing()))
        if (widest <= width and lines <= 2) or font.pixelSize() <= 5:
            return font, lines
        font.setPixelSize(font.pixelSize() - 1)
