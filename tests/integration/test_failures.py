"""When things go wrong: every command against a missing, foreign, read-only, busy or full world.

The contract: exit 0 done, 1 refused, 2 something the user must fix, with one line on stderr
that names the file and what to do; never a traceback; never a partial file; never a byte
written to another program's SQLite file. Real files, real processes, real limits.
"""

import hashlib
import itertools
import json
import os
import shutil
import sqlite3
import stat
import struct
import subprocess
import threading
import zlib
from pathlib import Path

import cv2
import pytest

from checkin.cli import main
from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.model import Status
from checkin.scan.files import MAX_PIXELS
from checkin.store.db import Waiting
from tests.integration.hostile import (
    CHECKIN,
    fill,
    lock_held,
    read_only_folder,
    run_checkin,
    small_tmpfs,
)

READERS = ("info", "search", "report", "export", "badge", "tickets")
WRITERS = ("admit", "undo", "edit", "ticket-type", "point", "import")


@pytest.fixture(autouse=True)
def _log_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    path = folder / "event.sqlite"
    desk = make_demo(path, size=60, seed=3)
    code = next(
        reg.code
        for reg in desk.registrations()
        if reg.status is Status.VALID and not reg.valid_days and "dag" not in reg.ticket_type
    )  # admitted any day of the event
    desk.close()
    source = folder / "more.csv"
    source.write_text("Billettnummer;Fornavn;Etternavn\nX1;Nina;Ny\n", encoding="utf-8")
    return path, code, source


@pytest.fixture
def event(template, tmp_path):
    path, code, source = template
    copy = tmp_path / "event.sqlite"
    shutil.copy(path, copy)
    return copy, code, source


def command(name, db, out, code, source):
    """The argv of each command that opens an event file."""
    return {
        "info": ["info"],
        "search": ["search", "Aasen"],
        "report": ["report", "--by", "category"],
        "export": ["export", out / "oppmote.csv"],
        "badge": ["badge", code, "--out", out / "badge.pdf"],
        "tickets": ["tickets", "--out", out / "tickets"],
        "admit": ["admit", code],
        "undo": ["undo", code],
        "edit": ["edit", code, "--set", "organisation=Haukeland"],
        "ticket-type": ["ticket-type", "Studentbillett", "--note", "Sjekk kortet"],
        "point": ["point", "middag", "--multi"],
        "import": ["import", source],
        "scan": ["scan", out / "no-such-video.mp4"],
        "print": ["print", code, "--printer", "no-such-printer"],
    }[name] + ["--db", db]


def run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def one_clear_line(err):
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    assert lines, "a failure must say what went wrong"
    return lines[-1]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", [*READERS, *WRITERS, "scan", "print"])
def test_a_missing_event_file_is_named(name, tmp_path, template, capsys):
    _, code, source = template
    missing = tmp_path / "nowhere.sqlite"
    status, _, err = run(capsys, *command(name, missing, tmp_path, code, source))
    assert status == 2
    assert f"No event file at {missing}" in one_clear_line(err)
    assert not missing.exists()


@pytest.mark.parametrize("name", [*READERS, *WRITERS, "scan", "print", "new"])
def test_another_programs_sqlite_file_stays_byte_identical(name, tmp_path, template, capsys):
    _, code, source = template
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('not an event')")
    conn.commit()
    conn.close()
    other.chmod(0o644)
    before = digest(other)
    if name == "new":
        argv = ["new", "--db", other, "--name", "X", "--days", "2026-06-01"]
    else:
        argv = command(name, other, tmp_path, code, source)
    status, _, err = run(capsys, *argv)
    assert status == 2
    line = one_clear_line(err)
    if name == "new":
        assert "already exists" in line
    else:
        assert "another program's SQLite file, not a Check-in Desk event file" in line, line
    assert digest(other) == before
    assert stat.S_IMODE(other.stat().st_mode) == 0o644  # "left as it is": its modes too
    assert {p.name for p in tmp_path.iterdir()} <= {"other.sqlite", "state"}  # no -wal, no out


