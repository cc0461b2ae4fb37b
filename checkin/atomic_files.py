"""Writing a file so that it is there whole or not at all: never a partial file.

Every file the desk writes (exports, badge PDFs, tickets and their list, settings) is written
to a temporary file in the same folder, checked (the writer's own check, and never empty),
flushed to the disk (``fsync``) and renamed over the target, which is atomic on one file
system; the folder is synced too, so the rename survives a power cut. On any error the
temporary file is removed and a `StorageError` names the target and the cause (disk full,
read-only, no permission), so the command line exits 2 and the window shows it.

Every file made here is owner-only (``0600``) and every folder ``0700``, whatever the umask:
what the desk writes holds personal data (names, e-mails, employers) from the health sector,
and a laptop's other accounts, or a shared folder, must not read it. The event file, the log
and the print spool make their files with `create_private` and `make_folder` too.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from checkin.errors import StorageError, Trouble, explain
from checkin.messages import _

WORKING_SUFFIXES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database
FILE_MODE = 0o600  # owner read/write: every file the desk writes may hold personal data
FOLDER_MODE = 0o700  # owner only, for every folder the desk makes
Check = Callable[[Path], str | None]
"""Looks at a finished temporary file; returns what is wrong with it, or None if it is whole."""


def temporary_name(target: Path) -> Path:
    """Return a fresh hidden name beside ``target`` (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _storage_error(error: OSError, target: Path) -> StorageError:
    explained = explain(error, target)
    if explained is None:
        reason = error.strerror or type(error).__name__
        return StorageError(
            Trouble.IO,
            target,
            _("Could not write {target} ({reason}).").format(target=target, reason=reason),
        )
    return explained


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for `open` that makes a new file owner-only (0600) whatever the umask.

    A file that exists keeps its mode, but loses the group's and others' bits when it is
    ours (a log file made 0644 by an older release).
    """
    descriptor = os.open(path, flags, FILE_MODE)
    keep_private(descriptor)
    return descriptor


def create_private(path: str | os.PathLike[str]) -> None:
    """Make a new, empty owner-only file: exactly 0600, whatever the umask.

    Raises:
        OSError: the file exists, or the folder refused it.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)


def keep_private(file: str | os.PathLike[str] | int) -> None:
    """Take the group's and others' bits off an existing file of ours; quietly, if it cannot.

    For files made by an older release or another tool (0644). ``file`` is a path or an
    open descriptor. A read-only disk, a file system without modes (FAT), another user's
    file and anything that is not a regular file (a device, a pipe) are left as they are.
    """
    if os.name != "posix":
        return  # Windows: a file under the user's profile is private by its ACL
    with suppress(OSError):
        status = os.stat(file)
        regular = stat.S_ISREG(status.st_mode)
        if regular and status.st_uid == os.geteuid() and status.st_mode & 0o077:
            os.chmod(file, status.st_mode & 0o700)


def make_folder(folder: str | os.PathLike[str]) -> Path:
    """Make a folder and any missing parents owner-only (0700); existing ones are left alone.

    Raises:
        OSError: a parent is a file, or the disk refused the folder.
    """
    goal = Path(folder)
    missing = [goal, *goal.parents]
    missing = [path for path in missing if not path.is_dir()][::-1]
    for path in missing:
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if not path.is_dir():
                raise
            continue  # made by another process meanwhile
        if os.name == "posix":
            os.chmod(path, FOLDER_MODE)  # exactly 0700, whatever the umask took away
    return goal


def _create(target: Path) -> Path:
    temp = temporary_name(target)
    try:
        create_private(temp)
    except OSError as error:
        raise _storage_error(error, target) from error
    return temp


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to sync it; its rename is durable on NTFS
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _finish(temp: Path, target: Path, check: Check | None) -> None:
    descriptor = os.open(temp, os.O_RDWR)
    try:
        os.fsync(descriptor)
        size = os.fstat(descriptor).st_size
    finally:
        os.close(descriptor)
    problem = "it came out empty" if size == 0 else check(temp) if check else None
    if problem:
        message = _(
            "Could not write {target}: {problem}; nothing was written. Is the disk full? Free "
            "some space or choose another folder, then try again."
        )
        raise StorageError(Trouble.IO, target, message.format(target=target, problem=problem))
    os.replace(temp, target)
    _sync_folder(target.parent)


def holds_database(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is an SQLite database with tables (an event file, a hub's database).

    Asked through SQLite, never by reading the file: closing any descriptor of the desk's own
    open event file would drop every POSIX lock the process holds on it, and another program
    would then delete the write-ahead log the desk still writes to (SQLite's "How To Corrupt",
    2.2). SQLite shares its locks between the connections of one process, so its own read is
    safe. A database's working file (``-wal``, ``-shm``, ``-journal`` beside it) counts too.
    """
    where = Path(path)
    name = where.name
    for suffix in WORKING_SUFFIXES:
        if name.endswith(suffix) and where.with_name(name.removesuffix(suffix)).is_file():
            return True
    if not where.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{where.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return int(conn.execute("PRAGMA schema_version").fetchone()[0]) > 0
    except sqlite3.Error:  # not a database (a PDF, a CSV), or one that cannot be read
        return False
    finally:
        conn.close()


def refuse_database(target: Path) -> None:
    """Raise StorageError when writing ``target`` would replace an event file (or its part)."""
    if holds_database(target):
        message = _(
            "Will not write over {target}: it is an event file (a database); nothing was "
            "written. Choose another file name."
        )
        raise StorageError(Trouble.IS_EVENT_FILE, target, message.format(target=target))


@contextmanager
def atomic_path(target: str | os.PathLike[str], check: Check | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends, check it and put it in place.

    Args:
        target: the file to write (replaced whole if it exists).
        check: an extra check of the finished file (a PDF's trailer, a zip's directory).

    Raises:
        StorageError: the folder refused the file, a write failed, or the check failed;
            the temporary file is gone and the target untouched; or the target is an event
            file (a database) or one of its working files, which no output replaces.
    """
    goal = Path(target)
    refuse_database(goal)
    temp = _create(goal)
    try:
        yield temp
        _finish(temp, goal, check)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _storage_error(error, goal) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_open(
    target: str | os.PathLike[str], mode: str = "w", check: Check | None = None, **options: Any
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing (``open``'s mode and options); put it in place after.

    Raises:
        StorageError: as `atomic_path`.
    """
    with atomic_path(target, check) as temp, open(temp, mode, **options) as handle:
        yield handle
        handle.flush()


def write_bytes(target: str | os.PathLike[str], data: bytes, check: Check | None = None) -> None:
    """Write ``data`` as the whole of ``target``, atomically (see `atomic_path`)."""

    def whole(temp: Path) -> str | None:
        size = temp.stat().st_size
        if size != len(data):
            return f"{size} of {len(data)} bytes reached the disk"
        return check(temp) if check else None

    with atomic_path(target, whole) as temp:
        temp.write_bytes(data)


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` as the whole of ``target``, atomically (see `atomic_path`)."""
    write_bytes(target, text.encode(encoding))


def ends_with(marker: bytes, within: int = 1024) -> Check:
    """Return a check that the file's last ``within`` bytes hold ``marker`` (PDF: ``%%EOF``)."""

    def check(temp: Path) -> str | None:
        with temp.open("rb") as handle:
            handle.seek(max(0, temp.stat().st_size - within))
            tail = handle.read()
        return None if marker in tail else "the file is cut short (its ending is missing)"

    return check
