"""The dashboard opens with the keyboard in its missing-list filter (acceptance-5 F-3).

Typing a name right after Ctrl+Shift+D filters the missing list; no typed letter changes
the day or the grouping, even in a combo box the organiser clicked into.
"""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.demo import make_demo
from checkin.ui.dashboard import Dashboard
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


def _open_dashboard(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=4)
    window = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False))
    qtbot.addWidget(window)
    window.show()
    window.menus.actions["dashboard"].trigger()
    board = window._dashboard
    assert isinstance(board, Dashboard)
    qtbot.waitUntil(lambda: board.report is not None and not board._busy, timeout=10_000)
    return desk, board


def test_typing_after_opening_filters_and_leaves_the_day(qtbot, tmp_path):
    desk, board = _open_dashboard(qtbot, tmp_path)
    day, by = board.day.currentIndex(), board.by.currentIndex()
    assert board.day.currentData() == desk.today()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    for text in ("t", "aksel berg"):
        board.filter.clear()
        QTest.keyClicks(QApplication.focusWidget(), text, delay=5)
        assert board.filter.text() == text
        assert (board.day.currentIndex(), board.by.currentIndex()) == (day, by)
    board.close()
    desk.close()


def test_a_letter_typed_into_a_clicked_combo_changes_nothing(qtbot, tmp_path):
    desk, board = _open_dashboard(qtbot, tmp_path)
    for box in (board.day, board.by):
        before = box.currentIndex()
        box.setFocus()
        for letter in "atodk":
            QTest.keyClick(box, letter)
        assert box.currentIndex() == before
        QTest.keyClick(box, Qt.Key.Key_Down)  # the arrows still choose, on purpose
        assert box.currentIndex() == min(before + 1, box.count() - 1)
    board.close()
    desk.close()
