"""The desk under real input, as a new user meets it: focus, dialogs, shortcuts, the day.

A private Xvfb, the real program, keys through XTest (see tests/x11/test_real_input.py for the
speeds and how the checks wait).
"""

from __future__ import annotations

import time

import pytest

from checkin.domain.clock import SystemClock, event_day
from checkin.domain.model import DEFAULT_DAY_CHANGE, DEFAULT_TIMEZONE, Method

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
