"""Files appear whole or not at all: temporary file, checked, synced, renamed; removed on error."""

import errno
import resource
import subprocess
import sys
import textwrap

import pytest

from checkin import atomic_files
from checkin.errors import StorageError, Trouble


def test_written_whole_and_nothing_left_beside(tmp_path):
    target = tmp_path / "a.csv"
    target.write_text("old")
    with atomic_files.atomic_open(target, "w", encoding="utf-8") as handle:
        handle.write("new")
        assert target.read_text() == "old"  # the old file stays until the new one is whole
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def _half_written(target):
    with atomic_files.atomic_path(target) as temp:
        temp.write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device", str(temp))


def test_an_error_while_writing_removes_the_temporary_file(tmp_path):
    target = tmp_path / "a.pdf"
    with pytest.raises(StorageError, match="disk is full") as caught:
        _half_written(target)
    assert str(target) in caught.value.text() and ".part" not in caught.value.text()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_check_or_an_empty_file_is_never_put_in_place(tmp_path):
    target = tmp_path / "b.pdf"
    with (
        pytest.raises(StorageError, match="cut short"),
        atomic_files.atomic_path(target, check=atomic_files.ends_with(b"%%EOF")) as temp,
    ):
        temp.write_bytes(b"%PDF-1.4 no trailer")
    with pytest.raises(StorageError, match="empty"), atomic_files.atomic_path(target):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_or_missing_folder_is_named(tmp_path):
    with pytest.raises(StorageError) as caught:
        atomic_files.write_text(tmp_path / "missing" / "x.toml", "a = 1")
    assert caught.value.trouble is Trouble.MISSING


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from checkin import atomic_files
    from checkin.errors import StorageError
    try:
        atomic_files.write_bytes(Path(sys.argv[1]), b"x" * 100_000)
    except StorageError as error:
        print(error.trouble.value, error.text())
        sys.exit(2)
    """
)


def test_a_file_size_limit_leaves_no_partial_file(tmp_path):
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, resource.RLIM_INFINITY))

    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "big.bin")],
        preexec_fn=limit,  # only sets a resource limit
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout.startswith("full ") and "big.bin" in done.stdout
    assert list(tmp_path.iterdir()) == []
