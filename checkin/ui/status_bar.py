"""The status bar's standing parts: whether check-ins are shared, and where the latest badge is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

CONNECTION_COLOURS = {None: "#3d4a5c", False: "#b86e00", True: "#1e7d3a"}


class DeskStatus:
    """Connection and print state in the status bar, said again when the language changes."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.desk = QLabel()
        self.printing = QLabel()
        self.network = QLabel()
        for label in (self.desk, self.printing, self.network):
            bar.addPermanentWidget(label)
        self.connection: bool | None = None
        self._print_text: Callable[[], str] = str
        self._print_problem = False
        self._desk_text: Callable[[], str] = str

    def set_connection(self, online: bool | None) -> None:
        """Always say whether check-ins reach the server; offline is never an invalid ticket.

        None: no server is set up, the event file is the whole truth (this desk alone).
        """
        self.connection = online
        translate = QCoreApplication.translate
        texts = {
            None: translate("DeskStatus", "Working locally (no sync set up)"),
            False: translate("DeskStatus", "Offline – check-ins are kept and sent later"),
            True: translate("DeskStatus", "Online – check-ins are shared"),
        }
        self.network.setText("● " + texts[online])
        colour = CONNECTION_COLOURS[online]
        self.network.setStyleSheet(f"color: {colour}; font-weight: bold; padding: 0 6px;")

    def set_print_state(self, text: Callable[[], str], problem: bool = False) -> None:
        """Show where the latest badge is; a failed print stands out and stays.

        Args:
            text: makes the text in the current language (called again on a language change).
            problem: whether the badge did not print.
        """
        self._print_text, self._print_problem = text, problem
        self.printing.setText(text())
        self.printing.setStyleSheet(
            "color: white; background: #b3261e; padding: 2px 6px;" if problem else ""
        )

    def set_desk(self, text: Callable[[], str]) -> None:
        """Name the desk the check-ins are marked with."""
        self._desk_text = text
        self.desk.setText(text())

    def retranslate(self) -> None:
        self.set_connection(self.connection)
        self.set_print_state(self._print_text, self._print_problem)
        self.set_desk(self._desk_text)
        self.bar.clearMessage()  # a passing message in the old language goes
