"""The dashboard's missing list opens at its top when the filter changes; every bar has a time.

Acceptance run 4, F-10: after the filter was cleared (x) the whole list kept the filtered
list's scroll offset (it opened rows down), and the arrivals chart labelled only its first bar
(14:30; the 14:40 bar had no time). A demo event of 1,200 people, the dashboard reading it in
its own process and shown (offscreen), as on the organiser's screen.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from checkin.demo import make_demo
from checkin.reports.queries import Bucket
from checkin.ui.dashboard import Dashboard
from checkin.ui.dashboard_chart import ArrivalsChart, label_step

BLANK = "\u200b\u200c"  # the zero-width characters of a slot shown without its time


@pytest.fixture
def board(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=1200, seed=4)
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    qtbot.waitUntil(lambda: dashboard.report is not None and not dashboard._busy, timeout=20_000)
    yield dashboard
    dashboard.close()
    desk.close()


def _top_row(board) -> int:
    return board.missing_list.view.indexAt(QPoint(2, 2)).row()


def _clear(board, qtbot) -> None:
    """Click the filter box's x (its clear button)."""
    (button,) = board.filter.findChildren(QToolButton)
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert board.filter.text() == ""


def _filter_many(board, qtbot) -> str:
    """Filter on one letter (many rows, far more than the view holds); return it."""
    board.filter.setText("a")
    view, rows = board.missing_list.view, board.missing_lines.rowCount()
    assert 100 < rows < len(board.missing_list.lines)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    return "a"


def test_clearing_the_filter_shows_the_whole_list_from_its_top(board, qtbot):
    _filter_many(board, qtbot)
    view = board.missing_list.view

    def at_the_end() -> bool:  # the filtered list read to its end (once it is laid out)
        view.scrollToBottom()
        return _top_row(board) > 0

    qtbot.waitUntil(at_the_end)
    _clear(board, qtbot)
    qtbot.waitUntil(lambda: _top_row(board) == 0)
    assert view.verticalScrollBar().value() == 0
    assert board.missing_lines.stringList()[0].startswith(board.missing_list.lines[0])


def test_a_selected_row_stays_in_view_when_the_filter_changes(board, qtbot):
    common = _filter_many(board, qtbot)
    view, model = board.missing_list.view, board.missing_lines
    last = model.index(model.rowCount() - 1)
    view.setCurrentIndex(last)
    view.scrollTo(last)
    chosen = model.data(last)
    assert common in chosen.lower()
    _clear(board, qtbot)
    current = view.currentIndex()
    assert current.isValid() and model.data(current) == chosen
    assert view.viewport().rect().intersects(view.visualRect(current)), "scrolled out of view"
    assert current.row() > 0


def _times(chart: ArrivalsChart) -> list[str]:
    [axis] = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    return [label.strip(BLANK) for label in axis.categories()]


@pytest.mark.parametrize("slots", [1, 2, 5, 12])
def test_every_bar_has_its_time_while_they_fit(qapp, slots):
    chart = ArrivalsChart("Ankomster")
    start = datetime(2026, 11, 30, 14, 30)
    chart.show_buckets([Bucket(start + timedelta(minutes=10 * i), 3) for i in range(slots)])
    expected = [(start + timedelta(minutes=10 * i)).strftime("%H:%M") for i in range(slots)]
    assert _times(chart) == expected  # 14:30, 14:40, ...: not the first bar only


def test_a_crowded_chart_labels_every_half_hour_at_round_times(qapp):
    chart = ArrivalsChart("Ankomster")
    start = datetime(2026, 11, 30, 14, 40)
    chart.show_buckets([Bucket(start + timedelta(minutes=10 * i), i % 4) for i in range(30)])
    times = _times(chart)
    assert len(times) == 30  # still a bar per slot
    shown = [time for time in times if time]
    assert shown == ["15:00", "15:30", "16:00", "16:30", "17:00", "17:30", "18:00", "18:30",
                     "19:00", "19:30"]  # fmt: skip
    assert times[2] == "15:00"


@pytest.mark.parametrize(
    ("slot", "slots", "step"),
    [(10, 1, 10), (10, 12, 10), (10, 13, 30), (10, 36, 30), (10, 66, 60), (10, 144, 120),
     (30, 20, 60), (60, 24, 120)],
)  # fmt: skip
def test_the_label_step_keeps_the_times_at_most_a_dozen(slot, slots, step):
    assert label_step(slot, slots) == step
