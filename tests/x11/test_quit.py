"""Quitting the desk at the end of the day (File → Quit, Ctrl+Q), under real X input.

The real program (`checkin run`) on this module's own Xvfb, keys through XTest: Ctrl+Q ends
it with exit code 0, the check-in just scanned written to the event file, also with the
attendance dashboard open (a window of its own, it closes with the desk). In kiosk mode
Ctrl+Q and the × do nothing: the kiosk goes on scanning. While a scan waits behind an
attention note, neither Ctrl+Q nor the title bar's × (asked as a window manager asks) drops it.
"""

from __future__ import annotations

import subprocess
import time

import pytest

from checkin.domain.model import Method
from checkin.reports.language import DASHBOARD, Words

SCANNER = 8  # ms a key (as tests/x11/test_real_input.py)
EXIT_S = 60  # a loaded machine has taken 30 s to start the program; stopping is quicker
pytestmark = pytest.mark.integration


def ended(desk) -> int:
    """The program's exit code, once it ended on its own (fails after `EXIT_S`)."""
    try:
        return desk.process.wait(EXIT_S)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"the desk still runs {EXIT_S} s after Ctrl+Q") from None


def test_ctrl_q_right_after_a_scan_exits_0_with_the_check_in_written(start_desk):
    desk = start_desk()
    person = desk.people.plain[0]
    desk.screen.type(person.code + "\n", SCANNER)
    desk.screen.key("q", "Control_L")  # at once: the check-in may still be on its way
    assert ended(desk) == 0
    assert desk.checkins() == [(person.code, Method.HANDHELD.value, "checkin")]


def test_ctrl_q_with_the_dashboard_open_ends_the_desk_and_the_dashboard(start_desk):
    desk = start_desk()
    person = desk.people.plain[1]
    desk.screen.type(person.code + "\n", SCANNER)
    assert desk.wait_checkins(1)
    desk.screen.key("d", "Control_L", "Shift_L")
    board = desk.screen.window(Words("en")(DASHBOARD["title"]) + ":")
    desk.screen.focus(desk.window)  # back to the desk (its X window, not the dashboard's)
    time.sleep(0.3)
    desk.screen.key("q", "Control_L")
    assert ended(desk) == 0
    assert desk.screen.title(board) == ""  # gone from the screen with the desk
    assert desk.checkins() == [(person.code, Method.HANDHELD.value, "checkin")]


def test_ctrl_q_in_kiosk_mode_does_nothing(start_desk):
    desk = start_desk()
    desk.screen.key("F11")
    desk.screen.key("q", "Control_L")
    desk.screen.ask_to_close(desk.window)  # nor the title bar's × (as a window manager asks)
    time.sleep(1.0)  # absence cannot be polled: the program has had its moment to quit
    assert desk.process.poll() is None
    person = desk.people.plain[2]
    desk.screen.type(person.code + "\n", SCANNER)  # the kiosk goes on scanning
    assert desk.wait_checkins(1) == [(person.code, Method.HANDHELD.value, "checkin")]
    assert desk.process.poll() is None


def test_quit_and_the_title_bars_close_wait_for_a_scan_held_behind_a_note(start_desk):
    desk = start_desk()
    student, person = desk.people.student, desk.people.plain[3]
    desk.screen.type(student.code + "\n", SCANNER)  # the note "Sjekk studentbevis" shows
    desk.wait_checkins(1)
    desk.screen.type(person.code + "\n", SCANNER)  # waits behind the note
    desk.screen.key("q", "Control_L")
    desk.screen.ask_to_close(desk.window)  # what a window manager sends for the ×
    time.sleep(1.0)  # absence cannot be polled: the program has had its moment to quit
    assert desk.process.poll() is None
    assert len(desk.checkins()) == 1
    desk.screen.key("Return")  # the note confirmed: the held check-in goes
    assert desk.wait_checkins(2)[1] == (person.code, Method.HANDHELD.value, "checkin")
    desk.screen.ask_to_close(desk.window)
    assert ended(desk) == 0
