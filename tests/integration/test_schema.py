"""The event file's schema: pragmas, versions, and upgrading files written by older releases."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from checkin.desk import Desk
from checkin.domain.model import Outcome
from checkin.errors import UserError
from checkin.store import schema
from checkin.store.db import open_db
from checkin.store.report_data import IN_FORCE

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "schemas"


def test_new_file_has_durable_pragmas(tmp_path):
    db = open_db(tmp_path / "e.sqlite", create=True)
    conn = db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema.version_of(conn) == schema.SCHEMA_VERSION


def test_file_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(UserError, match="newer"):
        open_db(path)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.sqlite")), ids=lambda p: p.name)
def test_every_released_schema_opens_and_upgrades(fixture, tmp_path):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    desk = Desk.open(copy, "upgrade-test")
    assert schema.version_of(desk.conn) == schema.SCHEMA_VERSION
    assert desk.event.name == "Skjemaprøve"
    assert desk.registration("F1").last_name == "Ødegård"
    assert [hit.code for hit in desk.search("odegard")] == ["F1"]
    assert desk.check_in("F1", day=date(2026, 6, 1)).decision.outcome is Outcome.OK
    assert desk.check_in("F1", day=date(2026, 6, 1)).decision.outcome is Outcome.DUPLICATE
    desk.close()


def test_v2_file_upgrades_its_print_log_to_text_that_is_never_null(tmp_path):
    copy = tmp_path / "v2.sqlite"
    shutil.copy(FIXTURES / "v2.sqlite", copy)
    before = sqlite3.connect(copy)
    before.execute("INSERT INTO print_jobs (id, code, state) VALUES ('j1', 'F1', 'done')")
    before.commit()
    before.close()
    desk = Desk.open(copy, "upgrade-test")
    conn = desk.conn
    assert conn.execute("SELECT * FROM print_jobs").fetchall() == [
        ("j1", "F1", "", "", "done", "", "", "")
    ]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO print_jobs (id, code) VALUES ('j2', NULL)")
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(print_jobs)")}
    assert "print_jobs_created" in indexes
    desk.close()


def test_fixture_for_current_schema_exists():
    assert (FIXTURES / f"v{schema.SCHEMA_VERSION}.sqlite").exists(), (
        "run scripts/make_schema_fixture.py to keep a fixture of the current schema"
    )


def test_v1_file_upgrades_to_the_day_change_and_the_new_search(tmp_path):
    copy = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURES / "v1.sqlite", copy)
    before = sqlite3.connect(copy)
    assert before.execute("PRAGMA user_version").fetchone() == (1,)
    before.close()
    desk = Desk.open(copy, "upgrade-test")
    assert desk.event.day_change.strftime("%H:%M") == "04:00"
    conn = desk.conn
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"registrations_order", "import_undo_run", "import_outbox_run"} <= indexes
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"import_runs", "import_undo", "import_outbox"} <= tables
    assert desk.check_in("f1").ticket == "F1"  # the old rows, looked up ignoring case
    desk.update_registration("F1", last_name="van der Ødegård")
    assert [hit.code for hit in desk.search("vanderodegard")] == ["F1"]  # triggers replaced
    desk.close()


def test_v6_file_gets_the_check_ins_in_time_order_index_and_reads_by_it(tmp_path):
    copy = tmp_path / "v6.sqlite"
    shutil.copy(FIXTURES / "v6.sqlite", copy)
    desk = Desk.open(copy, "upgrade-test")
    desk.check_in("F1", day=date(2026, 6, 1))
    indexes = {row[1] for row in desk.conn.execute("PRAGMA index_list(checkins)")}
    assert "checkins_by_time" in indexes
    plan = desk.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT code FROM checkins AS c WHERE {IN_FORCE} ORDER BY c.at, seq"
    ).fetchall()
    assert any("COVERING INDEX checkins_by_time" in row[-1] for row in plan), plan
    assert [entry.code for entry in desk.attendance().entries] == ["F1"]
    desk.close()
