"""Whether check-ins reach the server: shared, kept for later, or this desk alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from checkin.ui.look import set_colours

COLOURS = {None: "#3d4a5c", False: "#b86e00", True: "#1e7d3a"}


class ConnectionLabel(QLabel):
    """Always says whether check-ins are shared; offline is never an invalid ticket."""

    def __init__(self) -> None:
        super().__init__()
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setContentsMargins(6, 0, 6, 0)
        self.online: bool | None = None
        self.set_connection(None)

    def set_connection(self, online: bool | None) -> None:
        """Show the state: True shared, False kept and sent later, None no server set up."""
        self.online = online
        translate = QCoreApplication.translate
        texts = {
            None: translate("DeskStatus", "Working locally (no sync set up)"),
            False: translate("DeskStatus", "Offline – check-ins are kept and sent later"),
            True: translate("DeskStatus", "Online – check-ins are shared"),
        }
        self.setText("● " + texts[online])
        set_colours(self, text=COLOURS[online])

    def retranslate(self) -> None:
        self.set_connection(self.online)
