"""The desk window: layout and actions; every Desk call runs on the database thread.

What the window shows is derived, never patched: the card and the note banner from the result
on screen, the counters, the latest check-ins and the details panel from the `DeskState` the
desk returns after each action (check-in, undo, correction, import, another day).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.config import Settings
from checkin.desk import CheckInResult, Desk, DeskState, default_desk_name
from checkin.domain.model import Method, Outcome, Registration
from checkin.errors import UserError
from checkin.scan.scanner import ScanEvent
from checkin.ui import corrections, files
from checkin.ui.badge_preview import open_preview
from checkin.ui.desk_layout import DeskLayout
from checkin.ui.dialogs import Pin, ask_pin
from checkin.ui.flow import Block, CheckInFlow, Request
from checkin.ui.formats import day_text, person_lines, time_text
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.key_router import KeyRouter
from checkin.ui.person_panel import PersonView
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner

CLEARS_QUERY = (Method.SEARCH, Method.HANDHELD, Method.WALK_IN)  # the volunteer's own actions


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


class MainWindow(DeskLayout):
    """The desk: camera, result card, search, latest check-ins, counters."""

    result_shown = Signal(object)
    state_shown = Signal(object)
    retranslated = Signal()

    def __init__(
        self,
        desk: Desk,
        runner: TaskRunner,
        sounds: Sounds,
        pin: Pin | None = None,
        print_badge: Callable[[Registration], None] | None = None,
        preview_badge: Callable[[Registration, Callable[[bytes], None]], None] | None = None,
        camera: bool = True,
    ) -> None:
        super().__init__()
        self.desk, self.runner, self.sounds = desk, runner, sounds
        self.runner.on_error = self.show_error
        self.pin = pin or Pin()
        self.print_badge, self.preview_badge = print_badge, preview_badge
        self.auto_print = print_badge is not None
        self.kiosk = False
        self.current: CheckInResult | None = None  # the result on the card
        self.note_open = False  # its attention note still waits to be confirmed
        self.last_checkin: CheckInResult | None = None  # what Ctrl+Z takes back
        self.selected: str | None = None  # the person in the details panel
        self.state: DeskState | None = None
        days = desk.event.days
        self.day = desk.today() if not days or desk.today() in days else days[0]
        self.build_layout(self.day)
        self.build_actions()
        self.flow = CheckInFlow(self._start, self._blocked, self)
        self.flow.waiting.connect(self.waiting.show_waiting)
        self.keys = KeyRouter(self, self.search.box)
        self.keys.scanned.connect(lambda code: self.check_in(code, Method.HANDHELD))
        self.keys.on_enter = self._enter
        _app().installEventFilter(self.keys)
        self.set_camera(camera)
        self.retranslate()
        self.refresh()

    @property
    def last_result(self) -> CheckInResult | None:  # the result on the card
        return self.current

    def apply(self, settings: Settings) -> None:
        """Take the desk's settings: name, PIN, sounds, printing (at start and after a change)."""
        self.sounds.enabled = settings.sounds
        self.auto_print = settings.auto_print
        self.auto_print_action.setChecked(settings.auto_print)
        self.pin = Pin.stored(settings.pin_hash, settings.pin_salt)
        host = default_desk_name()
        self.desk.desk_name = settings.desk_name or host
        self.setup.show_missing(not settings.desk_name, not self.pin.is_set, host)
        self.status.set_desk(lambda: self.tr("Desk: {name}").format(name=self.desk.desk_name))

    def set_camera(self, present: bool) -> None:
        """Lay the window out for a camera, or for a handheld scanner and search without one."""
        self.camera.setVisible(present)
        self.card.camera = present
        self.render_card()

    def retranslate(self) -> None:
        """Set every visible string again (at start and when the language changes)."""
        self.setWindowTitle(self.tr("Check-in Desk") + " — " + self.desk.event.name)
        self.label_actions()
        self.recent_title.setText(self.tr("Latest check-ins"))
        for index in range(self.day_box.count()):
            self.day_box.setItemText(index, day_text(self.day_box.itemData(index)))
        for part in (self.search, self.note, self.waiting, self.setup, self.person, self.status):
            part.retranslate()
        self.camera.retranslate()
        self.render_card(restart=False)
        if self.state is not None:
            self.show_state(self.state)
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- checking in --------------------------------------------------------------------
    def handle_scan(self, event: ScanEvent) -> None:
        self.check_in(event.text, Method.SCAN)

    def check_in(self, text: str, method: Method) -> None:
        """Ask for a check-in; it runs when nothing blocks the desk, else waits visibly."""
        self.flow.ask(Request(text, method, lambda day: self.desk.check_in(text, method, day)))

    def register_walk_in(self, values: dict[str, str]) -> None:
        name = f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()
        self.flow.ask(
            Request(name, Method.WALK_IN, lambda day: self.desk.walk_in(**values, day=day))
        )

    def _blocked(self) -> Block | None:
        if self.note_open:
            return Block.NOTE
        return Block.DIALOG if _app().activeModalWidget() is not None else None

    def _start(self, request: Request) -> None:
        day, code = self.day, self.selected
        self.runner.run_db(
            lambda: (request.run(day), self.desk.state(day, code)),
            lambda answer: self._landed(request, *answer),
            self._failed,
        )

    def _landed(self, request: Request, result: CheckInResult, state: DeskState) -> None:
        if request.method in CLEARS_QUERY:
            self.search.clear()
            self.selected = None
        self.show_result(result)
        self.show_state(state)
        self.flow.done()

    def _failed(self, error: BaseException) -> None:
        self.show_error(error)
        self.flow.done()

    def show_result(self, result: CheckInResult) -> None:
        """Put a result on the card (with its note to confirm), sound it, print the badge."""
        self.current = result
        decision = result.decision
        self.note_open = bool(decision.flags) and decision.outcome is not Outcome.REJECTED
        self.render_card()
        self.sounds.play(decision.outcome.value)
        if result.checkin is not None:
            self.last_checkin = result
        if decision.outcome is Outcome.OK and self.auto_print and result.registration:
            self._print_person(result.registration)
        self.result_shown.emit(result)

    def render_card(self, restart: bool = True) -> None:
        """Card and note banner from the result on screen: neither can outlive the other."""
        if self.current is None:
            self.card.clear()
        else:
            self.card.show_result(self.current, restart)
        flags = self.current.decision.flags if self.current and self.note_open else ()
        self.note.show_flags(flags)

    def confirm_note(self) -> None:
        """The volunteer acted on the note: the card stays a while, waiting check-ins go."""
        if self.note_open:
            self.note_open = False
            self.render_card(restart=False)
            self.card.restart_timer()
        self.flow.drain()

    def _enter(self) -> bool:
        if not self.note_open:
            return False
        self.confirm_note()
        return True

    def _card_expired(self) -> None:
        if not self.note_open:
            self.current = None
            self.render_card()

    def clear(self) -> None:
        """Esc: the query, the card and its note go; the desk is ready for the next person."""
        self.search.clear()
        self.selected = None
        self.current, self.note_open = None, False
        self.render_card()
        self.refresh()
        self.flow.drain()

    def focus_search(self) -> None:
        """F2: an empty search box with the cursor in it."""
        self.search.clear()
        self.search.box.setFocus()

    # -- the views ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the desk's state again and show it (after any change to the event file)."""
        day, code = self.day, self.selected
        self.runner.run_db(lambda: self.desk.state(day, code), self.show_state)

    def show_state(self, state: DeskState) -> None:
        """Counters, latest check-ins and the details panel, all from one reading."""
        self.state = state
        self.counter.setText(
            self.tr("{done} of {expected} checked in").format(
                done=state.checked_in, expected=state.expected
            )
        )
        self.recent.clear()
        entries = [entry for entry, _ in state.recent]
        names = person_lines([person for _, person in state.recent], [e.code for e in entries])
        for entry, name in zip(entries, names, strict=True):
            self.recent.addItem(f"{time_text(entry.at, self.card.zone)}  {name}")
        person = state.person
        if person is not None and person.code == self.selected:
            self.person.show_person(PersonView(person, state.person_checkin, state.day))
        elif self.selected is None:
            self.person.show_person(None)
        self.state_shown.emit(state)

    def _select(self, code: str) -> None:
        self.selected = code or None
        self.refresh()

    def _search(self, query: str) -> None:
        self.runner.run_db(lambda: self.desk.search(query, 30), lambda h: self._hits(query, h))

    def _hits(self, query: str, hits: list[Registration]) -> None:
        self.search.show_hits(query, hits)
        if not hits and query == self.search.box.text():
            self._select("")

    def _day_changed(self, index: int) -> None:
        chosen = self.day_box.itemData(index)
        if isinstance(chosen, date):
            self.day = chosen
            self.refresh()

    def set_connection(self, online: bool | None) -> None:
        self.status.set_connection(online)

    def set_print_state(self, text: Callable[[], str], problem: bool = False) -> None:
        self.status.set_print_state(text, problem)

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

    def say(self, text: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(text, ms)

    # -- badges -------------------------------------------------------------------------
    def _print_person(self, person: Registration | None) -> None:
        if self.print_badge and person:
            self.print_badge(person)

    def reprint(self) -> None:
        if self.current and self.current.registration:
            self._print_person(self.current.registration)

    def preview(self) -> None:
        """Preview the badge of the person picked in search, else of the result on the card."""
        if self.person.isVisible() and self.person.code:
            self._with_person(self.person.code, self._preview_person)
        elif self.current and self.current.registration:
            self._preview_person(self.current.registration)

    def _preview_person(self, person: Registration | None) -> None:
        if self.preview_badge and person:
            self.preview_badge(person, lambda png: self._show_preview(png, person))

    def _show_preview(self, png: bytes, person: Registration) -> None:
        self.badge_preview = open_preview(png, self, lambda: self._print_person(person))

    def _with_person(self, code: str, then: Callable[[Registration | None], None]) -> None:
        self.runner.run_db(lambda: self.desk.registration(code), then)

    # -- undo, walk-in, corrections -----------------------------------------------------
    def undo_last(self) -> None:
        """Take back the latest check-in made here (admin PIN); say so when there is none."""
        result = self.last_checkin
        if result is None or result.checkin is None:
            self.say(self.tr("Nothing to undo: no check-in at this desk since it started."))
            return
        if not ask_pin(self, self.pin):
            return
        code, day, selected = result.ticket, result.checkin.day, self.selected
        self.runner.run_db(
            lambda: (self.desk.undo(code, day), self.desk.state(self.day, selected)),
            lambda answer: self._undone(result, *answer),
        )

    def _undone(self, result: CheckInResult, entry: object, state: DeskState) -> None:
        self.last_checkin = None
        name = result.registration.name if result.registration else result.ticket
        if entry is None:
            self.say(self.tr("Nothing to undo: {name} is not checked in.").format(name=name))
        else:
            self.say(self.tr("Check-in undone: {name}.").format(name=name))
        if self.current is result:
            self.current, self.note_open = None, False
            self.render_card()
            self.flow.drain()
        self.show_state(state)

    def walk_in(self) -> None:
        corrections.walk_in(self)

    def edit_selected(self) -> None:
        corrections.edit_selected(self)

    def _edit_code(self, code: str) -> None:
        corrections.edit(self, code)

    def _edited(self, code: str) -> None:
        self.say(self.tr("Saved. Print the badge again if it was wrong."), 8000)
        self._search(self.search.box.text())
        self.selected = code
        self.refresh()

    # -- files --------------------------------------------------------------------------
    def import_file(self) -> None:
        files.import_file(self)

    def open_import(self, path: Path) -> ImportDialog:
        return files.open_import(self, path)

    def export(self) -> None:
        files.export(self)

    # -- kiosk --------------------------------------------------------------------------
    def toggle_kiosk(self) -> None:
        if self.kiosk and not ask_pin(self, self.pin):
            return
        self.kiosk = not self.kiosk
        self.side.setVisible(not self.kiosk)
        self.menuBar().setVisible(not self.kiosk)
        self.setup.setVisible(not self.kiosk and bool(self.setup.text.text()))
        for name in ("walk_in", "undo", "reprint", "edit", "search", "import", "export", "preview"):
            self.actions_[name].setEnabled(not self.kiosk)
        if self.kiosk:
            self._normal = self.geometry()
            self.showFullScreen()
            self.setGeometry(self.screen().geometry())  # also where no window manager does it
        else:
            self.showNormal()
            self.setGeometry(self._normal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk:
            event.ignore()
            return
        self.keys.flush()
        _app().removeEventFilter(self.keys)
        for timer in self.findChildren(QTimer):  # nothing of a closed window runs later
            timer.stop()
        super().closeEvent(event)
