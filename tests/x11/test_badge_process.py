"""The real program's badge process: started with the desk, gone when the desk is.

`checkin run` on this module's own Xvfb (keys through XTest). Its badges are drawn in a spawned
process of its own (`checkin.badges.render_process`), started once the desk is on screen. After
Ctrl+Q, or after the desk is killed with SIGKILL (no clean-up of its own runs), no process it
started is left (the badge process, and multiprocessing's resource tracker with it).
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from tests.badges.test_render_process import alive, wait_gone
from tests.x11.xdriver import wait_for

EXIT_S = 60  # as tests/x11/test_quit.py
pytestmark = pytest.mark.integration


def children(pid: int) -> dict[int, str]:
    """The processes whose parent is ``pid``: their command lines."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                command = stat.with_name("cmdline").read_bytes().replace(b"\0", b" ")
                found[int(stat.parent.name)] = command.decode(errors="replace")
        except (OSError, ValueError, IndexError):
            continue  # ended while we looked
    return found


def badge_process(desk) -> dict[int, str]:
    """Wait for the desk's badge process; return every child of the desk."""
    wait_for("the badge process", lambda: any(
        "spawn_main" in command for command in children(desk.process.pid).values()))  # fmt: skip
    return children(desk.process.pid)


def test_the_badge_process_ends_when_the_desk_quits(start_desk):
    desk = start_desk()
    started = badge_process(desk)
    desk.screen.key("q", "Control_L")
    try:
        assert desk.process.wait(EXIT_S) == 0
    except subprocess.TimeoutExpired:
        raise AssertionError(f"the desk still runs {EXIT_S} s after Ctrl+Q") from None
    left = [pid for pid in started if not wait_gone(pid, 10)]
    assert not left, [started[pid] for pid in left]


def test_the_badge_process_ends_when_the_desk_is_killed(start_desk):
    desk = start_desk()
    started = badge_process(desk)
    assert all(alive(pid) for pid in started)
    desk.process.send_signal(signal.SIGKILL)
    desk.process.wait(10)
    left = [pid for pid in started if not wait_gone(pid, 15)]
    assert not left, [started[pid] for pid in left]
