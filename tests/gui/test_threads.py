"""No file or database work on the GUI thread: every SQL statement and file write is watched.

The window runs with real worker threads here (not inline), on a real event file. SQLite's trace
callback names the thread of every statement the desk's connection runs; the settings writer
and the import preview reader are wrapped to name theirs. The GUI thread is "MainThread".
"""

import threading
from concurrent.futures import Future
from datetime import date, time

import pytest

from checkin import config
from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.model import Outcome
from checkin.ui import import_dialog
from checkin.ui.app import DeskApp
from checkin.ui.files import open_import
from tests.gui.test_window import a_valid, scan


def watch_sql(desk):
    """The names of the threads that ran SQL on the desk's connection."""
    threads = set()
    desk.conn.set_trace_callback(lambda _: threads.add(threading.current_thread().name))
    return threads


@pytest.fixture
def desk_app(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=60, seed=4)
    app = DeskApp(
        desk, None, settings=config.Settings(language="en", desk_name="Skranke 1", sounds=False),
        settings_path=tmp_path / "settings.toml", pdf_dir=tmp_path,
    )  # fmt: skip
    qtbot.addWidget(app.current)
    app.current.show()
    qtbot.waitExposed(app.current)
    yield app
    app.stop()


def test_the_window_runs_no_sql_on_the_gui_thread(desk_app, qtbot):
    window = desk_app.current
    person = a_valid(window)  # the test's own reading, before the watch
    threads = watch_sql(window.desk)
    scan(window, person.code)
    qtbot.waitUntil(lambda: window.card.outcome is Outcome.OK, timeout=10000)
    window.search.box.setText(person.last_name)
    qtbot.waitUntil(lambda: window.person.isVisible(), timeout=10000)
    window.day_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.state is not None and window.state.day == window.day)
    window.runner.run_db(lambda: None)  # the queue is empty once this has run
    qtbot.waitUntil(lambda: window.counter.text().startswith("0 of"), timeout=10000)
    assert threads, "the trace saw no statement at all"
    assert "MainThread" not in threads, threads
    assert all(name.startswith("db") for name in threads), threads


def test_the_desk_name_is_changed_on_the_database_thread(desk_app, qtbot, monkeypatch):
    window = desk_app.current
    seen = []

    class Watched(Desk):
        def __setattr__(self, name, value):
            if name == "desk_name":
                seen.append(threading.current_thread().name)
            super().__setattr__(name, value)

    window.desk.__class__ = Watched
    window.apply(config.Settings(language="en", desk_name="Skranke 9"))
    qtbot.waitUntil(lambda: window.desk.desk_name == "Skranke 9")
    assert seen and all(name.startswith("db") for name in seen), seen
    assert "Skranke 9" in window.status.desk.text()


def test_settings_are_written_off_the_gui_thread_and_the_latest_wins(desk_app, qtbot, monkeypatch):
    written = []
    save = config.save

    def watched(settings, path=None):
        written.append((threading.current_thread().name, settings.desk_name))
        save(settings, path)

    monkeypatch.setattr("checkin.ui.settings_keeper.config.save", watched)
    for name in ("Skranke A", "Skranke B", "Skranke C"):
        desk_app.apply(config.Settings(language="en", desk_name=name))
    path = desk_app.keeper.path
    qtbot.waitUntil(lambda: path.exists() and config.load(path).desk_name == "Skranke C")
    assert written and all(thread != "MainThread" for thread, _ in written)
    assert written[-1][1] == "Skranke C"  # an older write never lands after a newer one


