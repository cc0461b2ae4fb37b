"""Importing registrations: see how the columns were mapped, change a mapping, then import.

The file is read off the GUI thread, for the preview as for the import: the dialog shows
"Reading…" until the first rows are there, and each change of a mapping reads them again (an
answer to an older mapping is dropped). A choice the importer made between two columns with
the same header is said in words and marked on that field's list, where it can be changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.desk import Desk
from checkin.importer import FIELDS, ImportReport, LoadResult, preview
from checkin.ui.buttons import dialog_buttons
from checkin.ui.formats import count_text
from checkin.ui.import_texts import column_choice, field_label, file_kind, status_label
from checkin.ui.tasks import TaskProgress, TaskRunner

PREVIEW_ROWS = 8
PREVIEW_COLUMNS = ("code", "first_name", "last_name", "organisation", "category", "status")
CHOSEN_STYLE = "QComboBox { background: #ffe08a; }"  # a column the importer chose among several


class ImportDialog(QDialog):
    """Preview of the mapping, one list per field, a progress bar, the outcome."""

    imported = Signal(object)  # ImportReport
    previewed = Signal(object)  # LoadResult: the rows shown now

    def __init__(
        self, path: Path, desk: Desk, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path, self.desk, self.runner = path, desk, runner
        self.setWindowTitle(self.tr("Import registrations: {file}").format(file=path.name))
        self.loaded: LoadResult | None = None
        self.combos: dict[str, QComboBox] = {}
        self.chosen: set[str] = set()  # fields whose column the user chose
        self.kind = QLabel(self.tr("Reading {file}…").format(file=path.name))
        self.form = QGridLayout()  # two columns of field → column, so the preview keeps its room
        self.table = QTableWidget()
        self.progress = QProgressBar()
        self.outcome = QPlainTextEdit(readOnly=True)
        self.buttons = dialog_buttons(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)  # until the file has been read
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.task: TaskProgress | None = None
        self._asked = 0  # the latest preview asked for; older answers are dropped
        self._layout()
        self._read(None)

    def _layout(self) -> None:
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.outcome.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(900, 700)

    def _read(self, overrides: dict[str, str] | None) -> None:
        """Read the first rows off the GUI thread, with the mapping chosen (None: the file's)."""
        self._asked += 1
        asked, path = self._asked, self.path
        self.runner.run_io(
            lambda: preview(path, overrides, limit=PREVIEW_ROWS),
            lambda loaded: self._previewed(asked, loaded),
            lambda error: self.outcome.setPlainText(str(error)),
        )

    def _previewed(self, asked: int, loaded: LoadResult) -> None:
        if asked != self._asked:
            return
        first = self.loaded is None
        self.loaded = loaded
        if first:
            self._make_combos(loaded)
            self.kind.setText(file_kind(loaded.encoding, loaded.delimiter))
        self._show_preview(loaded)
        self.import_button.setEnabled(True)
        self.previewed.emit(loaded)

    def _make_combos(self, loaded: LoadResult) -> None:
        headers = ["", *loaded.headers]
        for index, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.addItems(headers)
            combo.setCurrentText(loaded.mapping.get(field, ""))
            combo.currentTextChanged.connect(lambda _, field=field: self._choose(field))
            self.combos[field] = combo
            row, column = index // 2, (index % 2) * 2
            self.form.addWidget(QLabel(field_label(field)), row, column)
            self.form.addWidget(combo, row, column + 1)

    def _choose(self, field: str) -> None:
        self.chosen.add(field)
        self._read(self.overrides())

    def overrides(self) -> dict[str, str]:
        """The columns the user chose ("" where a field has none); the importer maps the rest."""
        return {field: self.combos[field].currentText() for field in sorted(self.chosen)}

    def _show_preview(self, loaded: LoadResult) -> None:
        columns = PREVIEW_COLUMNS
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([field_label(name) for name in columns])
        self.table.setRowCount(len(loaded.rows))
        for row, item in enumerate(loaded.rows):
            for column, name in enumerate(columns):
                value = str(getattr(item, name))
                text = status_label(value) if name == "status" else value
                self.table.setItem(row, column, QTableWidgetItem(text))
        choices = [column_choice(warning, loaded.mapping) for warning in loaded.warnings]
        for field, combo in self.combos.items():
            said = [choice.text for choice in choices if choice.field == field]
            combo.setStyleSheet(CHOSEN_STYLE if said else "")
            combo.setToolTip("\n".join(said))
        lines = [choice.text for choice in choices] + [str(p) for p in loaded.problems]
        self.outcome.setPlainText("\n".join(lines))

    def start_import(self) -> None:
        self.import_button.setEnabled(False)
        overrides, path, desk = self.overrides(), self.path, self.desk
        task = self.task = self.runner.progress(
            lambda fraction, _: self.progress.setValue(int(fraction * 100))
        )
        self.runner.run_db(
            lambda: desk.import_file(path, overrides, progress=task),
            self._finished,
            lambda error: self._failed(str(error)),
        )

    def _finished(self, report: ImportReport) -> None:
        self.progress.setValue(100)
        if report.problems:
            lines = [self.tr("Nothing was imported. Problems:")] + [str(p) for p in report.problems]
            self.outcome.setPlainText("\n".join(lines))
            self.import_button.setEnabled(True)
            return
        self.outcome.setPlainText(
            self.tr(
                "{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled."
            ).format(
                added=count_text(report.added),
                updated=count_text(report.updated),
                unchanged=count_text(report.unchanged),
                cancelled=count_text(report.cancelled),
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Buttons", "Close")
        )
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        self.outcome.setPlainText(message)
        self.import_button.setEnabled(True)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
        super().reject()
