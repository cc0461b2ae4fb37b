"""Writing a large import in short transactions, still all or nothing.

One transaction for 200,000 rows holds the event file's write lock for many seconds, and an
admit at another desk waits that long. So an import writes in chunks of about 0.1 s each,
pausing between them so a waiting admit gets its turn, and keeps a journal that makes the
whole import undoable until one short transaction marks it done (the commit point):

- ``import_runs``: one row per import in progress: ``writing`` until the commit point, then
  ``committed``; with the host, process and a heartbeat, to tell a live import from a dead one.
- ``import_undo``: for every row written, the row as it was before (NULL: it was added).
- ``import_outbox``: the import's changes for sync, held back until the commit point, so a
  hub never hears of an import that is then undone.

Before the commit point, a failure, a cancel or a kill is undone (`rollback`; `recover` does
it on the next open for a process that died). After it, the held changes move to the outbox
and the journal is cleared, in short chunks too (`recover` finishes that after a kill). While
an import writes, other desks see its rows appear; what they never see is a half import left
behind.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from checkin.errors import UserError
from checkin.progress import NoProgress, Progress
from checkin.store import registrations
from checkin.store.changes import ChangeRow
from checkin.store.registrations import Row

TARGET_SECONDS = 0.15  # how long one chunk may hold the write lock
PAUSE_SECONDS = 0.1  # between chunks: a waiting admit takes the lock here
FIRST_CHUNK = 500
MIN_CHUNK, MAX_CHUNK = 50, 20_000
STALE_SECONDS = 60.0  # an import without a heartbeat for this long is dead
LOCK_WAIT_SECONDS = 120.0  # how long an import waits for busy desks before giving up


@dataclass
class WriteStats:
    """How an import's writing went: chunks written and the longest write-lock hold."""

    chunks: int = 0
    longest_lock_s: float = 0.0
    holds: list[float] = field(default_factory=list)


class _Writer:
    """Runs short transactions on one connection and times how long each holds the lock."""

    def __init__(self, db: Any, stats: WriteStats) -> None:
        self.db, self.stats = db, stats

    @contextmanager
    def chunk(self) -> Iterator[sqlite3.Connection]:
        conn: sqlite3.Connection = self.db.conn
        _begin_immediate(conn)
        start = time.perf_counter()
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        held = time.perf_counter() - start
        self.stats.chunks += 1
        self.stats.holds.append(held)
        self.stats.longest_lock_s = max(self.stats.longest_lock_s, held)


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """Take the write lock, waiting out desks that keep it busy (each wait is busy_timeout)."""
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            busy = "locked" in str(error) or "busy" in str(error)
            if not busy or time.monotonic() > deadline:
                raise
        time.sleep(PAUSE_SECONDS)


def write(
    db: Any,
    rows: Sequence[Row],
    outbox: Sequence[ChangeRow],
    at: str,
    file: str,
    progress: Progress | None = None,
) -> WriteStats:
    """Write an import's rows (STORED tuples) and its outbox changes, all or nothing.

    Raises:
        UserError: "import cancelled" when ``progress`` says so (everything is undone first).
        sqlite3.Error: when the file cannot be written (everything written is undone first,
            or, if even that fails, on the next open by `recover`).
    """
    stats, progress = WriteStats(), progress or NoProgress()
    writer = _Writer(db, stats)
    run = _begin(writer, file, at)
    try:
        _write_chunks(writer, run, rows, outbox, at, progress)
    except BaseException:
        with suppress(sqlite3.Error):  # else `recover` undoes it on the next open
            rollback(db, run)
        raise
    with writer.chunk() as conn:  # the commit point
        conn.execute("UPDATE import_runs SET state = 'committed' WHERE id = ?", (run,))
    _finish(writer, run)
    return stats


def _begin(writer: _Writer, file: str, at: str) -> str:
    run = str(uuid.uuid4())
    with writer.chunk() as conn:
        live = conn.execute("SELECT file, started_at FROM import_runs").fetchone()
        if live is not None:
            raise UserError(
                f"Another import into this event file is in progress ({live[0]}, started "
                f"{live[1]}); wait for it to finish, then import again."
            )
        conn.execute(
            "INSERT INTO import_runs (id, file, state, host, pid, started_at, beat_at) "
            "VALUES (?, ?, 'writing', ?, ?, ?, ?)",
            (run, file, socket.gethostname(), os.getpid(), at, time.time()),
        )
    return run


