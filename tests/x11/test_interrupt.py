"""Ctrl+C in the desk's terminal (SIGINT) ends the real program quietly (acceptance F-12).

The real program (`checkin run --no-camera`) on this module's own Xvfb: SIGINT while it is
idle ends it at once with exit code 0 (before, an idle desk heard nothing until the next X
event), and SIGINT while keys come in ends it without "Error calling Python override of
QObject::eventFilter()" (a KeyboardInterrupt raised inside the key router) on its output.
"""

from __future__ import annotations

import signal
import subprocess
import threading

import pytest

from checkin.domain.model import Method

SCANNER = 8  # ms a key (as tests/x11/test_real_input.py)
EXIT_S = 30
pytestmark = pytest.mark.integration


def _interrupted(desk) -> int:
    desk.process.send_signal(signal.SIGINT)
    try:
        return desk.process.wait(EXIT_S)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"the desk still runs {EXIT_S} s after Ctrl+C") from None


def _output(desk) -> str:
    return desk.log.read_text(encoding="utf-8", errors="replace")  # its stdout and stderr


def test_ctrl_c_on_an_idle_desk_ends_it_at_once_with_nothing_on_stderr(start_desk):
    desk = start_desk()
    person = desk.people.plain[0]
    desk.screen.type(person.code + "\n", SCANNER)
    assert desk.wait_checkins(1)
    assert _interrupted(desk) == 0
    out = _output(desk)
    assert "interrupted (Ctrl+C): the desk stops" in out
    assert "Error calling Python override" not in out
    assert "Traceback" not in out
    assert desk.checkins() == [(person.code, Method.HANDHELD.value, "checkin")]


def test_ctrl_c_while_keys_come_in_prints_no_error_of_an_event_filter(start_desk):
    desk = start_desk()
    typing = threading.Thread(target=desk.screen.type, args=("abcdefghij" * 6, 20))
    typing.start()
    try:
        assert _interrupted(desk) == 0
    finally:
        typing.join()
    out = _output(desk)
    assert "Error calling Python override" not in out
    assert "KeyboardInterrupt" not in out