def _device_or_pipe(path: Path) -> Path:
    """A character device (a copy of /dev/null, as root) or else a named pipe, mode 0666."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        os.mkfifo(path)
    path.chmod(0o666)
    return path


@pytest.mark.parametrize("name", [*WRITERS, "scan", "run"])
def test_files_that_are_not_event_files_keep_their_modes(name, tmp_path, template, capsys):
    _, code, source = template
    table = tmp_path / "guests.csv"
    table.write_text("Fornavn;Etternavn\nNina;Ny\n", encoding="utf-8")
    table.chmod(0o644)
    device = _device_or_pipe(tmp_path / "null")
    for path, mode in ((table, 0o644), (device, 0o666)):
        argv = ["run", "--db", path] if name == "run" else command(name, path, tmp_path, code,
                                                                      source)  # fmt: skip
        status, _, err = run(capsys, *argv)
        assert status == 2, (path, err)
        said = one_clear_line(err)  # `run` speaks the window's language (bokmål by default)
        assert (
            "not a Check-in Desk event file" in said
            or "er ikke en arrangementsfil" in said
            or ("not a file but a device" in one_clear_line(err))
        ), err
        assert stat.S_IMODE(path.stat().st_mode) == mode, path
    assert table.read_text(encoding="utf-8") == "Fornavn;Etternavn\nNina;Ny\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]


def test_junk_and_an_empty_file_are_not_event_files(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x89PNG not a database" * 100)
    status, _, err = run(capsys, "admit", "X", "--db", junk)
    assert status == 2 and "not a Check-in Desk event file" in one_clear_line(err)
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    status, _, err = run(capsys, "info", "--db", empty)
    assert status == 2 and "holds no event yet" in one_clear_line(err)
    assert empty.read_bytes() == b""  # opening it to look wrote nothing


@pytest.fixture
def read_only_event(event, tmp_path):
    db, code, source = event
    with read_only_folder(tmp_path / "stick", db) as folder:
        yield folder / db.name, code, source


@pytest.mark.parametrize("name", READERS)
def test_reading_works_on_a_read_only_file_in_a_read_only_folder(name, read_only_event, tmp_path,
                                                                 capsys):  # fmt: skip
    db, code, source = read_only_event
    before = digest(db)
    out = tmp_path / "out"
    out.mkdir()
    status, printed, err = run(capsys, *command(name, db, out, code, source))
    assert status == 0, err
    assert printed.strip() and "Traceback" not in err
    assert digest(db) == before


@pytest.mark.parametrize("name", [*WRITERS, "scan"])
def test_a_write_to_a_read_only_event_file_says_read_only(name, read_only_event, tmp_path,
                                                          capsys):  # fmt: skip
    db, code, source = read_only_event
    before = digest(db)
    status, _, err = run(capsys, *command(name, db, tmp_path, code, source))
    assert status == 2
    line = one_clear_line(err)
    assert "read-only" in line and str(db) in line
    assert digest(db) == before


def test_an_export_into_a_read_only_folder_says_read_only(read_only_event, capsys):
    db, _, _ = read_only_event
    target = db.parent / "oppmote.xlsx"
    status, _, err = run(capsys, "export", target, "--db", db)
    assert status == 2
    assert "read-only" in one_clear_line(err) and str(target) in err
    assert not target.exists()


@pytest.mark.slow
def test_an_admit_waits_for_another_writer_beyond_five_seconds(event):
    db, code, _ = event
    with lock_held(db) as holder:
        admit = subprocess.Popen(
            [*CHECKIN, "admit", code, "--db", str(db), "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            admit.wait(timeout=6.0)  # the old busy timeout was 5 s: this admit must outlast it
        except subprocess.TimeoutExpired:
            pass
        else:
            pytest.fail(f"the admit did not wait for the lock: {admit.communicate()}")
        assert holder.poll() is None
    out, err = admit.communicate(timeout=60)
    assert admit.returncode == 0, err
    assert json.loads(out)["result"] == "ok"
    assert "waiting for the event file" in err and "another program is writing it" in err
    assert "Traceback" not in err
    desk = Desk.open(db)
    assert desk.checked_in(code) is not None
    desk.close()


def test_the_wait_is_told_to_a_hook_and_ends_with_the_lock(event):
    db, code, _ = event
    desk = Desk.open(db, "D1")
    seen: list[Waiting] = []
    desk.on_waiting(seen.append)
    with lock_held(db):
        done = []
        worker = threading.Thread(target=lambda: done.append(desk.check_in(code)))
        worker.start()
        for _ in range(200):  # told within about a second; allow a slow machine ten
            if seen:
                break
            worker.join(0.05)
        assert worker.is_alive() and seen and not seen[-1].done  # still waiting, and told
    worker.join(30)
    desk.close()
    assert done[0].decision.outcome.value == "ok"
    assert seen[-1].done and seen[-1].got_lock and seen[-1].path == db
    assert all(a.seconds <= b.seconds for a, b in itertools.pairwise(seen))


@pytest.mark.slow
def test_busy_past_the_wait_is_exit_2_and_reading_goes_on(event, tmp_path, capsys):
    db, code, source = event
    with lock_held(db):
        for name in WRITERS:
            argv = command(name, db, tmp_path, code, source)
            status, _, err = run(capsys, "--wait", "2", *argv)
            assert status == 2, name
            line = one_clear_line(err)
            assert "busy" in line and str(db) in line and "another program" in line, name
            assert "waiting for the event file" in err, name  # said while it waited
        for name in ("info", "search", "report"):
            status, _, err = run(capsys, *command(name, db, tmp_path, code, source))
            assert status == 0 and "Traceback" not in err, name


FULL_CASES = {  # command, and a file-size limit its output (or its WAL) crosses
    "export-csv": (lambda db, out, code: ["export", out / "a.csv", "--db", db], 2_000),
    "export-xlsx": (lambda db, out, code: ["export", out / "a.xlsx", "--db", db], 6_000),
    "badge-all": (lambda db, out, code: ["badge", "--all", "--out", out / "b.pdf", "--db", db],
                  40_000),
    "tickets": (lambda db, out, code: ["tickets", "--out", out / "t", "--db", db], 20_000),
    "admit": (lambda db, out, code: ["admit", code, "--db", db], 4_000),
    "edit": (lambda db, out, code: ["edit", code, "--set", "note=x", "--db", db], 4_000),
    "new": (lambda db, out, code: ["new", "--db", out / "new.sqlite", "--name", "X", "--days",
                                   "2026-06-01"], 4_000),
    "demo-data": (lambda db, out, code: ["demo-data", "--db", out / "demo.sqlite"], 8_000),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(FULL_CASES))
def test_a_full_disk_leaves_no_partial_file_and_exits_2(case, event, tmp_path):
    db, code, _ = event
    argv, limit = FULL_CASES[case]
    out = tmp_path / "out"
    out.mkdir()
    keeper = sqlite3.connect(db)  # holds the -wal/-shm open, so only the command's writes grow
    keeper.execute("SELECT count(*) FROM registrations").fetchone()
    try:
        done = run_checkin(*argv(db, out, code), file_size_limit=limit)
    finally:
        keeper.close()
    err = done.stderr.decode()
    assert done.returncode == 2, (done.stdout, err)
    line = one_clear_line(err)
    assert "disk is full" in line or "Could not write" in line, line
    leftovers = [p.name for p in out.rglob("*") if p.is_file() and p.suffix != ".png"]
    assert leftovers == [], leftovers  # no partial file (complete ticket PNGs may stay)
    assert not any(p.name.endswith(".part") for p in tmp_path.rglob("*"))
    if case in ("admit", "edit"):
        desk = Desk.open(db)
        assert desk.checked_in(code) is None and desk.registration(code).note == ""
        desk.close()


def test_a_real_full_disk(event, tmp_path):
    db, code, _ = event
    with small_tmpfs(tmp_path / "disk", 1024) as disk:
        shutil.copy(db, disk / db.name)
        target = disk / db.name
        fill(disk)
        for argv in (["export", disk / "a.csv"], ["badge", "--all", "--out", disk / "b.pdf"],
                     ["tickets", "--out", disk / "t"], ["admit", code]):  # fmt: skip
            done = run_checkin(*argv, "--db", target)
            err = done.stderr.decode()
            assert done.returncode == 2, (argv, err)
            assert "disk is full" in one_clear_line(err), err
        names = {p.name for p in disk.rglob("*")}
        assert names <= {db.name, f"{db.name}-wal", f"{db.name}-shm", "filler", "t"}


def test_invalid_utf8_on_stdin_is_one_refused_line_and_the_stream_goes_on(event):
    db, code, _ = event
    stream = code.encode() + b"\n\xff\xfe\xc3(broken\n" + b"x" * 10_000 + b"\nNOPE\n"
    done = run_checkin("admit", "-", "--db", db, "--json", input=stream)
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(line["result"], line["reason"]) for line in lines] == [
        ("ok", ""), ("rejected", "unreadable"), ("rejected", "unreadable"),
        ("rejected", "unknown"),
    ]  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr.decode()
    conn = sqlite3.connect(db)
    reasons = [row[0] for row in conn.execute("SELECT reason FROM attempts")]
    conn.close()
    assert reasons.count("unreadable") == 2


def _png_header_claiming(path: Path, width: int, height: int) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * (width + 1) * 4)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
                     + chunk(b"IEND", b""))  # fmt: skip


def test_a_png_claiming_60000_square_is_refused_before_decoding(tmp_path, capsys):
    from checkin.scan.simulated import qr_image

    huge, good = tmp_path / "huge.png", tmp_path / "good.png"
    _png_header_claiming(huge, 60_000, 60_000)
    assert huge.stat().st_size < 100_000
    cv2.imwrite(str(good), qr_image("ABC-123"))
    status, out, err = run(capsys, "decode", huge, good, "--json")
    results = [json.loads(line) for line in out.splitlines()]
    assert (
        "60000x60000" in results[0]["error"]
        and f"{MAX_PIXELS // 1_000_000}" in (results[0]["error"])
    )
    assert results[1]["codes"] == ["ABC-123"]  # the other files are still decoded
    assert status == 2 and "Traceback" not in err


def test_a_bug_is_exit_3_with_no_personal_data_and_the_story_in_the_log(event, tmp_path, capsys,
                                                                       monkeypatch):  # fmt: skip
    from checkin.commands import event as event_commands

    def broken(args):
        raise ValueError("Åse Ødegård <ase@helse.no> broke it")

    monkeypatch.setattr(event_commands, "run_info", broken)
    db, _, _ = event
    status, _, err = run(capsys, "info", "--db", db)
    assert status == 70
    assert "Åse" not in err and "ase@helse.no" not in err and "Traceback" not in err
    assert "internal error (ValueError)" in err
    log = next((tmp_path / "state").rglob("checkin.log")).read_text(encoding="utf-8")
    assert "Traceback" in log and "ValueError" in log and "ase@helse.no" not in log


def _as_a_user() -> list[str]:
    """A prefix that makes a child obey file modes: as root, without the override capabilities."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("as root, file modes stop writes only without CAP_DAC_OVERRIDE (setpriv)")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
            "--inh-caps=-all"]  # fmt: skip


