"""The audit log in the window: who looked at whom at the desks, for the organiser (admin PIN).

The rows come from `Desk.audit_log` on the database thread, with each person's name as the
event file holds it now (after a purge there are none); the newest rows are shown, newest at
the top. Opening the view needs the admin PIN and is closed to a kiosk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.desk import AuditEntry, Desk
from checkin.domain.clock import parse_utc
from checkin.domain.model import Registration
from checkin.ui.buttons import name_buttons

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow

SHOWN = 2000  # the newest rows shown; `checkin audit` lists them all
Row = tuple[AuditEntry, Registration | None]


def action_words() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "details": translate("AuditDialog", "Details shown"),
        "reprint": translate("AuditDialog", "Badge reprinted"),
        "edit": translate("AuditDialog", "Record corrected"),
    }


class AuditDialog(QDialog):
    """A read-only table of the audit log: time, desk, action, ticket code, name."""

    def __init__(self, rows: list[Row], zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(760, 480)
        headers = [self.tr("Time"), self.tr("Desk"), self.tr("Action"), self.tr("Ticket code"),
                   self.tr("Name")]  # fmt: skip
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        about = self.tr("Every lookup of a person at the desks of this event: details shown, "
                        "badge reprinted, record corrected.")  # fmt: skip
        layout.addWidget(QLabel(about, wordWrap=True))
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.fill(rows, ZoneInfo(zone))

    def fill(self, rows: list[Row], zone: ZoneInfo) -> None:
        """Show the rows, newest first."""
        words = action_words()
        self.table.setRowCount(len(rows))
        for row, (entry, person) in enumerate(reversed(rows)):
            when = parse_utc(entry.at).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
            name = person.name if person is not None else ""
            cells = (when, entry.desk, words.get(str(entry.action), str(entry.action)),
                     entry.code, name)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.summary.setText(
            self.tr("The audit log is empty.") if not rows
            else self.tr("{count} entries, newest first.").format(count=len(rows))
        )  # fmt: skip


def _read(desk: Desk) -> list[Row]:
    return [(entry, desk.registration(entry.code)) for entry in desk.audit_log(limit=SHOWN)]


def show_audit(window: MainWindow) -> None:
    """Desk → Audit log…: after the admin PIN, read the log off the GUI thread and show it."""
    if window.kiosk or not window.ask_admin():
        return
    zone = window.desk.event.timezone
    window.with_desk(_read, lambda rows: _open(window, rows, zone))


def _open(window: MainWindow, rows: list[Row], zone: str) -> None:
    dialog = AuditDialog(rows, zone, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
