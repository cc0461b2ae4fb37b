"""With no window manager the window takes the keyboard itself: at start and after a dialog.

A private Xvfb with no window manager and nobody setting the input focus: the desk's shortcuts
(window shortcuts, which need an active window) and its scanner reading must work from the
first key, and again after a dialog closes (no click on the window first).
"""

from __future__ import annotations

import time

import pytest
from Xlib import X
from Xlib.ext import xtest

from checkin.domain.model import Method
from tests.x11.conftest import PIN
from tests.x11.xdriver import wait_for

SCANNER, HUMAN = 8, 150
pytestmark = pytest.mark.integration


def settle(desk, seconds=0.6):
    time.sleep(seconds)
    return desk.checkins(), desk.attempts()


def test_a_fresh_window_takes_the_keyboard_burst_and_undo_work_without_a_click(start_desk):
    desk = start_desk(focus=False)
    first, second = desk.people.plain[10], desk.people.plain[11]
    desk.screen.has_keyboard(desk.window)  # it took the keyboard itself: nobody focused it
    desk.screen.type(first.code + "\n", SCANNER)
    assert desk.wait_checkins(1) == [(first.code, Method.HANDHELD.value, "checkin")]
    desk.card_shown()  # the window has the check-in to undo
    desk.screen.key("z", "Control_L")  # the desk's undo, not the search box's text undo
    desk.screen.has_keyboard(desk.screen.window("Admin PIN"))  # it asks, and has the keys
    desk.screen.type(PIN + "\n", HUMAN)
    wait_for("the check-in undone", lambda: [r for r in desk.checkins() if r[2] == "undo"])
    desk.screen.type("x", HUMAN)  # a leftover query ...
    desk.screen.key("F2")  # ... cleared by F2 (a window shortcut)
    desk.screen.type(second.code + "\n", SCANNER)
    rows = wait_for("the second check-in", lambda: len(desk.checkins()) >= 3 and desk.checkins())
    assert rows[-1] == (second.code, Method.HANDHELD.value, "checkin")
    assert desk.attempts() == []


def test_after_a_dialog_closes_the_window_has_the_keyboard_again(start_desk):
    desk = start_desk(focus=False)
    person = desk.people.plain[12]
    desk.screen.has_keyboard(desk.window)
    desk.screen.key("n", "Control_L")  # the walk-in dialog
    desk.screen.has_keyboard(desk.screen.window("Walk-in"))  # nobody focuses it
    desk.screen.key("Escape")  # closed: no window manager gives the focus back
    wait_for("the dialog closed", lambda: "Walk-in" not in desk.screen.windows() or None)
    desk.screen.has_keyboard(desk.window)  # the window took it back itself
    desk.screen.type("aasen", HUMAN)
    desk.screen.key("Escape")  # clears the query (a window shortcut) ...
    desk.screen.type(person.code + "\n", SCANNER)  # ... so the burst is not appended to it
    assert desk.wait_checkins(1) == [(person.code, Method.HANDHELD.value, "checkin")]
    assert settle(desk)[1] == []


def test_a_burst_into_the_search_box_of_an_inactive_window_is_a_handheld_scan(start_desk):
    """Keys reach the window while Qt has no active window (X focus follows the pointer)."""
    desk = start_desk(focus=False)
    person = desk.people.plain[13]
    screen = desk.screen
    screen.has_keyboard(desk.window)  # then it loses it:
    where = desk.window.get_geometry()
    xtest.fake_input(screen.display, X.MotionNotify, x=where.x + 40, y=where.y + 40)
    screen.display.set_input_focus(X.PointerRoot, X.RevertToPointerRoot, X.CurrentTime)
    screen.display.sync()  # the window lost the focus: Qt has no active window now
    time.sleep(0.5)
    screen.type(person.code + "\n", SCANNER)  # typed into the search box, as the tester saw
    assert desk.wait_checkins(1) == [(person.code, Method.HANDHELD.value, "checkin")]
    assert settle(desk) == ([(person.code, "handheld", "checkin")], [])
