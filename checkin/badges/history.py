"""The print log in the event file (table print_jobs): what was printed, where, and how it went.

The log is written from the print thread, so give `PrintHistory` a connection of its own
(``checkin.store.db.open_db(path)``) or one opened with ``check_same_thread=False``; a lock
keeps its own writes in order. No names are stored: the ticket code says who.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import sqlite_utils

TABLE = "print_jobs"
CREATE = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    id TEXT PRIMARY KEY, code TEXT, printer TEXT, template TEXT, state TEXT,
    message TEXT, created_at TEXT, updated_at TEXT)"""


@dataclass(frozen=True)
class PrintRecord:
    """One row of the print log."""

    id: str
    code: str
    printer: str
    template: str
    state: str
    message: str
    created_at: str
    updated_at: str


class PrintHistory:
    """Reads and writes the print log of one event file."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._lock = threading.Lock()

    @staticmethod
    def create_table(db: sqlite_utils.Database) -> None:
        """Create the table where the event file's schema has not (tests, older files)."""
        db.execute(CREATE)

    def record(self, entry: PrintRecord) -> None:
        """Add a job or update its state."""
        row = {
            "id": entry.id, "code": entry.code, "printer": entry.printer,
            "template": entry.template, "state": entry.state, "message": entry.message,
            "created_at": entry.created_at, "updated_at": entry.updated_at,
        }  # fmt: skip
        with self._lock:
            self._db[TABLE].upsert(row, pk="id")  # type: ignore[union-attr]

    def recent(self, limit: int = 50) -> list[PrintRecord]:
        """Return the latest jobs, newest first."""
        return self._select("1 = 1", (), limit)

    def for_code(self, code: str) -> list[PrintRecord]:
        """Return every job of one ticket, newest first (has this badge been printed?)."""
        return self._select("code = ?", (code,), 1000)

    def _select(self, where: str, params: tuple[str, ...], limit: int) -> list[PrintRecord]:
        sql = (
            "SELECT id, code, printer, template, state, message, created_at, updated_at "
            f"FROM {TABLE} WHERE {where} ORDER BY created_at DESC, rowid DESC LIMIT ?"
        )
        with self._lock:
            rows = self._db.execute(sql, (*params, limit)).fetchall()
        return [PrintRecord(*(str(value or "") for value in row)) for row in rows]