def _write_chunks(
    writer: _Writer,
    run: str,
    rows: Sequence[Row],
    outbox: Sequence[ChangeRow],
    at: str,
    progress: Progress,
) -> None:
    size, done = FIRST_CHUNK, 0
    while done < len(rows):
        if progress.cancelled():
            raise UserError("import cancelled")
        if done:
            time.sleep(PAUSE_SECONDS)
        part, changes = rows[done : done + size], outbox[done : done + size]
        start = time.perf_counter()
        with writer.chunk() as conn:
            _write_one(conn, run, part, changes, at)
        size = _next_size(len(part), time.perf_counter() - start)
        done += len(part)
        progress.set(0.9 + 0.09 * done / len(rows), f"writing {done} of {len(rows)}")


def _write_one(
    conn: sqlite3.Connection, run: str, rows: Sequence[Row], outbox: Sequence[ChangeRow], at: str
) -> None:
    codes = [row[0] for row in rows]
    before = registrations.saved(conn, codes)
    conn.executemany(
        "INSERT INTO import_undo (run, code, old) VALUES (?, ?, ?)",
        ((run, code, _dump(before.get(code))) for code in codes),
    )
    registrations.upsert(conn, rows, at)
    conn.executemany(
        "INSERT INTO import_outbox (run, id, at, origin, entity, key, op, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((run, *change) for change in outbox),
    )
    conn.execute("UPDATE import_runs SET beat_at = ? WHERE id = ?", (time.time(), run))


def _dump(row: Row | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False)


def _next_size(rows: int, seconds: float) -> int:
    wanted = rows * TARGET_SECONDS / max(seconds, 1e-4)
    return int(min(MAX_CHUNK, max(MIN_CHUNK, min(wanted, rows * 2))))


def _finish(writer: _Writer, run: str) -> None:
    """After the commit point: release the held changes to the outbox, clear the journal."""
    while True:
        with writer.chunk() as conn:
            first, last = conn.execute(
                "SELECT min(seq), max(seq) FROM (SELECT seq FROM import_outbox WHERE run = ? "
                "ORDER BY seq LIMIT ?)",
                (run, 20_000),
            ).fetchone()
            if first is None:
                break
            conn.execute(
                "INSERT INTO changes (id, at, origin, entity, key, op, payload) "
                "SELECT id, at, origin, entity, key, op, payload FROM import_outbox "
                "WHERE run = ? AND seq BETWEEN ? AND ? ORDER BY seq",
                (run, first, last),
            )
            conn.execute(
                "DELETE FROM import_outbox WHERE run = ? AND seq BETWEEN ? AND ?",
                (run, first, last),
            )
    _clear(writer, run)


def _clear(writer: _Writer, run: str) -> None:
    while True:
        with writer.chunk() as conn:
            cleared = conn.execute(
                "DELETE FROM import_undo WHERE rowid IN "
                "(SELECT rowid FROM import_undo WHERE run = ? LIMIT 20000)",
                (run,),
            ).rowcount
            if not cleared:
                conn.execute("DELETE FROM import_outbox WHERE run = ?", (run,))
                conn.execute("DELETE FROM import_runs WHERE id = ?", (run,))
                return


def rollback(db: Any, run: str) -> None:
    """Undo an import that did not reach its commit point, in short transactions."""
    writer = _Writer(db, WriteStats())
    while True:
        with writer.chunk() as conn:
            undo = conn.execute(
                "SELECT rowid, code, old FROM import_undo WHERE run = ? LIMIT 2000", (run,)
            ).fetchall()
            registrations.delete(conn, [code for _, code, old in undo if old is None])
            registrations.restore(conn, [tuple(json.loads(old)) for _, _, old in undo if old])
            conn.executemany("DELETE FROM import_undo WHERE rowid = ?", ((r[0],) for r in undo))
        if not undo:
            break
    _clear(writer, run)


def recover(db: Any) -> None:
    """Finish or undo imports a dead process left behind (a live one elsewhere is left alone)."""
    rows = db.conn.execute("SELECT id, state, host, pid, beat_at FROM import_runs").fetchall()
    for run, state, host, pid, beat_at in rows:
        if state == "committed" and _dead(host, pid, beat_at):
            _finish(_Writer(db, WriteStats()), run)
        elif _dead(host, pid, beat_at):
            rollback(db, run)


def _dead(host: str, pid: int, beat_at: float) -> bool:
    if time.time() - beat_at > STALE_SECONDS:
        return True
    if host != socket.gethostname() or pid == os.getpid() or os.name != "posix":
        return False  # os.kill(pid, 0) would end the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
