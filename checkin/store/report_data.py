"""Reading an event file into the reports' shapes (`checkin.domain.attendance.Attendance`).

Each column comes out of SQLite as one JSON array (`columns`), decoded in C: the people become
`Person` tuples, the check-ins stay columns (`EntryColumns`), which the reports count over.
100,000 registrations and 150,000 check-ins load in about 0.3 s. Times come out as seconds
since the epoch, computed by SQLite (``julianday``) rather than parsed in Python. Undone
check-ins are left out here, as everywhere else.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from functools import partial
from itertools import repeat
from operator import truediv
from typing import Any

from checkin.domain.attendance import Attendance, EntryColumns, Person, Timing, collector_paused
from checkin.domain.model import Event, Point
from checkin.store import event as event_rows
from checkin.store import org_aliases

# a stored ISO time as Unix seconds, to the millisecond: julianday's float is a few µs off, and
# 09:08:00 read as 09:07:59.99998 would show as 09:07 in an export
EPOCH = "round((julianday({}) - 2440587.5) * 86400.0, 3)"
EPOCH_MS = "CAST(round((julianday({}) - 2440587.5) * 86400000.0) AS INTEGER)"  # the same, in ms
# one list of undone ids, not a look-up per row: twice as fast on 150,000 check-ins
IN_FORCE = "c.kind = 'checkin' AND c.id NOT IN (SELECT undoes FROM checkins WHERE undoes NOT NULL)"
PEOPLE = (
    "code", "first_name", "last_name", "organisation", "email", "ticket_type", "category",
    "valid_days", "status", "order_code", "json(extra)",
)  # fmt: skip
# `Person`'s fields in order; the imported columns arrive decoded (JSON in JSON)
ENTRIES = ("code", "day", "at", "desk", "point")  # `Entry`'s fields in order
_NO_EXTRA: dict[str, str] = {}


def load(conn: sqlite3.Connection, event: Event, *, extra: bool = True) -> Attendance:
    """Read everything a report needs from an event file, in one read transaction.

    Args:
        conn: the event file's connection.
        event: its event.
        extra: read the imported columns too (an export, a report by such a column).
    """
    conn.execute("BEGIN")  # one snapshot: the counts agree with each other
    try:
        with collector_paused():
            return Attendance(
                event=event, points=points(conn), ticket_days=ticket_days(conn),
                people=people(conn, extra=extra), entries=entries(conn),
                aliases=org_aliases.keyed(conn), timings=timings(conn), badges=badges(conn),
            )  # fmt: skip
    finally:
        conn.execute("COMMIT")


def columns(conn: sqlite3.Connection, names: Sequence[str], rows: str) -> list[list[Any]]:
    """Read columns of a query as lists, one JSON array per column made by SQLite.

    Many rows come out of SQLite fastest this way: one string per column, decoded in C,
    instead of a tuple and its values per row (100,000 people: 0.14 s against 0.25 s).
    ``rows`` is the query (``FROM ...``) the columns are read from, in its order.
    """
    arrays = ", ".join(f"json_group_array({name})" for name in names)
    found = conn.execute(f"SELECT {arrays} FROM ({rows})").fetchone()
    return [json.loads(column) for column in found]


def people(conn: sqlite3.Connection, *, extra: bool = True) -> list[Person]:
    """Return every registration (cancelled too) as a `Person`."""
    found = columns(conn, PEOPLE if extra else PEOPLE[:-1], "SELECT * FROM registrations")
    found[7] = list(map(ValidDays().__getitem__, found[7]))  # each spelling decoded once
    if not extra:  # the imported columns not read: one empty mapping for all
        found.append([_NO_EXTRA] * len(found[0]))
    return list(map(partial(tuple.__new__, Person), zip(*found, strict=True)))


class ValidDays(dict[str, tuple[str, ...]]):
    """Valid days as stored (a JSON list) to a tuple of ISO dates, each spelling decoded once.

    Most people share one of a few spellings ("[]" above all): looking them up is done in C.
    """

    def __missing__(self, text: str) -> tuple[str, ...]:
        days = self[text] = tuple(json.loads(text))
        return days


def entries(conn: sqlite3.Connection) -> EntryColumns:
    """Return the check-ins in force at every point, oldest first (equal times as written)."""
    rows = (
        f"SELECT code, day, {EPOCH_MS.format('at')} AS at, desk, point FROM checkins AS c "
        f"WHERE {IN_FORCE} ORDER BY c.at, seq"
    )  # stored times sort as text when written alike (as the desk does); by_time checks it
    codes, days, ms, desks, points_ = columns(conn, ENTRIES, rows)
    ats = list(map(truediv, ms, repeat(1000.0)))  # whole ms in JSON: a third faster than floats
    return EntryColumns(codes, days, ats, desks, points_).by_time()


def points(conn: sqlite3.Connection) -> dict[str, Point]:
    """Return every configured check-in point by name (the main one always)."""
    return {name: event_rows.point(conn, name) for name in event_rows.points(conn)}


def ticket_days(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Return the valid days of each ticket type that has some, as ISO dates."""
    rows = conn.execute("SELECT name, days FROM ticket_types WHERE days != '[]'")
    return {name: tuple(json.loads(days)) for name, days in rows}


def timings(conn: sqlite3.Connection) -> list[Timing]:
    """Return the measured scan-to-result times of check-ins in force, oldest first."""
    sql = (
        f"SELECT c.desk, c.point, {EPOCH.format('c.at')}, t.ms FROM result_times t "
        f"JOIN checkins c ON c.id = t.checkin_id WHERE {IN_FORCE} ORDER BY c.at"
    )
    return [Timing(*row) for row in conn.execute(sql)]


def badges(conn: sqlite3.Connection) -> dict[str, tuple[float, ...]]:
    """Return when each ticket's badge jobs were queued (epoch seconds), oldest first."""
    found: dict[str, list[float]] = {}
    sql = (
        f"SELECT code, {EPOCH.format('created_at')} FROM print_jobs "
        "WHERE code != '' AND created_at != '' ORDER BY created_at"
    )
    for code, at in conn.execute(sql):
        if at is not None:
            found.setdefault(code, []).append(float(at))
    return {code: tuple(times) for code, times in found.items()}


def record_result_time(conn: sqlite3.Connection, checkin_id: str, ms: float) -> None:
    """Keep how long a check-in took from scan to result, inside the caller's transaction."""
    conn.execute(
        "INSERT OR REPLACE INTO result_times (checkin_id, ms) VALUES (?, ?)", (checkin_id, ms)
    )
