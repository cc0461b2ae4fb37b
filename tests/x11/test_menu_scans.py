"""A scanner's burst while a menu is open, under real X input: a ticket, never a menu command.

The real program (`checkin run`) on this module's own Xvfb, keys through XTest. With File
open on its last item (Quit), a burst and its Enter check the ticket in and the desk runs on
(the other menus and the day list: tests/gui/test_keys_popups.py).
"""

from __future__ import annotations

import time

import pytest

from checkin.domain.model import Method

SCANNER = 8  # ms a key (as tests/x11/test_real_input.py)
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
