"""A file dialog over the event file's folder must not cost the desk its locks (F-1, run 5).

Qt's own dialog read every listed file to find its type; closing those reads dropped the desk
process's POSIX locks on the event file, so another program's close deleted the ``-wal`` the
desk still wrote to, and what the desk acknowledged after that was lost at a kill.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from checkin.demo import make_demo
from checkin.domain.model import Method
from checkin.ui import file_dialog
from tests.other_process import read_elsewhere


def list_folder(qtbot, dialog: QFileDialog, folder: Path) -> None:
    """Show the dialog on the folder as long as it takes to list and type it, then close it."""
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        model.setRootPath(str(folder))  # (the dialog's own; the signal says it was read)
    qtbot.wait(1000)  # the types and icons, found on the model's own thread
    dialog.reject()


@pytest.mark.parametrize("make", [
    lambda folder: file_dialog.file_dialog(None, "Open", str(folder), "*.csv *.xlsx"),
    lambda folder: file_dialog.file_dialog(None, "Open", str(folder), "*.sqlite"),
])  # fmt: skip
def test_a_file_dialog_on_the_event_folder_leaves_the_desk_its_write_ahead_log(
    qtbot, tmp_path, make
):
    db = tmp_path / "event.sqlite"
    desk = make_demo(db, size=40, seed=4)
    try:
        first, second = [p for p in desk.registrations() if p.status.value == "valid"][:2]
        desk.check_in(first.code, Method.SEARCH)
        assert Path(f"{db}-wal").exists()
        list_folder(qtbot, make(tmp_path), tmp_path)
        assert read_elsewhere(db) == 1
        assert Path(f"{db}-wal").exists(), "another program's close deleted the desk's -wal"
        desk.check_in(second.code, Method.SEARCH)  # acknowledged: another program must see it
        assert read_elsewhere(db) == 2
    finally:
        desk.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 2
