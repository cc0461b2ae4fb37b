"""Purge from the window: remove the personal data after the event (admin PIN, then confirm).

The dialog says what goes (names, e-mails, organisations, notes, ticket codes, the audit log)
and what stays (the counts for reports), how many changes have not reached a hub yet, and lets
the organiser keep imported columns that hold no personal data (a municipality, say). The
Purge button is enabled only once "This cannot be undone" is ticked. The purge itself runs on
the database thread (`Desk.purge`); the window then forgets the person on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from checkin.desk import Desk, PurgeReport
from checkin.ui.buttons import name_buttons
from checkin.ui.formats import count_text

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow

Facts = tuple[int, int, list[str]]  # registrations, unsent changes, imported columns


class PurgeDialog(QDialog):
    """Asks to confirm a purge, and which imported columns to keep."""

    def __init__(self, facts: Facts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        people, unsent, columns = facts
        self.setWindowTitle(self.tr("Purge personal data"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "This removes every name, e-mail, organisation, note and ticket code of {count} "
            "registrations from this event file for good, with the audit log and the changes "
            "waiting for sync. The counts for reports (per day, point, category and ticket "
            "type) are kept."
        ).format(count=count_text(people))
        if unsent:
            text += "\n\n" + self.tr(
                "{count} changes have not reached a hub yet and will be lost: sync first if "
                "one is used."
            ).format(count=count_text(unsent))
        explanation = QLabel(text, wordWrap=True)
        layout.addWidget(explanation)
        self.columns = QListWidget()
        for name in columns:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        if columns:
            layout.addWidget(QLabel(self.tr("Keep these imported columns (only those that "
                                            "hold no personal data):"), wordWrap=True))  # fmt: skip
            layout.addWidget(self.columns)
        self.sure = QCheckBox(self.tr("I &understand that this cannot be undone"))
        layout.addWidget(self.sure)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.purge_button = self.buttons.addButton(
            self.tr("&Purge personal data"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.purge_button.setEnabled(False)
        self.sure.toggled.connect(self.purge_button.setEnabled)
        self.purge_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def kept(self) -> tuple[str, ...]:
        """The imported columns ticked to keep."""
        items = (self.columns.item(row) for row in range(self.columns.count()))
        return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)


def _facts(desk: Desk) -> Facts:
    return desk.count_registrations(), desk.unsent_changes(), desk.imported_columns()


def purge(window: MainWindow) -> None:
    """File → Purge personal data…: the admin PIN, the facts off the GUI thread, the dialog."""
    if window.kiosk or not window.ask_admin():
        return
    window.with_desk(_facts, lambda facts: _ask(window, facts))


def _ask(window: MainWindow, facts: Facts) -> None:
    dialog = PurgeDialog(facts, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _run(window, dialog.kept()))
    dialog.open()


def _run(window: MainWindow, kept: tuple[str, ...]) -> None:
    """Purge on the database thread (about 4 s for 20,000 registrations); say so meanwhile."""
    window.say(QCoreApplication.translate("PurgeDialog", "Purging personal data…"), 60000)
    window.with_desk(lambda desk: desk.purge(kept), lambda report: _done(window, report))


def _done(window: MainWindow, report: PurgeReport) -> None:
    window.clear()  # the card, the search and the details held names
    translate = QCoreApplication.translate
    text = translate(
        "PurgeDialog",
        "Personal data purged: {people} registrations made anonymous, {checkins} check-ins "
        "kept for reports.",
    ).format(people=report.registrations, checkins=report.checkins)
    if not report.wal_truncated:
        text += " " + translate(
            "PurgeDialog",
            "Another program still has the event file open: close it, then purge again to "
            "empty the file's write-ahead log.",
        )
    window.say(text, 15000)
    title = translate("PurgeDialog", "Purge personal data")
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      window)  # fmt: skip
    name_buttons(box)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
