"""Errors the user can act on, kept apart from bugs; what a refusing disk or SQLite means.

`explain` turns what the operating system or SQLite says (``ENOSPC``, ``EROFS``,
``database is locked``...) into a `StorageError` whose one-line text names the file and says
what to do. It looks through an exception's chain, so the real cause is found behind a
follow-up error such as "cannot rollback - no transaction is active".
"""

from __future__ import annotations

import enum
import errno
import os
import shutil
import sqlite3
from pathlib import Path

from checkin.messages import N_, _

LOW_SPACE_BYTES = 1 << 20  # less free space than this, and a vague write error is "disk full"


class CheckinError(Exception):
    """Base of every error this package raises on purpose."""


class UserError(CheckinError):
    """A problem the user caused or can fix; its text is shown as it is.

    The command line exits with code 2 on a UserError.
    """

    def text(self) -> str:
        return str(self)


class NotFoundError(UserError):
    """Something the user named (a ticket, an event file, a point) does not exist."""


class Trouble(enum.StrEnum):
    """The kinds of refusal from the disk or the event file that the user must deal with."""

    BUSY = "busy"
    FULL = "full"
    READ_ONLY = "read-only"
    NO_PERMISSION = "no-permission"
    MISSING = "missing"
    NOT_EVENT_FILE = "not-an-event-file"
    IS_EVENT_FILE = "is-an-event-file"  # asked to write over (or read as input) an event file
    IO = "io"


class StorageError(UserError):
    """The disk or the event file refused: busy, full, read-only, missing, not ours.

    Attributes:
        trouble: which kind of refusal, for callers that react to it (the window).
        path: the file it concerns.
    """

    def __init__(self, trouble: Trouble, path: str | os.PathLike[str], message: str) -> None:
        super().__init__(message)
        self.trouble = trouble
        self.path = Path(path)


_OS_TROUBLE = {
    getattr(errno, name): trouble
    for name, trouble in (
        ("ENOSPC", Trouble.FULL), ("EFBIG", Trouble.FULL), ("EDQUOT", Trouble.FULL),
        ("EROFS", Trouble.READ_ONLY), ("EACCES", Trouble.NO_PERMISSION),
        ("EPERM", Trouble.NO_PERMISSION), ("ENOENT", Trouble.MISSING),
        ("ENOTDIR", Trouble.MISSING), ("EISDIR", Trouble.MISSING), ("EIO", Trouble.IO),
        ("EEXIST", Trouble.MISSING),  # a folder to make where a file is
    )
    if hasattr(errno, name)  # EDQUOT is not on every system
}  # fmt: skip
# SQLite's primary result codes (sqlite3.h), the low byte of an extended code
_SQLITE_TROUBLE = {
    5: Trouble.BUSY,  # SQLITE_BUSY
    6: Trouble.BUSY,  # SQLITE_LOCKED
    8: Trouble.READ_ONLY,  # SQLITE_READONLY
    10: Trouble.IO,  # SQLITE_IOERR
    11: Trouble.NOT_EVENT_FILE,  # SQLITE_CORRUPT
    13: Trouble.FULL,  # SQLITE_FULL
    14: Trouble.MISSING,  # SQLITE_CANTOPEN
    26: Trouble.NOT_EVENT_FILE,  # SQLITE_NOTADB
}
_SQLITE_WORDS = (
    ("database is locked", Trouble.BUSY),
    ("readonly", Trouble.READ_ONLY),
    ("disk i/o error", Trouble.IO),
    ("is full", Trouble.FULL),
    ("not a database", Trouble.NOT_EVENT_FILE),
    ("malformed", Trouble.NOT_EVENT_FILE),
    ("unable to open", Trouble.MISSING),
)


