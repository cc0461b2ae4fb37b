"""The audit log: every lookup of a person at the desk, never what was typed to find them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checkin.desk import AuditAction, Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Registration
from checkin.store import audit, schema

DAY = date(2026, 6, 1)
PEOPLE = [
    Registration("HX-1001", "Sigrun", "Bjørheim Bøe", "Haukeland", "sigrun@helse-bergen.no"),
    Registration("HX-1002", "Trygve", "Aasen Ødegård", "Bergen kommune", "trygve@bergen.no"),
]


@pytest.fixture
def desk(tmp_path: Path):
    clock = FixedClock(datetime(2026, 6, 1, 7, 30, tzinfo=UTC))
    desk = Desk.create(tmp_path / "event.checkin", "Fagdag", (DAY,), clock=clock)
    desk.desk_name = "skranke-3"
    desk.add_registrations(PEOPLE)
    yield desk
    desk.close()


def test_search_details_reprint_and_edit_are_logged_without_the_search_text(desk: Desk) -> None:
    query = "bjorheim boe"
    hits = desk.search(query)
    assert desk.audit_log() == []  # a search alone shows a list, opens nobody
    shown = desk.view_person(hits[0].code, DAY)
    assert shown.person is not None and shown.person.code == "HX-1001"
    assert desk.reprint_badge("HX-1001") == PEOPLE[0]
    desk.update_registration("HX-1002", email="")
    rows = desk.audit_log()
    assert [(r.action, r.code, r.desk) for r in rows] == [
        (AuditAction.DETAILS, "HX-1001", "skranke-3"),
        (AuditAction.REPRINT, "HX-1001", "skranke-3"),
        (AuditAction.EDIT, "HX-1002", "skranke-3"),
    ]
    assert all(r.at == "2026-06-01T07:30:00.000Z" for r in rows)
    stored = desk.conn.execute("SELECT * FROM audit_log").fetchall()
    assert not [value for row in stored for value in row if "bjorheim" in str(value).lower()]
    assert [r.code for r in desk.audit_log("HX-1002")] == ["HX-1002"]
    assert [r.action for r in desk.audit_log(limit=1)] == [AuditAction.EDIT]


def test_looking_up_nobody_logs_nothing(desk: Desk) -> None:
    desk.view_person("NOPE-1", DAY)
    assert desk.reprint_badge("NOPE-1") is None
    assert desk.audit_log() == []


def test_a_read_only_desk_logs_nothing_and_does_not_fail(desk: Desk) -> None:
    desk.close()
    reader = Desk.open(desk.path, readonly=True)
    try:
        assert reader.view_person("HX-1001", DAY).person is not None
        assert reader.audit_log() == []
    finally:
        reader.close()


def test_the_audit_table_is_schema_6_and_upgrades_an_older_file(tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "data" / "schemas"
    copy = tmp_path / "v3.sqlite"
    copy.write_bytes((fixtures / "v3.sqlite").read_bytes())
    desk = Desk.open(copy, "oppgradert")
    try:
        assert schema.version_of(desk.conn) >= 6
        desk.reprint_badge("F1")
        assert [r.code for r in desk.audit_log()] == ["F1"]
    finally:
        desk.close()
    assert audit.TABLE == "audit_log"


def test_the_audit_bearing_file_stays_owner_only_under_umask_022(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        desk = Desk.create(tmp_path / "event.checkin", "Fagdag", (DAY,))
        desk.add_registrations(PEOPLE)
        desk.view_person("HX-1001", DAY)
        desk.update_registration("HX-1001", note="Allergi")
        files = [desk.path, Path(f"{desk.path}-wal"), Path(f"{desk.path}-shm")]
        modes = {f.name: stat.S_IMODE(f.stat().st_mode) for f in files if f.exists()}
        desk.purge()
        after = {f.name: stat.S_IMODE(f.stat().st_mode) for f in files if f.exists()}
        desk.close()
    finally:
        os.umask(old)
    assert len(modes) == 3 and set(modes.values()) == {0o600}
    assert set(after.values()) == {0o600}
    assert stat.S_IMODE(desk.path.stat().st_mode) == 0o600


def test_checkin_audit_lists_the_log(desk: Desk) -> None:
    desk.view_person("HX-1002", DAY)
    desk.reprint_badge("HX-1001")
    env = {**os.environ, "CHECKIN_NO_LOG_FILE": "1", "CHECKIN_LANGUAGE": "en"}
    run = [sys.executable, "-m", "checkin", "audit", "--db", str(desk.path)]
    done = subprocess.run([*run, "--json"], capture_output=True, text=True, env=env, check=True)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["action"], r["code"], r["desk"]) for r in rows] == [
        ("details", "HX-1002", "skranke-3"), ("reprint", "HX-1001", "skranke-3"),
    ]  # fmt: skip
    text = subprocess.run(run, capture_output=True, text=True, env=env, check=True).stdout
    assert "2026-06-01 09:30  skranke-3  badge reprinted  HX-1001" in text


def test_the_same_details_shown_again_at_once_are_one_lookup(desk: Desk) -> None:
    for _ in range(3):  # the top hit stays on top while the volunteer types on
        desk.view_person("HX-1001", DAY)
    desk.view_person("HX-1002", DAY)
    desk.view_person("HX-1001", DAY)
    desk.reprint_badge("HX-1001")
    desk.reprint_badge("HX-1001")
    assert [(r.action.value, r.code) for r in desk.audit_log()] == [
        ("details", "HX-1001"), ("details", "HX-1002"), ("details", "HX-1001"),
        ("reprint", "HX-1001"), ("reprint", "HX-1001"),
    ]  # fmt: skip
