"""The desk window: built in ``_init_*`` steps; every Desk call runs on the database thread.

What the window shows is derived, never patched: the card and the note banner from the result
on screen, the counters, the latest check-ins and the details panel from the `DeskState` the
desk returns after each action (check-in, undo, correction, import, another day). The window
owns its widgets; the desk app (`checkin.ui.app`) gives it settings through `apply` and hears
what the volunteer asks of the app (another event, settings, a language) through signals.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from time import monotonic
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QRect, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPaintEvent
from PySide6.QtWidgets import QApplication

from checkin.config import Settings
from checkin.desk import CheckInResult, Desk, DeskState, default_desk_name
from checkin.domain.model import Method, Outcome, Registration
from checkin.secrets_pin import Pin
from checkin.ui import badge_actions, corrections, event_menu, files, kiosk, window_close
from checkin.ui.audit_dialog import show_audit
from checkin.ui.flow import Block, CheckInFlow, Request
from checkin.ui.formats import day_text
from checkin.ui.key_router import KeyRouter
from checkin.ui.pin_dialog import ask_pin
from checkin.ui.purge_dialog import purge as purge_personal_data
from checkin.ui.result_texts import notice_text
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner
from checkin.ui.window_menus import DeskMenus
from checkin.ui.window_views import DeskViews

if TYPE_CHECKING:
    from checkin.scan.scanner import ScanEvent

T = TypeVar("T")
CLEARS_QUERY = (Method.SEARCH, Method.HANDHELD, Method.WALK_IN)  # the volunteer's own actions
NOTICE_MS = 20000  # a notice about the desk's set-up stays this long in the status line
DASHBOARD, CONNECT = "checkin.ui.dashboard", "checkin.ui.connect_dialog"  # loaded when asked


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


class MainWindow(DeskViews):
    """The desk: camera, result card, search, latest check-ins, counters."""

    result_shown = Signal(object)  # CheckInResult
    retranslated = Signal()
    open_requested = Signal(object)  # Path: an event file to open
    create_requested = Signal(object, str, object)  # Path, name, tuple[date, ...]
    settings_requested = Signal()  # the admin PIN was given
    setup_requested = Signal()  # the admin PIN was given
    language_requested = Signal(str)
    first_painted = Signal()  # the window is on screen: what can wait for it may load now

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
        self._init_state(desk, runner, sounds, pin)
        self.print_badge, self.preview_badge = print_badge, preview_badge
        self.auto_print = print_badge is not None
        self._init_layout(desk.event, self.day)
        self._init_statusbar()
        self._init_actions()
        self._init_wiring()
        self._init_flow()
        self._init_keys()
        self.set_camera(camera)
        self.retranslate()
        self.refresh()
        self.search.box.setFocus()  # typing on a fresh window searches

    # -- building -----------------------------------------------------------------------
    def _init_state(self, desk: Desk, runner: TaskRunner, sounds: Sounds, pin: Pin | None) -> None:
        self.desk, self.runner, self.sounds = desk, runner, sounds
        self.runner.on_error = self.show_error
        self.pin = pin or Pin()
        self.pin_pending = False  # the PIN is still being read from the keyring
        self.kiosk = False
        self.current: CheckInResult | None = None  # the result on the card
        self.note_open = False  # its attention note still waits to be confirmed
        self.last_checkin: CheckInResult | None = None  # what Ctrl+Z takes back
        self.selected: str | None = None  # the person in the details panel
        self.state: DeskState | None = None
        self.day = self._first_day(desk)
        self._next_desk: Desk | None = None  # an event to show once no check-in waits
        self.badge_preview: Any = None
        self._painted = False
        self.normal_geometry = QRect()  # where the window was before kiosk mode

    def _init_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "walk_in": lambda: corrections.walk_in(self), "undo": self.undo_last,
            "reprint": lambda: badge_actions.reprint(self), "search": self.focus_search,
            "edit": lambda: corrections.edit_selected(self), "clear": self.clear,
            "preview": lambda: badge_actions.preview(self), "kiosk": self.toggle_kiosk,
            "import": lambda: files.import_file(self), "export": lambda: files.export(self),
            "new": lambda: event_menu.new_event(self), "settings": self._ask_settings,
            "open": lambda: event_menu.choose_event(self),
            "connect": lambda: import_module(CONNECT).connect_to_hub(self),
            "event": lambda: event_menu.event_settings(self), "audit": lambda: show_audit(self),
            "purge": lambda: purge_personal_data(self),
            "quit": lambda: window_close.quit_desk(self),
            "dashboard": lambda: import_module(DASHBOARD).open_dashboard(self, self.menus.language),
        }  # fmt: skip
        self.menus = DeskMenus(self, slots)
        self.actions_ = self.menus.actions
        self.menus.auto_print.setChecked(self.auto_print)
        self.menus.auto_print.toggled.connect(lambda on: setattr(self, "auto_print", on))
        self.menus.on_recent = self.open_requested.emit
        self.menus.on_language = self.language_requested.emit

    def _init_wiring(self) -> None:
        self.day_warning.tick.connect(self.check_day)
        self.card.expired.connect(self._card_expired)
        self.note.clicked.connect(self.confirm_note)
        self.setup.clicked.connect(self._ask_setup)
        self.day_box.currentIndexChanged.connect(self._day_changed)
        self.search.query.connect(self._search)
        self.search.check_in.connect(lambda code: self.check_in(code, Method.SEARCH))
        self.search.selected.connect(self._select)
        self.person.check_in.connect(lambda code: self.check_in(code, Method.SEARCH))
        self.person.edit.connect(lambda code: corrections.edit(self, code))
        self.person.reprint.connect(lambda code: badge_actions.reprint_code(self, code))
        self.person.preview.connect(lambda code: badge_actions.preview_code(self, code))

    def _init_flow(self) -> None:
        self.flow = CheckInFlow(self._start, self._blocked, self)
        self.flow.waiting.connect(self.waiting.show_waiting)

    def _init_keys(self) -> None:
        self.keys = KeyRouter(self, self.search.box)
        self.keys.scanned.connect(lambda code: self.check_in(code, Method.HANDHELD, monotonic()))
        self.keys.on_enter = self._enter
        self.search.box.desk_keys = self.menus.shortcuts()
        _app().installEventFilter(self.keys)

    # -- what the desk app tells the window ---------------------------------------------
    @property
    def last_result(self) -> CheckInResult | None:  # the result on the card
        return self.current

    def apply(self, settings: Settings, secrets_read: bool = True) -> None:
        """Take the desk's settings: name, PIN, sounds, printing, recent events, language.

        ``secrets_read`` false: the settings came without their secrets (the keyring is still
        being asked); what needs the admin PIN waits until they are applied with them.
        """
        self.sounds.enabled = settings.sounds
        self.auto_print = settings.auto_print
        self.menus.auto_print.setChecked(settings.auto_print)
        self.pin, self.pin_pending = (
            Pin.stored(settings.pin_hash, settings.pin_salt),
            not secrets_read,
        )
        host = default_desk_name()
        self._name_desk(settings.desk_name or host)
        self.setup.show_missing(not settings.desk_name, secrets_read and not self.pin.is_set, host)
        self.menus.show_recent(settings.recent_events)
        self.menus.check_language(settings.language)

    def _name_desk(self, name: str) -> None:
        """The name check-ins are marked with; set on the database thread, which reads it."""
        desk = self.desk
        self.runner.run_db(lambda: setattr(desk, "desk_name", name))
        self.status.desk.set_name(name)

    def show_event(self, desk: Desk) -> None:
        """Show another event, once no check-in waits or runs for the one on screen."""
        self._next_desk = desk
        self._switch_when_idle()

    def _switch_when_idle(self) -> None:
        if self._next_desk is None or self.flow.busy:
            return
        old, self.desk, self._next_desk = self.desk, self._next_desk, None
        self._name_desk(self.status.desk.name or default_desk_name())
        self.runner.run_db(old.close)  # after the old event's queued work
        self.day = self._first_day(self.desk)
        self.show_event_facts(self.desk.event, self.day)
        self.current, self.note_open, self.last_checkin, self.state = None, False, None, None
        self.search.clear()
        self.selected = None
        self.retranslate()
        self.refresh()

    def set_camera(self, present: bool) -> None:
        """Lay the window out for a camera, or for a handheld scanner and search without one."""
        self.camera.setVisible(present)
        self.card.camera = present
        self.render_card()

    def show_frame(self, image: QImage, outlines: tuple[Any, ...]) -> None:
        self.camera.show_frame(image, outlines)

    def show_file_busy(self, seconds: float | None) -> None:
        self.waiting.show_file_busy(seconds)

    def set_category_colours(self, colour_of: Callable[[str], str]) -> None:
        """Colour each category's chip on the card as its badges are coloured."""
        self.card.colour_of = colour_of
        self.render_card(restart=False)

    def set_connection(self, online: bool | None) -> None:
        self.status.network.set_connection(online)

    def set_print_state(self, text: Callable[[], str], problem: bool = False) -> None:
        self.status.printing.set_print_state(text, problem)
        if problem and not self.kiosk:  # whole, above the card, until OK (the bar cuts it)
            self.problem.show_problem(text)

    def retranslate(self) -> None:
        """Set every visible string again (at start and when the language changes)."""
        self.setWindowTitle(self.tr("Check-in Desk") + " — " + self.desk.event.name)
        self.menus.label()
        self.recent_title.setText(self.tr("Latest check-ins"))
        for index in range(self.day_box.count()):
            self.day_box.setItemText(index, day_text(self.day_box.itemData(index)))
        change = self.desk.event.day_change.strftime("%H:%M")
        self.day_box.setToolTip(self.tr("An event day ends at {time}").format(time=change))
        self.check_day()
        parts = (self.search, self.note, self.waiting, self.setup, self.person, self.status)
        for part in (*parts, self.camera, self.problem):
            part.retranslate()
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
        self.check_in(event.text, Method.SCAN, event.at)  # at: the live frame's monotonic time

    def check_in(self, text: str, method: Method, seen_at: float | None = None) -> None:
        """Ask for a check-in (timed from a monotonic ``seen_at``); it waits while blocked."""
        self.flow.ask(Request.check_in(self.desk, text, method, seen_at))

    def register_walk_in(self, values: dict[str, str]) -> None:
        self.flow.ask(Request.walk_in(self.desk, values))

    def _blocked(self) -> Block | None:
        if self.note_open:
            return Block.NOTE
        return Block.DIALOG if _app().activeModalWidget() is not None else None

    def _start(self, request: Request) -> None:
        day, code, desk = self.day, self.selected, self.desk
        self.runner.run_db(
            lambda: (request.run(day, request.seen_at), desk.state(day, code)),
            lambda answer: self._landed(request, *answer),
            self._failed,
        )

    def _landed(self, request: Request, result: CheckInResult, state: DeskState) -> None:
        if request.method in CLEARS_QUERY:
            self.search.clear()
            self.selected = None
        elif self.search.box.text():  # a camera scan: the listed results show who is in now
            self._search(self.search.box.text())
        self.show_result(result)
        self.show_state(state)
        self.flow.done()
        self._switch_when_idle()

    def _failed(self, error: BaseException) -> None:
        self.show_error(error)
        self.flow.done()
        self._switch_when_idle()

    def show_result(self, result: CheckInResult) -> None:
        """Put a result on the card (with its note to confirm), sound it, print the badge."""
        self.current = result
        decision = result.decision
        held = (
            decision.outcome is not Outcome.REJECTED and not self.kiosk
        )  # kiosk: no one to confirm
        self.note_open = bool(decision.flags) and held
        self.render_card()
        self.sounds.play(decision.outcome.value)
        if result.notice:
            self.say(notice_text(result), NOTICE_MS)
        if result.checkin is not None:
            self.last_checkin = result
        if decision.outcome is Outcome.OK and self.auto_print and result.registration:
            self.print_person(result.registration)
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
        self._switch_when_idle()

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
        self._switch_when_idle()

    def focus_search(self) -> None:
        """F2: an empty search box with the cursor in it."""
        self.search.clear()
        self.search.box.setFocus()

    # -- what the volunteer asks for (the rooms beside this module) ---------------------
    def ask_admin(self) -> bool:
        """Ask for the admin PIN (checked off the GUI thread); true when it was given."""
        if self.pin_pending:
            self.say(self.tr("The desk is still starting: try again in a moment."))
            return False
        return ask_pin(self, self.pin, self.runner)

    def _ask_settings(self) -> None:
        if not self.kiosk and self.ask_admin():
            self.settings_requested.emit()

    def _ask_setup(self) -> None:
        if not self.kiosk and self.ask_admin():
            self.setup_requested.emit()

    def print_person(self, person: Registration | None) -> None:
        if self.print_badge and person:
            self.print_badge(person)

    def undo_last(self) -> None:
        corrections.undo_last(self)

    def _edited(self, code: str) -> None:
        self.say(self.tr("Saved. Print the badge again if it was wrong."), 8000)
        self._search(self.search.box.text())
        self.selected = code
        self.refresh()

    def toggle_kiosk(self) -> None:
        kiosk.toggle(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.keys.activate)  # no window manager may activate it
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint is on screen

    def closeEvent(self, event: QCloseEvent) -> None:
        """File → Quit (Ctrl+Q) and the title bar's × (`checkin.ui.window_close`)."""
        if not window_close.may_close(self, by_volunteer=event.spontaneous()):
            event.ignore()
            return
        super().closeEvent(event)
