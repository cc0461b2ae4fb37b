"""What a refusing disk or SQLite means, in one line that names the file and what to do."""

import errno
import sqlite3

import pytest

from checkin.errors import StorageError, Trouble, explain, trouble_of


@pytest.mark.parametrize(
    ("code", "trouble", "words"),
    [
        (errno.ENOSPC, Trouble.FULL, "disk is full"),
        (errno.EFBIG, Trouble.FULL, "disk is full"),
        (errno.EDQUOT, Trouble.FULL, "disk is full"),
        (errno.EROFS, Trouble.READ_ONLY, "read-only"),
        (errno.EACCES, Trouble.NO_PERMISSION, "No permission"),
        (errno.EPERM, Trouble.NO_PERMISSION, "No permission"),
    ],
)
def test_os_errors_are_named(tmp_path, code, trouble, words):
    target = tmp_path / "oppmote.csv"
    explained = explain(OSError(code, "whatever the system says"), target)
    assert isinstance(explained, StorageError)
    assert explained.trouble is trouble
    assert words in explained.text() and str(target) in explained.text()
    assert "\n" not in explained.text()


def _sqlite_error(tmp_path, make):
    path = tmp_path / "e.sqlite"
    try:
        make(path)
    except sqlite3.Error as error:
        return error
    raise AssertionError("no error")


def test_sqlite_busy_readonly_and_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    error = None
    try:
        sqlite3.connect(junk).execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as caught:
        error = caught
    assert trouble_of(error) is Trouble.NOT_EVENT_FILE
    assert "not a Check-in Desk event file" in explain(error, junk).text()

    locked = sqlite3.OperationalError("database is locked")  # as older SQLite words it
    assert trouble_of(locked) is Trouble.BUSY
    assert trouble_of(sqlite3.OperationalError("attempt to write a readonly database")) is (
        Trouble.READ_ONLY
    )
    assert trouble_of(sqlite3.OperationalError("database or disk is full")) is Trouble.FULL
    assert trouble_of(sqlite3.OperationalError("disk I/O error")) is Trouble.IO


def test_the_real_cause_is_found_behind_a_failed_rollback(tmp_path):
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active") from None
    except sqlite3.OperationalError as error:
        error.__context__ = OSError(errno.ENOSPC, "No space left on device")
        explained = explain(error, tmp_path / "e.sqlite")
    assert explained is not None and explained.trouble is Trouble.FULL


def test_a_bug_is_not_explained_away(tmp_path):
    assert explain(ValueError("x"), tmp_path) is None
    assert explain(sqlite3.IntegrityError("UNIQUE constraint failed"), tmp_path) is None


def test_missing_folder_and_file_in_the_way(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    text = explain(OSError(errno.ENOTDIR, "Not a directory"), blocker / "sub" / "x.csv").text()
    assert "a-file is a file, not a folder" in text
    text = explain(OSError(errno.ENOENT, "No such file"), tmp_path / "nope" / "x.csv").text()
    assert f"There is no folder {tmp_path / 'nope'}" in text
