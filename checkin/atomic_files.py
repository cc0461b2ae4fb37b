"""Writing a file so that it is there whole or not at all: never a partial file.

Every file the desk writes (exports, badge PDFs, tickets and their list, settings) is written
to a temporary file in the same folder, checked (the writer's own check, and never empty),
flushed to the disk (``fsync``) and renamed over the target, which is atomic on one file
system; the folder is synced too, so the rename survives a power cut. On any error the
temporary file is removed and a `StorageError` names the target and the cause (disk full,
read-only, no permission), so the command line exits 2 and the window shows it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from checkin.errors import StorageError, Trouble, explain

Check = Callable[[Path], str | None]
"""Looks at a finished temporary file; returns what is wrong with it, or None if it is whole."""


def temporary_name(target: Path) -> Path:
    """Return a fresh hidden name beside ``target`` (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _storage_error(error: OSError, target: Path) -> StorageError:
    explained = explain(error, target)
    if explained is None:
        reason = error.strerror or type(error).__name__
        return StorageError(Trouble.IO, target, f"Could not write {target} ({reason}).")
    return explained


def _create(target: Path) -> Path:
    temp = temporary_name(target)
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # umask applies
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
        raise StorageError(
            Trouble.IO, target, f"Could not write {target}: {problem}; nothing was written. "
            "Is the disk full? Free some space or choose another folder, then try again.",
        )  # fmt: skip
    os.replace(temp, target)
    _sync_folder(target.parent)


@contextmanager
def atomic_path(target: str | os.PathLike[str], check: Check | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends, check it and put it in place.

    Args:
        target: the file to write (replaced whole if it exists).
        check: an extra check of the finished file (a PDF's trailer, a zip's directory).

    Raises:
        StorageError: the folder refused the file, a write failed, or the check failed;
            the temporary file is gone and the target untouched.
    """
    goal = Path(target)
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
