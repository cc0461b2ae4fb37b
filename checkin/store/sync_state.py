"""The event file's sync state: the desk's clock, each change's clock reading, per-field clocks.

Schema 4 (`migrate_to_4`) adds what a desk needs to sync with a hub:

- ``changes.hlc``: every outbox change carries the desk's hybrid-logical-clock reading
  (`checkin.domain.hlc`), stamped by `stamp` in the transaction that records the change;
  ``changes.batch_id``: the batch a change was handed out in and not yet acknowledged (sent
  again under the same id after a crash, so the hub answers it as a replay);
  ``changes.refused``: why the hub refused a change that retrying cannot fix.
- ``sync``: one row: the desk's last clock reading, the hub link (URL, event slug, desk
  name, the certificate to trust, a backend's own options as JSON (pretix: organizer and
  check-in list); never the token, which the settings' secret store keeps),
  the pull cursor, and the last attempt, success and error.
- ``field_clocks``: per registration, ticket type, point and event, the clock reading of
  each field's value (``{"*": reading}`` stands for every field not named), merged by
  `checkin.domain.merge`'s rule as the hub merges them.
- ``sync_parked``: undos pulled before the check-in they take back; ``sync_notices``: the
  "also admitted elsewhere" notices found, and when each was shown.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple, Protocol

from checkin.domain import hlc
from checkin.domain.model import REGISTRATION_FIELDS

# The entities merged field by field, and their fields (a registration's code is its key).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "registration": tuple(name for name in REGISTRATION_FIELDS if name != "code"),
    "ticket_type": ("name", "days", "note"),
    "point": ("name", "ticket_types", "categories", "days", "multi_entry"),
    "event": ("name", "days", "day_change"),
}
MERGED = tuple(FIELD_NAMES)
ALL_FIELDS = "*"  # in a clocks object: the reading of every field not named
DEFAULT_NODE = "desk"  # the clock's node for a change made without a desk name
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)

_V4 = (
    "ALTER TABLE changes ADD COLUMN hlc TEXT",
    "ALTER TABLE changes ADD COLUMN batch_id TEXT",
    "ALTER TABLE changes ADD COLUMN refused TEXT",
    "CREATE INDEX changes_in_flight ON changes(batch_id) "
    "WHERE sent_at IS NULL AND batch_id IS NOT NULL",
    """CREATE TABLE sync (
        id INTEGER PRIMARY KEY CHECK (id = 1), clock TEXT NOT NULL DEFAULT '',
        backend TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',
        event TEXT NOT NULL DEFAULT '', desk TEXT NOT NULL DEFAULT '',
        connected_at TEXT NOT NULL DEFAULT '', cafile TEXT NOT NULL DEFAULT '',
        options TEXT NOT NULL DEFAULT '', cursor TEXT NOT NULL DEFAULT '',
        first_pull_done INTEGER NOT NULL DEFAULT 0, last_attempt_at TEXT NOT NULL DEFAULT '',
        last_success_at TEXT NOT NULL DEFAULT '', last_error_at TEXT NOT NULL DEFAULT '',
        last_error TEXT NOT NULL DEFAULT '', last_error_kind TEXT NOT NULL DEFAULT '',
        clock_skew_ms INTEGER)""",
    "INSERT INTO sync (id) VALUES (1)",
    """CREATE TABLE field_clocks (
        entity TEXT NOT NULL, key TEXT NOT NULL, clocks TEXT NOT NULL,
        PRIMARY KEY (entity, key)) WITHOUT ROWID""",
    """CREATE TABLE sync_parked (
        id TEXT PRIMARY KEY, undoes TEXT NOT NULL, body TEXT NOT NULL)""",
    "CREATE INDEX sync_parked_undoes ON sync_parked(undoes)",
    """CREATE TABLE sync_notices (
        id TEXT PRIMARY KEY, here_id TEXT NOT NULL, found_at TEXT NOT NULL, shown_at TEXT)""",
)


class Change(Protocol):
    """An outbox change as `checkin.store.changes.ChangeRow` holds it."""

    @property
    def at(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def op(self) -> str: ...
    @property
    def payload(self) -> str: ...


def migrate_to_4(conn: sqlite3.Connection) -> None:
    """Schema 4: the sync state; changes already in the outbox get their clock readings."""
    for statement in _V4:
        conn.execute(statement)
    old = conn.execute(
        "SELECT seq, at, origin, entity, key, op, payload FROM changes ORDER BY seq"
    ).fetchall()
    rows = [_Old(*row[1:]) for row in old]
    readings = stamp(conn, rows)
    conn.executemany(
        "UPDATE changes SET hlc = ? WHERE seq = ?",
        ((reading, row[0]) for reading, row in zip(readings, old, strict=True)),
    )


class _Old(NamedTuple):
    """A change found in the outbox by the migration."""

    at: str
    origin: str
    entity: str
    key: str
    op: str
    payload: str


# -- the desk's clock -------------------------------------------------------------------
def clock(conn: sqlite3.Connection) -> hlc.Timestamp | None:
    """Return the desk's last clock reading, or None before its first change."""
    row = conn.execute("SELECT clock FROM sync WHERE id = 1").fetchone()
    return hlc.Timestamp.parse(row[0]) if row and row[0] else None


def set_clock(conn: sqlite3.Connection, reading: hlc.Timestamp) -> None:
    """Keep the desk's last clock reading (inside the caller's transaction)."""
    conn.execute("UPDATE sync SET clock = ? WHERE id = 1", (reading.encode(),))


