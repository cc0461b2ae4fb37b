"""The dashboard's arrivals chart: a bar per 10-minute slot, each labelled with its time.

QtCharts draws it. Every bar has its time under it while that fits; a long span labels every
half hour, hour, two hours... instead (`label_step`), at round times, so the axis never holds
more than about `MAX_LABELS` times. The count axis ticks at whole numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

from checkin.reports.queries import Bucket

MAX_LABELS = 12  # times under the bars at most ("07:10" is about 40 px; the chart ~700 px)
LABEL_STEPS_MIN = (10, 30, 60, 120, 180, 240, 360, 720)  # every slot, half hour, hour, ...
SLOT_MIN = 10  # the reports' slot when there is only one to go by
Y_TICKS = 5  # about this many labels on the count axis, at whole numbers


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
        self.labels: list[str] = []
        self.bars: QBarSet | None = None
        self.y_axis: QValueAxis | None = None

    def show_buckets(self, buckets: Sequence[Bucket]) -> None:
        """Draw the buckets (one bar a slot, labelled with its time as `slot_labels` says).

        The same slots as last time: only the bars that changed move (and the count axis);
        a new chart (series and axes laid out again) is 15 ms of the GUI thread.
        """
        counts = [b.checked_in for b in buckets]
        labels = slot_labels(buckets)
        if self.bars is None or self.y_axis is None or labels != self.labels:
            self._new_chart(labels, counts)
        else:
            for index, (was, now) in enumerate(zip(self.counts, counts, strict=True)):
                if was != now:
                    self.bars.replace(index, float(now))
            fit_count_axis(self.y_axis, max([1, *counts]))
        self.counts, self.labels = counts, labels

    def _new_chart(self, labels: list[str], counts: list[int]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.bars = QBarSet("")
        self.bars.setColor(QColor("#2b6cb0"))
        self.bars.append([float(count) for count in counts])
        series = QBarSeries()
        series.append(self.bars)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.setTruncateLabels(False)  # "07:10" over its blank neighbours, not "07…"
        x_axis.append(labels)
        self.y_axis = count_axis(max([1, *counts]))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(self.y_axis)


def slot_labels(buckets: Sequence[Bucket]) -> list[str]:
    """The slots' labels: each slot's time where `label_step` puts one, else one showing nothing.

    `QBarCategoryAxis` keeps one category per distinct label (a repeated one drops its bar),
    so each blank label differs: its slot's number written in zero-width characters (U+200B
    for 0, U+200C for 1), which take no room and never elide the times.
    """
    slot = slot_minutes(buckets)
    step = label_step(slot, len(buckets))
    return [
        bucket.start.strftime("%H:%M") if step == slot or _minute(bucket) % step == 0
        else f"{index:b}".replace("0", "\u200b").replace("1", "\u200c")
        for index, bucket in enumerate(buckets)
    ]  # fmt: skip


def slot_minutes(buckets: Sequence[Bucket]) -> int:
    """How long one slot is, in minutes (from the first two; `SLOT_MIN` for one)."""
    if len(buckets) < 2:
        return SLOT_MIN
    return max(1, round((buckets[1].start - buckets[0].start).total_seconds() / 60))


def label_step(slot: int, slots: int) -> int:
    """Minutes between time labels: every slot while at most `MAX_LABELS` fit, else longer.

    ``label_step(10, 2)`` is 10 (both bars labelled), ``label_step(10, 30)`` 30 (every half
    hour), ``label_step(10, 66)`` 60 (every hour).
    """
    span = slot * slots
    for step in LABEL_STEPS_MIN:
        if step >= slot and step % slot == 0 and span / step <= MAX_LABELS:
            return step
    return LABEL_STEPS_MIN[-1]


def _minute(bucket: Bucket) -> int:
    return bucket.start.hour * 60 + bucket.start.minute


def count_axis(most: int) -> QValueAxis:
    """An axis for counts: ticks at whole numbers only (1, 2, 5, 10, 20, ... apart), from 0."""
    axis = QValueAxis()
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setLabelFormat("%d")
    fit_count_axis(axis, most)
    return axis


def fit_count_axis(axis: QValueAxis, most: int) -> None:
    """Set a count axis's range and ticks for counts up to ``most`` (see `count_axis`)."""
    step = tick_step(most)
    top = -(-most // step) * step  # up to the next tick: the top bar is labelled
    if axis.max() != top or axis.tickInterval() != step:
        axis.setRange(0, top)
        axis.setTickInterval(step)


def tick_step(most: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... that puts at most `Y_TICKS` steps up to ``most``."""
    rank = 0
    while True:
        step: int = (1, 2, 5)[rank % 3] * 10 ** (rank // 3)
        if most / step <= Y_TICKS:
            return step
        rank += 1
