"""A hostile world for the failure-mode tests: a writer holding the lock, a file-size limit,
a read-only folder (a read-only mount as root, file modes otherwise), a small tmpfs."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

CHECKIN = [sys.executable, "-m", "checkin"]


def run_checkin(*argv, file_size_limit=None, input=None, env=None, timeout=120):
    """Run ``checkin`` in a child process, optionally with RLIMIT_FSIZE (the disk "fills")."""

    def limit():
        if file_size_limit is not None:
            _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, hard))

    return subprocess.run(
        [*CHECKIN, *map(str, argv)],
        input=input,
        capture_output=True,
        preexec_fn=limit,  # only sets a resource limit
        env={**os.environ, **(env or {})},
        timeout=timeout,
        check=False,
    )


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO ticket_types (name) VALUES ('held by another program')")
    print("holding", flush=True)
    sys.stdin.readline()  # hold the write lock until told
    conn.execute("ROLLBACK")
    """
)


@contextmanager
def lock_held(db: Path):
    """Another process holds the event file's write lock (BEGIN IMMEDIATE) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield holder
    finally:
        holder.communicate("release\n", timeout=30)


def _mount(*args) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def read_only_folder(folder: Path, *files: Path):
    """Yield ``folder`` holding copies of ``files``, the folder and files not writable.

    As root, modes do not stop writes, so the folder is a tmpfs mounted read-only (a
    write-protected stick); elsewhere the folder and files lose their write bits.
    """
    folder.mkdir()
    if os.geteuid() == 0:
        import pytest

        if not _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)):
            pytest.skip("running as root where tmpfs cannot be mounted: no read-only folder")
        for file in files:
            shutil.copy(file, folder / file.name)
        try:
            assert _mount("-o", "remount,ro", str(folder))
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        return
    for file in files:
        shutil.copy(file, folder / file.name)
        (folder / file.name).chmod(0o444)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)


@contextmanager
def small_tmpfs(folder: Path, size_kb: int):
    """Yield a real small disk (tmpfs) at ``folder``, or skip where none can be mounted."""
    import pytest

    folder.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                                       str(folder)):  # fmt: skip
        pytest.skip("no tmpfs can be mounted here (the RLIMIT_FSIZE tests cover disk full)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Fill a disk to the last byte."""
    with (folder / "filler").open("wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                continue
