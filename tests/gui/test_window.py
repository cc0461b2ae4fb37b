"""The desk window with pytest-qt, offscreen, on a real event file (tasks run inline)."""

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt

from checkin.demo import make_demo
from checkin.domain.model import Method, Outcome, TicketType
from checkin.scan.scanner import ScanEvent
from checkin.ui.dialogs import Pin
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=80, seed=4)
    printed = []
    win = MainWindow(
        desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("1234"), printed.append
    )
    win.printed = printed
    qtbot.addWidget(win)
    win.show()
    yield win
    win.kiosk = False
    desk.close()


def a_valid(win, **match):
    for person in win.desk.registrations():
        if person.status.value != "valid" or person.ticket_type.startswith("Dagsbillett"):
            continue
        if all(getattr(person, key) == value for key, value in match.items()):
            return person
    raise AssertionError("no such person in the demo")


def scan(win, text):
    win.handle_scan(ScanEvent(text, (), time.monotonic(), 0))  # a frame read just now


def test_scanned_ticket_shows_green_card_plays_ok_and_prints(window):
    person = a_valid(window, category="Sykehus")
    scan(window, window.desk.ticket_payload(person))
    assert window.card.outcome is Outcome.OK
    assert person.last_name in window.card.name.text()
    assert window.sounds.last_requested == "ok"
    assert [p.code for p in window.printed] == [person.code]
    assert window.counter.text().startswith("1 ")
    assert person.first_name in window.recent.item(0).text()


def test_second_scan_is_amber_with_time_and_desk(window):
    person = a_valid(window, category="Kommune")
    scan(window, person.code)
    scan(window, person.code)
    assert window.card.outcome is Outcome.DUPLICATE
    assert window.desk.desk_name in window.card.explanation.text()
    assert window.sounds.last_requested == "duplicate"
    assert len(window.printed) == 1


def test_unknown_ticket_is_red_with_reason(window):
    scan(window, "NOT-A-TICKET-123")
    assert window.card.outcome is Outcome.REJECTED
    assert "Unknown" in window.card.explanation.text()
    assert window.sounds.last_requested == "rejected"


def test_search_arrows_enter_checks_in(window, qtbot):
    target = a_valid(window)
    window.search.box.setFocus()
    qtbot.keyClicks(window.search.box, target.last_name)
    qtbot.waitUntil(lambda: window.search.results.count() > 0)
    rows = [
        window.search.results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.search.results.count())
    ]
    for _ in range(rows.index(target.code)):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.last_result.ticket == target.code
    assert window.last_result.checkin.method is Method.SEARCH


def test_walk_in_is_checked_in_and_printed(window):
    window.register_walk_in(
        {
            "first_name": "Ærlig",
            "last_name": "Gjest",
            "organisation": "Bergen kommune",
            "email": "",
            "category": "Kommune",
        }
    )
    assert window.card.outcome is Outcome.OK
    assert window.printed[-1].last_name == "Gjest"
    assert window.desk.search("ærlig gjest")[0].signed


def test_undo_needs_pin_and_takes_back(window, monkeypatch):
    person = a_valid(window)
    scan(window, person.code)
    monkeypatch.setattr(
        "checkin.ui.main_window.ask_pin", lambda parent, pin, runner: pin.matches("0000")
    )
    window.undo_last()
    assert window.desk.counts(window.day)[0] == 1  # wrong PIN: nothing undone
    monkeypatch.setattr(
        "checkin.ui.main_window.ask_pin", lambda parent, pin, runner: pin.matches("1234")
    )
    window.undo_last()
    assert window.desk.counts(window.day)[0] == 0
    assert window.card.outcome is None


def test_attention_flag_stops_the_flow_until_confirmed(window, qtbot):
    student = a_valid(window, category="Student")
    window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
    scan(window, student.code)
    assert window.note.isVisible()
    assert "Sjekk studentbevis" in window.note.text.text()
    other = a_valid(window, category="Sykehus")
    scan(window, other.code)
    assert window.last_result.ticket == student.code  # held while the note waits
    assert window.card.outcome is Outcome.OK and window.card.name.text() == student.name
    assert window.waiting.isVisible() and "1" in window.waiting.text.text()
    qtbot.mouseClick(window.note.button, Qt.MouseButton.LeftButton)
    assert window.last_result.ticket == other.code  # the held scan goes through, not lost
    assert window.last_result.decision.outcome is Outcome.OK
    assert not window.note.isVisible() and not window.waiting.isVisible()


def test_kiosk_locks_everything_but_scanning(window, monkeypatch):
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda parent, pin, runner: False)
    window.toggle_kiosk()
    assert window.kiosk
    assert not window.side.isVisible()
    assert not window.actions_["walk_in"].isEnabled()
    window.toggle_kiosk()  # wrong PIN: still locked
    assert window.kiosk
    scan(window, a_valid(window).code)
    assert window.card.outcome is Outcome.OK
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda parent, pin, runner: True)
    window.toggle_kiosk()
    assert not window.kiosk


def test_day_selector_changes_the_day(window):
    window.day_box.setCurrentIndex(1)
    assert window.day == window.desk.event.days[1]
    assert isinstance(window.day, date)


def test_pin_is_not_stored_as_digits():
    pin = Pin("4711")
    assert b"4711" not in pin.digest
    assert pin.matches("4711")
    assert not pin.matches("4712")


def test_language_switch_changes_visible_strings(window, qtbot):
    from checkin.ui.i18n import Languages

    languages = Languages()
    assert window.recent_title.text() == "Latest check-ins"
    assert languages.switch("nb")
    qtbot.waitUntil(lambda: window.recent_title.text() == "Siste innsjekkinger")
    assert "Klar" in window.card.headline.text()
    assert window.actions_["walk_in"].text() == "Ny deltaker …"
    assert languages.switch("nn")
    qtbot.waitUntil(lambda: window.recent_title.text() == "Siste innsjekkingar")
    scan(window, "NOT-A-TICKET-123")
    assert window.card.explanation.text().startswith("Ukjend billett")
    assert languages.switch("en")
    qtbot.waitUntil(lambda: window.recent_title.text() == "Latest check-ins")


def test_connection_state_is_always_shown_and_offline_is_not_invalid(window):
    network = window.status.network
    assert "locally" in network.text()
    window.set_connection(False)
    assert "Offline" in network.text() and network.isVisible()
    scan(window, a_valid(window).code)  # offline: the ticket is still judged here and admitted
    assert window.card.outcome is Outcome.OK
    window.set_connection(True)
    assert "Online" in network.text()
