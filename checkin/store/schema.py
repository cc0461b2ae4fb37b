"""The event file's schema and the forward-only migrations that bring older files up to date.

`PRAGMA user_version` is the schema version. Each migration runs in its own transaction, so a
file is always at one version or the next, never between. Every released version leaves a
fixture file in tests/data/schemas/ that the tests upgrade (scripts/make_schema_fixture.py).
New tables and indexes are plain CREATE statements; a change to an existing table's columns
goes through sqlite-utils' ``table.transform()`` (which copies the table, swaps it in and
drops the old one, inside the migration's transaction), as schema 3 does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from checkin.errors import UserError
from checkin.messages import _
from checkin.store import audit, search, sync_state

BASE_SCHEMA = (
    """CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uuid TEXT NOT NULL, name TEXT NOT NULL, days TEXT NOT NULL,
        timezone TEXT NOT NULL, private_key BLOB, public_key BLOB NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE registrations (
        code TEXT PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
        ticket_type TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',
        valid_days TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'valid',
        order_code TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
        signed INTEGER NOT NULL DEFAULT 0, extra TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL DEFAULT '', change_id TEXT NOT NULL DEFAULT '',
        import_key TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX registrations_order ON registrations(order_code) WHERE order_code != ''",
    "CREATE INDEX registrations_import_key ON registrations(import_key) WHERE import_key != ''",
    """CREATE TABLE ticket_types (
        name TEXT PRIMARY KEY, days TEXT NOT NULL DEFAULT '[]', note TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE points (
        name TEXT PRIMARY KEY, ticket_types TEXT NOT NULL DEFAULT '[]',
        categories TEXT NOT NULL DEFAULT '[]', days TEXT NOT NULL DEFAULT '[]',
        multi_entry INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE checkins (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL, day TEXT NOT NULL, at TEXT NOT NULL, desk TEXT NOT NULL,
        point TEXT NOT NULL, method TEXT NOT NULL, kind TEXT NOT NULL,
        undoes TEXT REFERENCES checkins(id))""",
    "CREATE INDEX checkins_ticket ON checkins(code, point, day)",
    "CREATE INDEX checkins_day ON checkins(point, day)",
    "CREATE INDEX checkins_undoes ON checkins(undoes) WHERE undoes IS NOT NULL",
    """CREATE TABLE attempts (
        id TEXT PRIMARY KEY, text TEXT NOT NULL, day TEXT NOT NULL, at TEXT NOT NULL,
        desk TEXT NOT NULL, point TEXT NOT NULL, method TEXT NOT NULL,
        outcome TEXT NOT NULL, reason TEXT NOT NULL)""",
    """CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at TEXT NOT NULL,
        origin TEXT NOT NULL, entity TEXT NOT NULL, key TEXT NOT NULL, op TEXT NOT NULL,
        payload TEXT NOT NULL, sent_at TEXT)""",
    "CREATE INDEX changes_unsent ON changes(seq) WHERE sent_at IS NULL",
    """CREATE TABLE print_jobs (
        id TEXT PRIMARY KEY, code TEXT, printer TEXT, template TEXT, state TEXT,
        message TEXT, created_at TEXT, updated_at TEXT)""",
)


# The search index as schema 1 made it (kept as it was: a migration is history).
_V1_FOLDED = (
    "lower(new.code), checkin_fold(new.first_name || ' ' || new.last_name), "
    "checkin_fold(new.organisation || ' ' || new.email)"
)
_V1_SEARCH = (
    "CREATE VIRTUAL TABLE registration_search USING fts5(code, names, other, content='', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE registration_words USING fts5vocab(registration_search, 'col')",
    "CREATE TRIGGER registrations_search_insert AFTER INSERT ON registrations BEGIN "
    f"INSERT INTO registration_search (rowid, code, names, other) VALUES (new.rowid, {_V1_FOLDED});"
    " END",
    "CREATE TRIGGER registrations_search_delete AFTER DELETE ON registrations BEGIN "
    "INSERT INTO registration_search (registration_search, rowid, code, names, other) "
    f"VALUES ('delete', old.rowid, {_V1_FOLDED.replace('new.', 'old.')}); END",
    "CREATE TRIGGER registrations_search_update AFTER UPDATE ON registrations BEGIN "
    "INSERT INTO registration_search (registration_search, rowid, code, names, other) "
    f"VALUES ('delete', old.rowid, {_V1_FOLDED.replace('new.', 'old.')}); "
    f"INSERT INTO registration_search (rowid, code, names, other) VALUES (new.rowid, {_V1_FOLDED});"
    " END",
)

