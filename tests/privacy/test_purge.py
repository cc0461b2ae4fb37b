"""Purge on a used event file: no personal string left in its bytes, the same counts after."""

from __future__ import annotations

import json
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.desk import Desk
from checkin.domain.names import WORD, fold
from checkin.errors import UserError
from tests.privacy.conftest import DAY1, DAY2, UsedEvent

GROUPINGS = (None, "day", "category", "ticket_type", "status", "Kommune")


def _reports(desk: Desk) -> dict[str, object]:
    figures: dict[str, object] = {}
    for point in ("main", "workshop"):
        at = Desk.open(desk.path, "reader", point, readonly=True)
        try:
            for by in GROUPINGS:
                for day in (DAY1, DAY2, None):
                    total, rows = at.report(by, day)
                    figures[f"{point}/{by}/{day}"] = (total, rows)
        finally:
            at.close()
    return figures


def _files(path: Path) -> list[Path]:
    return [f for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if f.exists()]


def _leaks(path: Path, values: set[str]) -> dict[str, list[str]]:
    found = {}
    for file in _files(path):
        data = file.read_bytes()
        hits = sorted(v for v in values if v.encode() in data or v.lower().encode() in data)
        if hits:
            found[file.name] = hits
    return found


def test_the_fixture_file_holds_the_personal_strings_before(used_event: UsedEvent) -> None:
    """The scan can fail: before the purge it finds the names, e-mails and codes."""
    values = used_event.personal_values()
    leaks = _leaks(used_event.path, values)
    found = set().union(*leaks.values())
    assert {p["email"] for p in used_event.people[:5]} <= found
    assert "Bjørheim-Bøe" in found and used_event.walk_in_code in found


def test_purge_leaves_no_personal_string_in_the_file_or_its_wal(used_event: UsedEvent) -> None:
    desk = used_event.desk
    report = desk.purge(("Kommune",))
    assert report.wal_truncated and report.registrations == len(used_event.people) + 1
    assert report.deleted["changes"] > 0 and report.deleted["audit_log"] == 6
    values = used_event.personal_values() | set(used_event.searched)
    assert _leaks(used_event.path, values) == {}  # while the desk still has it open
    assert Path(f"{used_event.path}-wal").stat().st_size == 0
    desk.close()
    assert _leaks(used_event.path, values) == {}  # and closed


def test_purge_empties_the_search_index_and_every_table(used_event: UsedEvent) -> None:
    used_event.desk.purge()
    conn = used_event.desk.conn
    terms = {row[0] for row in conn.execute("SELECT term FROM registration_words")}
    name_words = {
        word
        for p in used_event.people
        for word in WORD.findall(fold(f"{p['first']} {p['last']} {p['organisation']}"))
    }
    assert terms & name_words == set()
    for table in ("changes", "audit_log", "import_undo", "import_outbox"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attempts WHERE text != ''").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM print_jobs WHERE message != ''").fetchone()[0] == 0
    assert used_event.desk.search("bjorheim") == []


def test_reports_give_the_same_counts_after_a_purge(used_event: UsedEvent) -> None:
    before = _reports(used_event.desk)
    assert before["main/category/None"] != before["main/None/None"]  # figures worth comparing
    used_event.desk.purge(("Kommune",))
    assert _reports(used_event.desk) == before


def test_kept_columns_are_kept_and_the_rest_emptied(used_event: UsedEvent) -> None:
    used_event.desk.purge(("Kommune",))
    rows = used_event.desk.conn.execute("SELECT extra, category FROM registrations").fetchall()
    kept = [json.loads(extra) for extra, _ in rows]
    assert {tuple(extra) for extra in kept} <= {("Kommune",), ()}
    assert {extra.get("Kommune") for extra in kept} >= {"Bergen", "Askøy"}


def test_a_column_that_is_not_there_is_refused_naming_the_columns(used_event: UsedEvent) -> None:
    with pytest.raises(UserError, match="Kommune"):
        used_event.desk.purge(("Fylke",))
    assert used_event.desk.count_registrations() == len(used_event.people) + 1
    assert used_event.desk.registration(used_event.people[0]["code"]) is not None


def test_a_second_purge_is_harmless(used_event: UsedEvent) -> None:
    used_event.desk.purge(("Kommune",))
    before = _reports(used_event.desk)
    used_event.desk.purge(("Kommune",))
    assert _reports(used_event.desk) == before


def _cli(*args: str, stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHECKIN_NO_LOG_FILE": "1", "CHECKIN_LANGUAGE": "en"}
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args], stdin=stdin, capture_output=True, text=True,
        env=env, timeout=120, check=False,
    )  # fmt: skip


def test_purge_without_yes_and_without_a_terminal_refuses(used_event: UsedEvent) -> None:
    used_event.desk.close()
    done = _cli("purge", "--db", str(used_event.path))
    assert done.returncode == 2, done.stderr
    assert "--yes" in done.stderr and "terminal" in done.stderr
    conn = sqlite3.connect(used_event.path)
    first = used_event.people[0]
    assert conn.execute(
        "SELECT first_name FROM registrations WHERE code = ?", (first["code"],)
    ).fetchone() == (first["first"],)
    conn.close()


def test_purge_with_yes_on_the_command_line(used_event: UsedEvent) -> None:
    used_event.desk.close()
    before = _cli("report", "--db", str(used_event.path), "--by", "Kommune", "--all-days",
                  "--json").stdout  # fmt: skip
    done = _cli("purge", "--db", str(used_event.path), "--yes", "--keep", "Kommune", "--json")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["purged"] and facts["wal_truncated"] and facts["kept_columns"] == ["Kommune"]
    after = _cli("report", "--db", str(used_event.path), "--by", "Kommune", "--all-days",
                 "--json").stdout  # fmt: skip
    assert after == before and "Bergen" in after
    assert _leaks(used_event.path, used_event.personal_values()) == {}


def test_purge_on_a_terminal_asks_and_takes_a_norwegian_yes(used_event: UsedEvent) -> None:
    used_event.desk.close()
    main, terminal = pty.openpty()
    try:
        os.write(main, b"ja\n")
        done = _cli("purge", "--db", str(used_event.path), stdin=terminal)
    finally:
        os.close(main)
        os.close(terminal)
    assert done.returncode == 0, done.stderr
    assert "[y/N]" in done.stderr and "changes have not reached a hub" in done.stderr
    assert _leaks(used_event.path, used_event.personal_values()) == {}


def test_purge_on_a_terminal_answered_no_keeps_everything(used_event: UsedEvent) -> None:
    used_event.desk.close()
    main, terminal = pty.openpty()
    try:
        os.write(main, b"\n")
        done = _cli("purge", "--db", str(used_event.path), stdin=terminal)
    finally:
        os.close(main)
        os.close(terminal)
    assert done.returncode == 1 and "Nothing was purged" in done.stderr
    assert "Bjørheim-Bøe" in set().union(*_leaks(used_event.path, {"Bjørheim-Bøe"}).values())