def test_the_import_preview_is_read_off_the_gui_thread(desk_app, qtbot, monkeypatch, tmp_path):
    source = tmp_path / "eksport.csv"
    source.write_text("Billettnr;Fornavn;Etternavn\nP1;Åse;Ødegård\n", encoding="utf-8")
    read_on = []
    preview = import_dialog.preview

    def watched(*args, **kwargs):
        read_on.append(threading.current_thread().name)
        return preview(*args, **kwargs)

    monkeypatch.setattr("checkin.ui.import_dialog.preview", watched)
    dialog = open_import(desk_app.current, source)
    qtbot.addWidget(dialog)
    assert dialog.loaded is None and not dialog.import_button.isEnabled()  # reading…
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    assert dialog.combos["first_name"].currentText() == "Fornavn"
    dialog.combos["last_name"].setCurrentText("")  # a new mapping is read again, off thread
    qtbot.waitUntil(lambda: "no name column" not in dialog.outcome.toPlainText() and
                    len(read_on) == 2, timeout=10000)  # fmt: skip
    assert read_on and all(name.startswith("io") for name in read_on), read_on


def test_another_event_opens_off_the_gui_thread(desk_app, qtbot, tmp_path):
    window = desk_app.current
    other = Desk.create(tmp_path / "other.sqlite", "Seminar i Tromsø", (date(2026, 9, 1),))
    other.close()
    opened_on = []
    open_desk = Desk.open

    def watched(*args, **kwargs):
        opened_on.append(threading.current_thread().name)
        return open_desk(*args, **kwargs)

    Desk.open = watched
    try:
        window.open_requested.emit(tmp_path / "other.sqlite")  # File → Recent events
        qtbot.waitUntil(lambda: window.desk.event.name == "Seminar i Tromsø", timeout=10000)
    finally:
        Desk.open = open_desk
    assert opened_on and opened_on[0].startswith("db")
    assert (
        "Seminar i Tromsø" in window.windowTitle()
        and window.event_label.text() == "Seminar i Tromsø"
    )
    assert window.day == date(2026, 9, 1) and window.day_box.count() == 1
    qtbot.waitUntil(lambda: window.counter.text().startswith("0 of 0"), timeout=10000)
    assert window.card.outcome is None
    assert str(tmp_path / "other.sqlite") == desk_app.settings.recent_events[0]


def test_a_waiting_check_in_lands_on_its_own_event_before_the_switch(desk_app, qtbot, tmp_path):
    window = desk_app.current
    Desk.create(tmp_path / "other.sqlite", "Annet", (date(2026, 9, 1),)).close()
    student = a_valid(window, category="Student")
    from checkin.domain.model import TicketType

    window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
    first_desk = window.desk
    scan(window, student.code)
    qtbot.waitUntil(lambda: window.note.isVisible(), timeout=10000)
    person = a_valid(window, category="Sykehus")
    scan(window, person.code)  # waits behind the note
    window.open_requested.emit(tmp_path / "other.sqlite")
    qtbot.wait(500)
    assert window.desk is first_desk  # not while a check-in of this event waits
    window.confirm_note()
    qtbot.waitUntil(lambda: window.desk.event.name == "Annet", timeout=10000)
    checked = first_desk.path
    import sqlite3

    with sqlite3.connect(checked) as conn:
        codes = [row[0] for row in conn.execute("SELECT code FROM checkins")]
    assert person.code in codes  # the waiting check-in went to the event it was made for


def test_the_event_opens_at_start_off_the_gui_thread(qtbot, tmp_path):
    make_demo(tmp_path / "event.sqlite", size=10, seed=4).close()
    opening: Future = Future()
    app = DeskApp(opening, None, settings=config.Settings(language="en"),
                  settings_path=tmp_path / "settings.toml")  # fmt: skip
    try:
        assert app.window is None  # nothing to show yet; the event loop runs
        opener = threading.Thread(target=lambda: opening.set_result(
            Desk.open(tmp_path / "event.sqlite")), name="db-start")  # fmt: skip
        opener.start()
        qtbot.waitUntil(lambda: app.window is not None, timeout=10000)
        qtbot.addWidget(app.current)
        assert app.current.desk.path == tmp_path / "event.sqlite"
    finally:
        app.stop()


