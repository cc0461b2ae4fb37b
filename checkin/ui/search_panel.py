"""Search as you type, then arrow keys and Enter to check someone in by hand."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from checkin.domain.model import Registration

DEBOUNCE_MS = 120


class SearchBox(QLineEdit):
    """A line edit that hands Up, Down and Enter to the result list, and the desk's keys on.

    The desk's shortcuts (``desk_keys``: Ctrl+Z undo, Ctrl+E correct, ...) act for the desk
    even with the cursor here: the box does not take them as its own (its text undo, its
    Ctrl+E to the end of the line), so Ctrl+Z never brings back an earlier query.
    """

    navigate = Signal(int)
    chosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.desk_keys: tuple[QKeySequence, ...] = ()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
                   for keys in self.desk_keys):  # fmt: skip
                event.ignore()  # not the box's: the window's shortcut acts
                return True
        return super().event(event)

    def empty(self) -> None:
        """Empty the box and forget its undo history (no stale query can come back)."""
        self.setText("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.navigate.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
        else:
            super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Emits ``query`` after typing pauses, and ``check_in`` with the chosen ticket code."""

    query = Signal(str)
    check_in = Signal(str)
    selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = SearchBox()
        self.box.setPlaceholderText(self.tr("Search name, organisation, e-mail or code (F2)"))
        self.results = QListWidget()
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the code stays in sight
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query.emit(self.box.text()))
        self.box.textChanged.connect(lambda _: self._timer.start())
        self.box.navigate.connect(self._move)
        self.box.chosen.connect(self._choose)
        self.results.itemActivated.connect(
            lambda item: self.check_in.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.results.currentItemChanged.connect(self._selected)
        self.hits: list[Registration] = []
        self.checked: dict[str, str] = {}  # code -> when checked in on the desk's day ("09:41")
        self.shown_query = ""  # the query the listed results answer
        self._enter_waits = False  # Enter came before the results of what was typed

    def clear(self) -> None:
        """Empty the query and the results (F2, Esc, and after a check-in), with no undo."""
        self.box.empty()
        self._timer.stop()
        self.hits, self.shown_query, self._enter_waits = [], "", False
        self.checked = {}
        self.results.clear()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Search name, organisation, e-mail or code (F2)"))
        self._fill(self.hits)

    def show_hits(
        self, query: str, hits: list[Registration], checked: dict[str, str] | None = None
    ) -> None:
        """Show results, unless the user has typed on since this query was asked.

        ``checked`` gives, by ticket code, when those already checked in on the desk's day came.
        """
        if query != self.box.text():
            return
        self.hits, self.shown_query, self.checked = hits, query, checked or {}
        self._fill(hits)
        if self._enter_waits:
            self._enter_waits = False
            self._choose()

    def _fill(self, hits: list[Registration]) -> None:
        current = self.current()
        self.results.blockSignals(True)  # one selection signal for the new list, not one per row
        self.results.clear()
        for hit in hits:
            self.results.addItem(self._item(hit))
        self.results.blockSignals(False)
        codes = [hit.code for hit in hits]
        if hits:
            row = codes.index(current) if current in codes else -1
            self.results.blockSignals(row >= 0)  # the same person stays selected: nothing new
            self.results.setCurrentRow(max(row, 0))
            self.results.blockSignals(False)

    def _item(self, hit: Registration) -> QListWidgetItem:
        """One result: name, organisation and code (elided in the middle), and its state."""
        text = "  ·  ".join(part for part in (hit.name, hit.organisation, hit.code) if part)
        if hit.status.value == "cancelled":
            text += "  " + self.tr("(cancelled)")
        at = self.checked.get(hit.code)
        if at is not None:
            text = "✓ " + text + "  " + self.tr("(checked in {time})").format(time=at)
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, hit.code)
        if at is not None:
            item.setForeground(QColor("#1e7d3a"))
        return item

    def current(self) -> str | None:
        """The ticket code of the highlighted result, if any."""
        row = self.results.currentRow()
        return None if row < 0 else str(self.results.item(row).data(Qt.ItemDataRole.UserRole))

    def _move(self, step: int) -> None:
        row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
        self.results.setCurrentRow(row)

    def _choose(self) -> None:
        """Enter: check in the highlighted result of what is typed now (searching first)."""
        if self.box.text() != self.shown_query:
            self._enter_waits = True
            self._timer.stop()
            self.query.emit(self.box.text())
            return
        code = self.current()
        if code is not None:
            self.check_in.emit(code)

    def _selected(self, item: QListWidgetItem | None) -> None:
        self.selected.emit("" if item is None else item.data(Qt.ItemDataRole.UserRole))
