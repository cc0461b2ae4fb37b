"""The dashboard writes numbers and days as the desk's language does; its count axis is whole."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCharts import QValueAxis

from checkin.desk import Desk
from checkin.reports.language import Words
from checkin.reports.queries import Bucket
from checkin.ui.dashboard import Dashboard
from checkin.ui.dashboard_chart import ArrivalsChart, count_axis, tick_step
from checkin.ui.dashboard_parts import dashboard_words
from checkin.ui.formats import day_text
from checkin.ui.i18n import Languages
from tests.reports.conftest import DAY1

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(seeded):
    desk = Desk.open(seeded, "Skranke 2")
    yield desk
    desk.close()


@pytest.fixture
def norwegian(qapp):
    languages = Languages()
    assert languages.switch("nb")
    yield
    languages.remove()


def _day_one(qtbot, dashboard):
    dashboard.day.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dashboard.report is not None and dashboard.report.scope.day == DAY1
                    and not dashboard._busy, timeout=10_000)  # fmt: skip


@pytest.mark.parametrize(("code", "pace", "minutes"), [("nb", "0,9", "2,5"), ("en", "0.9", "2.5")])
def test_the_pace_is_written_with_the_language_s_decimal_sign(
    qtbot, desk, norwegian, code, pace, minutes
):
    dashboard = Dashboard(desk, code)
    qtbot.addWidget(dashboard)
    _day_one(qtbot, dashboard)
    report = dashboard.report
    paced = replace(report, pace=replace(report.pace, pace=0.9, clear_min=3.0, wait_min=None))
    line = dashboard_words(Words(code))["pace_line"](paced)
    assert pace in line and ("0.9" not in line if code == "nb" else "0,9" not in line)
    assert minutes not in line  # {minutes:.0f}: whole minutes, no decimal sign at all


def test_the_day_picker_writes_days_as_the_desk_does(qtbot, desk, norwegian):
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    shown = [dashboard.day.itemText(i) for i in range(1, dashboard.day.count())]
    assert shown == [day_text(day) for day in desk.event.days]
    assert all(
        day.isoformat() not in text for day, text in zip(desk.event.days, shown, strict=True)
    )
    assert "juni" in shown[0]  # the seeded event is in June: the bokmål month name


@pytest.mark.parametrize(("most", "step"), [(1, 1), (5, 1), (7, 2), (10, 2), (11, 5), (30, 10),
                                            (453, 100)])  # fmt: skip
def test_the_count_axis_ticks_at_whole_numbers(qapp, most, step):
    assert tick_step(most) == step
    axis = count_axis(most)
    assert axis.tickType() == QValueAxis.TickType.TicksDynamic
    assert axis.tickInterval() == step and axis.tickAnchor() == 0 and axis.min() == 0
    assert axis.max() >= most and axis.max() % step == 0


def test_the_chart_moves_only_the_bars_that_changed(qapp):
    chart = ArrivalsChart("Ankomster")
    nine = datetime(2026, 6, 1, 9, 0)
    slots = [nine + timedelta(minutes=10 * index) for index in range(3)]
    chart.show_buckets([Bucket(at, count) for at, count in zip(slots, [2, 1, 0], strict=True)])
    bars, axis = chart.bars, chart.y_axis
    chart.show_buckets([Bucket(at, count) for at, count in zip(slots, [2, 9, 0], strict=True)])
    assert chart.bars is bars and chart.y_axis is axis  # the same chart, two values moved
    assert [bars.at(index) for index in range(bars.count())] == [2.0, 9.0, 0.0]
    assert axis.max() == 10 and axis.tickInterval() == 2  # up to the next whole tick
    chart.show_buckets([Bucket(at, 1) for at in [*slots, nine + timedelta(minutes=30)]])
    assert chart.bars is not bars and chart.bars.count() == 4  # another slot: a new chart


def test_a_whole_day_of_slots_keeps_a_bar_each_and_an_hour_label_every_sixth(qapp):
    from PySide6.QtCharts import QBarCategoryAxis

    chart = ArrivalsChart("Ankomster")
    seven = datetime(2026, 6, 1, 7, 0)
    chart.show_buckets([Bucket(seven + timedelta(minutes=10 * i), i % 5) for i in range(66)])
    [axis] = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.count() == 66  # a category, so a bar, per slot (repeated blanks dropped bars)
    assert not axis.truncateLabels()  # "07:10" whole over its blank neighbours, not "07…"
    shown = [label.strip("\u200b\u200c") for label in axis.categories()]
    assert shown[::6] == [f"{7 + hour:02d}:00" for hour in range(11)]
    assert set(shown) - set(shown[::6]) == {""}