def _as_user(*argv):
    return subprocess.run(
        [*_as_a_user(), *CHECKIN, *map(str, argv)], capture_output=True, text=True, check=False
    )


def test_reading_a_write_protected_file_leaves_nothing_that_refuses_writes_later(event):
    db, code, _ = event
    db.chmod(0o400)
    for name in ("info", "search"):
        done = _as_user(*(["search", "Aasen"] if name == "search" else ["info"]), "--db", db)
        assert done.returncode == 0, done.stderr
    left = [p for p in db.parent.iterdir() if p.name.startswith(f"{db.name}-")]
    assert all(p.stat().st_mode & stat.S_IWUSR for p in left), left  # no 0400 -shm
    db.chmod(0o600)
    done = _as_user("admit", code, "--db", db)
    assert done.returncode == 0, done.stderr


def test_our_own_write_protected_working_files_are_made_writable_again(event):
    db, code, _ = event
    shm = db.with_name(db.name + "-shm")
    shm.write_bytes(b"")
    shm.chmod(0o400)  # as an older release left it
    done = _as_user("admit", code, "--db", db)
    assert done.returncode == 0, done.stderr
    assert not shm.exists() or shm.stat().st_mode & stat.S_IWUSR


def test_a_write_refused_by_someone_elses_working_file_names_it(event):
    db, code, _ = event
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    shm = db.with_name(db.name + "-shm")
    shm.write_bytes(b"")
    shm.chmod(0o400)
    os.chown(shm, 65534, 65534)
    before = digest(db)
    done = _as_user("admit", code, "--db", db)
    assert done.returncode == 2
    line = one_clear_line(done.stderr)
    assert f"{shm}" in line and "write-protected" in line and "delete" in line, line
    assert digest(db) == before and stat.S_IMODE(shm.stat().st_mode) == 0o400


