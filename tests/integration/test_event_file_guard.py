"""No output replaces an event file, and no import reads one (acceptance run 6, N-1, N-2).

A PDF saved as the open event file's name replaced all its registrations; an import of the
open event file read it in the desk's own process, which dropped the desk's locks on it, and
another program's close then deleted the -wal the desk still wrote to.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from checkin import atomic_files
from checkin.cli import main
from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.model import Method
from checkin.errors import StorageError, Trouble
from checkin.importer.load import preview
from tests.other_process import read_elsewhere


def registrations(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM registrations").fetchone()[0])


@pytest.fixture
def event(tmp_path):
    db = tmp_path / "V.sqlite"
    make_demo(db, size=30, seed=4).close()
    return db


@pytest.mark.parametrize("part", ["", "-wal", "-shm"])
def test_an_atomic_write_refuses_an_event_file_and_its_working_files(event, part):
    desk_open = sqlite3.connect(event)  # (its -wal and -shm are there while it is open)
    desk_open.execute("PRAGMA journal_mode=WAL")
    desk_open.execute("SELECT count(*) FROM registrations").fetchone()
    target = Path(f"{event}{part}")
    before = target.read_bytes() if part == "" else None
    with pytest.raises(StorageError) as refused:
        atomic_files.write_bytes(target, b"%PDF-1.4 not an event")
    desk_open.close()
    assert refused.value.trouble is Trouble.IS_EVENT_FILE and target.name in str(refused.value)
    if before is not None:
        assert event.read_bytes() == before
    assert registrations(event) == 30
    assert not list(event.parent.glob(".*.part"))


def test_an_atomic_write_still_replaces_a_file_that_is_no_database(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    atomic_files.write_bytes(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"


@pytest.mark.parametrize("form", ["pdf", "xlsx", "json"])
def test_report_out_onto_an_event_file_is_refused_and_the_file_kept(event, tmp_path, form, capsys):
    other = tmp_path / "other.checkin"
    make_demo(other, size=10, seed=5).close()
    for target in (event, other):
        code = main(["report", "--db", str(event), "--format", form, "--out", str(target)])
        said = capsys.readouterr()
        assert code == 2, said
        assert "is an event file" in said.out + said.err
    assert registrations(event) == 30 and registrations(other) == 10


def test_an_import_of_the_open_event_file_is_refused_before_a_byte_is_read(event):
    desk = Desk.open(event)
    try:
        person = next(p for p in desk.registrations() if p.status.value == "valid")
        desk.check_in(person.code, Method.SEARCH)
        assert Path(f"{event}-wal").exists()
        for chosen in (event, Path(f"{event}-shm"), Path(f"{event}-wal")):
            result = preview(chosen)
            assert result.problems and "event file" in str(result.problems[0]), result.problems
        assert read_elsewhere(event) == 1
        assert Path(f"{event}-wal").exists(), "another program's close deleted the desk's -wal"
    finally:
        desk.close()
