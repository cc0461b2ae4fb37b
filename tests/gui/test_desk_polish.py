"""The desk window as a new user meets it (pytest-qt, offscreen, a real event file)."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from checkin.config import Settings
from checkin.demo import make_demo
from checkin.domain.model import Method, Outcome
from checkin.ui import corrections
from checkin.ui.app import DeskApp
from checkin.ui.dialogs import Pin
from checkin.ui.event_files import OpenEventError, open_event
from checkin.ui.i18n import Languages
from checkin.ui.key_router import Mode
from checkin.ui.main_window import MainWindow
from checkin.ui.pin_dialog import PinDialog
from checkin.ui.plurals import plurals
from checkin.ui.settings_check import SettingsProblem, settings_problem
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner
from checkin.ui.texts import visible_texts
from tests.gui.test_window import a_valid, scan


@pytest.fixture
def window(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=80, seed=4)
    win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("1234"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.kiosk = False
    desk.close()


def test_the_cursor_starts_in_search_and_the_day_picker_takes_no_keys(window, qtbot):
    assert window.focusWidget() is window.search.box
    assert window.day_box.focusPolicy() == Qt.FocusPolicy.NoFocus
    before = window.day_box.currentIndex()
    qtbot.keyClicks(window.day_box, "tmon")  # typed at it: the day stays
    qtbot.keyClick(window.day_box, Qt.Key.Key_Down)
    assert window.day_box.currentIndex() == before
    assert window.day == window.desk.today()


def test_another_day_than_today_is_said_in_red(window):
    assert window.day == window.desk.today()
    assert not window.day_warning.isVisible()
    window.day_box.setCurrentIndex(1)  # chosen on purpose (the mouse)
    assert window.day_warning.isVisible()
    assert "Not today" in window.day_warning.text.text()
    window.day_box.setCurrentIndex(0)
    assert not window.day_warning.isVisible()


def _focus(qtbot, dialog, widget):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_every_dialog_holds_a_scan_but_a_pin_is_never_read(window, qtbot):
    router = window.keys
    settings = SettingsDialog(Settings(), window)
    _focus(qtbot, settings, settings.editors["desk_name"])
    assert router.mode() is Mode.DIALOG  # a text field in a dialog: a burst waits
    _focus(qtbot, settings, settings.new_pin)
    assert router.mode() is Mode.PASS  # a password field: never read
    settings.close()
    box = QMessageBox(QMessageBox.Icon.Warning, "Check-in Desk", "Something", parent=window)
    _focus(qtbot, box, box.addButton(QMessageBox.StandardButton.Ok))
    assert router.mode() is Mode.DIALOG  # a message box: a burst's Enter presses nothing
    box.close()
    pin_box = PinDialog(Pin("1234"), window.runner, window)
    ok = pin_box.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _focus(qtbot, pin_box, ok)
    assert router.mode() is Mode.PASS  # a PIN box, even with the focus on its button
    pin_box.close()


def _search(window, qtbot, query):
    window.search.box.setText(query)
    window._search(query)
    qtbot.waitUntil(lambda: window.search.shown_query == query)
    return [window.search.results.item(i).text() for i in range(window.search.results.count())]


def test_search_marks_who_is_checked_in_and_keeps_the_code_in_sight(window, qtbot):
    first = next(p for p in window.desk.registrations() if p.status.value == "valid"
                 and not p.ticket_type.startswith("Dagsbillett"))  # fmt: skip
    window.desk.add_registrations([replace(first, code="NHI-999991", email="")])  # a homonym
    window.check_in(first.code, Method.HANDHELD)
    assert window.desk.checked_in(first.code, window.day) is not None
    rows = _search(window, qtbot, first.name)
    mine = [row for row in rows if first.code in row]
    twin = [row for row in rows if "NHI-999991" in row]
    assert mine[0].startswith("✓ ") and "(checked in " in mine[0]
    assert not twin[0].startswith("✓") and "checked in" not in twin[0]
    assert window.search.results.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert window.recent.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_a_walk_in_with_a_registered_name_is_offered_to_check_that_person_in(window, qtbot):
    person = next(p for p in window.desk.registrations() if p.status.value == "valid"
                  and not p.ticket_type.startswith("Dagsbillett"))  # fmt: skip
    values = {"first_name": person.first_name.upper(), "last_name": person.last_name,
              "organisation": person.organisation, "email": "", "category": "",
              "ticket_type": ""}  # fmt: skip
    found = corrections.already_registered(window.desk, values)
    assert [one.code for one in found] == [person.code]
    other = dict(values, organisation="Et helt annet firma")  # still warned: same name
    assert [one.code for one in corrections.already_registered(window.desk, other)] == [person.code]
    before = window.desk.count_registrations()

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and person.code in box.text()
        box.defaultButton().click()  # "Check in <name>"

    QTimer.singleShot(0, answer)
    corrections._offer(window, values, found)
    assert window.desk.count_registrations() == before  # no second registration
    assert window.desk.checked_in(person.code, window.day) is not None


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [("en", "1 check-in waiting:", "2 check-ins waiting:"),
     ("nb", "1 innsjekking venter:", "2 innsjekkinger venter:"),
     ("nn", "1 innsjekking ventar:", "2 innsjekkingar ventar:")],
)  # fmt: skip
def test_counts_are_said_in_each_language_s_plural_forms(qapp, code, one, two):
    languages = Languages()
    try:
        assert languages.switch(code)
        assert (plurals().waiting(1), plurals().waiting(2)) == (one, two)
    finally:
        languages.remove()


def test_kiosk_mode_never_shows_a_note_and_never_holds_the_queue_for_one(window, monkeypatch):
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda parent, pin, runner: True)
    people = [p for p in window.desk.registrations() if p.status.value == "valid"
              and not p.ticket_type.startswith("Dagsbillett")]  # fmt: skip
    noted, other = people[0], people[1]
    window.desk.add_registrations([replace(noted, note="Ingen bilder, allergi mot nøtter")])
    window.show_problem(SettingsProblem(Path("/home/desk/settings.toml"), line=2, column=1))
    window.toggle_kiosk()
    assert not window.problem.isVisible()
    window.check_in(noted.code, Method.HANDHELD)
    assert window.card.outcome is Outcome.OK
    assert "staffed desk" in window.card.headline.text()
    assert window.card.fill.name() == "#b86e00"  # amber: go to the staffed desk
    shown = " ".join(visible_texts(window))
    assert "allergi" not in shown and "Ingen bilder" not in shown
    assert not window.note.isVisible() and not window.note_open
    window.check_in(other.code, Method.HANDHELD)  # not held behind a note no one confirms
    assert window.last_result.ticket == other.code
    assert window.desk.checked_in(other.code, window.day) is not None


def test_settings_show_no_camera_in_a_run_without_one_and_keep_the_setting(qapp):
    dialog = SettingsDialog(Settings(camera="0"), camera_in_use=False)
    combo = dialog.editors["camera"]
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert not any("Camera" in text for text in shown) and "No camera in this run" in shown[0]
    assert not combo.isEnabled()
    assert dialog.result_settings().camera == "0"  # kept for the next run with a camera
    with_camera = SettingsDialog(Settings(camera="0"))
    combo = with_camera.editors["camera"]
    assert "Camera 1" in combo.itemText(combo.currentIndex())


def test_a_broken_settings_file_is_said_in_the_window(qtbot, tmp_path):
    broken = tmp_path / "settings.toml"
    broken.write_text('desk_name = "Skranke 1\nlanguage = nb\n', encoding="utf-8")
    desk = make_demo(tmp_path / "event.sqlite", size=20, seed=4)
    app = DeskApp(desk, None, settings=Settings(language="en", sounds=False),
                  settings_path=broken, pdf_dir=tmp_path)  # fmt: skip
    qtbot.addWidget(app.current)
    try:
        app.current.show()
        qtbot.waitExposed(app.current)
        qtbot.waitUntil(app.current.problem.isVisible, timeout=10000)
        said = app.current.problem.text.text()
        assert str(broken) in said and "line 1" in said and "settings.toml.broken" in said
        languages = Languages()
        languages.switch("nb")  # said again in the window's language
        qtbot.waitUntil(lambda: app.current.problem.text.text().startswith("Innstillingsfilen "))
        languages.remove()
        qtbot.mouseClick(app.current.problem.button, Qt.MouseButton.LeftButton)
        assert not app.current.problem.isVisible()
    finally:
        app.stop()
    assert settings_problem(tmp_path / "missing.toml") is None


def test_after_an_undo_nothing_to_undo_says_why_truly(window, monkeypatch):
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda parent, pin, runner: True)
    window.undo_last()
    assert "since it started" in window.statusBar().currentMessage()
    person = next(p for p in window.desk.registrations() if p.status.value == "valid"
                  and not p.ticket_type.startswith("Dagsbillett"))  # fmt: skip
    window.check_in(person.code, Method.HANDHELD)
    window.undo_last()
    assert window.desk.checked_in(person.code, window.day) is None
    window.undo_last()
    said = window.statusBar().currentMessage()
    assert "undone already" in said and "since it started" not in said


def test_a_language_switch_keeps_the_card_and_says_it_again(window, qtbot):
    person = next(p for p in window.desk.registrations() if p.status.value == "valid"
                  and not p.ticket_type.startswith("Dagsbillett"))  # fmt: skip
    window.check_in(person.code, Method.HANDHELD)
    english = window.card.headline.text()
    languages = Languages()
    try:
        languages.switch("nb")
        qtbot.waitUntil(lambda: window.card.headline.text() != english)
        assert window.card.outcome is Outcome.OK and window.card.name.text() == person.name
        assert window.current is not None and window.current.ticket == person.code
    finally:
        languages.remove()


def test_a_file_that_is_no_event_is_said_the_window_s_way_in_its_language(qapp, tmp_path):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    languages = Languages()
    try:
        languages.switch("nb")
        with pytest.raises(OpenEventError) as caught:
            open_event(foreign, None, lambda waiting: None)
        said = caught.value.text()
        assert str(foreign) in said and "--db" not in said and "Check-in Desk" in said
        assert said.startswith(f"{foreign} er ikke")  # bokmål
        with pytest.raises(OpenEventError) as caught:
            open_event(tmp_path / "gone.sqlite", None, lambda waiting: None)
        assert "--db" not in caught.value.text() and "checkin new" not in caught.value.text()
    finally:
        languages.remove()


def test_the_day_picker_shows_its_day_whole_in_each_language(window, qtbot):
    languages = Languages()
    box = window.day_box
    try:
        for code in ("en", "nb", "nn", "en"):
            languages.switch(code)
            qtbot.wait(100)  # the layout gives the box its room
            text = box.currentText()
            needed = box.fontMetrics().horizontalAdvance(text)
            assert box.width() > needed + 20, (code, text, box.width(), needed)  # + the arrow
    finally:
        languages.remove()


def test_ctrl_z_right_after_a_scan_undoes_that_check_in_once_it_lands(desk_app, qtbot, monkeypatch):
    """The event file may have the check-in before the window does: the undo waits for it."""
    window = desk_app.current
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda parent, pin, runner: True)
    person = a_valid(window)
    window.runner.run_db(lambda: time.sleep(0.4))  # the database thread busy: the scan waits
    scan(window, person.code)
    assert window.flow.running is not None and window.last_checkin is None
    window.undo_last()  # Ctrl+Z before the card shows
    qtbot.waitUntil(lambda: "undone" in window.statusBar().currentMessage(), timeout=10_000)
    assert person.name in window.statusBar().currentMessage()
    assert window.desk.counts(window.day)[0] == 0