def observe(conn: sqlite3.Connection, remote: str, physical_ms: int) -> None:
    """Fold a reading seen elsewhere (a pulled entry's, the hub's) into the desk's clock."""
    last = clock(conn)
    seen = hlc.Timestamp.parse(remote)
    node = last.node if last is not None else DEFAULT_NODE
    set_clock(conn, hlc.receive(last, seen, physical_ms, node))


def ms_of(at: str) -> int:
    """Return a stored UTC time (``2026-06-01T06:41:12.345Z``) in ms since the epoch."""
    moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // _MS


def stamp(conn: sqlite3.Connection, rows: Sequence[Change]) -> list[str]:
    """Stamp changes with the desk's clock, inside the transaction that records them.

    Each change gets a reading later than every reading this desk made or saw before
    (`checkin.domain.hlc.tick` on the change's own time); the clock and the per-field clocks
    of what the changes edit are kept in the same transaction.

    Returns:
        The readings (text), one per change, in order.
    """
    if not rows:
        return []
    last = clock(conn)
    readings: list[str] = []
    at_text, at_ms = "", 0
    for row in rows:
        if row.at != at_text:
            at_text, at_ms = row.at, ms_of(row.at)
        physical = at_ms
        if last is not None and last.counter >= hlc.MAX_COUNTER and physical <= last.wall:
            physical = last.wall + 1  # a million changes in one ms: the next ms
        last = hlc.tick(last, physical, row.origin or DEFAULT_NODE)
        readings.append(last.encode())
    assert last is not None
    set_clock(conn, last)
    _keep_field_clocks(conn, rows, readings)
    return readings


def _keep_field_clocks(
    conn: sqlite3.Connection, rows: Sequence[Change], readings: list[str]
) -> None:
    """Give the fields each change sets the change's reading (a create: every field)."""
    edits: dict[tuple[str, str], dict[str, str]] = {}
    fresh: set[tuple[str, str]] = set()
    for row, reading in zip(rows, readings, strict=True):
        if row.entity not in MERGED:
            continue
        target = (row.entity, row.key)
        if row.op == "create":
            edits[target] = {ALL_FIELDS: reading}
            fresh.add(target)
        else:
            named = set(json.loads(row.payload)) - {"code"}
            edits.setdefault(target, {}).update(dict.fromkeys(named, reading))
    if not edits:
        return
    held = field_clocks(conn, [key for key in edits if key not in fresh])
    merged = {key: {**held.get(key, {}), **change} for key, change in edits.items()}
    save_field_clocks(conn, merged)


def field_clocks(
    conn: sqlite3.Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, str]]:
    """Return the stored per-field clocks of some (entity, key) pairs (missing ones left out)."""
    by_entity: dict[str, list[str]] = {}
    for entity, key in keys:
        by_entity.setdefault(entity, []).append(key)
    found: dict[tuple[str, str], dict[str, str]] = {}
    for entity, names in by_entity.items():
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT key, clocks FROM field_clocks WHERE entity = ? AND key IN ({marks})",
                (entity, *chunk),
            )
            found.update(((entity, key), json.loads(text)) for key, text in rows)
    return found


def save_field_clocks(
    conn: sqlite3.Connection, clocks: Mapping[tuple[str, str], Mapping[str, str]]
) -> None:
    """Store per-field clocks (inside the caller's transaction), replacing those held."""
    conn.executemany(
        "INSERT INTO field_clocks (entity, key, clocks) VALUES (?, ?, ?) "
        "ON CONFLICT(entity, key) DO UPDATE SET clocks = excluded.clocks",
        (
            (entity, key, json.dumps(compact(entity, value), sort_keys=True))
            for (entity, key), value in clocks.items()
        ),
    )


def compact(entity: str, clocks: Mapping[str, str]) -> dict[str, str]:
    """Write a record's clocks short: its commonest reading as ``*``, the others by field.

    Only a record whose every field has a reading gets a ``*`` (it stands for every field
    not named, so it must not give a reading to a field that never had one).
    """
    names = FIELD_NAMES[entity]
    readings = expand(clocks, names)
    if not readings or any(name not in readings for name in names):
        return readings
    common = Counter(readings[name] for name in names).most_common(1)[0][0]
    kept = {name: value for name, value in readings.items() if value != common}
    return {ALL_FIELDS: common, **kept}


def expand(clocks: Mapping[str, str], names: Iterable[str]) -> dict[str, str]:
    """Return each named field's reading, the ``*`` reading for those not named."""
    every = clocks.get(ALL_FIELDS)
    out = {name: value for name, value in clocks.items() if name != ALL_FIELDS}
    if every is not None:
        for name in names:
            out.setdefault(name, every)
    return out


# -- the sync row ----------------------------------------------------------------------
SYNC_COLUMNS = (
    "backend", "url", "event", "desk", "connected_at", "cafile", "options", "cursor",
    "first_pull_done",
    "last_attempt_at", "last_success_at", "last_error_at", "last_error", "last_error_kind",
    "clock_skew_ms",
)  # fmt: skip


def sync_row(conn: sqlite3.Connection) -> dict[str, Any]:
    """Return the sync row's columns (SYNC_COLUMNS) by name."""
    row = conn.execute(f"SELECT {', '.join(SYNC_COLUMNS)} FROM sync WHERE id = 1").fetchone()
    return dict(zip(SYNC_COLUMNS, row, strict=True))


def update_sync(conn: sqlite3.Connection, **values: Any) -> None:
    """Set columns of the sync row (inside the caller's transaction)."""
    unknown = set(values) - set(SYNC_COLUMNS)
    if unknown:
        raise ValueError(f"no sync column {sorted(unknown)}")
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(f"UPDATE sync SET {assignments} WHERE id = 1", tuple(values.values()))
