"""File → Quit (Ctrl+Q): the desk ends as closing its window does; never in kiosk mode.

Keys go through the window (QTest on the QWindow), the path a real key takes; the real X
server and the real program's exit code are driven in tests/x11/test_quit.py.
"""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from checkin.domain.model import TicketType
from tests.gui.test_window import a_valid, scan

CTRL = Qt.KeyboardModifier.ControlModifier
REFUSED = "The desk stays open until the waiting check-ins are done: then quit again."


def press_ctrl_q(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Q, CTRL)


def checkins_in_file(path):
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT code FROM checkins")]


def test_quit_ends_the_file_menu_with_the_platforms_quit_key(desk_app):
    window = desk_app.current
    action = window.actions_["quit"]
    assert window.menus.file_menu.actions()[-1] is action
    assert action.text() == "Quit"
    keys = action.shortcuts()
    assert QKeySequence("Ctrl+Q") in keys
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)) <= set(keys)
    assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)  # shown in the menu


def test_ctrl_q_closes_the_desk_and_its_dashboard_and_keeps_the_check_in(desk_app, qtbot):
    window = desk_app.current
    person = a_valid(window)
    scan(window, person.code)
    window.actions_["dashboard"].trigger()
    board = window._dashboard
    qtbot.waitExposed(board)
    qtbot.waitUntil(board.isActiveWindow)  # opened, it has the keyboard; the organiser goes
    press_ctrl_q(qtbot, window)  # back to the desk and quits there
    qtbot.waitUntil(lambda: not window.isVisible())
    assert board.is_closed and not board.isVisible()  # no window left to keep the desk running
    desk_app.stop()  # what `run_window` does once the last window closed
    assert checkins_in_file(window.desk.path) == [person.code]


def test_ctrl_q_in_the_dashboard_quits_the_desk(desk_app, qtbot):
    window = desk_app.current
    window.actions_["dashboard"].trigger()
    board = window._dashboard
    qtbot.waitUntil(board.isActiveWindow)
    QTest.keyClick(board.windowHandle(), Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert board.is_closed
    desk_app.stop()


def test_ctrl_q_in_kiosk_mode_is_refused(desk_app, qtbot, monkeypatch):
    window = desk_app.current
    window.toggle_kiosk()
    assert not window.actions_["quit"].isEnabled()
    press_ctrl_q(qtbot, window)
    window.actions_["quit"].trigger()  # a disabled action does nothing
    qtbot.wait(200)
    assert window.isVisible() and window.kiosk
    scan(window, a_valid(window).code)  # the kiosk goes on scanning
    qtbot.waitUntil(lambda: window.last_result is not None)
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda *args: True)
    window.toggle_kiosk()  # out with the admin PIN: Quit is back
    assert window.actions_["quit"].isEnabled()
    press_ctrl_q(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible())


def whole_on_screen(label):
    """The label is shown, and its wrapped text fits its height (nothing cut off)."""
    return label.isVisible() and label.heightForWidth(label.width()) <= label.height()


def test_quit_waits_while_check_ins_wait_behind_a_note(desk_app, qtbot):
    window = desk_app.current
    window.set_print_state(lambda: "Badge for Karoline Margrethe Sørensen-Bjørkhaug: printed")
    student = a_valid(window, category="Student")
    window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
    scan(window, student.code)
    other = a_valid(window, category="Sykehus")
    scan(window, other.code)  # held behind the note
    assert window.waiting.isVisible()
    assert REFUSED not in window.waiting.text.text()
    press_ctrl_q(qtbot, window)
    qtbot.wait(200)
    assert window.isVisible()  # the held scan is not dropped
    strip = window.waiting.text  # said where the volunteer is asked to act, whole
    assert REFUSED in strip.text() and "1 check-in waiting" in strip.text()
    qtbot.waitUntil(lambda: whole_on_screen(strip))
    assert window.statusBar().currentMessage() == ""  # not cut beside the badge's state
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)  # the note confirmed: it goes
    qtbot.waitUntil(lambda: window.last_result.ticket == other.code)
    assert not window.waiting.isVisible()  # the reason went with the last waiting check-in
    scan(window, student.code)  # the note again, and a scan behind it: no old refusal shown
    scan(window, a_valid(window, category="Sykehus").code)
    qtbot.waitUntil(lambda: window.note.isVisible() and "confirm the note" in strip.text())
    assert REFUSED not in strip.text()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.waiting.isVisible())
    press_ctrl_q(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible())
    desk_app.stop()
    assert {student.code, other.code} <= set(checkins_in_file(window.desk.path))


def test_a_quit_asked_from_outside_is_not_held(desk_app, qtbot):
    # Ctrl+C in the terminal, the session ending: QApplication closes every window itself
    window = desk_app.current
    student = a_valid(window, category="Student")
    window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
    scan(window, student.code)
    scan(window, a_valid(window, category="Sykehus").code)  # held behind the note
    window.close()  # as QApplication.closeAllWindows does (not from the window system)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_quit_asked_from_outside_ends_a_kiosk_too(desk_app, qtbot):
    # the organiser's Ctrl+C in the terminal, the computer shutting down (the × of a window
    # manager is refused in kiosk mode: tests/x11/test_quit.py)
    window = desk_app.current
    window.toggle_kiosk()
    window.close()  # as QApplication.closeAllWindows does (not from the window system)
    qtbot.waitUntil(lambda: not window.isVisible())
