"""Help → About: the desk's name and version, the event file on screen, what it runs on.

What a volunteer reads out to whoever helps them on the phone ("which version is it?", "which
file is open?"). The box is window-modal, as the desk's other dialogs: a scan meanwhile waits,
shown as waiting, and goes when it is closed.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
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
    if event_file is not None:
        lines.append(translate("MainWindow", "Event file: {path}").format(path=event_file))
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
