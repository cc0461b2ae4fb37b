"""Opening event files (read-only or for writing, never another program's) and transactions.

* A file is checked before anything is written to it: SQLite files of other programs are
  refused byte-identical (no WAL switch, no migration).
* ``readonly=True`` opens without writing anything, so reading works on a write-protected file
  in a write-protected folder (even without its ``-wal``/``-shm`` files).
* `transaction` waits for another writer's lock for up to ``write_wait_s`` (default two
  minutes), telling the connection's wait hooks every second, so a check-in is not refused
  because an import or another desk is writing, and says so.
* The log is told every name and ticket code the file holds or gets (`checkin.log` hides
  them, and every e-mail address, in every line it writes).
* Event files hold personal data: a new one is made owner-only (0600, its folder 0700)
  before SQLite opens it, and SQLite gives its ``-wal``/``-shm`` files the same mode; an
  older file of ours opened for writing loses the group's and others' read bits.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import atomic_files, log
from checkin.errors import StorageError, Trouble, UserError, explain
from checkin.messages import _
from checkin.store import schema, search

if TYPE_CHECKING:  # sqlite-utils (and the NumPy it loads) only when a file is opened
    import sqlite_utils

BUSY_TIMEOUT_MS = 10_000  # reads; a WAL reader waits only in rare cases (recovery)
WAIT_STEP_S = 1.0  # a waiting write tells its hooks this often
WRITE_WAIT_S = 120.0  # a write waits this long for another program's lock, then gives up
OUR_TABLES = {"event", "registrations", "checkins"}
PERSONAL_COLUMNS = ("code", "first_name", "last_name")  # e-mails: the log's pattern


@dataclass(frozen=True)
class Waiting:
    """A write waiting for another program's lock on the event file.

    Attributes:
        path: the event file.
        seconds: how long the write has waited so far.
        done: True on the last call, when the wait is over.
        got_lock: on that last call, True if the write goes ahead, False if it gave up.
    """

    path: Path
    seconds: float
    done: bool = False
    got_lock: bool = False


WaitHook = Callable[[Waiting], None]


class EventConnection(sqlite3.Connection):
    """A connection to one event file: its path, whether it is read-only, whom to tell of waits.

    Made by `connect` (``sqlite3.connect(..., factory=EventConnection)``).
    """

    path: Path = Path()
    readonly: bool = False
    write_wait_s: float = WRITE_WAIT_S
    wait_hooks: list[WaitHook]

    def tell(self, waiting: Waiting) -> None:
        """Call every wait hook; a hook's failure never stops the write."""
        for hook in getattr(self, "wait_hooks", ()):
            with suppress(Exception):
                hook(waiting)


def on_waiting(db: sqlite_utils.Database, hook: WaitHook) -> None:
    """Call ``hook`` while a write on this event file waits for another program's lock.

    The hook runs on the thread that writes (the window's database thread); it gets a
    `Waiting` about every second of the wait, and one with ``done=True`` at its end.
    """
    conn = db.conn
    if isinstance(conn, EventConnection):
        conn.wait_hooks.append(hook)


def set_write_wait(db: sqlite_utils.Database, seconds: float) -> None:
    """Set how long a write waits for another program's lock before it gives up."""
    conn = db.conn
    if isinstance(conn, EventConnection):
        conn.write_wait_s = max(0.0, seconds)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open(
    path: Path, readonly: bool, *, immutable: bool = False, create: bool = False
) -> EventConnection:
    """Connect to an event file in the mode asked for.

    Read-only is ``query_only`` where the file can be written (so the last connection still
    tidies the -wal/-shm files away) and ``mode=ro`` where it cannot.
    """
    soft = readonly and not immutable and _writable(path)
    mode = "mode=rwc" if create else "mode=rw"
    mode = "immutable=1" if immutable else "mode=ro" if readonly and not soft else mode
    uri = f"{path.resolve().as_uri()}?{mode}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, factory=EventConnection
    )
    conn.path, conn.readonly, conn.wait_hooks = path, readonly, []
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if soft:
        conn.execute("PRAGMA query_only = ON")
    return conn


