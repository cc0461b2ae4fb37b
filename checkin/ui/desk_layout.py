"""The desk window's parts and where they sit: camera, banners and card left; the event right.

`MainWindow` (checkin.ui.main_window) builds on this in its ``_init_*`` steps and says what
the parts do. Strings here are translated in the "MainWindow" context, the window's own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.model import Event
from checkin.ui.banners import DayBanner, NoteBanner, ProblemBanner, SetupBanner, WaitingLine
from checkin.ui.camera_view import CameraView
from checkin.ui.combo_data import choose
from checkin.ui.formats import day_text
from checkin.ui.look import set_font
from checkin.ui.person_panel import PersonPanel
from checkin.ui.result_card import ResultCard
from checkin.ui.search_panel import SearchPanel
from checkin.ui.statusbar import DeskStatus

WINDOW_SIZE = (1280, 720)


class DayPicker(QComboBox):
    """The desk's day: chosen on purpose with the mouse, never by a stray key or wheel turn.

    It takes no keyboard focus (typing on the window goes to search), and ignores keys and the
    mouse wheel; a click opens its list. Its width follows its days' names in each language
    ("Mon 30 November" is shorter than "man. 30. november").
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class DeskLayout(QMainWindow):
    """Makes the window's widgets and lays them out; the subclass connects what they do."""

    def _init_layout(self, event: Event, day: date) -> None:
        """Camera, banners and card on the left; day, counters, search, details, latest right."""
        self.camera = CameraView()
        self.card = ResultCard(event.timezone)
        self.note = NoteBanner()
        self.waiting = WaitingLine()
        self.setup = SetupBanner()
        self.day_warning = DayBanner()
        self.problem = ProblemBanner()
        left = QVBoxLayout()
        left.addWidget(self.problem)
        left.addWidget(self.day_warning)
        left.addWidget(self.setup)
        left.addWidget(self.camera, 3)
        left.addWidget(self.note)
        left.addWidget(self.waiting)
        left.addWidget(self.card, 2)
        self.side = self._init_side(event)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.side, 2)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.show_event_facts(event, day)
        self.resize(*WINDOW_SIZE)

    def _init_side(self, event: Event) -> QWidget:
        self.event_label = QLabel()
        set_font(self.event_label, 18, bold=True)
        self.event_label.setWordWrap(True)
        self.day_box = DayPicker()
        self.counter = QLabel()
        set_font(self.counter, 18)
        self.search = SearchPanel()
        self.person = PersonPanel(event.timezone)
        self.recent_title = QLabel()
        self.recent = QListWidget()
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a homonym's code stays seen
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

    def _init_statusbar(self) -> None:
        self.status = DeskStatus(self.statusBar())

    def show_event_facts(self, event: Event, day: date) -> None:
        """The event's name, its days (``day`` chosen) and its time zone in every part."""
        self.event_label.setText(event.name)
        self.card.set_zone(event.timezone)
        self.person.set_zone(event.timezone)
        self.day_box.blockSignals(True)  # filling the list is not the volunteer choosing a day
        self.day_box.clear()
        for one in event.days or (day,):
            self.day_box.addItem(day_text(one), one)
        choose(self.day_box, day)  # findData() of a date matches nothing in PySide6
        self.day_box.blockSignals(False)
