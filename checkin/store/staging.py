"""Writing a large import in short transactions, still all or nothing.

One transaction for 200,000 rows holds the event file's write lock for many seconds, and an
admit at another desk waits that long. So an import writes in chunks of about a quarter of a
second, pausing between them while desks check people in (a check-in knocks first, `knock`;
the pause is 0.1 s, and SQLite's busy handler retries at least that often, so a waiting
check-in always gets in after at most one chunk), and keeps a journal that makes the whole
import undoable until one short transaction marks it done (the commit point):

- ``import_runs``: one row per import in progress: ``writing`` until the commit point, then
  ``committed``; with the host, process and a heartbeat, to tell a live import from a dead one.
- ``import_undo``: one row per chunk written: the codes it added and the rows it replaced, as
  they were (so the journal costs next to nothing to write).
- ``import_outbox``: one row per chunk: its changes for sync, held back until the commit
  point, so a hub never hears of an import that is then undone.

Before the commit point, a failure, a cancel or a kill is undone (`rollback`; `recover` does
it on the next open for a process that died). After it, the held changes move to the outbox
and the journal is cleared, a chunk at a time (`recover` finishes that after a kill). While
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
from pathlib import Path
from typing import Any

from checkin.errors import UserError
from checkin.messages import _
from checkin.progress import NoProgress, Progress
from checkin.store import changes, registrations
from checkin.store.changes import ChangeRow
from checkin.store.db import transaction
from checkin.store.registrations import Row

TARGET_SECONDS = 0.25  # how long one chunk may hold the write lock
PAUSE_SECONDS = 0.1  # between chunks while desks check in: a waiting admit takes the lock
IDLE_PAUSE_SECONDS = 0.002  # between chunks while no desk is checking people in
BUSY_MEMORY_SECONDS = 10.0
FIRST_CHUNK = 500
MIN_CHUNK, MAX_CHUNK = 50, 20_000
STALE_SECONDS = 60.0  # an import without a heartbeat for this long is dead
PID_REUSE_SECONDS = 600.0  # a live process number with a heartbeat this old is someone else


@dataclass
class WriteStats:
    """How an import's writing went: chunks written and the longest write-lock hold."""

    chunks: int = 0
    longest_lock_s: float = 0.0
    holds: list[float] = field(default_factory=list)


class _Writer:
    """Runs short transactions on one connection, pausing between them for other desks.

    The pause is PAUSE_SECONDS while a desk is checking people in: it knocked (`knock`) or
    another connection wrote to the file (``PRAGMA data_version``) in the last
    BUSY_MEMORY_SECONDS; else IDLE_PAUSE_SECONDS. Each transaction's hold of the lock is timed.
    """

    def __init__(self, db: Any, stats: WriteStats) -> None:
        self.db, self.stats = db, stats
        self.version: int | None = None
        self.busy_until = 0.0
        self.door = _door(db.conn)
        self.knocks = _knocks(self.door)

    @contextmanager
    def chunk(self) -> Iterator[sqlite3.Connection]:
        """Run one short transaction, timing its hold of the write lock.

        It waits for busy desks as every write does (`transaction`: the wait hooks that say
        "waiting for the event file", the ``--wait`` limit), and a disk's refusal is explained
        (never hidden behind "cannot rollback").
        """
        if self.version is not None:
            time.sleep(self._pause(self.db.conn))
        start = 0.0
        with transaction(self.db) as conn:
            start = time.perf_counter()
            yield conn
        held = time.perf_counter() - start
        self.version = _data_version(self.db.conn)
        self.stats.chunks += 1
        self.stats.holds.append(held)
        self.stats.longest_lock_s = max(self.stats.longest_lock_s, held)

    def _pause(self, conn: sqlite3.Connection) -> float:
        knocks = _knocks(self.door)
        if knocks != self.knocks or _data_version(conn) != self.version:  # a desk is busy
            self.busy_until = time.monotonic() + BUSY_MEMORY_SECONDS
        self.knocks = knocks
        return PAUSE_SECONDS if time.monotonic() < self.busy_until else IDLE_PAUSE_SECONDS


def knock(event_file: Path) -> None:
    """Tell an import running in another process that a desk wants the event file now.

    A check-in calls this before it waits for the write lock: the file beside the event file
    (``<event>-knock``) gets a new time, the import sees it between two chunks and pauses long
    enough for the check-in to go first. Costs one system call; failures are ignored.
    """
    with suppress(OSError):
        Path(f"{event_file}-knock").touch(mode=0o600)  # beside personal data: owner-only too


def _door(conn: sqlite3.Connection) -> Path | None:
    row = conn.execute("PRAGMA database_list").fetchone()
    return Path(f"{row[2]}-knock") if row and row[2] else None


def _knocks(door: Path | None) -> int:
    if door is None:
        return 0
    try:
        return door.stat().st_mtime_ns
    except OSError:
        return 0


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


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
        written = _write_chunks(writer, run, rows, outbox, at, progress)
    except BaseException:
        with suppress(sqlite3.Error):  # else `recover` undoes it on the next open
            rollback(db, run)
        raise
    with writer.chunk() as conn:  # the commit point
        conn.execute("UPDATE import_runs SET state = 'committed' WHERE id = ?", (run,))
    _finish(writer, run, written)
    return stats


