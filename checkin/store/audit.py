"""The audit log (table ``audit_log``): who looked at whom at the desk, for data protection.

Every lookup of a person at the desk is one row: the desk, the time (UTC), the action and the
person's ticket code. Never the search text: what a volunteer typed may be anyone's name, so
only the person whose record was actually opened is written. The table is made by schema 6
(`checkin.store.schema`) and emptied by `checkin.store.purge` with the rest of the personal
data. Health-sector data protection officers ask for such a log; no peer keeps one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

TABLE = "audit_log"

# Schema 6: the audit log. Its own table; nothing else in the file refers to it.
SCHEMA = (
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, desk TEXT NOT NULL,
        action TEXT NOT NULL, code TEXT NOT NULL)""",
    "CREATE INDEX audit_log_code ON audit_log(code)",
)


class Action(StrEnum):
    """What was done with a person's record (the ``action`` column)."""

    DETAILS = "details"  # a search result opened: the person's details shown
    REPRINT = "reprint"  # the person's badge printed again
    EDIT = "edit"  # the person's record corrected


@dataclass(frozen=True)
class Entry:
    """One row of the audit log.

    Attributes:
        at: when (UTC, ISO 8601 text as `checkin.domain.clock.utc_text` writes it).
        desk: the desk's name.
        action: what was done (`Action`).
        code: the ticket code of the person looked at.
    """

    at: str
    desk: str
    action: Action
    code: str


def record(conn: sqlite3.Connection, entry: Entry) -> None:
    """Append one row, inside the caller's transaction."""
    conn.execute(
        f"INSERT INTO {TABLE} (at, desk, action, code) VALUES (?, ?, ?, ?)",
        (entry.at, entry.desk, str(entry.action), entry.code),
    )


def latest(conn: sqlite3.Connection, desk: str) -> tuple[Action, str] | None:
    """Return the action and ticket code of a desk's newest row, if it has one."""
    row = conn.execute(
        f"SELECT action, code FROM {TABLE} WHERE desk = ? ORDER BY seq DESC LIMIT 1", (desk,)
    ).fetchone()
    return None if row is None else (Action(row[0]), str(row[1]))


def entries(conn: sqlite3.Connection, code: str | None = None, limit: int = 0) -> list[Entry]:
    """Return the log, oldest first: every row, or one person's (``code``), at most ``limit``.

    A ``limit`` of 0 returns every row; with one, the newest ``limit`` rows (oldest first).
    """
    where, params = ("WHERE code = ?", [code]) if code is not None else ("", [])
    sql = f"SELECT seq, at, desk, action, code FROM {TABLE} {where} ORDER BY seq DESC"
    if limit > 0:
        sql += " LIMIT ?"
        params.append(str(limit))
    rows = conn.execute(sql, params).fetchall()
    return [Entry(at, desk, Action(action), code) for _, at, desk, action, code in reversed(rows)]


def clear(conn: sqlite3.Connection) -> int:
    """Delete every row, inside the caller's transaction; returns how many there were."""
    return conn.execute(f"DELETE FROM {TABLE}").rowcount
