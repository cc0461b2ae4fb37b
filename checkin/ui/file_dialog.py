"""The desk's file dialogs: Qt's own, which list a folder without opening a file in it.

Qt's file dialog finds each listed file's type and icon by reading it (the MIME database
sniffs the content of a name it does not know, such as ``event.sqlite-wal`` and ``-shm``).
Opening and closing any descriptor of a file drops every POSIX lock the process holds on it
(SQLite's "How To Corrupt An SQLite Database File", 2.2): the desk's open event file lost the
shared lock on its ``-shm``, the next program to close the file (`checkin info`, another desk)
took itself for the last one, checkpointed and deleted the ``-wal`` the desk still wrote to,
and the check-ins acknowledged after that were lost when the desk was killed (acceptance run
5, F-1). So every dialog here is Qt's widget dialog (a platform's native dialog may sniff the
same way, out of our hands) with an icon provider that goes by the name only.

Shapes: each function returns the path chosen, or None when the dialog was cancelled.
"""

from __future__ import annotations

from pathlib import Path
from typing import overload

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NamesOnly(QFileIconProvider):
    """Icons and type names from the file's name and kind, never from its content."""

    @overload
    def icon(self, what: QFileIconProvider.IconType) -> QIcon: ...
    @overload
    def icon(self, what: QFileInfo) -> QIcon: ...

    def icon(self, what: QFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        """Qt's own words for the type column (translated by Qt's catalogue where it has one)."""
        words = "QAbstractFileIconProvider"
        if info.isDir():
            return QCoreApplication.translate(words, "Folder")
        if not info.suffix():
            return QCoreApplication.translate(words, "File")
        return QCoreApplication.translate(words, "%1 File").replace("%1", info.suffix())


_PROVIDER: list[NamesOnly] = []  # one for the process, made once a QApplication exists


def names_only() -> NamesOnly:
    """The process's icon provider for file dialogs (it must outlive every dialog)."""
    if not _PROVIDER:
        _PROVIDER.append(NamesOnly())
    return _PROVIDER[0]


def file_dialog(parent: QWidget | None, title: str, start: str, filters: str) -> QFileDialog:
    """A file dialog that reads no file it lists (modal; `exec` it, or show it in tests)."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(names_only())
    return dialog


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> Path | None:
    """Ask for an existing file to read; None if cancelled."""
    dialog = file_dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _chosen(dialog)


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to write a file (an existing one is confirmed first); None if cancelled."""
    dialog = file_dialog(parent, title, suggested, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _chosen(dialog)


def _chosen(dialog: QFileDialog) -> Path | None:
    chosen = dialog.selectedFiles() if dialog.exec() else []
    dialog.deleteLater()
    return Path(chosen[0]) if chosen and chosen[0] else None