def test_an_event_that_cannot_open_at_start_is_said_by_the_command_line(qtbot, tmp_path):
    from checkin.errors import UserError

    failed: Future = Future()
    failed.set_exception(UserError("No event file at nowhere.sqlite."))
    app = DeskApp(failed, None, settings=config.Settings(language="en"),
                  settings_path=tmp_path / "settings.toml")  # fmt: skip
    try:
        assert app.window is None
        assert isinstance(app.start_error, UserError)
    finally:
        app.stop()


def test_the_event_day_change_is_shown_and_set_behind_the_pin(desk_app, qtbot, monkeypatch):
    window = desk_app.current
    asked = []
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda *a: asked.append(1) or True)

    def set_half_past_five(dialog):
        assert dialog.change.time().toString("HH:mm") == "04:00"  # shown as it is
        dialog.change.setTime(dialog.change.time().fromString("05:30", "HH:mm"))
        return True

    monkeypatch.setattr("checkin.ui.event_dialog.EventDialog.exec", set_half_past_five)
    window.actions_["event"].trigger()
    qtbot.waitUntil(lambda: window.desk.event.day_change == time(5, 30), timeout=10000)
    assert asked == [1]
    qtbot.waitUntil(lambda: "05:30" in window.day_box.toolTip())
    reopened = Desk.open(window.desk.path)
    assert reopened.event.day_change == time(5, 30)  # in the event file, for every desk
    reopened.close()


def test_the_settings_dialog_gets_templates_and_printers_from_workers(desk_app, qtbot, monkeypatch):
    offered = {}

    def look(dialog):
        templates = dialog.editors["template"]
        qtbot.waitUntil(lambda: templates.findData("a6") >= 0, timeout=10000)  # read off thread
        offered["templates"] = [templates.itemData(i) for i in range(templates.count())]
        return False  # Cancel

    monkeypatch.setattr("checkin.ui.settings_dialog.SettingsDialog.exec", look)
    desk_app.edit_settings()
    assert {"90x55", "a6", "cr80"} <= set(offered["templates"])


def test_the_window_shows_before_the_keyring_answers_and_guards_the_pin(qtbot, tmp_path,
                                                                          monkeypatch):  # fmt: skip
    """The settings file alone builds the window; the PIN and any save wait for the secrets."""
    from checkin.secrets_pin import Pin

    desk = make_demo(tmp_path / "event.sqlite", size=10, seed=4)
    path = tmp_path / "settings.toml"
    shown = config.Settings(language="en", desk_name="Skranke 4", sounds=False)
    secrets: Future = Future()
    app = DeskApp(desk, None, settings=shown, secrets=secrets, settings_path=path)
    asked = []
    monkeypatch.setattr("checkin.ui.main_window.ask_pin", lambda *a: asked.append(1) or True)
    try:
        window = app.current
        qtbot.addWidget(window)
        window.show()
        assert not window.ask_admin() and asked == []  # no PIN known yet: nothing opens
        assert "still starting" in window.statusBar().currentMessage()
        assert "PIN" not in window.setup.text.text()  # not "no admin PIN" before it is known
        app.set_language("nn")  # a change before the secrets came: kept, saved only after
        qtbot.wait(300)
        assert not path.exists()
        pin = Pin("2468")
        whole = config.Settings(language="en", desk_name="Skranke 4", sounds=False,
                                pin_hash=pin.record())  # fmt: skip
        secrets.set_result(whole)
        qtbot.waitUntil(lambda: not window.pin_pending, timeout=5000)
        assert window.pin.matches("2468") and window.ask_admin() and asked == [1]
        # the file is written first, the PIN's secret after it (on the I/O thread): both waited
        qtbot.waitUntil(lambda: path.exists() and bool(config.load(path).pin_hash), timeout=5000)
        saved = config.load(path)
        assert saved.language == "nn" and Pin.stored(saved.pin_hash).matches("2468")
    finally:
        app.stop()
