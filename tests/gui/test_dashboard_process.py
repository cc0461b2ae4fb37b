"""The dashboard's reading process ends with the desk, even when the desk is killed."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

DESK = """
import sys, time
from pathlib import Path


def main():  # spawn starts the reading process by importing this file: guarded
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from checkin.demo import make_demo
    from checkin.ui.dashboard import Dashboard
    desk = make_demo(Path(sys.argv[1]), size=50, seed=1)
    board = Dashboard(desk, "en")
    ends = time.monotonic() + 60
    while board.report is None and time.monotonic() < ends:
        app.processEvents()
        time.sleep(0.02)
    print(next(iter(board._pool._processes)), flush=True)
    time.sleep(120)


if __name__ == "__main__":
    main()
"""


def gone(pid: int) -> bool:
    """The process has ended (a zombie waiting for its reaper counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def test_the_reading_process_ends_when_the_desk_is_killed(tmp_path):
    script = tmp_path / "desk.py"
    script.write_text(DESK)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    desk = subprocess.Popen([sys.executable, str(script), str(tmp_path / "e.sqlite")],
                            stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    try:
        reader = int(desk.stdout.readline())
        assert not gone(reader)
    finally:
        desk.kill()  # SIGKILL: no clean-up runs in the desk
        desk.wait()
    ends = time.monotonic() + 15
    while not gone(reader) and time.monotonic() < ends:
        time.sleep(0.2)
    assert gone(reader)
