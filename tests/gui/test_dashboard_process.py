"""The dashboard's reading process ends with the desk, even when the desk is killed."""

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from checkin.ui.dashboard_parts import ended

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


def test_once_closed_and_waited_for_the_reader_is_gone_and_the_desks_close_removes_the_wal(
    qtbot, tmp_path
):
    """Quit's order (`DeskApp.stop`): the dashboard closes, its reader ends, then the file.

    The desk's close is then the file's last: SQLite writes the log into the file and removes
    it, so a copy of the ``.sqlite`` alone holds every check-in (acceptance run 3, F-1).
    """
    from checkin.demo import make_demo
    from checkin.ui.dashboard import Dashboard

    path = tmp_path / "event.sqlite"
    desk = make_demo(path, size=50, seed=1)
    board = Dashboard(desk, "en")
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.report is not None and not board._busy, timeout=60_000)
    readers = list(board._pool._processes.values())
    assert [reader.is_alive() for reader in readers] == [True]  # it holds the file open
    codes = [p.code for p in desk.registrations() if p.status.value == "valid"][:3]
    for code in codes:
        desk.check_in(code)
    board.close()
    board.wait_ended()
    assert ended(readers[0])  # its sentinel: the pool's thread may have reaped it first
    desk.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(path.read_bytes())
    with closing(sqlite3.connect(copy)) as conn:
        assert {row[0] for row in conn.execute("SELECT code FROM checkins")} == set(codes)


def test_a_reader_that_does_not_end_within_the_bound_is_ended(qtbot, tmp_path):
    import multiprocessing

    from checkin.ui.dashboard_parts import end_processes

    stuck = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(60,))
    stuck.start()
    start = time.monotonic()
    end_processes([stuck], 0.2)
    assert ended(stuck)
    assert time.monotonic() - start < 5  # ended, not waited out: it would sleep 60 s
    # (not its exit code: the sentinel is ready as its files close, a moment before it can
    # be waited for, so the code may not be set yet)


def test_a_reading_process_killed_is_replaced_and_the_figures_go_on(qtbot, tmp_path):
    """kill -9 of the reader (the OOM killer, an organiser's `kill`): no error box, no stale
    figures; the next refresh is read by a new process (acceptance run 4)."""
    import signal

    from checkin.demo import make_demo
    from checkin.ui.dashboard import Dashboard

    desk = make_demo(tmp_path / "event.sqlite", size=50, seed=1)
    board = Dashboard(desk, "en")
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.report is not None and not board._busy, timeout=60_000)
    [reader] = list(board._pool._processes.values())
    before = board.report.totals.checked_in
    os.kill(reader.pid, signal.SIGKILL)
    reader.join(10)
    for person in [p for p in desk.registrations() if p.status.value == "valid"][:2]:
        desk.check_in(person.code)  # the desk's change hook asks for a refresh
        board.refresh()
    qtbot.waitUntil(
        lambda: board.report is not None and board.report.totals.checked_in == before + 2,
        timeout=60_000,
    )
    [new] = list(board._pool._processes.values())
    assert new.pid != reader.pid
    assert "terminated" not in board.pace.text()  # no BrokenProcessPool text shown
    board.close()
    board.wait_ended()
    desk.close()
