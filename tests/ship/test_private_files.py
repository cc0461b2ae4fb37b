"""Every file the desk writes is owner-only (0600) and every folder it makes 0700, umask 022.

Measured before (issue 15): the event file, its WAL/SHM, CSV/XLSX exports, badge PDFs,
ticket PNG/PDFs and tickets/index.csv were all 0644. Each kind is stat'ed here after real
``checkin`` processes made it (see conftest.py's `desk_session`).
"""

import stat
from pathlib import Path

import pytest


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_event_file_and_its_wal_and_shm_while_open(desk_session):
    assert desk_session.open_modes == {"main": 0o600, "-wal": 0o600, "-shm": 0o600}
    assert mode(desk_session.imported) == 0o600
    for folder in (desk_session.imported.parent, desk_session.imported.parent.parent):
        assert mode(folder) == 0o700  # made by `checkin new` for the new event


def test_exports(desk_session):
    work = desk_session.event.parent
    for name in ("attendance.csv", "attendance.xlsx"):
        assert mode(work / name) == 0o600, name


def test_badges(desk_session):
    assert mode(desk_session.event.parent / "badges.pdf") == 0o600


def test_tickets_and_their_list(desk_session):
    folder = desk_session.event.parent / "tickets"
    assert mode(folder) == 0o700
    files = list(folder.iterdir())
    assert {path.suffix for path in files} == {".png", ".pdf", ".csv"}
    assert len(files) > 40
    assert {mode(path) for path in files} == {0o600}


def test_the_log_file_and_its_folders(desk_session):
    log = desk_session.log_file
    assert log.stat().st_size > 0
    assert mode(log) == 0o600
    for folder in (log.parent, *log.parent.parents):
        if folder == desk_session.root:
            break
        assert mode(folder) == 0o700, folder


def test_settings_and_secrets(desk_session):
    folder = desk_session.root / "config" / "Check-in Desk"
    assert {path.name for path in folder.iterdir()} == {"settings.toml", "secrets.toml"}
    assert {mode(path) for path in folder.iterdir()} == {0o600}
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700


def test_the_print_spool(desk_session):
    if desk_session.lp_seen is None or not desk_session.lp_seen.exists():
        pytest.skip("no CUPS here (lp missing or no print reached it)")
    seen = dict(line.split(" ", 1)[::-1] for line in desk_session.lp_seen.read_text().splitlines())
    pdfs = [name for name in seen if name.endswith(".pdf")]
    assert pdfs, seen
    for name in pdfs:
        assert seen[name] == "600", name
        assert seen[str(Path(name).parent)] == "700"


def test_every_file_and_folder_the_session_left(desk_session):
    """The sweep: nothing under the session's folders but what the test made itself is open."""
    open_ = []
    for path in desk_session.root.rglob("*"):
        if path in desk_session.made or path.parent == desk_session.root / "inputs":
            continue
        if path.parent == desk_session.root and path.is_file():
            continue  # the test's own notes (lp-seen.txt)
        if path.parent == desk_session.root / "bin":
            continue
        expected = 0o700 if path.is_dir() else 0o600
        if mode(path) != expected:
            open_.append(f"{oct(mode(path))} {path.relative_to(desk_session.root)}")
    assert not open_, open_
