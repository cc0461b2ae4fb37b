"""Applying what a desk pulls to its event file: check-ins kept by id, edits merged per field.

Inside the caller's transaction (the ledger applies a chunk and moves the cursor in one):

- Check-ins and undos are appended once, by id; every one is kept (the first of the day per
  ticket and point is "the" check-in, `checkin.domain.rules.active_checkins`). An undo that
  arrives before the check-in it takes back waits in ``sync_parked`` until it does.
- Registrations, ticket types, check-in points and the event's day change merge field by
  field: each field keeps the value with the latest clock reading (`checkin.domain.merge`,
  the hub's rule), so the order entries arrive in never matters, and applying one twice (a
  desk's own entries come back in every pull) changes nothing.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from checkin.domain import merge
from checkin.domain.clock import parse_utc, utc_text
from checkin.domain.fields import declared, to_json, value_of
from checkin.domain.model import Point, Registration, TicketType
from checkin.domain.sync_model import Applied, RemoteChange, RemoteRecord
from checkin.store import event, registrations, sync_notices, sync_state
from checkin.store.event import days_of

CHECKIN_COLUMNS = ("id", "code", "day", "at", "desk", "point", "method", "kind", "undoes")
_INSERT_CHECKIN = (
    f"INSERT OR IGNORE INTO checkins ({', '.join(CHECKIN_COLUMNS)}) VALUES (?,?,?,?,?,?,?,?,?)"
)
_SAVE_REGISTRATION = (
    f"INSERT INTO registrations ({', '.join(registrations.FIELDS)}, updated_at) "
    f"VALUES ({', '.join('?' * (len(registrations.FIELDS) + 1))}) ON CONFLICT(code) DO UPDATE "
    f"SET {', '.join(f'{n} = excluded.{n}' for n in (*registrations.FIELDS[1:], 'updated_at'))}"
)
# What a desk takes from pulled entries: every field, but of the event only its day change
# (its name and days are the organiser's, set on the hub).
NAMES = {**sync_state.FIELD_NAMES, "event": ("day_change",)}


def apply_changes(
    conn: sqlite3.Connection, changes: Sequence[RemoteChange], event_id: str, now: str
) -> Applied:
    """Apply pulled entries in order; entries made here or applied before change nothing.

    Args:
        conn: the event file, inside the caller's transaction.
        changes: pulled entries, in the hub's order.
        event_id: this event's id (event entries for another event are kept out).
        now: the time of applying (UTC text), for the registrations' ``updated_at``.
    """
    ours = _present(conn, "changes", [change.id for change in changes])
    fresh = [change for change in changes if change.id not in ours]
    added = _append_checkins(conn, [c for c in fresh if c.entity == "checkin"])
    records = _Records(conn)
    records.prefetch([c.key for c in fresh if c.entity == "registration"])
    for change in fresh:
        if change.entity in NAMES and (change.entity != "event" or change.key == event_id):
            records.merge(change.entity, change.key, change.payload, change.hlc)
    applied = records.write(conn, now)
    notices = sync_notices.find(conn, added.remote_ids, now)
    return applied | Applied(checkins=added.count, parked=added.parked, notices=notices)


def apply_records(conn: sqlite3.Connection, found: Sequence[RemoteRecord], now: str) -> Applied:
    """Merge registrations as the hub merged them (a first pull), each field by its clock."""
    records = _Records(conn)
    records.prefetch([record.code for record in found])
    for record in found:
        records.merge_fields("registration", record.code, record.fields, record.clocks)
    return records.write(conn, now)


def _present(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> set[str]:
    """Return which of some ids a table (``changes`` or ``checkins``) holds."""
    listed = list(ids)
    found: set[str] = set()
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        found.update(row[0] for row in rows)
    return found


# -- check-ins --------------------------------------------------------------------------
@dataclass
class _Added:
    count: int = 0
    parked: int = 0
    remote_ids: list[str] = field(default_factory=list)


def _checkin_row(payload: Mapping[str, Any]) -> tuple[Any, ...]:
    values = dict(payload)
    values["at"] = utc_text(parse_utc(str(values["at"])))  # one form of a time, on every desk
    return tuple(values.get(name) for name in CHECKIN_COLUMNS)


def _append_checkins(conn: sqlite3.Connection, changes: Sequence[RemoteChange]) -> _Added:
    """Append pulled check-ins and undos by id; park undos of check-ins not here yet."""
    added = _Added()
    rows = [_checkin_row(change.payload) for change in changes]
    if not rows:
        return added
    held = _present(conn, "checkins", {row[0] for row in rows} | {row[8] for row in rows if row[8]})
    new = [row for row in rows if row[0] not in held]
    known = held | {row[0] for row in new}
    ready = [row for row in new if not row[8] or row[8] in known]
    parked = [row for row in new if row[8] and row[8] not in known]
    conn.executemany(_INSERT_CHECKIN, ready)
    conn.executemany(
        "INSERT OR IGNORE INTO sync_parked (id, undoes, body) VALUES (?, ?, ?)",
        ((row[0], row[8], json.dumps(row)) for row in parked),
    )
    added.remote_ids = [row[0] for row in ready if row[7] == "checkin"]
    added.parked = len(parked)
    added.count = len(ready) + _release_parked(conn, {row[0] for row in ready})
    return added


def _release_parked(conn: sqlite3.Connection, arrived: set[str]) -> int:
    """Append the parked undos whose check-ins have arrived; returns how many."""
    released = 0
    while arrived:
        marks = ",".join("?" * len(arrived))
        rows = conn.execute(
            f"SELECT id, body FROM sync_parked WHERE undoes IN ({marks})", tuple(arrived)
        ).fetchall()
        if not rows:
            break
        conn.executemany(_INSERT_CHECKIN, (tuple(json.loads(body)) for _, body in rows))
        conn.executemany("DELETE FROM sync_parked WHERE id = ?", ((row[0],) for row in rows))
        released += len(rows)
        arrived = {row[0] for row in rows}  # an undo of an undo would wait for these
    return released


# -- records merged field by field -------------------------------------------------------
class _Records:
    """The records a chunk touches, loaded once, merged in memory, written once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.held: dict[tuple[str, str], merge.Record] = {}
        self.touched: set[tuple[str, str]] = set()

    def prefetch(self, codes: Sequence[str]) -> None:
        """Load many registrations at once (a page of them), with their clocks."""
        wanted = [code for code in dict.fromkeys(codes) if ("registration", code) not in self.held]
        found = registrations.get_many(self.conn, wanted)
        targets = [("registration", code) for code in wanted]
        clocks = sync_state.field_clocks(self.conn, targets)
        for target in targets:
            person = found.get(target[1])
            fields = registrations.as_dict(person) if person else {}
            fields.pop("code", None)
            self.held[target] = merge.Record(
                fields, sync_state.expand(clocks.get(target, {}), fields)
            )

    def _record(self, entity: str, key: str) -> merge.Record:
        target = (entity, key)
        if target not in self.held:
            fields = _stored_fields(self.conn, entity, key)
            clocks = sync_state.field_clocks(self.conn, [target]).get(target, {})
            self.held[target] = merge.Record(fields, sync_state.expand(clocks, fields))
        return self.held[target]

    def merge(self, entity: str, key: str, changed: Mapping[str, Any], clock: str) -> None:
        wanted = {name: value for name, value in changed.items() if name in NAMES[entity]}
        if merge.apply(self._record(entity, key), wanted, clock):
            self.touched.add((entity, key))

    def merge_fields(
        self, entity: str, key: str, fields: Mapping[str, Any], clocks: Mapping[str, str]
    ) -> None:
        record = self._record(entity, key)
        if not record.fields and not record.clocks:  # new here: taken as it is
            named = {name: value for name, value in fields.items() if name in clocks}
            record.fields.update(named)
            record.clocks.update({name: clocks[name] for name in named})
            self.touched.add((entity, key))
            return
        for name, value in fields.items():
            if name in clocks:
                self.merge(entity, key, {name: value}, clocks[name])

    def write(self, conn: sqlite3.Connection, now: str) -> Applied:
        touched = sorted(self.touched)
        people = [key for entity, key in touched if entity == "registration"]
        if people:
            rows = [(*_registration_row(key, self.held[("registration", key)].fields), now)
                    for key in people]  # fmt: skip
            conn.executemany(_SAVE_REGISTRATION, rows)
        counts = {"registration": len(people), "ticket_type": 0, "point": 0, "event": 0}
        for entity, key in touched:
            if entity != "registration":
                _save_other(conn, entity, key, self.held[(entity, key)].fields)
                counts[entity] += 1
        sync_state.save_field_clocks(conn, {target: self.held[target].clocks for target in touched})
        return Applied(
            registrations=counts["registration"], ticket_types=counts["ticket_type"],
            points=counts["point"], event=counts["event"],
        )  # fmt: skip


