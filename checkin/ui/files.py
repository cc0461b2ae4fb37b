"""The window's file actions: import registrations (with a mapping preview), export attendance."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from checkin.export import export_attendance
from checkin.ui.dialogs import ask_pin
from checkin.ui.import_dialog import ImportDialog

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def import_file(window: MainWindow) -> None:
    """Ask for a CSV/XLSX file, then show how its columns map before anything is imported."""
    translate = QCoreApplication.translate
    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("MainWindow", "Import registrations"),
        "",
        translate("MainWindow", "Registrations (*.csv *.txt *.xlsx)"),
    )
    if name:
        open_import(window, Path(name)).open()


def open_import(window: MainWindow, path: Path) -> ImportDialog:
    dialog = ImportDialog(path, window.desk, window.runner, window)
    dialog.imported.connect(lambda _: window.refresh())
    return dialog


def export(window: MainWindow) -> None:
    """Write attendance to a spreadsheet (admin PIN), off the GUI thread."""
    if not ask_pin(window, window.pin):
        return
    translate = QCoreApplication.translate
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "Export attendance"),
        "oppmote.xlsx",
        translate("MainWindow", "Spreadsheet (*.xlsx *.csv)"),
    )
    if name:
        desk = window.desk
        window.runner.run_db(
            lambda: export_attendance(desk, name),
            lambda rows: window.say(
                translate("MainWindow", "Exported {rows} rows.").format(rows=rows)
            ),
        )