def trouble_of(error: BaseException) -> Trouble | None:
    """Return the kind of storage refusal one exception is, or None (not one, or a bug)."""
    if isinstance(error, StorageError):
        return error.trouble
    if isinstance(error, OSError):
        return _OS_TROUBLE.get(error.errno or 0)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _SQLITE_TROUBLE:
            return _SQLITE_TROUBLE[code & 0xFF]
        text = str(error).lower()
        return next((trouble for words, trouble in _SQLITE_WORDS if words in text), None)
    return None


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def explain(error: BaseException, path: str | os.PathLike[str]) -> StorageError | None:
    """Say what a refusal from the disk or SQLite means for ``path``, or None for a bug.

    Args:
        error: the exception caught; its causes and contexts are searched too, deepest
            meaningful one first (a failed ROLLBACK hides the disk-full error behind it).
        path: the file the operation was about (named in the message, rather than the
            temporary file or journal the error itself may name).

    Returns:
        A StorageError with a one-line message naming the file and what to do.
    """
    for cause in reversed(_chain(error)):
        trouble = trouble_of(cause)
        if trouble is not None:
            if isinstance(cause, StorageError):
                return cause
            where = Path(path)
            trouble = _refined(trouble, where)
            return StorageError(trouble, where, message_for(trouble, where, cause))
    return None


def _refined(trouble: Trouble, path: Path) -> Trouble:
    """Look closer where the cause is vague.

    SQLite says "unable to open" (CANTOPEN) for a file that is there but cannot be written,
    and "disk I/O error" where a write met a full disk (the -shm file, a Qt writer).
    """
    if trouble is Trouble.MISSING and path.is_file():
        return Trouble.READ_ONLY if not _writable(path) else Trouble.NO_PERMISSION
    if trouble is Trouble.IO and _free_bytes(path) < LOW_SPACE_BYTES:
        return Trouble.FULL
    return trouble


def _free_bytes(path: Path) -> int:
    folder = next((p for p in (path, *path.parents) if p.is_dir()), None)
    try:
        return shutil.disk_usage(folder).free if folder else LOW_SPACE_BYTES
    except OSError:
        return LOW_SPACE_BYTES


def message_for(trouble: Trouble, path: Path, cause: BaseException | None = None) -> str:
    """Return the one-line message for a kind of refusal about one file."""
    if trouble is Trouble.MISSING and path.is_dir():
        return _("{path} is a folder, not a file: give the file's name.").format(path=path)
    if trouble is Trouble.MISSING and not path.parent.is_dir():
        blocker = next((p for p in path.parents if p.exists()), None)
        if blocker is not None and not blocker.is_dir():
            return _("{blocker} is a file, not a folder: choose another place for {name}.").format(
                blocker=blocker, name=path.name
            )
        return _("There is no folder {folder}: create it, or choose another place.").format(
            folder=path.parent
        )
    reading = trouble is Trouble.IO and _verb(cause) == "read"
    template = _IO_READ if reading else _MESSAGES[trouble]
    return _(template).format(path=path, reason=_reason(cause))


def _verb(cause: BaseException | None) -> str:
    """Was it a read that failed (SQLITE_IOERR_READ, _SHORT_READ), or a write?"""
    code = getattr(cause, "sqlite_errorcode", None)
    return "read" if code in (266, 522) else "write"


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _reason(cause: BaseException | None) -> str:
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    return _("a disk I/O error")


_MESSAGES = {
    Trouble.BUSY: N_(
        "{path} is busy: another program is writing it. Let it finish (or close it), then try "
        "again."
    ),
    Trouble.FULL: N_(
        "Could not write {path}: the disk is full (or the file too large for it). Free some "
        "space or choose another folder, then try again."
    ),
    Trouble.READ_ONLY: N_(
        "{path} is read-only (the file, its folder or the disk): nothing was changed. Copy it to "
        "a folder you can write to, or choose another place."
    ),
    Trouble.NO_PERMISSION: N_(
        "No permission to use {path}: choose another file or folder, or ask for access to it."
    ),
    Trouble.MISSING: N_("No such file or folder: {path}. Check the name and the folder."),
    Trouble.NOT_EVENT_FILE: N_(
        "{path} is not a Check-in Desk event file (or it is damaged); nothing was changed. Check "
        "the name, or restore a copy."
    ),
    Trouble.IO: N_(
        "Could not write {path} ({reason}). Check that the disk is there and has space, then "
        "try again."
    ),
}
_IO_READ = N_(
    "Could not read {path} ({reason}). Check that the disk is there and has space, then try again."
)
