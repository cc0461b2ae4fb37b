"""An import never holds the write lock for long, and stays all or nothing (issue 10).

It writes in short transactions with an undo journal (`checkin.store.staging`). These tests
use real processes on a real event file: admits running beside an import, an import killed
before and after its commit point, an import cancelled, an import that fails half-way.
"""

import json
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime

import pytest
import sqlite_utils

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome
from checkin.errors import UserError
from checkin.store import staging

DAY = date(2026, 6, 1)


def write_csv(path, rows, name="Deltaker"):
    lines = ["Kode;Fornavn;Etternavn;Organisasjon"]
    lines += [f"T{i:06d};{name} {i};Nordmann;Haukeland" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def event(tmp_path):
    clock = FixedClock(datetime(2026, 6, 1, 8, tzinfo=UTC))
    desk = Desk.create(tmp_path / "e.sqlite", "Lås", (DAY,), clock=clock)
    assert desk.import_file(write_csv(tmp_path / "first.csv", 50, "Først")).written
    yield desk
    desk.close()


def state(desk):
    conn = desk.conn
    return (
        conn.execute("SELECT code, first_name FROM registrations ORDER BY code").fetchall(),
        conn.execute("SELECT count(*) FROM changes").fetchone()[0],
        conn.execute("SELECT count(*) FROM import_runs").fetchone()[0],
        conn.execute("SELECT count(*) FROM import_undo").fetchone()[0],
        conn.execute("SELECT count(*) FROM import_outbox").fetchone()[0],
    )


@pytest.mark.slow
def test_a_large_import_is_written_in_many_short_transactions(event, tmp_path):
    report = event.import_file(write_csv(tmp_path / "big.csv", 20_000))
    assert report.written and report.added == 19_950 and report.updated == 50
    assert report.write_chunks > 5
    registrations, changes, runs, undo, held = state(event)
    assert len(registrations) == 20_000
    assert (runs, undo, held) == (0, 0, 0)
    assert changes == 1 + 50 + 20_000  # event, first import, this import: one change per row
    assert [hit.code for hit in event.search("deltaker 19999")][:1] == ["T019999"]


@pytest.mark.slow
def test_admits_go_through_while_another_process_imports(event, tmp_path):
    source = write_csv(tmp_path / "big.csv", 20_000)
    script = (
        "from checkin.desk import Desk; "
        f"Desk.open({str(event.path)!r}).import_file({str(source)!r})"
    )
    importer = subprocess.Popen([sys.executable, "-c", script])
    results = []
    try:
        while importer.poll() is None:  # a busy desk: a scan every 20 ms
            event.undo("T000001", DAY)
            results.append(event.check_in("T000001", Method.HANDHELD, DAY))
            time.sleep(0.02)
    finally:
        importer.wait(timeout=120)
    assert importer.returncode == 0
    assert results and all(r.decision.outcome is Outcome.OK for r in results)
    assert event.count_registrations() == 20_000


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from checkin.desk import Desk
    from checkin.store import staging

    class KillWhileWriting:
        def set(self, fraction, text=""):
            if sys.argv[3] == "while-writing" and text.startswith("writing") and fraction > 0.95:
                os.kill(os.getpid(), signal.SIGKILL)
        def cancelled(self):
            return False

    if sys.argv[3] == "after-commit":
        staging._finish = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
    Desk.open(sys.argv[1]).import_file(sys.argv[2], progress=KillWhileWriting())
    """
)


def killed_import(desk, source, when):
    done = subprocess.run([sys.executable, "-c", KILLER, str(desk.path), str(source), when],
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == -9


def test_an_import_killed_before_its_commit_point_is_undone(event, tmp_path):
    before = state(event)
    killed_import(event, write_csv(tmp_path / "big.csv", 20_000, "Ny"), "while-writing")
    left = event.conn.execute("SELECT count(*) FROM import_undo").fetchone()[0]
    assert left > 0  # the kill left a half-written import behind
    event.close()
    reopened = Desk.open(event.path)  # the process is dead: its import is undone
    assert state(reopened) == before
    assert [hit.code for hit in reopened.search("ny 19000")] == []
    assert reopened.search("først 7")[0].code == "T000007"  # updated names restored in the index
    reopened.close()


def test_an_import_killed_after_its_commit_point_is_finished(event, tmp_path):
    killed_import(event, write_csv(tmp_path / "big.csv", 20_000, "Ny"), "after-commit")
    assert event.conn.execute("SELECT state FROM import_runs").fetchone() == ("committed",)
    event.close()
    reopened = Desk.open(event.path)
    registrations, changes, runs, undo, held = state(reopened)
    assert len(registrations) == 20_000 and (runs, undo, held) == (0, 0, 0)
    assert changes == 1 + 50 + 20_000
    assert all(name.startswith("Ny ") for _, name in registrations)
    reopened.close()


def test_a_cancelled_import_writes_nothing(event, tmp_path):
    before = state(event)

    class CancelWhileWriting:
        def set(self, fraction, text=""):
            self.writing = text.startswith("writing")

        def cancelled(self):
            return getattr(self, "writing", False)

    with pytest.raises(UserError, match="cancelled"):
        event.import_file(
            write_csv(tmp_path / "big.csv", 5_000, "Ny"), progress=CancelWhileWriting()
        )
    assert state(event) == before


def test_a_failure_half_way_undoes_what_was_written(event, tmp_path):
    before = state(event)
    event.conn.execute(
        "CREATE TRIGGER fail_late BEFORE INSERT ON registrations WHEN new.code = 'T004000' "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(Exception, match="disk trouble"):
        event.import_file(write_csv(tmp_path / "big.csv", 6_000, "Ny"))
    event.conn.execute("DROP TRIGGER fail_late")
    assert state(event) == before


def test_a_second_import_waits_for_a_live_one(event, tmp_path):
    event.conn.execute(
        "INSERT INTO import_runs VALUES ('live', 'other.csv', 'writing', ?, ?, 'now', ?)",
        (staging.socket.gethostname(), staging.os.getppid(), staging.time.time()),
    )
    with pytest.raises(UserError, match=r"Another import .*other\.csv"):
        event.import_file(write_csv(tmp_path / "x.csv", 3))
    event.conn.execute("DELETE FROM import_runs")


def test_lock_holds_are_short_and_reported(event, tmp_path):
    report = event.import_file(write_csv(tmp_path / "big.csv", 10_000))
    out = report.to_json()
    assert "longest_lock_s" not in out and json.dumps(out)
    assert report.longest_lock_s > 0  # the figures are in bench/bench_import.py, not in tests


def test_a_check_in_knocks_so_an_import_elsewhere_pauses_for_it(event, tmp_path):
    door = tmp_path / "e.sqlite-knock"
    event.check_in("T000003", Method.HANDHELD, DAY)
    first = door.stat().st_mtime_ns
    time.sleep(0.01)
    event.check_in("T000004", Method.HANDHELD, DAY)
    assert door.stat().st_mtime_ns > first
    writer = staging._Writer(sqlite_utils.Database(event.conn), staging.WriteStats())
    with writer.chunk():
        pass
    assert writer._pause(event.conn) == staging.IDLE_PAUSE_SECONDS  # nobody knocked since
    staging.knock(event.path)
    assert writer._pause(event.conn) == staging.PAUSE_SECONDS
