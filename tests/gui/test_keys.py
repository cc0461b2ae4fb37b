"""Keys through the window, as the window system delivers them (QTest on the QWindow).

QTest's QWindow overloads go through QWindowSystemInterface, the path a real key takes: the
window first, then the focus widget. (qtbot.keyClicks on a widget skips the window: that is
how the double counting went unseen.) The real X server is driven in tests/x11.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from checkin.domain.model import Method, Outcome, TicketType
from checkin.ui.dialogs import PersonDialog
from tests.gui.test_window import a_valid, scan


def type_into(qtbot, target, text, delay=0):
    """Press each character (\\r for Enter) on a QWindow, ``delay`` ms apart."""
    for char in text:
        if char == "\r":
            QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, delay)
        else:
            QTest.keyClick(target, char, Qt.KeyboardModifier.NoModifier, delay)
    qtbot.wait(200)  # longer than a burst's pause: held keys are typed by then


def attempts(desk):
    return desk.conn.execute("SELECT text FROM attempts").fetchall()


def test_a_burst_in_the_search_box_checks_in_once_and_types_nothing(window, qtbot):
    person = a_valid(window)
    window.search.box.setFocus()
    type_into(qtbot, window.windowHandle(), person.code + "\r")
    assert window.last_result.ticket == person.code
    assert window.last_result.checkin.method is Method.HANDHELD
    assert window.desk.counts(window.day)[0] == 1
    assert window.search.box.text() == ""
    assert attempts(window.desk) == []


def test_a_burst_with_the_focus_elsewhere_in_the_window(window, qtbot):
    person = a_valid(window)
    window.recent.setFocus()
    type_into(qtbot, window.windowHandle(), person.code + "\r")
    assert window.last_result.ticket == person.code


def test_a_person_typing_in_the_search_box_is_not_a_scan(window, qtbot):
    window.search.box.setFocus()
    type_into(qtbot, window.windowHandle(), "aasen", delay=90)
    qtbot.waitUntil(lambda: window.search.box.text() == "aasen")
    assert window.last_result is None


def test_slow_keys_then_a_burst_keep_both_apart(window, qtbot):
    person = a_valid(window)
    window.search.box.setFocus()
    type_into(qtbot, window.windowHandle(), "bj", delay=90)
    type_into(qtbot, window.windowHandle(), person.code + "\r")
    assert window.last_result.ticket == person.code
    assert window.search.box.text() == ""  # the check-in cleared the query


def test_enter_confirms_a_note_wherever_the_focus_is_and_the_queued_check_in_lands(window, qtbot):
    student = a_valid(window, category="Student")
    window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
    scan(window, student.code)
    assert window.note.isVisible()
    other = a_valid(window, category="Sykehus")
    window.search.box.setFocus()
    window.search.box.setText(other.code)
    qtbot.waitUntil(lambda: window.person.code == other.code)
    window.person.buttons["check_in"].click()  # a search check-in while the note shows: waits
    assert window.waiting.isVisible()
    assert window.last_result.ticket == student.code
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)  # Enter: the note is confirmed
    qtbot.waitUntil(lambda: window.last_result.ticket == other.code)
    assert window.last_result.checkin.method is Method.SEARCH
    assert not window.note.isVisible() and not window.waiting.isVisible()


def test_a_pin_typed_fast_is_never_a_scan(window, qtbot):
    seen = []

    def type_pin():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        field = dialog.findChild(QLineEdit)
        field.setFocus()
        type_into(qtbot, dialog.windowHandle(), "4711\r")

    window.set_camera(False)
    scan(window, a_valid(window).code)
    QTimer.singleShot(100, type_pin)
    window.undo_last()  # asks for the PIN
    assert seen and window.desk.counts(window.day)[0] == 0  # the right PIN: undone
    assert attempts(window.desk) == []
    assert "4711" not in window.card.name.text() + window.card.headline.text()


def test_a_burst_in_a_dialog_waits_for_it_to_close_and_is_not_typed(window, qtbot):
    person = a_valid(window)
    dialog = PersonDialog(window, ticket_types=[])
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.first_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name)
    type_into(qtbot, dialog.windowHandle(), person.code + "\r")
    assert dialog.isVisible() and dialog.first_name.text() == ""
    assert window.waiting.isVisible() and window.last_result is None
    dialog.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=3000)
    assert window.last_result.ticket == person.code
    assert window.last_result.decision.outcome is Outcome.OK
    assert not window.waiting.isVisible()


def test_enter_before_the_results_checks_in_what_was_typed(window, qtbot):
    person = a_valid(window)
    window.search.box.setFocus()
    window.search.box.setText(person.code[:-1])
    qtbot.waitUntil(lambda: window.search.shown_query == person.code[:-1])
    window.search.box.setText(person.code)  # typed on: the list still answers the old query
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.last_result is not None)
    assert window.last_result.ticket == person.code
    assert window.last_result.checkin.method is Method.SEARCH
