"""Registrations in the event file: reading them, and writing a batch as one transaction."""

from __future__ import annotations

import enum
import json
import operator
import sqlite3
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, cast

from checkin.domain.fields import declared, json_encoder
from checkin.domain.model import REGISTRATION_FIELDS, Registration, Status
from checkin.store.event import days_of, days_text

FIELDS = REGISTRATION_FIELDS  # the columns, in the declaration's order
STORED = (*FIELDS, "import_key")
SELECT = f"SELECT {', '.join(FIELDS)} FROM registrations"
Row = tuple[Any, ...]  # a registration's stored FIELDS, in order; only this module reads one


def _writer(kind: Any) -> Callable[[Any], Any]:
    """Return how a value of a declared field's type is stored (the module docstring)."""
    if typing.get_origin(kind) is tuple:
        return days_text
    if typing.get_origin(kind) is dict:
        return _map_text
    if kind is bool:
        return int
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum_value
    return str


def _reader(kind: Any) -> Callable[[Any], Any]:
    """Return how a stored value is read back as its declared field's type."""
    if typing.get_origin(kind) is tuple:
        return days_of
    if typing.get_origin(kind) is dict:
        return json.loads
    if kind is bool:
        return bool
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return cast(Callable[[Any], Any], kind)
    return str


def _map_text(value: dict[str, str]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else "{}"


def _enum_value(value: enum.Enum) -> Any:
    return value.value


# Text fields are stored as they are; only the others are converted (the hot paths: an import
# compares every row, a search rebuilds every hit).
_VALUES = operator.attrgetter(*FIELDS)
_WRITERS = tuple(
    (index, _writer(item.type)) for index, item in enumerate(declared(Registration))
    if item.type is not str
)  # fmt: skip
_READERS = tuple(
    (index, _reader(item.type)) for index, item in enumerate(declared(Registration))
    if item.type is not str
)  # fmt: skip


def to_row(registration: Registration) -> Row:
    """Return a registration as the tuple of its stored FIELDS."""
    values = list(_VALUES(registration))
    for index, write in _WRITERS:
        values[index] = write(values[index])
    return tuple(values)


def from_row(row: Sequence[Any]) -> Registration:
    """Rebuild a registration from the tuple of its stored FIELDS."""
    values = list(row)
    for index, read in _READERS:
        values[index] = read(values[index])
    return Registration(*values)


as_dict = json_encoder(Registration)  # the JSON object a change carries (checkin.domain.fields)


def get(conn: sqlite3.Connection, code: str) -> Registration | None:
    """Return the registration with exactly this code, or None."""
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
    """Return how many registrations the file holds (cancelled ones too)."""
    return int(conn.execute("SELECT count(*) FROM registrations").fetchone()[0])


class Verdict(enum.StrEnum):
    """What writing a registration does to the event file."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


_STATUS = FIELDS.index("status")


class Batch:
    """Registrations to write, each compared with what the event file holds; changes are kept.

    Every stored registration is read once when the batch is made (an import compares
    200,000 rows without a query each); `put` then decides and keeps the rows to write,
    which `write` (or `checkin.store.staging.write`) writes.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._stored: dict[str, Row] = {row[0]: tuple(row) for row in conn.execute(SELECT)}
        keys = conn.execute("SELECT import_key, code FROM registrations WHERE import_key != ''")
        self._keys: dict[str, str] = dict(keys.fetchall())
        self.rows: list[Row] = []  # STORED values of the registrations to write

    def codes(self) -> set[str]:
        """Return the codes the event file holds."""
        return set(self._stored)

    def code_for(self, import_key: str) -> str | None:
        """Return the code a row without one was given before (found by its import key)."""
        return self._keys.get(import_key)

    def put(self, registration: Registration, import_key: str = "") -> Verdict:
        """Compare a registration with the stored one, keeping it to write if it differs."""
        row = to_row(registration)
        before = self._stored.get(registration.code)
        if before == row:
            return Verdict.UNCHANGED
        self.rows.append((*row, import_key))
        return Verdict.ADDED if before is None else Verdict.UPDATED

    def was_cancelled(self, code: str) -> bool:
        """Tell whether the stored registration of a code is cancelled (False if none)."""
        before = self._stored.get(code)
        return before is not None and before[_STATUS] == Status.CANCELLED.value

    def write(self, conn: sqlite3.Connection, at: str) -> None:
        """Write the kept rows inside the caller's transaction."""
        upsert(conn, self.rows, at)


def save(conn: sqlite3.Connection, registration: Registration, at: str) -> None:
    """Insert or update one registration (caller's transaction); its import key is kept."""
    columns = ", ".join((*FIELDS, "updated_at"))
    marks = ", ".join("?" * (len(FIELDS) + 1))
    updates = ", ".join(f"{name} = excluded.{name}" for name in (*FIELDS[1:], "updated_at"))
    conn.execute(
        f"INSERT INTO registrations ({columns}) VALUES ({marks}) "
        f"ON CONFLICT(code) DO UPDATE SET {updates}",
        (*to_row(registration), at),
    )


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