def _stored_fields(conn: sqlite3.Connection, entity: str, key: str) -> dict[str, Any]:
    """The record's fields as this file holds them now (JSON values), {} for none."""
    if entity == "registration":
        found = registrations.get(conn, key)
        held = registrations.as_dict(found) if found else {}
        held.pop("code", None)
        return held
    if entity == "ticket_type":
        kind = event.ticket_type(conn, key)
        return dict(to_json(kind)) if kind else {}
    if entity == "point":
        row = conn.execute("SELECT 1 FROM points WHERE name = ?", (key,)).fetchone()
        return dict(to_json(event.point(conn, key))) if row else {}
    row = conn.execute("SELECT day_change FROM event").fetchone()
    return {"day_change": row[0]} if row else {}


def _registration_row(code: str, fields: Mapping[str, Any]) -> tuple[Any, ...]:
    """The stored row of a merged registration (as `from_json` reads it, without its cost)."""
    readers = _readers()
    values = {"first_name": "", "last_name": "", **fields, "code": code}
    person = Registration(**{name: readers[name](value) for name, value in values.items()})
    return registrations.to_row(person)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


@functools.cache
def _readers() -> dict[str, Callable[[Any], Any]]:
    """Each registration field's JSON reader: text fields plainly, the others by `value_of`.

    `checkin.domain.fields.from_json` asks the type of every value again; a first pull of
    100,000 registrations spent a fifth of its time there.
    """
    return {
        item.name: _text if item.type is str else functools.partial(value_of, item.type)
        for item in declared(Registration)
    }


def _save_other(conn: sqlite3.Connection, entity: str, key: str, fields: dict[str, Any]) -> None:
    if entity == "ticket_type":
        kind = TicketType(key, _days(fields.get("days")), str(fields.get("note") or ""))
        event.save_ticket_type(conn, kind)
    elif entity == "point":
        event.save_point(conn, Point(
            key, tuple(fields.get("ticket_types") or ()), tuple(fields.get("categories") or ()),
            _days(fields.get("days")), bool(fields.get("multi_entry")),
        ))  # fmt: skip
    elif "day_change" in fields:
        event.set_day_change(conn, time.fromisoformat(str(fields["day_change"])))


def _days(value: Any) -> tuple[Any, ...]:
    return days_of(json.dumps(list(value or ())))
