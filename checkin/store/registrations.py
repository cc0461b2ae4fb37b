"""Registrations in the event file: reading them, and writing a batch as one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from checkin.domain.model import Registration, Status
from checkin.store.event import days_of, days_text

FIELDS = (
    "code", "first_name", "last_name", "organisation", "email", "ticket_type", "category",
    "valid_days", "status", "order_code", "note", "signed", "extra",
)  # fmt: skip
STORED = (*FIELDS, "import_key")
SELECT = f"SELECT {', '.join(FIELDS)} FROM registrations"
Row = tuple[Any, ...]


def to_row(registration: Registration) -> Row:
    """Return a registration as the tuple of its stored FIELDS."""
    return (
        registration.code, registration.first_name, registration.last_name,
        registration.organisation, registration.email, registration.ticket_type,
        registration.category, days_text(registration.valid_days), registration.status.value,
        registration.order_code, registration.note, int(registration.signed),
        json.dumps(registration.extra, ensure_ascii=False, sort_keys=True)
        if registration.extra else "{}",
    )  # fmt: skip


def as_dict(registration: Registration) -> dict[str, Any]:
    """Return a registration as the JSON object a change carries."""
    return row_dict(to_row(registration))


def row_dict(row: Row) -> dict[str, Any]:
    """Return a stored tuple as the JSON object a change carries."""
    return dict(zip(FIELDS, row, strict=True))


def from_row(row: Sequence[Any]) -> Registration:
    """Rebuild a registration from the tuple of its stored FIELDS."""
    return Registration(
        code=row[0], first_name=row[1], last_name=row[2], organisation=row[3], email=row[4],
        ticket_type=row[5], category=row[6], valid_days=days_of(row[7]), status=Status(row[8]),
        order_code=row[9], note=row[10], signed=bool(row[11]), extra=json.loads(row[12]),
    )  # fmt: skip


def get(conn: sqlite3.Connection, code: str) -> Registration | None:
    row = conn.execute(f"{SELECT} WHERE code = ?", (code,)).fetchone()
    return None if row is None else from_row(row)


def get_many(conn: sqlite3.Connection, codes: Sequence[str]) -> dict[str, Registration]:
    """Return the registrations for some codes, by code (unknown codes are left out)."""
    found: dict[str, Registration] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"{SELECT} WHERE code IN ({marks})", chunk):
            found[row[0]] = from_row(row)
    return found


def by_order(conn: sqlite3.Connection, order_code: str) -> list[Registration]:
    """Return the registrations of one order, by name; exactly as written, else ignoring case."""
    rows = conn.execute(
        f"{SELECT} WHERE order_code = ? ORDER BY last_name, first_name", (order_code,)
    ).fetchall()
    if not rows:
        rows = conn.execute(
            f"{SELECT} WHERE order_code = ? COLLATE NOCASE ORDER BY last_name, first_name",
            (order_code,),
        ).fetchall()
    return [from_row(row) for row in rows]


def every(conn: sqlite3.Connection) -> Iterator[Registration]:
    """Yield every registration, by last name then first name."""
    for row in conn.execute(f"{SELECT} ORDER BY last_name, first_name, code"):
        yield from_row(row)


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM registrations").fetchone()[0])


def stored_rows(conn: sqlite3.Connection) -> dict[str, Row]:
    """Return every registration as its stored tuple, by code, to compare an import against."""
    return {row[0]: tuple(row) for row in conn.execute(SELECT)}


def import_keys(conn: sqlite3.Connection) -> dict[str, str]:
    """Return code by import key, for rows that came without a code of their own."""
    rows = conn.execute("SELECT import_key, code FROM registrations WHERE import_key != ''")
    return dict(rows.fetchall())


def upsert(conn: sqlite3.Connection, rows: Iterable[Row], at: str) -> None:
    """Insert or update rows of STORED values, inside the caller's transaction."""
    restore(conn, ((*row, at) for row in rows))


def restore(conn: sqlite3.Connection, rows: Iterable[Row]) -> None:
    """Insert or update rows of STORED values followed by their ``updated_at`` (caller's tx)."""
    columns = ", ".join((*STORED, "updated_at"))
    marks = ", ".join("?" * (len(STORED) + 1))
    updates = ", ".join(f"{name} = excluded.{name}" for name in (*STORED[1:], "updated_at"))
    conn.executemany(
        f"INSERT INTO registrations ({columns}) VALUES ({marks}) "
        f"ON CONFLICT(code) DO UPDATE SET {updates}",
        rows,
    )


def saved(conn: sqlite3.Connection, codes: Sequence[str]) -> dict[str, Row]:
    """Return the STORED values and ``updated_at`` of some codes, by code (to undo a write)."""
    columns = ", ".join((*STORED, "updated_at"))
    found: dict[str, Row] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT {columns} FROM registrations WHERE code IN ({marks})"
        found.update((row[0], tuple(row)) for row in conn.execute(query, chunk))
    return found


def delete(conn: sqlite3.Connection, codes: Iterable[str]) -> None:
    """Delete registrations by code, inside the caller's transaction (undoing an import)."""
    conn.executemany("DELETE FROM registrations WHERE code = ?", ((code,) for code in codes))
