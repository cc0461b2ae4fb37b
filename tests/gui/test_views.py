"""What the window shows is derived from the desk after each action: nothing goes stale."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale

from checkin import config, messages
from checkin.demo import make_demo
from checkin.desk import default_desk_name
from checkin.domain.model import Outcome, Registration, TicketType
from checkin.ui.dialogs import Pin
from checkin.ui.formats import day_text, person_lines
from checkin.ui.i18n import Languages
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner
from checkin.ui.texts import visible_texts
from tests.catalogue import left_behind
from tests.gui.test_window import a_valid, scan

WALK_IN = {"first_name": "Ærlig", "last_name": "Gjest", "organisation": "Askøy kommune",
           "email": "", "category": "Kommune", "ticket_type": ""}  # fmt: skip


@pytest.fixture
def window(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=80, seed=4)
    win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("1234"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.kiosk = False
    desk.close()


@pytest.fixture
def noted(window):
    """A student whose ticket type carries a note, checked in: the note banner shows."""
    student = a_valid(window, category="Student")
    window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
    scan(window, student.code)
    assert window.note.isVisible()
    return student


def test_esc_takes_the_card_and_its_note_away_together(window, noted):
    window.actions_["clear"].trigger()
    assert window.card.outcome is None
    assert not window.note.isVisible()


def test_a_later_walk_in_never_shows_under_the_old_note(window, noted):
    window.register_walk_in(WALK_IN)
    assert window.waiting.isVisible()  # waits for the note, visibly
    assert window.card.name.text() == noted.name
    window.confirm_note()
    assert window.card.name.text() == "Ærlig Gjest"
    assert not window.note.isVisible() and not window.waiting.isVisible()


def test_the_card_does_not_time_out_under_an_open_note(window, noted, qtbot):
    window.card.expired.emit()
    assert window.card.outcome is Outcome.OK and window.note.isVisible()
    window.confirm_note()
    window.card.expired.emit()
    assert window.card.outcome is None and not window.note.isVisible()


def test_f2_and_esc_clear_the_query(window, qtbot):
    window.search.box.setText("aasen")
    window.actions_["search"].trigger()
    assert window.search.box.text() == "" and window.search.box.hasFocus()
    window.search.box.setText("ostbo")
    window.actions_["clear"].trigger()
    assert window.search.box.text() == ""


def test_undo_with_nothing_to_undo_says_so(window):
    window.actions_["undo"].trigger()
    assert "Nothing to undo" in window.statusBar().currentMessage()


def test_counters_and_latest_follow_each_check_in(window):
    person = a_valid(window)
    scan(window, person.code)
    assert window.counter.text().startswith("1 of")
    assert person.name in window.recent.item(0).text()
    assert person.organisation in window.recent.item(0).text()


def test_the_setup_banner_asks_for_name_and_pin_until_both_are_set(window):
    window.apply(config.Settings(language="en"))
    assert window.setup.isVisible()
    assert default_desk_name() in window.setup.text.text()  # says what check-ins are marked
    assert "PIN" in window.setup.text.text()
    assert window.desk.desk_name == default_desk_name()
    pin = Pin("2468")
    done = config.Settings(
        desk_name="Skranke 2", pin_hash=pin.digest.hex(), pin_salt=pin.salt.hex()
    )
    window.apply(done)
    assert not window.setup.isVisible()
    assert window.desk.desk_name == "Skranke 2"
    assert "Skranke 2" in window.status.desk.text()


def test_without_a_camera_the_window_is_laid_out_for_scanner_and_search(window, qtbot):
    window.set_camera(False)
    assert not window.camera.isVisible()
    assert "camera" not in window.card.headline.text().lower()
    assert "search" in window.card.headline.text().lower()


def test_one_date_format_per_language():
    languages = Languages()
    try:
        assert languages.switch("nb")
        assert day_text(date(2026, 6, 2)) == "tir. 2. juni"
        assert languages.switch("en")
        assert day_text(date(2026, 6, 2)) == "Tue 2 June"
    finally:
        languages.remove()
    assert QLocale().toString(QDate(2026, 6, 2), "MMMM") == "June"


def test_two_people_with_one_name_are_told_apart():
    same = [Registration("A1", "Kari", "Hansen", "Helse Bergen"),
            Registration("B2", "Kari", "Hansen", "Helse Bergen"),
            Registration("C3", "Kari", "Hansen", "Bergen kommune")]  # fmt: skip
    lines = person_lines(same, [p.code for p in same])
    assert len(set(lines)) == 3
    assert "A1" in lines[0] and "Bergen kommune" in lines[2]


@pytest.mark.parametrize(("old", "new"), [("nn", "en"), ("nb", "nn"), ("en", "nb")])
def test_a_language_switch_leaves_no_string_of_the_old_language(window, qtbot, old, new):
    languages = Languages()
    try:
        student = a_valid(window, category="Student")
        window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
        assert languages.switch(old)
        qtbot.wait(20)
        window.apply(config.Settings(language=old))  # the set-up banner shows
        window.search.box.setText(student.last_name)  # the details panel shows
        qtbot.waitUntil(lambda: window.person.isVisible())
        scan(window, student.code)  # card and note
        scan(window, "UNKNOWN-TICKET")  # a check-in waiting behind the note
        window.set_camera(True)
        assert languages.switch(new)
        qtbot.wait(20)
        texts = visible_texts(window)
        if old == "en":
            assert "Latest check-ins" not in texts and "No camera" not in texts
        else:
            assert left_behind(texts, old, new) == []
        assert "Intet kamera" not in texts or new == "nb"
    finally:
        languages.remove()


HEADER_WORDS = [("nb", "av", "\u00a0"), ("nn", "av", "\u00a0"), ("en", "of", ",")]


@pytest.mark.parametrize(("code", "words", "group"), HEADER_WORDS)
def test_the_header_counts_are_grouped_as_the_language_writes_them(
    qtbot, tmp_path, code, words, group
):
    desk = make_demo(tmp_path / "big.sqlite", size=1200, seed=4)
    expected = desk.counts()[1]
    assert expected >= 1000  # today is the demo's first day
    languages = Languages()
    try:
        assert languages.switch(code)
        win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("1234"))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.counter.text() != "")
        grouped = f"{expected // 1000}{group}{expected % 1000:03d}"
        assert win.counter.text().startswith(f"0 {words} {grouped} "), win.counter.text()
    finally:
        languages.remove()
        messages.use("en")
        desk.close()