def _begin(writer: _Writer, file: str, at: str) -> str:
    run = str(uuid.uuid4())
    with writer.chunk() as conn:
        live = conn.execute("SELECT file, started_at FROM import_runs").fetchone()
        if live is not None:
            raise UserError(
                _(
                    "Another import into this event file is in progress ({file}, started "
                    "{started}); wait for it to finish, then import again."
                ).format(file=live[0], started=live[1])
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
) -> dict[int, Sequence[ChangeRow]]:
    size, done, written = FIRST_CHUNK, 0, {}
    while done < len(rows):
        if progress.cancelled():
            raise UserError("import cancelled")
        part, held = rows[done : done + size], outbox[done : done + size]
        start = time.perf_counter()
        with writer.chunk() as conn:
            written[_write_one(conn, run, part, held, at)] = held
        size = _next_size(len(part), time.perf_counter() - start)
        done += len(part)
        progress.set(0.9 + 0.09 * done / len(rows), f"writing {done} of {len(rows)}")
    return written


def _write_one(
    conn: sqlite3.Connection, run: str, rows: Sequence[Row], outbox: Sequence[ChangeRow], at: str
) -> int:
    before = registrations.saved(conn, [row[0] for row in rows])
    added = [row[0] for row in rows if row[0] not in before]
    conn.execute(
        "INSERT INTO import_undo (run, added, replaced) VALUES (?, ?, ?)",
        (run, _dump(added), _dump(list(before.values()))),
    )
    registrations.upsert(conn, rows, at)
    held = conn.execute(
        "INSERT INTO import_outbox (run, changes) VALUES (?, ?)", (run, _dump(list(outbox)))
    )
    conn.execute("UPDATE import_runs SET beat_at = ? WHERE id = ?", (time.time(), run))
    return int(held.lastrowid or 0)


def _dump(items: list[Any]) -> str:
    return json.dumps(items, ensure_ascii=False)


def _next_size(rows: int, seconds: float) -> int:
    wanted = rows * TARGET_SECONDS / max(seconds, 1e-4)
    return int(min(MAX_CHUNK, max(MIN_CHUNK, min(wanted, rows * 2))))


def _finish(
    writer: _Writer, run: str, in_memory: dict[int, Sequence[ChangeRow]] | None = None
) -> None:
    """After the commit point: release the held changes to the outbox, clear the journal.

    ``in_memory`` holds the changes of each journal row by its ``seq`` when this process wrote
    them (no need to read them back); after a kill they are read from the journal.
    """
    while True:
        with writer.chunk() as conn:
            held = conn.execute(
                "SELECT seq FROM import_outbox WHERE run = ? ORDER BY seq LIMIT 1", (run,)
            ).fetchone()
            if held is None:
                conn.execute("DELETE FROM import_undo WHERE run = ?", (run,))
                conn.execute("DELETE FROM import_runs WHERE id = ?", (run,))
                return
            rows = (in_memory or {}).get(held[0])
            if rows is None:
                saved = conn.execute("SELECT changes FROM import_outbox WHERE seq = ?", held)
                rows = [ChangeRow(*change) for change in json.loads(saved.fetchone()[0])]
            changes.record(conn, rows)
            conn.execute("DELETE FROM import_outbox WHERE seq = ?", held)


def rollback(db: Any, run: str) -> None:
    """Undo an import that did not reach its commit point, a chunk at a time, newest first."""
    writer = _Writer(db, WriteStats())
    while True:
        with writer.chunk() as conn:
            undo = conn.execute(
                "SELECT seq, added, replaced FROM import_undo WHERE run = ? ORDER BY seq DESC "
                "LIMIT 1",
                (run,),
            ).fetchone()
            if undo is None:
                conn.execute("DELETE FROM import_outbox WHERE run = ?", (run,))
                conn.execute("DELETE FROM import_runs WHERE id = ?", (run,))
                return
            registrations.delete(conn, json.loads(undo[1]))
            registrations.restore(conn, [tuple(row) for row in json.loads(undo[2])])
            conn.execute("DELETE FROM import_undo WHERE seq = ?", (undo[0],))


def recover(db: Any) -> None:
    """Finish or undo imports a dead process left behind (a live one elsewhere is left alone)."""
    rows = db.conn.execute("SELECT id, state, host, pid, beat_at FROM import_runs").fetchall()
    for run, state, host, pid, beat_at in rows:
        if state == "committed" and _dead(host, pid, beat_at):
            _finish(_Writer(db, WriteStats()), run)
        elif _dead(host, pid, beat_at):
            rollback(db, run)


def _dead(host: str, pid: int, beat_at: float) -> bool:
    """Tell whether the process that wrote an import run is gone.

    On this computer (POSIX) the process is asked directly; a live one is trusted unless its
    heartbeat is older than PID_REUSE_SECONDS (its number may have been reused). Elsewhere, or
    on Windows (where ``os.kill(pid, 0)`` would end the process), only the heartbeat tells.
    """
    age = time.time() - beat_at
    if host == socket.gethostname() and os.name == "posix" and pid != os.getpid():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            pass
        return age > PID_REUSE_SECONDS
    return age > STALE_SECONDS
