"""Where the latest badge is: waiting, printing, sent, or why it did not print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from checkin.ui.look import set_colours

PROBLEM = ("white", "#b3261e")  # text, background: a failed print stands out


class PrintLabel(QLabel):
    """The latest badge's state; a failed print stands out and stays until the next."""

    def __init__(self) -> None:
        super().__init__()
        self.setContentsMargins(6, 2, 6, 2)
        self._text: Callable[[], str] = str
        self.problem = False

    def set_print_state(self, text: Callable[[], str], problem: bool = False) -> None:
        """Show where the latest badge is.

        Args:
            text: makes the text in the current language (called again on a language change).
            problem: whether the badge did not print.
        """
        self._text, self.problem = text, problem
        self.setText(text())
        if problem:
            set_colours(self, *PROBLEM)
        else:
            self.setPalette(QPalette())
            self.setAutoFillBackground(False)

    def retranslate(self) -> None:
        self.set_print_state(self._text, self.problem)
