"""Reading an event file into the reports' shapes (`checkin.domain.attendance.Attendance`).

Plain SQL into named tuples: 100,000 registrations and 150,000 check-ins load in a few tenths of
a second. Times come out as seconds since the epoch, computed by SQLite (``julianday``) rather
than parsed in Python. Undone check-ins are left out here, as everywhere else.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from functools import partial
from operator import itemgetter

from checkin.domain.attendance import Attendance, Entry, Person, Timing, collector_paused
from checkin.domain.model import Event, Point
from checkin.store import event as event_rows
from checkin.store import org_aliases

# a stored ISO time as Unix seconds, to the millisecond: julianday's float is a few µs off, and
# 09:08:00 read as 09:07:59.99998 would show as 09:07 in an export
EPOCH = "round((julianday({}) - 2440587.5) * 86400.0, 3)"
# one list of undone ids, not a look-up per row: twice as fast on 150,000 check-ins
IN_FORCE = "c.kind = 'checkin' AND c.id NOT IN (SELECT undoes FROM checkins WHERE undoes NOT NULL)"
PEOPLE = (
    "SELECT code, first_name, last_name, organisation, email, ticket_type, category, "
    "valid_days, status, order_code, extra FROM registrations"
)
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
                people=list(people(conn, extra=extra)), entries=entries(conn),
                aliases=org_aliases.keyed(conn), timings=timings(conn), badges=badges(conn),
            )  # fmt: skip
    finally:
        conn.execute("COMMIT")


def people(conn: sqlite3.Connection, *, extra: bool = True) -> Iterator[Person]:
    """Yield every registration (cancelled too) as a `Person`."""
    new = tuple.__new__  # a named tuple straight from its fields: no Python-level __new__
    loads = json.loads
    sql = PEOPLE if extra else PEOPLE.replace(", extra FROM", ", '{}' FROM")  # not read
    for row in conn.execute(sql):
        days = () if row[7] == "[]" else tuple(loads(row[7]))
        more = loads(row[10]) if extra and row[10] != "{}" else _NO_EXTRA
        yield new(Person, (*row[:7], days, row[8], row[9], more))


def entries(conn: sqlite3.Connection) -> list[Entry]:
    """Return the check-ins in force at every point, oldest first."""
    sql = (
        f"SELECT code, day, {EPOCH.format('at')}, desk, point FROM checkins AS c "
        f"WHERE {IN_FORCE} ORDER BY seq"
    )  # in the order written, then sorted by time here: no index on "at", a sort in SQLite
    # the rows as named tuples in C (tuple.__new__), sorted by a C key: a third of the time
    found: list[Entry] = list(map(partial(tuple.__new__, Entry), conn.execute(sql)))
    found.sort(key=itemgetter(2))  # by "at": cheaper than ORDER BY at on near-order
    return found


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
