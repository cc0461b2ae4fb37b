"""The dashboard's list of who is still missing: its title and count, a filter box, the lines.

The list may hold 10,000 lines: a `QStringListModel` (no item object per line) in a
`QListView` of rows of one height (no layout pass over them). The filter box keeps the lines
whose folded form holds every folded word typed (case and accents ignored). The title counts
the list as the language writes numbers (`checkin.reports.language.Words.number`, as the
reports do): "Ikke sjekket inn (10 800)", and while the box filters, how many are shown of how
many: "Ikke sjekket inn (12 / 10 800)".

A refresh costs the GUI thread next to nothing when people only checked in: the reading
process sends their places in the list (`Loaded.gone`), and their rows are taken out; the lines
shown are kept in Python (never read back from Qt) and nothing is matched again. Typing that
narrows the filter ("ol", then "ola") matches the lines shown only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from checkin.domain.names import fold
from checkin.ui.dashboard_parts import Loaded, taken_out

Count = Callable[[int], object]  # a count as the language writes it (`Words.number`)


def count_title(title: str, shown: int, total: int, filtered: bool, count: Count) -> str:
    """The list's title with its count, written by ``count``.

    ``count_title("Still expected", 12, 10800, True, Words("en").number)`` gives
    "Still expected (12 / 10,800)"; with ``filtered`` false, "Still expected (10,800)".
    """
    if filtered:
        return f"{title} ({count(shown)} / {count(total)})"
    return f"{title} ({count(total)})"


def pick(
    lines: Sequence[str], keys: Sequence[str], words: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Return the lines whose folded form (``keys``, same order) holds every word, and their keys.

    All of them (copies) if there is no word; the words are folded already (`fold`).
    """
    kept, held = list(lines), list(keys)
    for word in words:
        mask = [word in key for key in held]
        kept, held = list(compress(kept, mask)), list(compress(held, mask))
    return kept, held


def narrows(before: Sequence[str], after: Sequence[str]) -> bool:
    """Tell whether the words ``after`` keep only lines the words ``before`` kept.

    So when each word before is part of a word after ("ol" -> "ola", "ola" -> "ola b").
    """
    return all(any(old in new for new in after) for old in before)


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
        self.shown: list[str] = []  # the lines the model holds (its rows), and their keys
        self.shown_keys: list[str] = []
        self.words: list[str] = []  # the filter's words, folded, that chose them
        self.token = ""  # names the list held (`Loaded.token`): the next read's ``since``
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

    def show_read(self, read: Loaded) -> None:
        """Show a read's missing list: whole, or the places of those who left it."""
        if read.gone is None:
            self.show_lines(read.lines, read.keys)
        else:
            self.take_out(read.gone)
        self.token = read.token

    def show_lines(self, lines: list[str], keys: list[str]) -> None:
        """Show a read's missing people: their lines, and each line folded (same order)."""
        self.lines, self.keys = lines, keys
        self._list(*pick(lines, keys, self.words))

    def take_out(self, gone: Sequence[int]) -> None:
        """Take the people at these places of the list (ascending) out: they checked in.

        Their rows go and the others stay, with the organiser's place in the list.
        """
        rows = [self.shown.index(self.lines[at]) for at in gone
                if all(word in self.keys[at] for word in self.words)]  # fmt: skip
        for at in reversed(gone):
            del self.lines[at], self.keys[at]
        for row in sorted(rows, reverse=True):
            del self.shown[row], self.shown_keys[row]
            self.model.removeRows(row, 1)
        self._count()

    def _filter(self, text: str) -> None:
        """List the lines that match the filter box (typed: on each change).

        The list then opens at its top, or where the selected line is if it is still listed
        (a list set anew would keep the last list's scroll offset: rows down in another list).
        """
        words = fold(text).split()
        narrowed = narrows(self.words, words)
        lines, keys = (self.shown, self.shown_keys) if narrowed else (self.lines, self.keys)
        current = self.view.currentIndex()
        selected = self.shown[current.row()] if current.isValid() else None
        self.words = words
        self._list(*pick(lines, keys, words))
        self._scroll_to(selected)

    def _scroll_to(self, line: str | None) -> None:
        """Show ``line`` selected, in the middle of the view if it is listed; else the top."""
        row = self.shown.index(line) if line is not None and line in self.shown else None
        if row is None:
            self.view.scrollToTop()
            return
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QListView.ScrollHint.PositionAtCenter)

    def _list(self, lines: list[str], keys: list[str]) -> None:
        """Show these lines (the list's, in its order); count them in the title.

        When they are the lines shown less a few, those rows are taken out and the rest stay,
        with the organiser's place in the list; else the list is set anew.
        """
        rows = taken_out(self.shown, lines)
        self.shown, self.shown_keys = lines, keys
        if rows is not None:
            for row in reversed(rows):
                self.model.removeRows(row, 1)
        else:  # many went, or some came
            self.model.setStringList(lines)
        self._count()

    def _count(self) -> None:
        shown, total = len(self.shown), len(self.lines)
        self.title.setText(count_title(self.word, shown, total, bool(self.words), self.count))
