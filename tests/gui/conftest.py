"""The desk window most window tests drive: a real demo event file, checked in on inline;
and the whole desk (`DeskApp`: window, worker threads, badges to PDFs) for tests of its parts.

A test module with a window of its own shape (another size, other windows closed after it)
keeps its own ``window`` or ``desk_app`` fixture, which takes the place of this one there.
"""

import pytest

from checkin import config
from checkin.demo import make_demo
from checkin.ui.app import DeskApp
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


@pytest.fixture
def desk_app(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=80, seed=4)
    app = DeskApp(
        desk,
        None,
        settings=config.Settings(language="en", auto_print=False, sounds=False),
        settings_path=tmp_path / "settings.toml",
        pdf_dir=tmp_path,
    )
    window = app.current
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield app
    window.kiosk = False
    app.stop()
