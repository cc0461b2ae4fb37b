"""The desk window most window tests drive: a real demo event file, checked in on inline.

A test module with a window of its own shape (another size, other windows closed after it)
keeps its own ``window`` fixture, which takes the place of this one there.
"""

import pytest

from checkin.demo import make_demo
from checkin.ui.dialogs import Pin
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=60, seed=4)
    win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("4711"))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.kiosk = False
    desk.close()
