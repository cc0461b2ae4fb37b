"""The desk under real input: a private Xvfb, the real program, keys through XTest.

Scanner speed is 8 ms a key (USB handheld scanners measured 2-15 ms), human speed 150 ms.
Every check waits on something the program leaves behind (the event file, the visible-texts
file, the screen), with a timeout; only a check that something did NOT happen (a held scan not
yet admitted) gives the program a fixed moment first, as absence cannot be polled.
"""

from __future__ import annotations

import json
import time

import pytest

from checkin.domain.model import Method
from tests.catalogue import left_behind
from tests.x11.conftest import PIN
from tests.x11.xdriver import share_of, wait_for

SCANNER, HUMAN = 8, 150
GREEN, RED = "#1e7d3a", "#b3261e"
pytestmark = pytest.mark.integration


def showing(desk, colour, path):
    """A screenshot (as a 1-tuple) if a card of this colour fills part of the screen."""
    shot = desk.screen.screenshot(path)
    return (shot,) if share_of(shot, colour) > 0.03 else None


def settle(desk, seconds=0.6):
    """Let the program catch up with input that must have no effect; then look at the file."""
    time.sleep(seconds)
    return desk.checkins(), desk.attempts()


def test_a_burst_in_the_main_window_admits_once(start_desk, tmp_path):
    desk = start_desk()
    person = desk.people.plain[0]
    desk.screen.type(person.code + "\n", SCANNER)
    rows = desk.wait_checkins(1)
    assert rows == [(person.code, Method.HANDHELD.value, "checkin")]
    assert desk.attempts() == []  # nothing refused: no "NNHHII--..." doubled code
    [(checkin_id, ms)] = desk.rows("SELECT checkin_id, ms FROM result_times")  # from its Enter
    assert desk.rows("SELECT id FROM checkins") == [(checkin_id,)]
    assert 0 <= ms < 60_000  # bounded, not judged: speed is the benchmarks' to measure
    shot = wait_for("a green card", lambda: showing(desk, GREEN, tmp_path / "burst.png"))
    assert share_of(shot[0], RED) == 0
    said = desk.log.read_text(encoding="utf-8", errors="replace").lower()
    assert "pipewire" not in said and "pulseaudio" not in said  # no audio chatter at start


def test_a_burst_in_the_search_box_admits_once(start_desk):
    desk = start_desk()
    person = desk.people.plain[1]
    desk.screen.key("F2")
    desk.screen.type(person.code + "\n", SCANNER)
    assert desk.wait_checkins(1) == [(person.code, Method.HANDHELD.value, "checkin")]
    assert settle(desk) == ([(person.code, "handheld", "checkin")], [])


def test_a_burst_in_kiosk_mode_admits_once(start_desk):
    desk = start_desk()
    person = desk.people.plain[2]
    desk.screen.key("F11")
    wait_for("the kiosk's full screen", lambda: desk.window.get_geometry().width == 1366)
    desk.screen.type(person.code + "\n", SCANNER)
    assert desk.wait_checkins(1) == [(person.code, Method.HANDHELD.value, "checkin")]
    assert desk.attempts() == []


def test_a_burst_while_the_walk_in_dialog_is_open_waits_and_is_never_typed(start_desk):
    desk = start_desk()
    person = desk.people.plain[3]
    desk.screen.key("n", "Control_L")
    dialog = desk.screen.window("Walk-in")
    desk.screen.focus(dialog)
    desk.screen.type(person.code + "\n", SCANNER)
    assert settle(desk) == ([], [])  # held: not admitted behind the dialog, not refused
    desk.screen.type("Ola\tNordmann\n", HUMAN)  # a person fills the form and presses Enter
    rows = desk.wait_checkins(2)
    assert rows[0] == (person.code, Method.HANDHELD.value, "checkin")  # held, then admitted
    assert rows[1][1] == Method.WALK_IN.value
    names = desk.rows("SELECT first_name, last_name FROM registrations WHERE code = ?"
                      .replace("?", f"'{rows[1][0]}'"))  # fmt: skip
    assert names == [("Ola", "Nordmann")]  # nothing of the scan was typed into the form
    assert desk.rows("SELECT * FROM result_times") == []  # held for a person: not timed


def test_the_admin_pin_typed_fast_is_never_a_scan(start_desk, tmp_path):
    desk = start_desk()
    person = desk.people.plain[4]
    desk.screen.type(person.code + "\n", SCANNER)
    desk.wait_checkins(1)
    desk.card_shown()  # the window has the check-in to undo
    desk.screen.key("z", "Control_L")  # undo asks for the admin PIN
    desk.screen.focus(desk.screen.window("Admin PIN"))
    desk.screen.type(PIN + "\n", SCANNER)
    rows = desk.wait_checkins(2)
    assert [row[2] for row in rows] == ["checkin", "undo"]  # the PIN was taken as a PIN
    assert desk.attempts() == []
    shot = desk.screen.screenshot(tmp_path / "after-pin.png")
    assert share_of(shot, RED) == 0  # no refusal card
    assert PIN not in desk.log.read_text(encoding="utf-8", errors="replace")


def test_enter_confirms_the_note_from_the_search_box_and_the_waiting_check_in_lands(start_desk):
    desk = start_desk()
    student, other, third = desk.people.student, desk.people.plain[5], desk.people.plain[6]
    desk.screen.type(student.code + "\n", SCANNER)  # the note "Sjekk studentbevis" shows
    desk.wait_checkins(1)
    desk.screen.key("F2")  # the cursor in the search box
    desk.screen.type(other.code + "\n", SCANNER)  # waits behind the note
    assert settle(desk)[0] == [(student.code, "handheld", "checkin")]
    desk.screen.key("Return")  # a person's Enter: the note is confirmed
    rows = desk.wait_checkins(2)
    assert rows[1] == (other.code, Method.HANDHELD.value, "checkin")
    timed = desk.rows("SELECT c.code FROM result_times t JOIN checkins c ON c.id = t.checkin_id")
    assert timed == [(student.code,)]  # the one that waited for the note is not timed
    desk.screen.type(third.code + "\n", HUMAN)  # then search works as before: type, Enter
    assert desk.wait_checkins(3)[2] == (third.code, Method.SEARCH.value, "checkin")


@pytest.mark.parametrize("key", ["F2", "Escape"])
def test_f2_and_esc_clear_the_query(start_desk, key):
    desk = start_desk()
    person = desk.people.plain[7]
    desk.screen.key("F2")
    desk.screen.type("aasen", HUMAN)
    desk.screen.key(key)
    if key == "Escape":
        desk.screen.key("F2")
    desk.screen.type(person.code + "\n", HUMAN)  # found only if "aasen" is gone from the box
    assert desk.wait_checkins(1) == [(person.code, Method.SEARCH.value, "checkin")]


def test_a_language_switch_leaves_no_string_of_the_old_language(start_desk):
    desk = start_desk(language="nn")
    desk.screen.type(desk.people.student.code + "\n", SCANNER)  # card and note in nynorsk
    desk.wait_checkins(1)
    desk.screen.key("p", "Alt_L")  # the "Språk" menu
    desk.screen.key("Up")  # its last entry: English
    desk.screen.key("Return")

    def english():
        try:
            shown = json.loads(desk.texts.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return shown if shown["language"] == "en" else None

    shown = wait_for("the window in English", english)
    assert "Latest check-ins" in shown["texts"]
    assert left_behind(shown["texts"], "nn", "en") == []
