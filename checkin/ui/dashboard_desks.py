"""The dashboard's table of desks: each desk's pace, scan to result and time to badge.

The columns and cells are the reports' (`checkin.reports.desk_table`), in the dashboard's language;
decimals are written with that language's decimal sign ("0,3" in Norwegian).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from checkin.reports.desk_table import DESK_COLUMNS, NUMBERS_FROM, desk_texts
from checkin.reports.language import Words
from checkin.reports.throughput import DeskPace

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ONE_LINE = 14  # characters: a longer header is broken at the space nearest its middle


def two_lines(title: str) -> str:
    """Return a long header on two lines, broken at the space nearest its middle."""
    spaces = [index for index, char in enumerate(title) if char == " "]
    if len(title) <= ONE_LINE or not spaces:
        return title
    middle = min(spaces, key=lambda index: abs(index - len(title) / 2))
    return title[:middle] + "\n" + title[middle + 1 :]


class DeskTable(QTableWidget):
    """One row per desk and check-in point, the busiest first; empty where nothing was measured."""

    def __init__(self, words: Words) -> None:
        super().__init__(0, len(DESK_COLUMNS))
        self.words = words
        self.setHorizontalHeaderLabels([two_lines(words(title)) for title in DESK_COLUMNS])
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # names whole
        header.setStretchLastSection(True)
        self.setMinimumHeight(150)  # the header and three desks without scrolling
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def show_desks(self, desks: tuple[DeskPace, ...]) -> None:
        """Show the desks' rows (`checkin.reports.throughput.Throughput.desks`).

        Only the cells whose text changed are set: a new item for each cell on each refresh
        was 2 ms of the GUI thread, and a new size of every column to fit.
        """
        self.setRowCount(len(desks))
        for row, desk in enumerate(desks):
            for column, text in enumerate(desk_texts(desk, self.words)):
                item = self.item(row, column)
                if item is None:
                    item = QTableWidgetItem(text)
                    if column >= NUMBERS_FROM:
                        item.setTextAlignment(RIGHT)
                    self.setItem(row, column, item)
                elif item.text() != text:
                    item.setText(text)
