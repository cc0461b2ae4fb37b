"""The append-only check-in log: entries are added, never changed or deleted."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from checkin.domain.clock import parse_utc, utc_text
from checkin.domain.model import Attempt, CheckIn, Kind, Method

COLUMNS = ("id", "code", "day", "at", "desk", "point", "method", "kind", "undoes")
SELECT = f"SELECT {', '.join(COLUMNS)} FROM checkins"


def to_row(entry: CheckIn) -> tuple[Any, ...]:
    """Return an entry as the tuple of its COLUMNS (times as UTC text)."""
    return (
        entry.id, entry.code, entry.day.isoformat(), utc_text(entry.at), entry.desk,
        entry.point, entry.method.value, entry.kind.value, entry.undoes,
    )  # fmt: skip


def as_dict(entry: CheckIn) -> dict[str, Any]:
    """Return an entry as the JSON object a change carries."""
    return dict(zip(COLUMNS, to_row(entry), strict=True))


def from_row(row: Sequence[Any]) -> CheckIn:
    """Rebuild an entry from the tuple of its COLUMNS."""
    return CheckIn(
        id=row[0], code=row[1], day=date.fromisoformat(row[2]), at=parse_utc(row[3]),
        desk=row[4], point=row[5], method=Method(row[6]), kind=Kind(row[7]), undoes=row[8],
    )  # fmt: skip


def append(conn: sqlite3.Connection, entry: CheckIn) -> None:
    """Add one entry, inside the caller's transaction."""
    conn.execute(
        "INSERT INTO checkins (id, code, day, at, desk, point, method, kind, undoes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        to_row(entry),
    )


def history(conn: sqlite3.Connection, code: str, point: str) -> list[CheckIn]:
    """Return a ticket's whole log at one point, oldest first."""
    rows = conn.execute(f"{SELECT} WHERE code = ? AND point = ? ORDER BY seq", (code, point))
    return [from_row(row) for row in rows]


def recent(conn: sqlite3.Connection, point: str, limit: int) -> list[CheckIn]:
    """Return the newest check-ins at a point that are still in force, newest first."""
    rows = conn.execute(
        f"{SELECT} AS c WHERE point = ? AND kind = 'checkin' AND NOT EXISTS "
        "(SELECT 1 FROM checkins u WHERE u.undoes = c.id) ORDER BY seq DESC LIMIT ?",
        (point, limit),
    )
    return [from_row(row) for row in rows]


def checked_in_codes(conn: sqlite3.Connection, point: str, day: date | None) -> set[str]:
    """Return the tickets with a check-in in force at a point (on a day, or on any day)."""
    sql = (
        "SELECT DISTINCT code FROM checkins AS c WHERE point = ? AND kind = 'checkin' "
        "AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id)"
    )
    params: tuple[Any, ...] = (point,)
    if day is not None:
        sql += " AND day = ?"
        params = (point, day.isoformat())
    return {row[0] for row in conn.execute(sql, params)}


def count_all(conn: sqlite3.Connection) -> int:
    """Return how many entries the log holds (check-ins and undos, at every point)."""
    return int(conn.execute("SELECT count(*) FROM checkins").fetchone()[0])


def firsts(conn: sqlite3.Connection, point: str) -> dict[tuple[str, date], datetime]:
    """Return the time of each ticket's first check-in in force at a point, per day (UTC).

    First by scan time, then id (`checkin.domain.rules.active_checkins`), whatever order
    synced check-ins arrived in.
    """
    rows = conn.execute(
        "SELECT code, day, at FROM checkins AS c WHERE point = ? AND kind = 'checkin' AND NOT "
        "EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id) ORDER BY at DESC, id DESC",
        (point,),
    )
    return {(code, date.fromisoformat(day)): parse_utc(at) for code, day, at in rows}


def record_attempt(conn: sqlite3.Connection, attempt: Attempt) -> None:
    """Log a refused or duplicate scan (failed scans are data, as in pretix)."""
    conn.execute(
        "INSERT INTO attempts (id, text, day, at, desk, point, method, outcome, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            attempt.id, attempt.text, attempt.day.isoformat(), utc_text(attempt.at),
            attempt.desk, attempt.point, attempt.method.value, attempt.decision.outcome.value,
            attempt.decision.reason.value,
        ),
    )  # fmt: skip
