"""The event file on the disk: is it a file at all, its modes, and SQLite's files beside it.

SQLite keeps two working files beside an event file in WAL mode: ``<file>-wal`` (committed
writes not yet copied into the file) and ``<file>-shm`` (an index of the first), and makes them
with the mode the event file has at that moment. So:

* a path that is not a regular file (a folder, a device such as a copy of ``/dev/null``, a
  pipe, a socket) is refused before SQLite opens it, and nothing is done to it;
* modes are tightened (`checkin.atomic_files.keep_private`) only once the file has been read
  and found to be ours, never on another program's file;
* a write-protected event file is read without making working files where none are needed
  (SQLite's ``immutable`` mode), because working files made then are write-protected too and
  would refuse every write after the file is made writable again; where such files are left
  (by an older release, another program), our own are made writable again and anyone else's
  are named in the message (`read_only_companion`).
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path

from checkin import atomic_files
from checkin.errors import StorageError, Trouble, explain
from checkin.messages import _

OWNER_WRITE = stat.S_IWUSR


def companions(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside an event file."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def check_is_file(path: Path) -> None:
    """Refuse a path that is there but is not a regular file (followed through links).

    Raises:
        StorageError: a folder (MISSING), or a device, pipe or socket (NOT_EVENT_FILE).
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there: the caller says so, or makes it
    if stat.S_ISDIR(mode):
        raise StorageError(
            Trouble.MISSING, path, _("{path} is a folder, not an event file.").format(path=path)
        )
    if not stat.S_ISREG(mode):
        message = _(
            "{path} is not a file but a device, a pipe or a socket, so it cannot be an event "
            "file; it was left as it is. Check the name given with --db."
        )
        raise StorageError(Trouble.NOT_EVENT_FILE, path, message.format(path=path))


def writable(path: Path) -> bool:
    """Can this process write the file and make files beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_mode(path: Path) -> str:
    """How to open a file for reading only: ``query_only``, ``immutable`` or ``ro``.

    ``query_only`` where the file can be written (the last connection still tidies the working
    files away); ``immutable`` where it cannot and no write-ahead log holds anything (nothing
    is made beside it: nobody can be writing it); else ``ro``, which reads the log.
    """
    if writable(path):
        return "query_only"
    wal = companions(path)[0]
    try:
        holding = wal.stat().st_size > 0
    except OSError:
        holding = False
    return "ro" if holding else "immutable"


def keep_ours_private(path: Path) -> None:
    """Take the group's and others' bits off an event file of ours and its working files."""
    for own in (path, *companions(path)):
        atomic_files.keep_private(own)


def read_only_companion(path: Path) -> Path | None:
    """Return a working file that refuses writes while the event file itself would take them."""
    if not writable(path):
        return None
    return next((f for f in companions(path) if f.exists() and not os.access(f, os.W_OK)), None)


def repair_companions(path: Path) -> bool:
    """Give our own write-protected working files back their owner's write bit.

    Call it only for an event file known to be ours and writable, before SQLite opens it
    (a connection that found them write-protected keeps them so). Returns True if a mode
    was changed.
    """
    if os.name != "posix" or not writable(path):
        return False
    changed = False
    for companion in companions(path):
        with suppress(OSError):
            status = companion.stat()
            ours = stat.S_ISREG(status.st_mode) and status.st_uid == os.geteuid()
            if ours and not status.st_mode & OWNER_WRITE:
                os.chmod(companion, (status.st_mode | OWNER_WRITE) & 0o700)
                changed = True
    return changed


def companion_error(path: Path, companion: Path) -> StorageError:
    """The error of a write refused because of a write-protected working file, named."""
    if companion.name.endswith("-shm"):
        message = _(
            "{path} cannot be written: SQLite's working file {companion} beside it is "
            "write-protected (left by a program that read the event while it was "
            "write-protected). Close every program that has the event open, then delete "
            "{companion} or make it writable, and try again."
        )
    else:
        message = _(
            "{path} cannot be written: SQLite's write-ahead log {companion} beside it is "
            "write-protected. Make it writable (do not delete it: it may hold check-ins), then "
            "try again."
        )
    return StorageError(
        Trouble.READ_ONLY, companion, message.format(path=path, companion=companion)
    )


def explained(error: BaseException, path: Path) -> StorageError | None:
    """`checkin.errors.explain`, naming a write-protected working file where it is the cause."""
    found = explain(error, path)
    refused = (Trouble.READ_ONLY, Trouble.NO_PERMISSION)
    if found is not None and found.trouble in refused and found.path == path:
        companion = read_only_companion(path)
        if companion is not None:
            return companion_error(path, companion)
    return found


def make_private_file(path: Path) -> None:
    """Make the folder (0700) and an empty event file (0600) for SQLite to set up.

    SQLite makes a new file 0644 less the umask, and its working files with the mode of the
    main file: so the main file is made first, owner-only, and they follow it.

    Raises:
        StorageError: the folder or the file cannot be made (explained).
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
