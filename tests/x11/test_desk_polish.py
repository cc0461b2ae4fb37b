"""The desk under real input, as a new user meets it: focus, dialogs, shortcuts, the day.

A private Xvfb, the real program, keys through XTest (see tests/x11/test_real_input.py for the
speeds and how the checks wait).
"""

from __future__ import annotations

import time
import tomllib

import pytest

from checkin import APP_NAME
from checkin.domain.clock import SystemClock, event_day
from checkin.domain.model import DEFAULT_DAY_CHANGE, DEFAULT_TIMEZONE, Method
from tests.x11.conftest import DESK, PIN
from tests.x11.xdriver import wait_for

SCANNER, HUMAN = 8, 150
pytestmark = pytest.mark.integration


def settle(desk, seconds=0.6):
    """Let the program catch up with input that must have no effect; then look at the file."""
    time.sleep(seconds)
    return desk.checkins(), desk.attempts()


def test_typing_on_a_fresh_window_searches_and_never_changes_the_day(start_desk):
    desk = start_desk()
    person = desk.people.plain[8]
    desk.screen.type("mon", HUMAN)  # once picked "Mon ..." in the day picker, which had focus
    for _ in range(3):
        desk.screen.key("BackSpace")  # only a text field takes these back
    desk.screen.type(person.code + "\n", HUMAN)  # searched: the cursor was in the search box
    assert desk.wait_checkins(1) == [(person.code, Method.SEARCH.value, "checkin")]
    today = event_day(SystemClock().now(), DEFAULT_TIMEZONE, DEFAULT_DAY_CHANGE)
    assert desk.rows("SELECT day FROM checkins") == [(today.isoformat(),)]


def test_a_burst_while_settings_are_open_waits_and_is_never_typed(start_desk):
    desk = start_desk()
    person = desk.people.plain[9]
    desk.screen.key("comma", "Control_L")  # Settings ask for the admin PIN first
    desk.screen.focus(desk.screen.window("Admin PIN"))
    desk.screen.type(PIN + "\n", HUMAN)
    settings = desk.screen.window("Settings")
    desk.screen.focus(settings)  # the cursor in "Desk name", the first field
    desk.screen.type(person.code + "\n", SCANNER)
    assert settle(desk) == ([], [])  # held: not admitted behind the dialog, not refused
    assert "Settings" in desk.screen.windows()  # its Enter did not press OK
    desk.screen.type("Y", HUMAN)  # a person's typing still goes into the field
    desk.screen.key("Return")  # saved as typed
    rows = desk.wait_checkins(1)  # the dialog closed: the held ticket is checked in
    assert rows == [(person.code, Method.HANDHELD.value, "checkin")]
    saved = wait_for("settings saved", lambda: _desk_name(desk) != DESK and _desk_name(desk))
    assert saved == DESK + "Y"  # nothing of the scan went into the desk name
    assert desk.attempts() == []


def _desk_name(desk):
    path = desk.db.parent / "home" / "config" / APP_NAME / "settings.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")).get("desk_name")


def test_ctrl_z_undoes_for_the_desk_from_the_search_box_and_no_stale_query_comes_back(start_desk):
    desk = start_desk()
    person, other = desk.people.plain[10], desk.people.plain[11]
    desk.screen.key("F2")
    desk.screen.type(person.code + "\n", SCANNER)
    desk.wait_checkins(1)
    desk.card_shown()  # the window has the check-in to undo
    desk.screen.type(other.code, HUMAN)  # a query, then Esc: gone for good
    desk.screen.key("Escape")
    desk.screen.key("z", "Control_L")  # the desk's undo, not the search box's
    desk.screen.focus(desk.screen.window("Admin PIN"))
    desk.screen.type(PIN + "\n", HUMAN)
    rows = desk.wait_checkins(2)
    assert [row[2] for row in rows] == ["checkin", "undo"]
    desk.focus()
    desk.screen.key("z", "Control_L")  # nothing left to undo: said, and the box stays empty
    desk.screen.key("Return")  # a stale query brought back would check someone in here
    assert settle(desk, 1.0) == (rows, [])


def test_ctrl_e_corrects_the_person_found_from_the_search_box(start_desk):
    desk = start_desk()
    person = desk.people.plain[12]
    desk.screen.key("F2")
    desk.screen.type(person.last_name, HUMAN)
    time.sleep(0.5)  # the results are listed
    desk.screen.key("e", "Control_L")
    dialog = desk.screen.window("Correct registration")
    desk.screen.focus(dialog)
    desk.screen.key("Escape")
    wait_for("the form closed", lambda: "Correct registration" not in desk.screen.windows())


def test_import_asks_for_the_admin_pin_first(start_desk):
    desk = start_desk()
    desk.screen.key("i", "Control_L")
    pin_box = desk.screen.window("Admin PIN", timeout=10)  # before any file is chosen
    assert not any("Import" in title for title in desk.screen.windows())
    desk.screen.focus(pin_box)
    desk.screen.type(PIN + "\n", HUMAN)
    chooser = desk.screen.window("Import registrations")  # only now the file dialog
    desk.screen.focus(chooser)
    desk.screen.key("Escape")
    wait_for("the file dialog closed", lambda: "Import registrations" not in desk.screen.windows())


def test_a_walk_in_already_registered_is_checked_in_instead_of_registered_twice(start_desk):
    desk = start_desk()
    typable = [p for p in desk.people.plain
               if all(c.isascii() and (c.isalpha() or c in " -") for c in p.name)]  # fmt: skip
    person = typable[0]
    before = desk.rows("SELECT count(*) FROM registrations")
    desk.screen.key("n", "Control_L")
    form = desk.screen.window("Walk-in")
    desk.screen.focus(form)
    desk.screen.type(f"{person.first_name}\t{person.last_name}\n", HUMAN)
    box = wait_for("the question about the registered person", lambda: _question(desk, form))
    desk.screen.focus(box)
    desk.screen.key("Return")  # its default: check in the registered person
    assert desk.wait_checkins(1) == [(person.code, Method.SEARCH.value, "checkin")]
    assert desk.rows("SELECT count(*) FROM registrations") == before  # not registered twice


def _question(desk, form):
    """The window titled "Walk-in" that is not the form (the question has the same title)."""
    shown = [w for title, w in desk.screen.windows().items() if title == "Walk-in"]
    return next((w for w in shown if w.id != form.id), None)


def test_a_burst_while_a_message_box_is_open_waits_and_presses_nothing(start_desk):
    desk = start_desk()
    person = desk.people.plain[13]
    before = desk.rows("SELECT count(*) FROM registrations")
    desk.screen.key("n", "Control_L")
    form = desk.screen.window("Walk-in")
    desk.screen.focus(form)
    desk.screen.key("Return")  # an empty form: a message box asks for a name
    box = wait_for("the message box", lambda: _question(desk, form))
    desk.screen.focus(box)
    desk.screen.type(person.code + "\n", SCANNER)
    assert settle(desk) == ([], [])  # held, not admitted behind the dialogs
    assert _question(desk, form) is not None  # the burst's Enter did not press its OK
    desk.screen.key("Return")  # a person closes the message box ...
    wait_for("the message box closed", lambda: _question(desk, form) is None)
    desk.screen.focus(form)
    desk.screen.key("Escape")  # ... and the form: now the held ticket goes
    assert desk.wait_checkins(1) == [(person.code, Method.HANDHELD.value, "checkin")]
    assert desk.rows("SELECT count(*) FROM registrations") == before  # no walk-in was made
