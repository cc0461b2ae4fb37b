"""Importing registrations: see how the columns were mapped, change a mapping, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
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
from checkin.importer import FIELDS, LoadResult, preview
from checkin.imports import ImportReport
from checkin.ui.buttons import dialog_buttons
from checkin.ui.tasks import TaskRunner

PREVIEW_ROWS = 8
PREVIEW_COLUMNS = ("code", "first_name", "last_name", "organisation", "category", "status")


def field_label(field: str) -> str:
    """A registration field's name in the user's language."""
    translate = QCoreApplication.translate
    labels = {
        "code": translate("ImportDialog", "Ticket code"),
        "first_name": translate("ImportDialog", "First name"),
        "last_name": translate("ImportDialog", "Last name"),
        "name": translate("ImportDialog", "Full name"),
        "organisation": translate("ImportDialog", "Organisation"),
        "email": translate("ImportDialog", "E-mail"),
        "ticket_type": translate("ImportDialog", "Ticket type"),
        "category": translate("ImportDialog", "Category"),
        "valid_days": translate("ImportDialog", "Valid days"),
        "status": translate("ImportDialog", "Status"),
        "order_code": translate("ImportDialog", "Order"),
        "note": translate("ImportDialog", "Note"),
    }
    return labels.get(field, field)


def status_label(status: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "valid": translate("ImportDialog", "valid"),
        "cancelled": translate("ImportDialog", "cancelled"),
    }
    return labels.get(status, status)


def file_kind(encoding: str, delimiter: str | None) -> str:
    """Say how the file was read, in words: "Text in Windows Western (cp1252), semicolons"."""
    translate = QCoreApplication.translate
    if not encoding:
        return translate("ImportDialog", "Excel workbook (.xlsx)")
    encodings = {
        "utf-8": translate("ImportDialog", "Unicode (UTF-8)"),
        "cp1252": translate("ImportDialog", "Windows Western European (cp1252)"),
        "latin-1": translate("ImportDialog", "Western European (ISO 8859-1)"),
    }
    separators = {
        ";": translate("ImportDialog", "columns separated by semicolons"),
        ",": translate("ImportDialog", "columns separated by commas"),
        "\t": translate("ImportDialog", "columns separated by tabs"),
    }
    return translate("ImportDialog", "Text file in {encoding}, {separator}").format(
        encoding=encodings.get(encoding, encoding),
        separator=separators.get(delimiter or "", repr(delimiter)),
    )


class ProgressRelay(QObject):
    """The importer's progress object: called on the database thread, shown on the GUI thread."""

    changed = Signal(float, str)

    def __init__(self) -> None:
        super().__init__()
        self.stop = False

    def set(self, fraction: float, text: str = "") -> None:
        self.changed.emit(fraction, text)

    def cancelled(self) -> bool:
        return self.stop


class ImportDialog(QDialog):
    """Preview of the mapping, one combo box per field, a progress bar, the outcome."""

    imported = Signal(object)  # ImportReport

    def __init__(
        self, path: Path, desk: Desk, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path, self.desk, self.runner = path, desk, runner
        self.setWindowTitle(self.tr("Import registrations: {file}").format(file=path.name))
        self.loaded: LoadResult = preview(path, limit=PREVIEW_ROWS)
        self.combos: dict[str, QComboBox] = {}
        self.table = QTableWidget()
        self.progress = QProgressBar()
        self.outcome = QPlainTextEdit(readOnly=True)
        self.buttons = dialog_buttons(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.relay = ProgressRelay()
        self.relay.changed.connect(lambda fraction, _: self.progress.setValue(int(fraction * 100)))
        self._layout()
        self._show_preview()

    def _layout(self) -> None:
        form = QGridLayout()  # two columns of field → column, so the preview keeps its room
        headers = ["", *self.loaded.headers]
        for index, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.addItems(headers)
            combo.setCurrentText(self.loaded.mapping.get(field, ""))
            combo.currentTextChanged.connect(lambda _: self._remap())
            self.combos[field] = combo
            row, column = index // 2, (index % 2) * 2
            form.addWidget(QLabel(field_label(field)), row, column)
            form.addWidget(combo, row, column + 1)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.outcome.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(file_kind(self.loaded.encoding, self.loaded.delimiter)))
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(900, 700)

    def overrides(self) -> dict[str, str]:
        """The mapping chosen in the combo boxes ("" where a field has no column)."""
        return {field: combo.currentText() for field, combo in self.combos.items()}

    def _remap(self) -> None:
        self.loaded = preview(self.path, self.overrides(), limit=PREVIEW_ROWS)
        self._show_preview()

    def _show_preview(self) -> None:
        columns = PREVIEW_COLUMNS
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([field_label(name) for name in columns])
        self.table.setRowCount(len(self.loaded.rows))
        for row, item in enumerate(self.loaded.rows):
            for column, name in enumerate(columns):
                value = str(getattr(item, name))
                text = status_label(value) if name == "status" else value
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.outcome.setPlainText("\n".join(str(problem) for problem in self.loaded.problems))

    def start_import(self) -> None:
        self.import_button.setEnabled(False)
        overrides, path = self.overrides(), self.path
        self.runner.run_db(
            lambda: self.desk.import_file(path, overrides, progress=self.relay),
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
                added=report.added,
                updated=report.updated,
                unchanged=report.unchanged,
                cancelled=report.cancelled,
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
        self.relay.stop = True
        super().reject()
