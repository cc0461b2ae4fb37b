"""The outbox: every change made at this desk, with a UUID and a time, for sync to ship once."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

ChangeRow = tuple[str, str, str, str, str, str, str]


def change_row(
    at: str, origin: str, entity: str, key: str, op: str, payload: Mapping[str, Any]
) -> ChangeRow:
    """Build one outbox row; its UUID is the idempotency key a hub dedupes on."""
    text = json.dumps(payload, ensure_ascii=False)
    return (str(uuid.uuid4()), at, origin, entity, key, op, text)


def record(conn: sqlite3.Connection, rows: Iterable[ChangeRow]) -> None:
    """Append changes inside the caller's transaction."""
    conn.executemany(
        "INSERT INTO changes (id, at, origin, entity, key, op, payload) VALUES (?,?,?,?,?,?,?)",
        rows,
    )


def pending(conn: sqlite3.Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Return the oldest changes not yet acknowledged by a server."""
    cursor = conn.execute(
        "SELECT id, at, origin, entity, key, op, payload FROM changes "
        "WHERE sent_at IS NULL ORDER BY seq LIMIT ?",
        (limit,),
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def mark_sent(conn: sqlite3.Connection, ids: Iterable[str], at: str) -> None:
    """Mark changes as acknowledged, inside the caller's transaction."""
    conn.executemany("UPDATE changes SET sent_at = ? WHERE id = ?", ((at, i) for i in ids))
