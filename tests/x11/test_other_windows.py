"""A handheld scan into the desk's other window (the attendance dashboard), under real X input.

The volunteer opens the dashboard (Ctrl+Shift+D) and gives it the keyboard (here: the input
focus set on its X window, as a click does; there is no window manager), then scans a ticket:
it is checked in at once. Keys typed at human speed there are not read as a scan.
Scanner speed 8 ms a key, human speed 150 ms (as tests/x11/test_real_input.py).
"""

from __future__ import annotations

import time

import pytest

from checkin.domain.model import Method
from checkin.reports.language import DASHBOARD, Words

SCANNER, HUMAN = 8, 150
pytestmark = pytest.mark.integration


def settle(desk, seconds=0.6):
    """Let the program catch up with input that must have no effect; then look at the file."""
    time.sleep(seconds)
    return desk.checkins(), desk.attempts()


def test_a_burst_into_the_dashboard_checks_in_and_typing_there_does_not(start_desk):
    desk = start_desk()
    desk.screen.key("d", "Control_L", "Shift_L")
    board = desk.screen.window(Words("en")(DASHBOARD["title"]) + ":")
    desk.screen.focus(board)
    time.sleep(0.3)  # the dashboard takes the keyboard
    person, other = desk.people.plain[0], desk.people.plain[1]
    desk.screen.type(other.code + "\n", HUMAN)  # a person typing there: typed, not a ticket
    assert settle(desk) == ([], [])
    desk.screen.type(person.code + "\n", SCANNER)
    assert desk.wait_checkins(1) == [(person.code, Method.HANDHELD.value, "checkin")]
    assert settle(desk) == ([(person.code, "handheld", "checkin")], [])
