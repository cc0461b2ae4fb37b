"""The dashboard's parts: its words, the arrivals chart (QtCharts), rows and lines to show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

from checkin.reports import pdf, tables
from checkin.reports.language import DASHBOARD, Words
from checkin.reports.queries import Bucket
from checkin.reports.report import Report
from checkin.reports.text import percent

LABEL_EVERY = 6  # an hour of 10-minute slots per label


def dashboard_words(words: Words) -> dict[str, Any]:
    """Return the dashboard's texts in the words' language."""

    def pace_line(report: Report) -> str:
        pace = report.pace
        window, remaining = pace.window, pace.remaining
        if pace.pace is None or pace.clear_min is None:
            return words(DASHBOARD["no_pace"]).format(window=window, remaining=remaining)
        line = words(DASHBOARD["pace"]).format(
            pace=pace.pace, window=window, remaining=remaining, minutes=pace.clear_min
        )
        if pace.wait_min is None:
            return line
        wait = words(DASHBOARD["wait"]).format(queue=pace.queue, minutes=pace.wait_min)
        return f"{line} {wait}"

    line: Callable[[Report], str] = pace_line
    return {
        **{key: words(text) for key, text in DASHBOARD.items()}, "all_days": words(pdf.ALL_DAYS),
        "arrivals": words(pdf.ARRIVALS), "headline": words(pdf.HEADLINE),
        "missing": words(tables.NO_SHOWS), "none": words(tables.NONE),
        "total": words(tables.TOTAL), "pace_line": line,
        "columns": [words(tables.EXPECTED), words(tables.CHECKED_IN), words(tables.SHARE)],
    }  # fmt: skip


def group_rows(report: Report, none: str, total: str) -> list[list[str]]:
    """Return the table's rows as text: one per group, then the totals."""
    rows = [[g.key or none, str(g.expected), str(g.checked_in), percent(g)] for g in report.groups]
    t = report.totals
    return [*rows, [total, str(t.expected), str(t.checked_in), percent(t)]]


def missing_lines(report: Report) -> list[str]:
    """Return one line per person still missing: name, organisation, ticket code."""
    return [
        f"{p.last_name}, {p.first_name} · {p.organisation} · {p.code}".replace(" ·  · ", " · ")
        for p in report.no_shows
    ]


class ArrivalsChart(QChartView):
    """Arrivals per 10 minutes as bars (QtCharts)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        self.setChart(chart)
        self.setMinimumHeight(200)
        self.counts: list[int] = []

    def show_buckets(self, buckets: Sequence[Bucket]) -> None:
        """Draw the buckets (one bar a slot, an hour's label every sixth)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.counts = [b.checked_in for b in buckets]
        bars = QBarSet("")
        bars.setColor(QColor("#2b6cb0"))
        bars.append([float(count) for count in self.counts])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        labels = [b.start.strftime("%H:%M") if i % LABEL_EVERY == 0 else " " * (i % LABEL_EVERY)
                  for i, b in enumerate(buckets)]  # fmt: skip
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        y_axis = QValueAxis()
        y_axis.setRange(0, max([1, *self.counts]))
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
