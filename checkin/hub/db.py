"""The hub's database: an engine for a URL (SQLite file or PostgreSQL), migrations, transactions.

SQLite (the default, one hub process): WAL, ``synchronous=FULL``, a busy timeout, and write
transactions opened with ``BEGIN IMMEDIATE`` so two writers queue instead of failing.
PostgreSQL (several hub processes): ``postgresql://`` URLs go through psycopg 3; writers to
one event queue on that event's row lock (see `checkin.hub.ledger`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from checkin.errors import UserError
from checkin.messages import _
from checkin.messages import _ as gettext

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
WRITE_LOCK = "_checkin_write_lock"  # attribute of an SQLite engine: its writers' queue
MIGRATION_LOCK = 7_310_412  # any constant: the advisory lock hub processes migrate under


def database_url(text: str) -> str:
    """Normalise what a user gives as --db: a URL, or a path to an SQLite file."""
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    scheme, _, rest = text.partition("://")
    if scheme in ("postgres", "postgresql"):
        return f"postgresql+psycopg://{rest}"
    if scheme in ("sqlite", "postgresql+psycopg"):
        return text
    raise UserError(
        gettext(
            "--db '{scheme}://...' is not supported: use a file path, sqlite:/// or postgresql://"
        ).format(scheme=scheme)
    )


def make_engine(url: str, pool_size: int = 10) -> sa.Engine:
    """Create the engine for a database URL, with the settings each database needs."""
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        setattr(engine, WRITE_LOCK, threading.Lock())
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)


def _sqlite_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    dbapi_connection.isolation_level = None  # we say BEGIN ourselves (SQLAlchemy's recipe)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   f"busy_timeout = {BUSY_TIMEOUT_MS}"):  # fmt: skip
        dbapi_connection.execute(f"PRAGMA {pragma}")


def _sqlite_begin(conn: sa.Connection) -> None:
    immediate = conn.get_execution_options().get("write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """Run a block as one write transaction: committed whole, or rolled back whole.

    On SQLite the threads of one process queue on a lock first: SQLite's own busy wait sleeps
    and polls (up to 100 ms a turn), which with 20 writers made the slowest wait seconds.
    """
    lock: threading.Lock = getattr(engine, WRITE_LOCK, None) or nullcontext()  # type: ignore[assignment]
    with lock, engine.connect().execution_options(write=True) as conn, conn.begin():
        yield conn


@contextmanager
def reading(engine: sa.Engine) -> Iterator[sa.Connection]:
    """Run a block of reads in one transaction (one consistent view)."""
    with engine.connect() as conn, conn.begin():
        yield conn


def insert_many(
    conn: sa.Connection,
    table: sa.Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    skip_taken: bool = False,
) -> None:
    """Insert rows with one executemany, below SQLAlchemy's compiler (for the push's hot path).

    Every row must have the same keys; they name the columns. With ``skip_taken``, a row
    whose primary key is taken is left out (``ON CONFLICT DO NOTHING``, SQLite and PostgreSQL).
    """
    if not rows:
        return
    names = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join([mark] * len(names))})"
           f"{' ON CONFLICT DO NOTHING' if skip_taken else ''}")  # fmt: skip
    conn.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])


def _alembic_config(conn: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def migrate(engine: sa.Engine) -> None:
    """Bring the database to the newest schema; hub processes starting together take turns."""
    try:
        with engine.connect().execution_options(write=True) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
                conn.commit()
            try:
                command.upgrade(_alembic_config(conn), "head")
                conn.commit()
            finally:
                if conn.dialect.name == "postgresql":
                    conn.execute(
                        sa.text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK}
                    )
                    conn.commit()
    except sa.exc.OperationalError as error:
        raise UserError(
            _("Cannot open the hub's database: {orig}").format(orig=error.orig)
        ) from error


def is_current(engine: sa.Engine) -> bool:
    """Tell whether the database is at the newest schema."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        head = ScriptDirectory.from_config(_alembic_config(conn)).get_current_head()
    return current == head
