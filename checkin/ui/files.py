"""The window's file actions: import registrations (with a mapping preview), export attendance.

Both are behind the admin PIN. The file is read, and the spreadsheet written, off the GUI
thread; the modules that do it are loaded when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from checkin.ui.file_dialog import open_file_name, save_file_name
from checkin.ui.formats import count_text

if TYPE_CHECKING:
    from checkin.desk import Desk
    from checkin.ui.import_dialog import ImportDialog
    from checkin.ui.main_window import MainWindow


def import_file(window: MainWindow) -> None:
    """Ask for a CSV/XLSX file, then show how its columns map before anything is imported."""
    if not window.ask_admin():
        return
    translate = QCoreApplication.translate
    path = open_file_name(
        window,
        translate("MainWindow", "Import registrations"),
        "",
        translate("MainWindow", "Registrations (*.csv *.txt *.xlsx)"),
    )
    if path:
        open_import(window, path).open()


def open_import(window: MainWindow, path: Path) -> ImportDialog:
    from checkin.ui.import_dialog import ImportDialog

    dialog = ImportDialog(path, window.desk, window.runner, window)
    dialog.imported.connect(lambda _: window.refresh())
    return dialog


def export(window: MainWindow) -> None:
    """Write attendance to a spreadsheet (admin PIN), off the GUI thread."""
    if not window.ask_admin():
        return
    translate = QCoreApplication.translate
    chosen = save_file_name(
        window,
        translate("MainWindow", "Export attendance"),
        "oppmote.xlsx",
        translate("MainWindow", "Spreadsheet (*.xlsx *.csv)"),
    )
    if chosen is None:
        return
    name = str(chosen)

    def write(desk: Desk) -> int:
        from checkin.export import export_attendance

        return export_attendance(desk, name).rows

    def done(rows: int) -> None:
        window.say(translate("MainWindow", "Exported {rows} rows.").format(rows=count_text(rows)))

    window.with_desk(write, done)
