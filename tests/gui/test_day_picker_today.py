"""The day pickers open on today when today is not the event's first day (acceptance-5 F-2).

PySide6's ``findData()`` of a ``datetime.date`` matches nothing, so a picker set by it showed
the first day while the desk admitted for today. An event of yesterday, today and tomorrow.
"""

from datetime import timedelta

import pytest

from checkin.demo import DEFAULT_DAY_CHANGE, DEFAULT_TIMEZONE
from checkin.desk import Desk
from checkin.domain.clock import SystemClock, event_day
from checkin.ui.combo_data import index_of
from checkin.ui.dashboard import Dashboard
from checkin.ui.dialogs import Pin
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


@pytest.fixture
def three_days(tmp_path):
    today = event_day(SystemClock().now(), DEFAULT_TIMEZONE, DEFAULT_DAY_CHANGE)
    days = (today - timedelta(days=1), today, today + timedelta(days=1))
    desk = Desk.create(tmp_path / "event.sqlite", "Tre dager", days)
    yield desk, today
    desk.close()


def test_the_desk_picker_shows_today_not_the_first_day(qtbot, three_days):
    desk, today = three_days
    win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("4711"))
    qtbot.addWidget(win)
    win.show()
    assert win.day == today
    assert win.day_box.count() == 3
    assert win.day_box.currentIndex() == 1
    assert win.day_box.currentData() == today
    win.kiosk = False


def test_the_dashboard_day_box_shows_today(qtbot, three_days):
    desk, today = three_days
    board = Dashboard(desk, "nb")
    qtbot.addWidget(board)
    assert board.day.currentData() == today  # item 0 is "alle dager"
    board.close()


def test_index_of_compares_in_python(qtbot, three_days):
    from PySide6.QtWidgets import QComboBox

    _desk, today = three_days
    combo = QComboBox()
    for offset in (-1, 0, 1):
        combo.addItem(str(offset), today + timedelta(days=offset))
    assert index_of(combo, today) == 1
    assert index_of(combo, today + timedelta(days=5)) == -1
