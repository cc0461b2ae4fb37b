"""The outbox: every change made at this desk, with a UUID and a time, for sync to ship once.

`OpChanges` is what one write of the desk changed (as Anki's collection answers a write with
its ``OpChanges``): the parts of the event file the window shows, so it refreshes only those,
and the outbox entries written, so the sync worker knows what to send.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple


class ChangeRow(NamedTuple):
    """One row of the outbox (table ``changes``), as `change_row` makes it."""

    id: str
    at: str
    origin: str
    entity: str
    key: str
    op: str
    payload: str  # JSON text


@dataclass(frozen=True)
class OpChanges:
    """What one write changed; merge two with ``|``.

    Attributes:
        registrations: registrations were added or edited (search hits, the details panel).
        checkins: the check-in log has a new entry (a check-in or an undo).
        counts: the checked-in or expected figures may differ.
        recent: the list of latest check-ins may differ.
        attempts: a refused or duplicate scan was logged.
        ticket_types: a ticket type's days or note changed.
        points: a check-in point changed.
        event: the event itself changed (its day change time).
        outbox: the ids of the outbox entries written (`pending` returns them for sync).
    """

    registrations: bool = False
    checkins: bool = False
    counts: bool = False
    recent: bool = False
    attempts: bool = False
    ticket_types: bool = False
    points: bool = False
    event: bool = False
    outbox: tuple[str, ...] = ()

    def __or__(self, other: OpChanges) -> OpChanges:
        flags = {
            name: getattr(self, name) or getattr(other, name)
            for name in self.__dataclass_fields__
            if name != "outbox"
        }
        return OpChanges(**flags, outbox=self.outbox + other.outbox)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)


def change_row(
    at: str, origin: str, entity: str, key: str, op: str, payload: Mapping[str, Any]
) -> ChangeRow:
    """Build one outbox row; its UUID is the idempotency key a hub dedupes on.

    Args:
        at: when the change was made (UTC, `checkin.domain.clock.utc_text`).
        origin: the desk that made it.
        entity: ``registration``, ``checkin``, ``ticket_type``, ``point`` or ``event``.
        key: the entity's key (a ticket code, a check-in id, a name).
        op: ``create``, ``update`` or ``append``.
        payload: the change as JSON-ready data (`checkin.domain.fields.to_json` shapes).
    """
    text = json.dumps(payload, ensure_ascii=False)
    return ChangeRow(str(uuid.uuid4()), at, origin, entity, key, op, text)


def record(conn: sqlite3.Connection, rows: Iterable[ChangeRow]) -> tuple[str, ...]:
    """Append changes inside the caller's transaction; returns their ids, in order."""
    listed = list(rows)
    conn.executemany(
        "INSERT INTO changes (id, at, origin, entity, key, op, payload) VALUES (?,?,?,?,?,?,?)",
        listed,
    )
    return tuple(row.id for row in listed)


def pending(conn: sqlite3.Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Return the oldest changes not yet acknowledged by a server, oldest first.

    Each is a dict of ``id, at, origin, entity, key, op, payload`` (the payload as JSON text),
    the row `checkin.sync.protocol.entry_from_outbox` turns into a wire entry.
    """
    cursor = conn.execute(
        "SELECT id, at, origin, entity, key, op, payload FROM changes "
        "WHERE sent_at IS NULL ORDER BY seq LIMIT ?",
        (limit,),
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def mark_sent(conn: sqlite3.Connection, ids: Iterable[str], at: str) -> None:
    """Mark changes as acknowledged, inside the caller's transaction.

    The acknowledged registrations' older changes lose their superseded values
    (`scrub_acknowledged`), so an edited-away e-mail leaves no copy in the outbox.
    """
    acknowledged = list(ids)
    conn.executemany("UPDATE changes SET sent_at = ? WHERE id = ?", ((at, i) for i in acknowledged))
    keys = [
        key
        for (key,) in conn.execute(
            "SELECT key FROM changes WHERE entity = 'registration' AND id IN "
            "(SELECT value FROM json_each(?))",
            (json.dumps(acknowledged),),
        )
    ]
    scrub_acknowledged(conn, keys)


def scrub_acknowledged(conn: sqlite3.Connection, keys: Iterable[str] | None = None) -> int:
    """Drop superseded values from registration changes a hub has acknowledged.

    Once a hub holds a change, this desk keeps its outbox row only as a record; a value a later
    edit replaced (an e-mail address edited away, a misspelt name) must not linger there. Each
    acknowledged registration change keeps only the fields whose values the registration still
    has (they are in ``registrations`` anyway); a change of a registration that is gone keeps
    none. Unacknowledged changes are left whole: sync still has to send them. `mark_sent`
    calls this for the registrations it acknowledges; a sync engine may call it on its own.

    Args:
        conn: the event file, inside the caller's transaction.
        keys: the ticket codes to scrub the changes of (None: every registration's).

    Returns:
        How many outbox rows were rewritten.
    """
    from checkin.store import registrations  # the outbox is below the registrations' module

    where, params = "", []
    if keys is not None:
        params = sorted(set(keys))
        where = f"AND key IN ({', '.join('?' * len(params))})" if params else "AND 0"
    rows = conn.execute(
        "SELECT seq, key, payload FROM changes WHERE entity = 'registration' "
        f"AND sent_at IS NOT NULL {where} ORDER BY key",
        params,
    ).fetchall()
    current: dict[str, dict[str, Any]] = {}
    rewritten = []
    for seq, key, text in rows:
        if key not in current:
            found = registrations.get(conn, key)
            current[key] = registrations.as_dict(found) if found is not None else {}
        payload = json.loads(text)
        kept = {name: value for name, value in payload.items() if current[key].get(name) == value}
        if kept != payload:
            rewritten.append((json.dumps(kept, ensure_ascii=False), seq))
    conn.executemany("UPDATE changes SET payload = ? WHERE seq = ?", rewritten)
    return len(rewritten)
