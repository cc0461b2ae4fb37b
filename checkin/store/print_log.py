"""The print log in the event file (table ``print_jobs``): what was printed, where, how it went.

The print thread writes the log, so a `PrintLog` has a connection of its own to the event file
(`PrintLog.open`); a lock keeps its writes in order. No names are stored: the ticket code says
who. The table is made by the event file's schema (`checkin.store.schema`), nowhere else; rows
are written through sqlite-utils (a cold table: a few writes a minute).
The desk window writes through its own connection instead, on its database thread (`write`).
A job the desk had not finished when it closed (or was killed) stays queued or printing in the
log; the next open of the file ends it as failed, with the reason (`end_unfinished`), once it
has not moved for `STALE_AFTER_S` (a job that moved lately may be another live desk's).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.domain.model import PrintRecord
from checkin.store.db import WRITE_WAIT_S, open_db, set_write_wait, transaction

if TYPE_CHECKING:  # sqlite-utils (and the NumPy it loads) only when a file is opened
    import sqlite_utils

TABLE = "print_jobs"
COLUMNS = ", ".join(PrintRecord.__dataclass_fields__)
UNFINISHED = ("queued", "printing")
# A live desk moves a job within about 40 s: queued -> printing when its turn comes, then done
# or failed once the badge process answered (checkin.badges.render_process: 10 s + 0.1 s a
# badge, one restart: twice that) and lp gave it to CUPS (checkin.badges.spool: 15 s). A job
# unmoved for 2 minutes is left by a desk that closed or was killed, not one still working on
# it: a second desk opening the same file must not end a live desk's badges (acceptance-5 F-4).
STALE_AFTER_S = 120.0


class PrintLog:
    """Reads and writes the print log of one event file, from any thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, write_wait_s: float = WRITE_WAIT_S) -> PrintLog:
        """Open the print log of an event file on a connection of its own, for writing.

        Args:
            path: the event file.
            write_wait_s: how long a write waits for another program's lock, in seconds.

        Raises:
            StorageError: the file cannot be written (read-only, no permission, busy...).
        """
        db = open_db(path)
        try:
            set_write_wait(db, write_wait_s)
            with transaction(db):
                pass  # can it be written? (a read-only disk lets the file open)
        except BaseException:
            db.conn.close()
            raise
        return cls(db)

    def record(self, entry: PrintRecord) -> None:
        """Add a job or update its state."""
        with self._lock:
            self._db.table(TABLE).upsert(asdict(entry), pk="id")

    def recent(self, limit: int = 50) -> list[PrintRecord]:
        """Return the latest jobs, newest first."""
        return self._select("1 = 1", (), limit)

    def for_code(self, code: str) -> list[PrintRecord]:
        """Return every job of one ticket, newest first (has this badge been printed?)."""
        return self._select("code = ?", (code,), 1000)

    def close(self) -> None:
        """Close the log's connection."""
        with self._lock:
            self._db.conn.close()

    def _select(self, where: str, params: tuple[str, ...], limit: int) -> list[PrintRecord]:
        sql = (
            f"SELECT {COLUMNS} FROM {TABLE} WHERE {where} "
            "ORDER BY created_at DESC, rowid DESC LIMIT ?"
        )
        with self._lock:
            rows = self._db.execute(sql, (*params, limit)).fetchall()
        return [PrintRecord(*(str(value or "") for value in row)) for row in rows]


def write(conn: sqlite3.Connection, entry: PrintRecord) -> None:
    """Add a job or update its state, inside the caller's transaction (the desk's connection)."""
    values = asdict(entry)
    updates = ", ".join(f"{name} = excluded.{name}" for name in values if name != "id")
    conn.execute(
        f"INSERT INTO {TABLE} ({COLUMNS}) VALUES ({', '.join('?' * len(values))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(values.values()),
    )


def end_unfinished(
    conn: sqlite3.Connection, message: str, now: str, keep: Iterable[str] = (), before: str = ""
) -> list[PrintRecord]:
    """Mark every job left queued or printing as failed, inside the caller's transaction.

    Call it when a desk opens the file: such a job was in the print queue of a desk that closed
    or was killed before the badge was made (its print thread could no longer write the end).
    A job updated at or after ``before`` is left: another desk still running may print it.

    Args:
        conn: the desk's connection, in a transaction.
        message: the reason to log, in the user's language.
        now: the time to log (ISO 8601 with its offset).
        keep: ids of jobs still in this desk's own queue (left as they are).
        before: ISO 8601 moment; only jobs last updated before it end ("": every job).

    Returns:
        The jobs so ended, as they now are in the log, oldest first.
    """
    kept = tuple(keep)
    marks = ", ".join("?" * len(UNFINISHED))
    where = f"state IN ({marks})"
    if before:  # compared as moments: an offset or "Z" both read right; no time: ended
        where += " AND coalesce(julianday(updated_at) < julianday(?), 1)"
    if kept:
        where += f" AND id NOT IN ({', '.join('?' * len(kept))})"
    rows = conn.execute(
        f"UPDATE {TABLE} SET state = 'failed', message = ?, updated_at = ? WHERE {where} "
        f"RETURNING {COLUMNS}",
        (message, now, *UNFINISHED, *((before,) if before else ()), *kept),
    ).fetchall()
    ended = [PrintRecord(*(str(value or "") for value in row)) for row in rows]
    return sorted(ended, key=lambda entry: entry.created_at)
