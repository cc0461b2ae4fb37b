"""A handheld scan while a menu or a dropped-down list is open: read as a ticket, never a command.

The scanner's Enter would otherwise run the menu's highlighted item (File → Quit, the badge
printing tick box, a language). Keys go through the popup's window as the window system
delivers them (QTest on the QWindow); the real X server is driven in tests/x11/test_quit.py
and tests/x11/test_menu_scans.py.
"""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.domain.model import Method
from tests.gui.test_keys import type_into
from tests.gui.test_keys_other_windows import window  # noqa: F401  (the fixture)
from tests.gui.test_window import a_valid


def _open(qtbot, menu, action):
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=3000)
    menu.setActiveAction(action)  # highlighted: an Enter now would run it
    return menu.windowHandle()


def test_a_burst_into_the_open_file_menu_checks_in_and_does_not_quit(window, qtbot):  # noqa: F811
    quit_action = window.menus.actions["quit"]
    quits = []
    quit_action.triggered.connect(lambda: quits.append(True))
    target = _open(qtbot, window.menus.file_menu, quit_action)
    person = a_valid(window)
    type_into(qtbot, target, person.code + "\r")
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=3000)
    assert window.last_result.ticket == person.code
    assert window.last_result.checkin.method is Method.HANDHELD
    assert not quits and window.isVisible()
    assert QApplication.activePopupWidget() is None  # the menu closed


def test_a_burst_into_the_desk_menu_leaves_badge_printing_as_it_was(window, qtbot):  # noqa: F811
    printing = window.menus.auto_print.isChecked()
    target = _open(qtbot, window.menus.desk_menu, window.menus.auto_print)
    person = a_valid(window)
    type_into(qtbot, target, person.code + "\r")
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=3000)
    assert window.last_result.ticket == person.code
    assert window.menus.auto_print.isChecked() is printing


def test_a_person_s_keys_in_a_menu_still_work(window, qtbot):  # noqa: F811
    printing = window.menus.auto_print.isChecked()
    target = _open(qtbot, window.menus.desk_menu, window.menus.auto_print)
    QTest.keyClick(target, Qt.Key.Key_Return)  # a person choosing the highlighted item
    qtbot.waitUntil(lambda: window.menus.auto_print.isChecked() is not printing, timeout=3000)
    assert window.last_result is None


def _drop_the_day_list(qtbot, desk_window):
    """The day picker's list dropped down, the other day highlighted (an Enter would pick it)."""
    box = desk_window.day_box
    box.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    box.view().setCurrentIndex(box.model().index(1, 0))


def _type_into_the_popup(qtbot, text):
    """Press each key on the open popup's window.

    The popup's wrapper is held while its window is used: in PySide6 6.11 the QWindow's
    wrapper goes stale once the popup's wrapper is collected.
    """
    for char in text:
        popup = QApplication.activePopupWidget()
        QTest.keyClick(popup.windowHandle(), Qt.Key.Key_Return if char == "\r" else char)
    qtbot.wait(200)  # longer than a burst's pause


def test_a_burst_into_the_dropped_down_day_list_keeps_the_desks_day(window, qtbot):  # noqa: F811
    day = window.day
    _drop_the_day_list(qtbot, window)
    person = a_valid(window)
    _type_into_the_popup(qtbot, person.code + "\r")
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=3000)
    assert window.last_result.ticket == person.code
    assert window.day == day and window.day_box.currentIndex() == 0
    assert window.last_result.checkin.day == day
    assert QApplication.activePopupWidget() is None  # the list closed
    _drop_the_day_list(qtbot, window)
    _type_into_the_popup(qtbot, "\r")  # a person picking the other day on purpose
    qtbot.waitUntil(lambda: window.day != day, timeout=3000)
