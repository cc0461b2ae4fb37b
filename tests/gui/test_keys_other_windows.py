"""A handheld scan wherever it lands in the desk's windows: the dashboard (any non-modal window).

Keys go through each window as the window system delivers them (QTest on the QWindow; see
tests/gui/test_keys.py). The dashboard is the desk's other top-level window: a burst typed into
it is a ticket, checked in at once (the desk is not blocked by it); a person's typing into its
fields types there as before. The real X server is driven in tests/x11/test_other_windows.py.
"""

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from checkin.demo import make_demo
from checkin.domain.model import Method
from checkin.ui.dialogs import Pin
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner
from tests.gui.test_keys import type_into
from tests.gui.test_window import a_valid


@pytest.fixture
def window(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=60, seed=4)
    win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("4711"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for top in QApplication.topLevelWidgets():
        if top is not win and top.isVisible():
            top.close()
    win.kiosk = False
    desk.close()


def dashboard(window, qtbot):
    """Open the dashboard from the Desk menu and give it the keyboard, as a click does."""
    from checkin.ui.dashboard import Dashboard

    window.menus.actions["dashboard"].trigger()

    def shown():
        tops = QApplication.topLevelWidgets()
        return [w for w in tops if isinstance(w, Dashboard) and w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=5000)
    (board,) = shown()
    qtbot.waitExposed(board)
    qtbot.wait(300)  # the volunteer looks at it, then clicks it
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board, timeout=3000)
    return board


@pytest.mark.parametrize("field", [None, "table", "filter", "queue", "alias"])
def test_a_burst_in_the_dashboard_checks_in_at_once(window, qtbot, field):
    board = dashboard(window, qtbot)
    if field is not None:
        getattr(board, field).setFocus()
    before = _texts(board)
    person = a_valid(window)
    type_into(qtbot, board.windowHandle(), person.code + "\r")
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=3000)
    assert window.last_result.ticket == person.code
    assert window.last_result.checkin.method is Method.HANDHELD
    assert window.desk.counts(window.day)[0] == 1
    assert _texts(board) == before  # nothing of the code was typed into the dashboard


def _texts(board: QWidget):
    return (board.filter.text(), board.queue.text(), board.alias.text())


def test_a_person_typing_in_the_dashboard_types_there(window, qtbot):
    board = dashboard(window, qtbot)
    board.filter.setFocus()
    type_into(qtbot, board.windowHandle(), "bjorheim", delay=90)  # (QTest garbles "ø")
    qtbot.waitUntil(lambda: board.filter.text() == "bjorheim")
    board.alias.setFocus()
    type_into(qtbot, board.windowHandle(), "HUS", delay=90)
    qtbot.waitUntil(lambda: board.alias.text() == "HUS")
    board.queue.setFocus()
    board.queue.selectAll()
    type_into(qtbot, board.windowHandle(), "12", delay=90)
    qtbot.waitUntil(lambda: board.queue.value() == 12)
    assert window.last_result is None
    assert window.desk.counts(window.day)[0] == 0
