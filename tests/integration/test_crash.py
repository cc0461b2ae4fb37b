"""A desk killed (SIGKILL) in the middle of a burst of check-ins loses no acknowledged one."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from checkin.demo import make_demo

CHILD = textwrap.dedent(
    """
    import sys
    from checkin.desk import Desk
    from checkin.domain.model import Method
    desk = Desk.open(sys.argv[1], "crash-desk")
    for code in sys.argv[2:]:
        result = desk.check_in(code, Method.HANDHELD)
        if result.checkin is not None:
            print("ACK", code, result.checkin.id, flush=True)
    print("END", flush=True)
    """
)


def test_sigkill_mid_burst_keeps_every_acknowledged_checkin(tmp_path):
    path = tmp_path / "event.sqlite"
    desk = make_demo(path, size=3000, seed=7)
    codes = [r.code for r in desk.registrations() if r.status.value == "valid"][:2000]
    desk.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), *codes], stdout=subprocess.PIPE, text=True
    )
    acked = {}
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ACK"):
            _, code, entry_id = line.split()
            acked[code] = entry_id
        if len(acked) == 150:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the child must die mid-burst, not finish"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = dict(conn.execute("SELECT code, id FROM checkins"))
    assert all(stored.get(code) == entry_id for code, entry_id in acked.items())
    doubled = conn.execute(
        "SELECT code FROM checkins GROUP BY code, day HAVING count(*) > 1"
    ).fetchall()
    assert doubled == []
    assert len(stored) < len(codes), "killed before the end of the burst"
