"""A badge as it will print, before it is printed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from checkin.ui.buttons import dialog_buttons


class BadgePreview(QDialog):
    """Shows the rendered badge; Print sends it to the printer, Close does nothing."""

    print_requested = Signal()

    def __init__(self, png: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge preview"))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.picture.setPixmap(pixmap)
        self.picture.setStyleSheet("background: #888; padding: 16px;")
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            self.tr("Print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._print)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addWidget(buttons)

    def _print(self) -> None:
        self.print_requested.emit()
        self.accept()


def open_preview(png: bytes, parent: QWidget, print_it: Callable[[], None]) -> BadgePreview:
    """Show a rendered badge beside the desk (not modal); Print calls ``print_it``."""
    preview = BadgePreview(png, parent)
    preview.print_requested.connect(print_it)
    preview.open()
    return preview
