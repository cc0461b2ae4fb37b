"""Opening an event file: durable pragmas, migrations, and explicit transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from checkin.errors import UserError
from checkin.store import schema, search

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """Open a connection with the pragmas every connection to an event file needs.

    The connection is in autocommit mode (``isolation_level=None``): every write goes
    through `transaction`, so nothing is ever committed by accident or left half done.
    ``synchronous=FULL`` makes a commit durable before the desk says "checked in".
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise UserError(f"{path} is not a Check-in Desk event file: {error}") from error
    search.register_functions(conn)
    return conn


def open_db(path: Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or with ``create``, make) an event file and migrate it to the current schema."""
    if not create and not path.exists():
        raise UserError(f"No event file at {path}. Create one with 'checkin new --db {path}'.")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        schema.migrate(conn, str(path))
    except sqlite3.DatabaseError as error:
        conn.close()
        raise UserError(f"{path} is not a Check-in Desk event file: {error}") from error
    return sqlite_utils.Database(conn)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """Run a block as one immediate transaction: all of it is committed, or none of it."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