def _kind_of_file(conn: sqlite3.Connection) -> str:
    """Return "empty", "event" or "foreign" for what an open SQLite file holds (reads only)."""
    import sqlite_utils  # with the first file opened, not at start (it loads NumPy)

    names = set(sqlite_utils.Database(conn).table_names())  # introspection: sqlite-utils
    version = schema.version_of(conn)
    if not names:
        return "event" if version > schema.SCHEMA_VERSION else "empty"
    return "event" if names >= OUR_TABLES else "foreign"


def connect(path: Path, *, readonly: bool = False, create: bool = False) -> EventConnection:
    """Open a connection with the pragmas every connection to an event file needs.

    The connection is in autocommit mode (``isolation_level=None``): every write goes
    through `transaction`, so nothing is ever committed by accident or left half done.
    ``synchronous=FULL`` makes a commit durable before the desk says "checked in".
    What the file holds is checked before anything is written to it (the WAL switch
    included); a read-only connection writes nothing at all.

    Raises:
        StorageError: the file is missing, busy, unreadable, not an SQLite file, or
            another program's SQLite file.
        UserError: the file is empty and ``create`` is not given.
    """
    try:
        conn = _open(path, readonly, create=create)
        if readonly:
            conn = _readable(conn, path)
        try:
            _check_kind(conn, path, create)
        except UserError:
            conn.close()
            raise
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise _explained(error, path) from error
    search.register_functions(conn)
    return conn


def _readable(conn: EventConnection, path: Path) -> EventConnection:
    """Return a read-only connection that can read, on a write-protected folder too."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() or os.access(path.parent, os.W_OK):
            raise
        conn.close()  # no -shm can be made here and none is needed: nobody can be writing
        conn = _open(path, True, immutable=True)
    return conn


def _explained(error: sqlite3.Error, path: Path) -> UserError | sqlite3.Error:
    return explain(error, path) or error


def _not_ours(path: Path) -> StorageError:
    message = _(
        "{path} is another program's SQLite file, not a Check-in Desk event file; it was left "
        "as it is. Check the name given with --db."
    )
    return StorageError(Trouble.NOT_EVENT_FILE, path, message.format(path=path))


def _check_kind(conn: sqlite3.Connection, path: Path, create: bool) -> None:
    kind = _kind_of_file(conn)
    if kind == "foreign":
        raise _not_ours(path)
    if kind == "empty" and not create:
        raise UserError(
            _("{path} holds no event yet. Create one with 'checkin new --db {path}'.").format(
                path=path
            )
        )


def open_db(path: Path, *, create: bool = False, readonly: bool = False) -> sqlite_utils.Database:
    """Open (or with ``create``, make) an event file and migrate it to the current schema.

    Args:
        path: the event file.
        create: make the file (and its folder) if missing, and set it up.
        readonly: open for reading only: nothing is written, migrations are not run.

    Raises:
        UserError: the file is missing, empty (without ``create``), another program's,
            from a newer release, or refused by the disk (a `StorageError`).
    """
    if not create and not path.exists():
        missing = _("No event file at {path}. Create one with 'checkin new --db {path}'.")
        raise UserError(missing.format(path=path))
    if path.is_dir():
        raise StorageError(
            Trouble.MISSING, path, _("{path} is a folder, not an event file.").format(path=path)
        )
    if create:
        _make_private_file(path)
    elif not readonly:
        for own in (path, *_companions(path)):
            atomic_files.keep_private(own)
    conn = connect(path, readonly=readonly, create=create)
    try:
        if readonly:
            _check_version(conn, path)
        else:
            schema.migrate(conn, str(path))
        _tell_the_log(conn, path, readonly)
    except BaseException as error:
        conn.close()
        if isinstance(error, sqlite3.Error):
            raise _explained(error, path) from error
        raise
    import sqlite_utils  # with the first file opened, not at start (it loads NumPy)

    return sqlite_utils.Database(conn)


def _tell_the_log(conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
    """Let the log hide this event's names and codes: those there now, and each one written.

    The file's registrations are read only when a log line is first masked (opening an
    event of 100,000 costs nothing); new and changed ones (an import, a walk-in, an edit,
    a sync) reach the log through temporary triggers, which live in this connection only,
    never in the file.
    """
    found = {row[1] for row in conn.execute("PRAGMA main.table_info(registrations)")}
    if not set(PERSONAL_COLUMNS) <= found:
        return
    log.remember_all(functools.partial(_personal_rows, path))
    if readonly:
        return
    conn.create_function("checkin_remember", len(PERSONAL_COLUMNS), _remember)
    values = ", ".join(f"NEW.{name}" for name in PERSONAL_COLUMNS)
    for when in ("INSERT", "UPDATE"):
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS checkin_log_{when.lower()} AFTER {when} ON "
            f"main.registrations BEGIN SELECT checkin_remember({values}); END"
        )


def _personal_rows(path: Path) -> list[tuple[str | None, ...]]:
    """Every registration's code and names, read through a connection of its own."""
    columns = ", ".join(PERSONAL_COLUMNS)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute(f"SELECT {columns} FROM registrations").fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return []  # the file is gone or busy: the e-mail pattern and triggers still work


