"""The Help menu's boxes: the desk's keys (F1), and About (name, version, event file, folder).

The keys are listed from the window's own actions (their names and keys in the menus), so the
list cannot go stale. About is what a volunteer reads out to whoever helps them on the phone
("which version is it?", "which file is open, and where?"); it also says that the file holds
personal data. Both boxes are window-modal, as the desk's other dialogs: a scan meanwhile
waits, shown as waiting, and goes when the box is closed.
"""

from __future__ import annotations

import html
import platform
from collections.abc import Iterable
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin import __version__
from checkin.ui.buttons import message_box


def about_title() -> str:
    """The menu entry and the box's title: "About Check-in Desk", the name as the window's."""
    translate = QCoreApplication.translate
    app = translate("MainWindow", "Check-in Desk")
    return translate("MainWindow", "About {app}").format(app=app)


def about_text(event_file: Path | None) -> str:
    """The box's text: name and version, what the desk is, the event file, the versions below."""
    translate = QCoreApplication.translate
    lines = [
        f"{translate('MainWindow', 'Check-in Desk')} {__version__}",
        translate("MainWindow", "An offline-first registration desk for conferences."),
    ]
    if event_file is not None:  # where the attendees' personal data is (a path given relative
        where = event_file.absolute()  # to the folder the desk was started in: made whole)
        lines.append(
            translate("MainWindow", "Event file: {path}").format(path=where.name)
            + "\n"
            + translate("MainWindow", "Folder: {folder}").format(folder=where.parent)
            + "\n"
            + translate("MainWindow", "It holds the attendees' personal data: keep it there, and "
                        "purge it when the event is over (File → Purge personal data).")
        )  # fmt: skip
    lines.append(
        f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"
    )
    return "\n\n".join(lines)


def show_about(window: QWidget) -> QMessageBox:
    """Open the About box over the window (not waited for); returns it."""
    desk = getattr(window, "desk", None)
    box = message_box(QMessageBox.Icon.Information, about_title(),
                      about_text(getattr(desk, "path", None)), window)  # fmt: skip
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy
    box.open()
    return box


def keys_title() -> str:
    """The key list's title and (with "…") its menu entry: "Keyboard shortcuts"."""
    return QCoreApplication.translate("MainWindow", "Keyboard shortcuts")


def keys_table(actions: Iterable[QAction]) -> str:
    """The actions with keys as a table (rich text): each key as the menus show it, and name."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = [
        f"<tr><td><b>{html.escape(action.shortcut().toString(native))}</b>&nbsp;&nbsp;</td>"
        f"<td>{html.escape(action.text().rstrip('…'))}</td></tr>"
        for action in actions
        if not action.shortcut().isEmpty()
    ]
    return f"<table>{''.join(rows)}</table>"


def show_keys(window: QWidget, actions: Iterable[QAction]) -> QMessageBox:
    """Open the list of the desk's keys over the window (not waited for); returns it."""
    box = message_box(QMessageBox.Icon.NoIcon, keys_title(), keys_table(actions), window)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()
    return box
