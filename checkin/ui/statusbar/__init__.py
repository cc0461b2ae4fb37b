"""The status bar in small parts: whose desk, where the latest badge is, whether check-ins sync.

Each part is a label that knows its own text and says it again when the language changes
(qutebrowser's status bar of small modules); `DeskStatus` puts them in the window's bar.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar

from checkin.ui.statusbar.connection import ConnectionLabel
from checkin.ui.statusbar.desk_name import DeskNameLabel
from checkin.ui.statusbar.printing import PrintLabel

__all__ = ["ConnectionLabel", "DeskNameLabel", "DeskStatus", "PrintLabel"]


class DeskStatus:
    """The standing parts of the window's status bar, left to right: desk, printing, network."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.desk = DeskNameLabel()
        self.printing = PrintLabel()
        self.network = ConnectionLabel()
        for label in (self.desk, self.printing, self.network):
            bar.addPermanentWidget(label)

    def retranslate(self) -> None:
        for label in (self.desk, self.printing, self.network):
            label.retranslate()
        self.bar.clearMessage()  # a passing message in the old language goes