# Schema 2: the event's day change time; order codes looked up regardless of case;
# order codes and joined name words in the search index; the journal of an import in progress
# (see `checkin.store.staging`).
_V2 = (
    "ALTER TABLE event ADD COLUMN day_change TEXT NOT NULL DEFAULT '04:00'",
    "DROP INDEX registrations_order",
    "CREATE INDEX registrations_order ON registrations(order_code COLLATE NOCASE) "
    "WHERE order_code != ''",
    """CREATE TABLE import_runs (
        id TEXT PRIMARY KEY, file TEXT NOT NULL, state TEXT NOT NULL, host TEXT NOT NULL,
        pid INTEGER NOT NULL, started_at TEXT NOT NULL, beat_at REAL NOT NULL)""",
    # one row per chunk written: the codes it added and the rows it replaced (JSON lists)
    """CREATE TABLE import_undo (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, run TEXT NOT NULL, added TEXT NOT NULL,
        replaced TEXT NOT NULL)""",
    "CREATE INDEX import_undo_run ON import_undo(run, seq)",
    # one row per chunk written: its changes for sync, held back until the commit point
    """CREATE TABLE import_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, run TEXT NOT NULL, changes TEXT NOT NULL)""",
    "CREATE INDEX import_outbox_run ON import_outbox(run, seq)",
)


# Schema 3: the print log's columns are text that is never NULL (a job's printer, template,
# message and times were nullable), and its newest-first reading has an index.
_V3_PRINT_COLUMNS = ("code", "printer", "template", "state", "message", "created_at", "updated_at")


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    for statement in (*BASE_SCHEMA, *_V1_SEARCH):
        conn.execute(statement)


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    for statement in _V2:
        conn.execute(statement)
    for name in search.TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in search.TRIGGERS:
        conn.execute(statement)
    search.rebuild(conn)


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """A table's columns changed through sqlite-utils' ``transform`` (copy, swap, drop)."""
    filled = ", ".join(f"{column} = coalesce({column}, '')" for column in _V3_PRINT_COLUMNS)
    conn.execute(f"UPDATE print_jobs SET {filled}")
    import sqlite_utils

    table = sqlite_utils.Database(conn).table("print_jobs")
    table.transform(
        types=dict.fromkeys(_V3_PRINT_COLUMNS, str),
        not_null=set(_V3_PRINT_COLUMNS),
        defaults=dict.fromkeys(_V3_PRINT_COLUMNS, ""),
    )
    table.create_index(["created_at"], index_name="print_jobs_created")


# Schema 5 (attendance): the organiser's organisation aliases (an alias's folded key, as typed,
# and the organisation it belongs to), and how long a scan took to its result where the desk
# measured it (by check-in id). Schema 4 is sync's; each is independent of the other.
_V5 = (
    """CREATE TABLE org_aliases (
        alias_key TEXT PRIMARY KEY, alias TEXT NOT NULL, organisation TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    """CREATE TABLE result_times (
        checkin_id TEXT PRIMARY KEY, ms REAL NOT NULL)""",
)


def _migrate_to_5(conn: sqlite3.Connection) -> None:
    for statement in _V5:
        conn.execute(statement)


def _migrate_to_6(conn: sqlite3.Connection) -> None:
    """The audit log: who looked at whom (`checkin.store.audit`), a table of its own."""
    for statement in audit.SCHEMA:
        conn.execute(statement)


# Schema 7: the check-ins in force read in time order from an index that holds every column a
# report reads (`checkin.store.report_data.entries`), instead of sorted on each read: 150,000
# check-ins came out in 0.13 s against 0.2-0.3 s with the sort. Undos are not in it.
_V7_CHECKINS_BY_TIME = (
    "CREATE INDEX checkins_by_time ON checkins(at, seq, id, code, day, desk, point, kind) "
    "WHERE kind = 'checkin'"
)


def _migrate_to_7(conn: sqlite3.Connection) -> None:
    conn.execute(_V7_CHECKINS_BY_TIME)


MIGRATIONS: tuple[tuple[int, Callable[[sqlite3.Connection], None]], ...] = (
    (1, _migrate_to_1),
    (2, _migrate_to_2),
    (3, _migrate_to_3),
    (4, sync_state.migrate_to_4),  # the sync state (checkin.store.sync_state)
    (5, _migrate_to_5),
    (6, _migrate_to_6),
    (7, _migrate_to_7),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def version_of(conn: sqlite3.Connection) -> int:
    """Return the schema version a file is at (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str) -> None:
    """Bring the file forward to SCHEMA_VERSION, one transaction per step."""
    current = version_of(conn)
    if current > SCHEMA_VERSION:
        raise UserError(
            _(
                "{path} was written by a newer Check-in Desk (schema {current}, this one knows "
                "{known}); update the program to open it."
            ).format(path=path, current=current, known=SCHEMA_VERSION)
        )
    for target, step in MIGRATIONS:
        if target <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(target)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
