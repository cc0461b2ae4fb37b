"""The desk's name, as each check-in made here is marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


class DeskNameLabel(QLabel):
    """The desk's name as the status bar says it: "Desk: Skranke 2"."""

    def __init__(self) -> None:
        super().__init__()
        self.name = ""

    def set_name(self, name: str) -> None:
        self.name = name
        self.retranslate()

    def retranslate(self) -> None:
        if self.name:
            text = QCoreApplication.translate("MainWindow", "Desk: {name}")
            self.setText(text.format(name=self.name))
