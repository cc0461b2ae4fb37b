"""The desk window's parts and where they sit; its actions, keys and menus, and their names.

`MainWindow` (checkin.ui.main_window) builds on this and says what the parts do. Strings here
are translated in the "MainWindow" context, the one the window itself uses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from checkin.desk import Desk
from checkin.domain.model import Method
from checkin.ui.banners import NoteBanner, SetupBanner, WaitingLine
from checkin.ui.camera_view import CameraView
from checkin.ui.formats import day_text
from checkin.ui.person_panel import PersonPanel
from checkin.ui.result_card import ResultCard
from checkin.ui.search_panel import SearchPanel
from checkin.ui.status_bar import DeskStatus

KEYS = {
    "walk_in": "Ctrl+N", "undo": "Ctrl+Z", "reprint": "Ctrl+P", "edit": "Ctrl+E",
    "preview": "Ctrl+Shift+P", "search": "F2", "kiosk": "F11", "clear": "Esc",
    "import": "Ctrl+I", "export": "Ctrl+S",
}  # fmt: skip
DESK_MENU = ("walk_in", "edit", "reprint", "preview", "undo", "kiosk")
FILE_MENU = ("import", "export")


class DeskLayout(QMainWindow):
    """Builds the window's widgets; the subclass connects what they do."""

    desk: Desk

    def build_layout(self, day: date) -> None:
        """Camera, banners and card on the left; day, counters, search, details, latest right."""
        self.camera = CameraView()
        self.card = ResultCard(self.desk.event.timezone)
        self.card.expired.connect(self._card_expired)
        self.note = NoteBanner()
        self.note.clicked.connect(self.confirm_note)
        self.waiting = WaitingLine()
        self.setup = SetupBanner()
        left = QVBoxLayout()
        left.addWidget(self.setup)
        left.addWidget(self.camera, 3)
        left.addWidget(self.note)
        left.addWidget(self.waiting)
        left.addWidget(self.card, 2)
        self.side = self._build_side(day)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.side, 2)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.status = DeskStatus(self.statusBar())
        self.resize(1280, 720)

    def _build_side(self, day: date) -> QWidget:
        self.event_label = QLabel(self.desk.event.name)
        self.event_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.event_label.setWordWrap(True)
        self.day_box = QComboBox()
        for one in self.desk.event.days or (day,):
            self.day_box.addItem(day_text(one), one)
        self.day_box.setCurrentIndex(max(0, self.day_box.findData(day)))
        self.day_box.currentIndexChanged.connect(self._day_changed)
        self.counter = QLabel()
        self.counter.setStyleSheet("font-size: 18px;")
        self.search = SearchPanel()
        self.search.query.connect(self._search)
        self.search.check_in.connect(lambda code: self.check_in(code, Method.SEARCH))
        self.search.selected.connect(self._select)
        self.person = PersonPanel(self.desk.event.timezone)
        self.person.check_in.connect(lambda code: self.check_in(code, Method.SEARCH))
        self.person.edit.connect(self._edit_code)
        self.person.reprint.connect(lambda code: self._with_person(code, self._print_person))
        self.person.preview.connect(lambda code: self._with_person(code, self._preview_person))
        self.recent_title = QLabel()
        self.recent = QListWidget()
        header = QHBoxLayout()
        header.addWidget(self.day_box)
        header.addStretch(1)
        header.addWidget(self.counter)
        right = QVBoxLayout()
        right.addWidget(self.event_label)
        right.addLayout(header)
        right.addWidget(self.search, 3)
        right.addWidget(self.person)
        right.addWidget(self.recent_title)
        right.addWidget(self.recent, 2)
        side = QWidget()
        side.setLayout(right)
        return side

    def build_actions(self) -> None:
        """The desk's keys, and the File, Desk and Language menus."""
        slots: dict[str, Callable[[], None]] = {
            "walk_in": self.walk_in, "undo": self.undo_last, "reprint": self.reprint,
            "edit": self.edit_selected, "preview": self.preview, "search": self.focus_search,
            "kiosk": self.toggle_kiosk, "clear": self.clear, "import": self.import_file,
            "export": self.export,
        }  # fmt: skip
        self.actions_: dict[str, QAction] = {}
        for name, keys in KEYS.items():
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slots[name])
            self.addAction(action)
            self.actions_[name] = action
        self.file_menu = self.menuBar().addMenu("")
        for name in FILE_MENU:
            self.file_menu.addAction(self.actions_[name])
        self.desk_menu = self.menuBar().addMenu("")
        for name in DESK_MENU:
            self.desk_menu.addAction(self.actions_[name])
        self.auto_print_action = QAction(self, checkable=True, checked=self.auto_print)
        self.auto_print_action.toggled.connect(lambda on: setattr(self, "auto_print", on))
        self.desk_menu.addAction(self.auto_print_action)
        self.language_menu = self.menuBar().addMenu("")

    def label_actions(self) -> None:
        translate = QCoreApplication.translate
        texts = {
            "walk_in": translate("MainWindow", "Walk-in…"),
            "undo": translate("MainWindow", "Undo last check-in"),
            "reprint": translate("MainWindow", "Reprint badge"),
            "edit": translate("MainWindow", "Correct registration…"),
            "preview": translate("MainWindow", "Preview badge…"),
            "search": translate("MainWindow", "Search"),
            "kiosk": translate("MainWindow", "Kiosk mode"),
            "clear": translate("MainWindow", "Clear"),
            "import": translate("MainWindow", "Import registrations…"),
            "export": translate("MainWindow", "Export attendance…"),
        }
        for name, text in texts.items():
            self.actions_[name].setText(text)
        self.auto_print_action.setText(translate("MainWindow", "Print badge on check-in"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.desk_menu.setTitle(translate("MainWindow", "&Desk"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))

    # the subclass's slots, named here so the wiring above is checked
    auto_print: bool

    def _card_expired(self) -> None: ...
    def confirm_note(self) -> None: ...
    def _day_changed(self, index: int) -> None: ...
    def _search(self, query: str) -> None: ...
    def check_in(self, text: str, method: Method) -> None: ...
    def _select(self, code: str) -> None: ...
    def _edit_code(self, code: str) -> None: ...
    def _with_person(self, code: str, then: Any) -> None: ...
    def _print_person(self, person: Any) -> None: ...
    def _preview_person(self, person: Any) -> None: ...
    def walk_in(self) -> None: ...
    def undo_last(self) -> None: ...
    def reprint(self) -> None: ...
    def edit_selected(self) -> None: ...
    def preview(self) -> None: ...
    def focus_search(self) -> None: ...
    def toggle_kiosk(self) -> None: ...
    def clear(self) -> None: ...
    def import_file(self) -> None: ...
    def export(self) -> None: ...
