"""The event row, its signing keys, and the per-event rules: ticket types and check-in points."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from datetime import date, time

from checkin.domain.model import DEFAULT_DAY_CHANGE, MAIN_POINT, Event, Point, TicketType
from checkin.domain.signing import new_keypair
from checkin.errors import UserError
from checkin.messages import _


def days_text(days: Iterable[date]) -> str:
    """Store a list of days as a JSON list of ISO dates."""
    listed = [day.isoformat() for day in days]
    return json.dumps(listed) if listed else "[]"


def days_of(text: str) -> tuple[date, ...]:
    """Read back a list of days written by `days_text`."""
    return tuple(date.fromisoformat(item) for item in json.loads(text or "[]"))


def create(
    conn: sqlite3.Connection,
    name: str,
    days: Iterable[date],
    timezone: str,
    at: str,
    day_change: time = DEFAULT_DAY_CHANGE,
) -> Event:
    """Write the event row with a fresh key pair, inside the caller's transaction."""
    if conn.execute("SELECT 1 FROM event").fetchone():
        raise UserError(_("This file already holds an event; use another --db path."))
    private, public = new_keypair()
    event = Event(str(uuid.uuid4()), name, tuple(sorted(set(days))), timezone, day_change)
    conn.execute(
        "INSERT INTO event (id, uuid, name, days, timezone, private_key, public_key, created_at, "
        "day_change) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, name, days_text(event.days), timezone, private, public, at,
         time_text(day_change)),
    )  # fmt: skip
    return event


def time_text(value: time) -> str:
    """Store a time of day as HH:MM."""
    return value.strftime("%H:%M")


def load(conn: sqlite3.Connection, path: str) -> Event:
    """Read the event row; a file without one was never set up."""
    row = conn.execute("SELECT uuid, name, days, timezone, day_change FROM event").fetchone()
    if row is None:
        raise UserError(
            _("{path} holds no event yet. Create it with 'checkin new --db {path}'.").format(
                path=path
            )
        )
    return Event(row[0], row[1], days_of(row[2]), row[3], time.fromisoformat(row[4]))


def set_day_change(conn: sqlite3.Connection, value: time) -> None:
    """Change the event's day change time, inside the caller's transaction."""
    conn.execute("UPDATE event SET day_change = ?", (time_text(value),))


def keys(conn: sqlite3.Connection) -> tuple[bytes | None, bytes]:
    """Return (private key or None on a verify-only desk, public key)."""
    private, public = conn.execute("SELECT private_key, public_key FROM event").fetchone()
    return private, public


def ticket_type(conn: sqlite3.Connection, name: str) -> TicketType | None:
    """Return a ticket type's rules, or None when none were saved for it."""
    row = conn.execute("SELECT name, days, note FROM ticket_types WHERE name = ?", (name,))
    found = row.fetchone()
    return None if found is None else TicketType(found[0], days_of(found[1]), found[2])


def ticket_types(conn: sqlite3.Connection) -> dict[str, TicketType]:
    """Return every ticket type with saved rules, by name."""
    rows = conn.execute("SELECT name, days, note FROM ticket_types")
    return {name: TicketType(name, days_of(days), note) for name, days, note in rows}


def save_ticket_type(conn: sqlite3.Connection, kind: TicketType) -> None:
    """Insert or replace a ticket type's rules, inside the caller's transaction."""
    conn.execute(
        "INSERT INTO ticket_types (name, days, note) VALUES (?, ?, ?) ON CONFLICT(name) "
        "DO UPDATE SET days = excluded.days, note = excluded.note",
        (kind.name, days_text(kind.days), kind.note),
    )


def point(conn: sqlite3.Connection, name: str) -> Point:
    """Return a check-in point; the main desk exists even when never configured."""
    row = conn.execute(
        "SELECT name, ticket_types, categories, days, multi_entry FROM points WHERE name = ?",
        (name,),
    ).fetchone()
    if row is None:
        if name == MAIN_POINT:
            return Point(MAIN_POINT)
        raise UserError(
            _("No check-in point named '{name}'. Add it with 'checkin point {name}'.").format(
                name=name
            )
        )
    return Point(
        row[0], tuple(json.loads(row[1])), tuple(json.loads(row[2])), days_of(row[3]), bool(row[4])
    )


def points(conn: sqlite3.Connection) -> list[str]:
    """Return the names of the check-in points, the main one always among them."""
    names = [row[0] for row in conn.execute("SELECT name FROM points ORDER BY name")]
    return names if MAIN_POINT in names else [MAIN_POINT, *names]


def save_point(conn: sqlite3.Connection, entry: Point) -> None:
    """Insert or replace a check-in point, inside the caller's transaction."""
    conn.execute(
        "INSERT INTO points (name, ticket_types, categories, days, multi_entry) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET ticket_types = "
        "excluded.ticket_types, categories = excluded.categories, days = excluded.days, "
        "multi_entry = excluded.multi_entry",
        (
            entry.name,
            json.dumps(list(entry.ticket_types), ensure_ascii=False),
            json.dumps(list(entry.categories), ensure_ascii=False),
            days_text(entry.days),
            int(entry.multi_entry),
        ),
    )