def _remember(*row: object) -> None:
    with suppress(Exception):  # the log's help must never fail a write
        log.remember(*(value if isinstance(value, str) else None for value in row))


def _companions(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside an event file."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _make_private_file(path: Path) -> None:
    """Make the folder (0700) and an empty event file (0600) for SQLite to set up.

    SQLite makes a new file 0644 less the umask, and its -wal/-shm files with the mode of
    the main file: so the main file is made first, owner-only, and they follow it.
    """
    for target, make in ((path.parent, atomic_files.make_folder), (path, _new_file)):
        try:
            make(target)
        except OSError as error:
            raise (explain(error, target) or error) from error


def _new_file(path: Path) -> None:
    if not path.exists():
        with suppress(FileExistsError):  # another process made it: SQLite checks it is ours
            atomic_files.create_private(path)


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    version = schema.version_of(conn)
    if version > schema.SCHEMA_VERSION:
        schema.migrate(conn, str(path))  # raises "written by a newer Check-in Desk"
    elif version < schema.SCHEMA_VERSION:
        raise UserError(
            _(
                "{path} was written by an older Check-in Desk and is read-only here, so it "
                "cannot be brought up to date: copy it to a folder you can write to and open it "
                "there."
            ).format(path=path)
        )


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return code in (5, 6) or "database is locked" in str(error)


def _begin(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, waiting for another writer (telling the hooks), up to the limit."""
    if not isinstance(conn, EventConnection):
        conn.execute("BEGIN IMMEDIATE")
        return
    started = time.monotonic()
    waited = got = False
    conn.execute(f"PRAGMA busy_timeout = {int(WAIT_STEP_S * 1000)}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                got = True
                return
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
                waited = True
                seconds = time.monotonic() - started
                if seconds >= conn.write_wait_s:
                    raise busy_error(conn, seconds) from error
                conn.tell(Waiting(conn.path, seconds))
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if waited:
            conn.tell(Waiting(conn.path, time.monotonic() - started, done=True, got_lock=got))


def busy_error(conn: sqlite3.Connection, waited: float) -> StorageError:
    """Return the error of a write that waited ``waited`` seconds for the lock and gave up."""
    path = getattr(conn, "path", Path("the event file"))
    message = _(
        "{path} is busy: another program has been writing it for {waited:.0f} s. Let it finish "
        "(or close it), then try again."
    )
    return StorageError(Trouble.BUSY, path, message.format(path=path, waited=waited))


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if SQLite has not already (it does itself after a full disk or I/O error)."""
    if conn.in_transaction:
        with suppress(sqlite3.Error):  # the error that brought us here is the one to report
            conn.execute("ROLLBACK")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """Run a block as one immediate transaction: all of it is committed, or none of it.

    Waits for another program's write lock (see `Waiting`). A refusal from the disk
    (full, read-only, I/O error) becomes a `StorageError` naming the event file.

    Raises:
        StorageError: busy past the wait limit, or the disk refused the write.
    """
    conn = db.conn
    path = getattr(conn, "path", Path("the event file"))
    try:
        _begin(conn)
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    except sqlite3.Error as error:
        raise _explained(error, path) from error