def test_an_import_the_disk_has_no_room_for_leaves_the_desk_able_to_check_in(event, tmp_path):
    db, code, _ = event
    big = tmp_path / "big.csv"
    lines = [f"B{i:06d};Fornavn{i};Etternavnsen{i};Organisasjon {i}" for i in range(20_000)]
    big.write_text("Billettnummer;Fornavn;Etternavn;Organisasjon\n" + "\n".join(lines) + "\n")
    with small_tmpfs(tmp_path / "disk", 2048) as disk:
        target = disk / db.name
        shutil.copy(db, target)
        before = digest(target)
        done = run_checkin("import", big, "--db", target)
        err = done.stderr.decode()
        assert done.returncode == 2, err
        line = one_clear_line(err)
        assert "Nothing imported" in line and "MB free" in line and str(target) in line, line
        wal = disk / f"{db.name}-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        assert digest(target) == before
        admit = run_checkin("admit", code, "--db", target)
        assert admit.returncode == 0, admit.stderr.decode()


def test_a_failed_write_gives_the_disk_back_what_its_log_took(event):
    from checkin.store.db import open_db, transaction

    db, _, _ = event
    database = open_db(db)
    wal = db.with_name(db.name + "-wal")
    grown = []

    def spill_then_fail():
        with transaction(database) as conn:
            conn.execute("CREATE TABLE spill (x BLOB)")
            rows = [(b"\0" * 4000,) for _ in range(3000)]
            conn.executemany("INSERT INTO spill VALUES (?)", rows)
            grown.append(wal.stat().st_size)  # the pages spilled into the log
            conn.execute("INSERT INTO no_such_table VALUES (1)")  # an error of SQLite's

    with pytest.raises(sqlite3.Error):
        spill_then_fail()
    assert grown[0] > 1_000_000
    assert wal.stat().st_size == 0
    assert "spill" not in database.table_names()
    database.conn.close()


def test_scan_from_a_camera_that_is_not_there_says_so_in_our_words(event):
    db, _, _ = event
    done = run_checkin("scan", "63", "--db", db, timeout=60)  # no /dev/video63 anywhere
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert one_clear_line(err).startswith("checkin scan: Camera 63 cannot be opened")
    assert "WARN" not in err and "VIDEOIO" not in err and len(err.splitlines()) == 1
