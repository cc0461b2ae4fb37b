"""The desk window: layout and actions; every Desk call runs on the database thread."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.desk import CheckInResult, Desk
from checkin.domain.model import Method, Outcome, Registration
from checkin.errors import UserError
from checkin.export import export_attendance
from checkin.scan.scanner import ScanEvent
from checkin.scan.wedge import KeystrokeBurst
from checkin.ui.badge_preview import BadgePreview
from checkin.ui.camera_view import CameraView
from checkin.ui.dialogs import PersonDialog, Pin, ask_pin
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.person_panel import PersonPanel, PersonView
from checkin.ui.result_card import ResultCard
from checkin.ui.search_panel import SearchPanel
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


class WedgeFilter(QObject):
    """Application-wide: turns a handheld scanner's keystroke burst into a code."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.burst = KeystrokeBurst()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = "\r" if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else event.text()
        if not key or event.isAutoRepeat():
            return False
        code = self.burst.feed(key, time.monotonic())
        if code is None:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.text().endswith(code):
            focus.setText(focus.text()[: -len(code)])
        self.scanned.emit(code)
        return True


class FlagBanner(QWidget):
    """Attention notes that stop the flow until the volunteer confirms them."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 20px; font-weight: bold; color: #5a3b00;")
        self.button = QPushButton()
        self.button.setStyleSheet("font-size: 18px; font-weight: bold; padding: 8px 20px;")
        self.button.setDefault(True)
        self.button.clicked.connect(self._confirm)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setObjectName("flagBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#flagBanner { background: #ffe08a; border-radius: 8px; }")
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Done (Enter)"))

    def show_flags(self, flags: tuple[str, ...]) -> None:
        self.text.setText(self.tr("Attention: ") + " · ".join(flags))
        self.show()
        self.button.setFocus()

    def _confirm(self) -> None:
        self.hide()
        self.confirmed.emit()


class MainWindow(QMainWindow):
    """The desk: camera, result card, search, latest check-ins, counters."""

    result_shown = Signal(object)

    def __init__(
        self,
        desk: Desk,
        runner: TaskRunner,
        sounds: Sounds,
        pin: Pin | None = None,
        print_badge: Callable[[Registration], None] | None = None,
        preview_badge: Callable[[Registration, Callable[[bytes], None]], None] | None = None,
    ) -> None:
        super().__init__()
        self.desk, self.runner, self.sounds = desk, runner, sounds
        self.runner.on_error = self.show_error
        self.pin = pin or Pin()
        self.print_badge = print_badge
        self.preview_badge = preview_badge
        self.auto_print = print_badge is not None
        self.kiosk = False
        self.last_result: CheckInResult | None = None
        self.day = (
            desk.today()
            if not desk.event.days or desk.today() in desk.event.days
            else desk.event.days[0]
        )
        self._build()
        self._build_actions()
        self.wedge = WedgeFilter(self)
        self.wedge.scanned.connect(lambda code: self.check_in(code, Method.HANDHELD))
        _app().installEventFilter(self.wedge)
        self.retranslate()
        self.refresh()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.camera = CameraView()
        self.card = ResultCard(self.desk.event.timezone)
        self.flags = FlagBanner()
        self.flags.confirmed.connect(self._note_confirmed)
        self.held: tuple[str, Method] | None = None
        left = QVBoxLayout()
        left.addWidget(self.camera, 3)
        left.addWidget(self.flags)
        left.addWidget(self.card, 2)
        self.event_label = QLabel(self.desk.event.name)
        self.event_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.day_box = QComboBox()
        for day in self.desk.event.days or (self.day,):
            self.day_box.addItem(day.isoformat(), day)
        self.day_box.setCurrentIndex(max(0, self.day_box.findData(self.day)))
        self.day_box.currentIndexChanged.connect(self._day_changed)
        self.counter = QLabel()
        self.counter.setStyleSheet("font-size: 18px;")
        self.search = SearchPanel()
        self.search.query.connect(self._search)
        self.search.check_in.connect(lambda code: self.check_in(code, Method.SEARCH))
        self.search.selected.connect(self._show_person)
        self.person = PersonPanel(self.desk.event.timezone)
        self.person.check_in.connect(lambda code: self.check_in(code, Method.SEARCH))
        self.person.edit.connect(self._edit_code)
        self.person.reprint.connect(lambda code: self._with_person(code, self._print_person))
        self.person.preview.connect(lambda code: self._with_person(code, self._preview_person))
        self.recent_title = QLabel()
        self.recent = QListWidget()
        right = QVBoxLayout()
        header = QHBoxLayout()
        header.addWidget(self.day_box)
        header.addStretch(1)
        header.addWidget(self.counter)
        right.addWidget(self.event_label)
        right.addLayout(header)
        right.addWidget(self.search, 3)
        right.addWidget(self.person)
        right.addWidget(self.recent_title)
        right.addWidget(self.recent, 2)
        self.side = QWidget()
        self.side.setLayout(right)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.side, 2)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.network = QLabel()
        self.connection: bool | None = None
        self.printing = QLabel()
        self.statusBar().addPermanentWidget(self.printing)
        self.statusBar().addPermanentWidget(self.network)
        self.resize(1280, 720)

    def _build_actions(self) -> None:
        self.actions_: dict[str, QAction] = {}
        specs = [
            ("walk_in", "Ctrl+N", self.walk_in), ("undo", "Ctrl+Z", self.undo_last),
            ("reprint", "Ctrl+P", self.reprint), ("edit", "Ctrl+E", self.edit_selected),
            ("preview", "Ctrl+Shift+P", self.preview),
            ("search", "F2", self.search.box.setFocus), ("kiosk", "F11", self.toggle_kiosk),
            ("clear", "Esc", self.card.clear),
        ]  # fmt: skip
        for name, keys, slot in specs:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_[name] = action
        self.file_menu = self.menuBar().addMenu("")
        for name, keys, slot in (
            ("import", "Ctrl+I", self.import_file),
            ("export", "Ctrl+S", self.export),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.actions_[name] = action
            self.file_menu.addAction(action)
        self.desk_menu = self.menuBar().addMenu("")
        for name in ("walk_in", "edit", "reprint", "preview", "undo", "kiosk"):
            self.desk_menu.addAction(self.actions_[name])
        self.auto_print_action = QAction(self, checkable=True, checked=self.auto_print)
        self.auto_print_action.toggled.connect(lambda on: setattr(self, "auto_print", on))
        self.desk_menu.addAction(self.auto_print_action)
        self.language_menu = self.menuBar().addMenu("")

    def retranslate(self) -> None:
        """Set every visible string again (at start and when the language changes)."""
        self.setWindowTitle(self.tr("Check-in Desk") + " — " + self.desk.event.name)
        texts = {
            "walk_in": self.tr("Walk-in…"), "undo": self.tr("Undo last check-in"),
            "reprint": self.tr("Reprint badge"), "edit": self.tr("Correct registration…"),
            "preview": self.tr("Preview badge…"),
            "search": self.tr("Search"), "kiosk": self.tr("Kiosk mode"), "clear": self.tr("Clear"),
            "import": self.tr("Import registrations…"), "export": self.tr("Export attendance…"),
        }  # fmt: skip
        for name, text in texts.items():
            self.actions_[name].setText(text)
        self.auto_print_action.setText(self.tr("Print badge on check-in"))
        self.file_menu.setTitle(self.tr("&File"))
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.recent_title.setText(self.tr("Latest check-ins"))
        self.set_connection(self.connection)
        self.search.box.setPlaceholderText(
            self.tr("Search name, organisation, e-mail or code (F2)")
        )
        self.flags.retranslate()
        self.person.retranslate()
        if self.card.outcome is None:
            self.card.clear()
        self._show_counts(*self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- checking in --------------------------------------------------------------------
    def handle_scan(self, event: ScanEvent) -> None:
        self.check_in(event.text, Method.SCAN)

    def check_in(self, text: str, method: Method) -> None:
        """Check a ticket in on the database thread; the card shows the answer."""
        if self.flags.isVisible():  # an attention note waits: hold the newest code till then
            self.held = (text, method)
            self.statusBar().showMessage(self.tr("Confirm the note first (Enter)."), 4000)
            return
        day = self.day
        self.runner.run_db(lambda: self.desk.check_in(text, method, day), self.show_result)

    def _note_confirmed(self) -> None:
        self.refresh()
        held, self.held = self.held, None
        if held is not None:
            self.check_in(*held)

    def show_result(self, result: CheckInResult) -> None:
        self.last_result = result
        self.card.show_result(result)
        self.sounds.play(result.decision.outcome.value)
        if result.decision.flags and result.decision.outcome is not Outcome.REJECTED:
            self.flags.show_flags(result.decision.flags)
        if result.decision.outcome is Outcome.OK and self.auto_print and result.registration:
            self._print(result)
        self.refresh()
        self.result_shown.emit(result)

    def _print(self, result: CheckInResult) -> None:
        if result.registration:
            self._print_person(result.registration)

    def _print_person(self, person: Registration | None) -> None:
        if self.print_badge and person:
            self.print_badge(person)

    def reprint(self) -> None:
        if self.last_result and self.last_result.registration:
            self._print(self.last_result)

    def preview(self) -> None:
        """Preview the badge of the person picked in search, else of the latest check-in."""
        if self.person.isVisible() and self.person.code:
            self._with_person(self.person.code, self._preview_person)
        elif self.last_result and self.last_result.registration:
            self._preview_person(self.last_result.registration)

    def _preview_person(self, person: Registration | None) -> None:
        if self.preview_badge and person:
            self.preview_badge(person, lambda png: self._show_preview(png, person))

    def _show_preview(self, png: bytes, person: Registration) -> None:
        self.badge_preview = BadgePreview(png, self)
        self.badge_preview.print_requested.connect(lambda: self._print_person(person))
        self.badge_preview.open()

    def _with_person(self, code: str, then: Callable[[Registration | None], None]) -> None:
        self.runner.run_db(lambda: self.desk.registration(code), then)

    def _show_person(self, code: str) -> None:
        day = self.day
        self.runner.run_db(
            lambda: self._person_view(code, day),
            lambda view: self.person.show_person(view) if self.search.current() == code else None,
        )

    def _person_view(self, code: str, day: date) -> PersonView | None:
        person = self.desk.registration(code)
        if person is None:
            return None
        return PersonView(person, self.desk.checked_in(code, day), day)

    def show_error(self, error: BaseException) -> None:
        """Say what went wrong in words; a bug is named as such, never hidden."""
        if isinstance(error, UserError):
            text = error.text()
        else:
            text = self.tr("Something went wrong ({kind}: {error}). Nothing was lost.").format(
                kind=type(error).__name__, error=error
            )
        self.statusBar().showMessage(text, 10000)
        if not self.kiosk:
            QMessageBox.warning(self, self.tr("Check-in Desk"), text)

    def undo_last(self) -> None:
        result = self.last_result
        if result is None or result.checkin is None or not ask_pin(self, self.pin):
            return
        code, day = result.ticket, self.day
        self.runner.run_db(lambda: self.desk.undo(code, day), lambda _: self._undone())

    def _undone(self) -> None:
        self.last_result = None
        self.card.clear()
        self.statusBar().showMessage(self.tr("Check-in undone."), 5000)
        self.refresh()

    def walk_in(self) -> None:
        dialog = PersonDialog(self)
        if dialog.exec():
            self.register_walk_in(dialog.values())

    def register_walk_in(self, values: dict[str, str]) -> None:
        day = self.day
        self.runner.run_db(lambda: self.desk.walk_in(**values, day=day), self.show_result)

    def edit_selected(self) -> None:
        code = self.search.current()
        if code is not None:
            self._edit_code(code)
        elif self.last_result and self.last_result.registration:
            self._edit_code(self.last_result.registration.code)

    def _edit_code(self, code: str) -> None:
        self._with_person(code, lambda person: self._edit(code, person))

    def _edit(self, code: str, person: Any) -> None:
        dialog = PersonDialog(self, person)
        if person and dialog.exec():
            values = dialog.values()
            self.runner.run_db(
                lambda: self.desk.update_registration(code, **values),
                lambda _: self._edited(code),
            )

    def _edited(self, code: str) -> None:
        self.statusBar().showMessage(self.tr("Saved. Print the badge again if it was wrong."), 8000)
        self._search(self.search.box.text())
        self._show_person(code)

    # -- files --------------------------------------------------------------------------
    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import registrations"), "", self.tr("Registrations (*.csv *.txt *.xlsx)")
        )
        if name:
            self.open_import(Path(name)).open()

    def open_import(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(path, self.desk, self.runner, self)
        dialog.imported.connect(lambda _: self.refresh())
        return dialog

    def export(self) -> None:
        if not ask_pin(self, self.pin):
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export attendance"),
            "oppmote.xlsx",
            self.tr("Spreadsheet (*.xlsx *.csv)"),
        )
        if name:
            self.runner.run_db(
                lambda: export_attendance(self.desk, name),
                lambda rows: self.statusBar().showMessage(
                    self.tr("Exported {rows} rows.").format(rows=rows), 5000
                ),
            )

    # -- views --------------------------------------------------------------------------
    _counts = (0, 0)

    def refresh(self) -> None:
        day = self.day
        self.runner.run_db(lambda: (self.desk.counts(day), self.desk.recent(15)), self._show_views)

    def _show_views(self, views: tuple[tuple[int, int], list[Any]]) -> None:
        counts, recent = views
        self._show_counts(*counts)
        self.recent.clear()
        for entry, person in recent:
            when = entry.at.astimezone(self.card.zone).strftime("%H:%M")
            self.recent.addItem(f"{when}  {person.name if person else entry.code}")

    def _show_counts(self, checked_in: int, expected: int) -> None:
        self._counts = (checked_in, expected)
        self.counter.setText(
            self.tr("{done} of {expected} checked in").format(done=checked_in, expected=expected)
        )

    def _search(self, query: str) -> None:
        self.runner.run_db(lambda: self.desk.search(query, 30), lambda h: self._hits(query, h))

    def _hits(self, query: str, hits: list[Registration]) -> None:
        self.search.show_hits(query, hits)
        if not hits and query == self.search.box.text():
            self.person.show_person(None)

    def _day_changed(self, index: int) -> None:
        chosen = self.day_box.itemData(index)
        if isinstance(chosen, date):
            self.day = chosen
            self.refresh()

    def set_connection(self, online: bool | None) -> None:
        """Always say whether check-ins reach the server; offline is never an invalid ticket.

        None: no server is set up, the event file is the whole truth (this desk alone).
        """
        self.connection = online
        texts = {
            None: ("● " + self.tr("Working locally (no sync set up)"), "#3d4a5c"),
            False: ("● " + self.tr("Offline – check-ins are kept and sent later"), "#b86e00"),
            True: ("● " + self.tr("Online – check-ins are shared"), "#1e7d3a"),
        }
        text, colour = texts[online]
        self.network.setText(text)
        self.network.setStyleSheet(f"color: {colour}; font-weight: bold; padding: 0 6px;")

    def set_print_state(self, text: str, problem: bool = False) -> None:
        """Show where the latest badge is; a failed print stands out and stays."""
        self.printing.setText(text)
        self.printing.setStyleSheet("color: white; background: #b3261e; padding: 2px 6px;"
                                    if problem else "")  # fmt: skip

    # -- kiosk --------------------------------------------------------------------------
    def toggle_kiosk(self) -> None:
        if self.kiosk and not ask_pin(self, self.pin):
            return
        self.kiosk = not self.kiosk
        self.side.setVisible(not self.kiosk)
        self.menuBar().setVisible(not self.kiosk)
        for name in ("walk_in", "undo", "reprint", "edit", "search", "import", "export", "preview"):
            self.actions_[name].setEnabled(not self.kiosk)
        if self.kiosk:
            self.showFullScreen()
        else:
            self.showNormal()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk:
            event.ignore()
            return
        _app().removeEventFilter(self.wedge)
        super().closeEvent(event)
