"""The dashboard's list of who is still missing: its title and count, a filter box, the lines.

The list may hold 10,000 lines: a `QStringListModel` (no item object per line) in a
`QListView` of rows of one height (no layout pass over them). The filter box keeps the lines
whose folded form holds every folded word typed (`checkin.ui.dashboard_parts.matching`:
case and accents ignored). The title counts the list as the language writes numbers
(`checkin.reports.language.Words.number`, as the reports do): "Ikke sjekket inn (10 800)", and
while the box filters, how many are shown of how many: "Ikke sjekket inn (12 / 10 800)".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from checkin.domain.names import fold
from checkin.ui.dashboard_parts import matching

FEW_GONE = 50  # rows taken out one by one; more: the list is set anew (2 ms for 10,000)


def filters(text: str) -> bool:
    """Tell whether the filter box's text leaves lines out (a word to match, not only spaces)."""
    return bool(fold(text).split())


Count = Callable[[int], object]  # a count as the language writes it (`Words.number`)


def count_title(title: str, shown: int, total: int, filtered: bool, count: Count) -> str:
    """The list's title with its count, written by ``count``.

    ``count_title("Still expected", 12, 10800, True, Words("en").number)`` gives
    "Still expected (12 / 10,800)"; with ``filtered`` false, "Still expected (10,800)".
    """
    if filtered:
        return f"{title} ({count(shown)} / {count(total)})"
    return f"{title} ({count(total)})"


class MissingList(QWidget):
    """The title with the count, the filter box and the list of who is still missing.

    Args:
        title: the list's name in the dashboard's language ("Ikke sjekket inn").
        search: the filter box's placeholder.
        count: how the counts are written (`Words.number`; nb: "10 800", en: "10,800").
    """

    def __init__(self, title: str, search: str, count: Count) -> None:
        super().__init__()
        self.word, self.count = title, count
        self.lines: list[str] = []  # every line, and each folded for the filter
        self.keys: list[str] = []
        self.title = QLabel(title)  # counted once the first read is in
        self.filter = QLineEdit(placeholderText=search, clearButtonEnabled=True)
        self.filter.textChanged.connect(self._filter)
        self.view = QListView(uniformItemSizes=True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.model = QStringListModel(self)
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.title, self.filter, self.view):
            layout.addWidget(part)

    def show_lines(self, lines: list[str], keys: list[str]) -> None:
        """Show a read's missing people: their lines, and each line folded (same order)."""
        self.lines, self.keys = lines, keys
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        """List the lines that match the filter box; count them in the title.

        When a few people only left the list (checked in), their rows are taken out and the
        rest stay, with the organiser's place in the list; else the list is set anew.
        """
        lines = matching(self.lines, self.keys, text)
        self.title.setText(
            count_title(self.word, len(lines), len(self.lines), filters(text), self.count)
        )
        shown = self.model.stringList()
        gone = set(shown).difference(lines)
        if len(gone) > FEW_GONE or len(shown) - len(gone) != len(lines):  # or some came
            self.model.setStringList(lines)
            return
        for row in sorted((at for at, line in enumerate(shown) if line in gone), reverse=True):
            self.model.removeRows(row, 1)
