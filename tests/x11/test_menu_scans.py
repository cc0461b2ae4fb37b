"""A scanner's burst while a menu is open, under real X input: a ticket, never a menu command.

The real program (`checkin run`) on this module's own Xvfb, keys through XTest. With File
open on its last item (Quit), a burst and its Enter check the ticket in and the desk runs on;
with the day picker's list dropped down by a click and the other day highlighted, a burst is
checked in for the desk's day and the list closes, its Enter never picking that other day
(the other menus: tests/gui/test_keys_popups.py).
"""

from __future__ import annotations

import time

import pytest

from checkin.domain.model import Method
from tests.x11.xdriver import wait_for

SCANNER = 8  # ms a key (as tests/x11/test_real_input.py)
DAY_PICKER = (820, 75)  # in the window (1280 x 720 at 0,0: no window manager), left of the counter
pytestmark = pytest.mark.integration


def test_a_burst_into_the_file_menu_on_quit_checks_in_and_the_desk_runs_on(start_desk):
    desk = start_desk()
    person = desk.people.plain[0]
    desk.focus()
    desk.screen.key("f", "Alt_L")  # File
    desk.screen.key("Up")  # its last item: Quit
    time.sleep(0.3)
    desk.screen.type(person.code + "\n", SCANNER)
    assert desk.wait_checkins(1)
    assert desk.checkins() == [(person.code, Method.HANDHELD.value, "checkin")]
    time.sleep(1.0)
    assert desk.process.poll() is None  # still running: the Enter did not quit


def drop_the_day_list(desk):
    """Click the day picker; wait for its list (an override-redirect window) under the pointer."""
    where = desk.window.get_geometry()
    x, y = where.x + DAY_PICKER[0], where.y + DAY_PICKER[1]
    assert desk.screen.popups() == []
    desk.screen.click(x, y)
    lists = wait_for("the day list to drop down", desk.screen.popups, timeout=10)
    assert any(px <= x < px + w and py <= y < py + h for px, py, w, h in lists), lists
    desk.screen.key("Down")  # the other day highlighted: an Enter now would pick it
    time.sleep(0.3)


def test_a_burst_into_the_dropped_down_day_list_checks_in_for_the_desks_day(start_desk):
    desk = start_desk()
    first, second = desk.people.plain[0], desk.people.plain[1]
    drop_the_day_list(desk)
    desk.screen.type(first.code + "\n", SCANNER)
    assert desk.wait_checkins(1) == [(first.code, Method.HANDHELD.value, "checkin")]
    wait_for("the list closed", lambda: desk.screen.popups() == [], timeout=10)
    desk.screen.type(second.code + "\n", SCANNER)  # the desk's day stayed as it was
    desk.wait_checkins(2)
    days = desk.rows("SELECT day FROM checkins ORDER BY seq")
    assert days[0] == days[1]
    # a person's keys still go to the list: Down and Enter pick the other day on purpose
    drop_the_day_list(desk)
    desk.screen.key("Return")
    wait_for("the list closed", lambda: desk.screen.popups() == [], timeout=10)
    third = desk.people.plain[2]
    desk.screen.type(third.code + "\n", SCANNER)
    desk.wait_checkins(3)
    assert desk.rows("SELECT day FROM checkins ORDER BY seq")[2] > days[0]
    assert desk.process.poll() is None
