"""Starting the desk: settings, language, the scanner, printing, and the window for an event.

The desk app owns the threads (database, I/O, scanner, print queue) and the one window. It
gives the window its settings (`MainWindow.apply`) and hears what the volunteer asks of it
through the window's signals: another event, the settings, a language. Event files are opened
and created on the database thread, settings written on an I/O thread. What the first screen
does not need (sounds, the badge renderer, the camera with OpenCV and zxing-cpp) is loaded once
the window is on screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from checkin import APP_NAME, config, log
from checkin.desk import Desk
from checkin.errors import UserError
from checkin.secrets_pin import Pin
from checkin.ui.badge_desk import BadgeDesk, template_colours
from checkin.ui.bridge import QtBridge
from checkin.ui.buttons import warn
from checkin.ui.crash import ErrorReporter
from checkin.ui.dialogs import SetupDialog
from checkin.ui.event_files import create_event, open_event
from checkin.ui.garbage import GuiThreadCollector
from checkin.ui.i18n import Languages
from checkin.ui.interrupt import InterruptWatch
from checkin.ui.main_window import MainWindow
from checkin.ui.pin_dialog import make_pin
from checkin.ui.qt_log import qt_message
from checkin.ui.settings_check import SettingsProblem, settings_problem
from checkin.ui.settings_keeper import SettingsKeeper
from checkin.ui.sounds import Sounds
from checkin.ui.sync_status import SyncPanel
from checkin.ui.tasks import TaskRunner
from checkin.ui.texts import visible_texts, write_texts

if TYPE_CHECKING:
    from checkin.badges.template import Colours
    from checkin.scan.scanner import Scanner
    from checkin.scan.sources import FrameSource

TEXTS_FILE = "CHECKIN_VISIBLE_TEXTS"  # a test seam: the visible texts after each language switch
FALLBACK_TEMPLATE = "90x55"
_log = log.get("ui")


class DeskApp:
    """Owns the window and the threads behind it; stops them in order on quit.

    Args:
        desk: the event to show, or its opening still under way on the database thread.
        source: a camera already open (tests, benchmarks), or None.
        camera: opens the camera on an I/O thread once the window shows; None for none.
        settings: the desk's settings (read from ``settings_path`` if not given).
        secrets: the settings with their secrets, still being read; ``settings`` are then
            the file alone, and the admin PIN waits for these (nothing is saved before).
        settings_path: where settings are kept (None: the user's configuration folder).
        pdf_dir: write badges as PDF files there instead of printing them.
        database: the executor the event file was opened on (the database thread).
        show: show the window as soon as it is built.
    """

    def __init__(
        self,
        desk: Desk | Future[Desk],
        source: FrameSource | None = None,
        *,
        camera: Callable[[], FrameSource] | None = None,
        settings: config.Settings | None = None,
        secrets: Future[config.Settings] | None = None,
        settings_path: Path | None = None,
        pdf_dir: Path | None = None,
        database: Executor | None = None,
        show: bool = False,
    ) -> None:
        self.settings = settings or config.load(settings_path)
        self._secrets = secrets
        self.bridge = QtBridge()
        self.runner = TaskRunner(bridge=self.bridge, database=database)
        self.keeper = SettingsKeeper(self.runner, settings_path, self._save_failed)
        self.languages = Languages()
        self.languages.switch(self.settings.language)
        self.badges = BadgeDesk(self.runner, self._report_print, pdf_dir)
        self.badges.on_job = self.bridge.on_print
        self.badges.printer, self.badges.template = self.settings.printer, self.settings.template
        self.window: MainWindow | None = None
        self.sync: SyncPanel | None = None  # the window's sync worker, once it is on screen
        self.start_error: BaseException | None = None
        self.scanner: Scanner | None = None
        self.colours: Colours | None = None
        self.sounds = Sounds(self.settings.sounds)  # loaded once the window is on screen
        self._camera, self._show, self._stopping, self._unsaved = camera, show, False, False
        self._exit = QTimer(singleShot=True, interval=0)
        self._exit.timeout.connect(lambda: QApplication.exit(2))
        self.has_camera = source is not None or camera is not None
        self.bridge.print_state.connect(self.badges.show_job)
        if source is not None:
            self._start_scanner(source)
        if isinstance(desk, Future):
            self.runner.when_done(desk, self._first_window, self._start_failed)
        else:
            self._first_window(desk)

    @property
    def current(self) -> MainWindow:
        assert self.window is not None, "the event is still being opened"
        return self.window

    # -- the window, built once the event is open ---------------------------------------
    def _first_window(self, desk: Desk) -> None:
        window = MainWindow(
            desk, self.runner, self.sounds,
            Pin.stored(self.settings.pin_hash, self.settings.pin_salt),
            lambda person: self.badges.print(self.current.desk, person),
            lambda person, show: self.badges.preview(self.current.desk, person, show),
            camera=self.has_camera,
        )  # fmt: skip
        self.window = window
        bridge = self.bridge
        bridge.code_seen.connect(window.handle_scan)
        bridge.frame_ready.connect(window.show_frame)
        bridge.scan_error.connect(lambda message: window.say(message, 4000))
        bridge.file_busy.connect(window.show_file_busy)
        hook = self.bridge.on_file_wait  # a busy event file is shown, not an error
        self.runner.run_db(lambda: desk.on_waiting(hook))
        window.open_requested.connect(self.open_path)
        window.create_requested.connect(self.create_event)
        window.settings_requested.connect(self.edit_settings)
        window.setup_requested.connect(self.setup_desk)
        window.language_requested.connect(self.set_language)
        window.retranslated.connect(self._texts_changed)
        window.apply(self.settings, secrets_read=self._secrets is None)
        if self._secrets is not None:
            self.runner.when_done(self._secrets, self._secrets_read, self._secrets_failed)
        self.sync = SyncPanel(window)  # the hub, if this event file is connected to one
        window.first_painted.connect(lambda: self._after_first_screen(window))
        if self._show:
            window.show()

    def _after_first_screen(self, window: MainWindow) -> None:
        """Remember the event, check settings, read colours, sounds, the printer, the camera."""
        if self._stopping:
            return

        def checked(problem: SettingsProblem | None) -> None:  # before any save can overwrite it
            window.show_problem(problem)
            self._remember(window.desk.path)

        self.runner.run_io(lambda: settings_problem(self.keeper.path), checked)
        self._use_colours()
        self.sounds.load()
        self.badges.prepare()
        self.badges.tell_unprinted(window.desk)  # badges an earlier run did not print
        if self._camera is not None:
            open_camera, self._camera = self._camera, None
            self.runner.run_io(open_camera, self._start_scanner, self._camera_failed)

    def _secrets_read(self, whole: config.Settings) -> None:
        """The settings with their secrets: the PIN guards again; a change may be saved."""
        self._secrets = None
        shown = self.settings  # the file's, and what the volunteer changed meanwhile
        self.settings = replace(whole, language=shown.language, recent_events=shown.recent_events)
        self.current.apply(self.settings)
        if self._unsaved:
            self.keeper.save(self.settings)

    def _secrets_failed(self, error: BaseException) -> None:
        """The keyring failed: said and logged; the desk goes on.

        Its PIN-guarded actions stay shut and nothing is saved, rather than open or overwritten.
        """
        _log.warning("the settings' secrets could not be read: %s", error)
        self.current.say(str(error), 10000)

    def _save(self) -> None:
        """Keep the settings, once their secrets are read (a save before would lose the PIN)."""
        if self._secrets is None:
            self.keeper.save(self.settings)
        else:
            self._unsaved = True

    def _start_failed(self, error: BaseException) -> None:
        """The event could not be opened at start: the command line says why (exit 2)."""
        self.start_error = error
        self._exit.start()  # once the event loop runs

    def _start_scanner(self, source: FrameSource) -> None:
        from checkin.scan.scanner import Scanner

        if self._stopping:
            source.close()
            return
        bridge = self.bridge
        self.scanner = Scanner(
            source, bridge.on_code, on_preview=bridge.on_preview, on_error=bridge.on_error
        )
        self.scanner.start()

    def _camera_failed(self, error: BaseException) -> None:
        text = error.text() if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
        self.has_camera = False
        self.current.set_camera(False)
        self.current.say(text, 15000)

    # -- events: opened and made on the database thread ---------------------------------
    def open_path(self, path: Path) -> None:
        """Open an event file off the GUI thread; the window shows it when it is open."""
        if self.current.kiosk:  # self-service: nothing but scanning without the PIN
            return
        name, hook = self.settings.desk_name or None, self.bridge.on_file_wait
        self._opening(path)
        self.runner.run_db(lambda: open_event(path, name, hook), self._opened, self._open_failed)

    def create_event(self, path: Path, name: str, days: tuple[date, ...]) -> None:
        """Make a new event file off the GUI thread, then show it."""
        if self.current.kiosk:
            return
        hook = self.bridge.on_file_wait
        self._opening(path)
        made = lambda: create_event(path, name, days, hook)  # noqa: E731
        self.runner.run_db(made, self._opened, self._open_failed)

    def _opening(self, path: Path) -> None:
        text = QCoreApplication.translate("DeskApp", "Opening {file}…")
        self.current.say(text.format(file=path.name), 0)

    def _opened(self, desk: Desk) -> None:
        self.current.show_event(desk)
        self.badges.tell_unprinted(desk)
        if self.sync is not None:
            self.sync.use(desk.path)
        self._remember(desk.path)

    def _open_failed(self, error: BaseException) -> None:
        self.current.say("", 1)
        if isinstance(error, UserError):
            warn(self.current, APP_NAME, error.text())
        else:
            self.current.show_error(error)

    def _remember(self, path: Path) -> None:
        self.settings = config.remember_event(self.settings, path)
        self.current.show_recent(self.settings.recent_events)
        self._save()

    # -- settings -----------------------------------------------------------------------
    def edit_settings(self) -> None:
        """The settings dialog (the window asked for the PIN already)."""
        from checkin.badges.template_file import template_names
        from checkin.ui.settings_dialog import SettingsDialog, printer_choices, template_choices

        dialog = SettingsDialog(self.settings, self.current, camera_in_use=self.has_camera)
        self.badges.printers(
            lambda found: dialog.offer("printer", printer_choices([p.name for p in found]))
        )
        self.runner.run_io(
            template_names, lambda names: dialog.offer("template", template_choices(names))
        )
        if dialog.exec():
            self._apply_with_pin(dialog.result_settings(), dialog.new_pin.text())

    def setup_desk(self) -> None:
        """Name the desk and set its admin PIN (the set-up banner's button)."""
        dialog = SetupDialog(self.settings.desk_name, self.current)
        if dialog.exec():
            named = replace(self.settings, desk_name=dialog.name.text().strip())
            self._apply_with_pin(named, dialog.pin.text())

    def _apply_with_pin(self, settings: config.Settings, new_pin: str) -> None:
        """Apply settings; a new PIN is hashed off the GUI thread first (about 0.3 s)."""
        if not new_pin:
            self.apply(settings)
            return
        release = self.current.flow.hold()  # a check-in held by the dialog waits for them
        make_pin(self.runner, new_pin, lambda pin: self.apply(replace(
            settings, pin_hash=pin.digest.hex(), pin_salt=pin.salt.hex())), release)  # fmt: skip

    def apply(self, settings: config.Settings) -> None:
        """Use changed settings everywhere: language, the window, badges; then keep them."""
        self.settings = settings
        self.set_language(settings.language)
        self.current.apply(self.settings)
        self.badges.printer, self.badges.template = settings.printer, settings.template
        self._use_colours()
        self._save()

    def _use_colours(self) -> None:
        """Colour the card's category chip as the badge template does (read off thread)."""
        template = self.settings.template
        self.runner.run_io(lambda: template_colours(template), self._colours_read,
                           self._template_failed)  # fmt: skip

    def _colours_read(self, colours: Colours) -> None:
        self.colours = colours
        self.current.set_category_colours(colours.for_category)

    def _template_failed(self, error: BaseException) -> None:
        text = error.text() if isinstance(error, UserError) else str(error)
        self._report_print(lambda: text, True)
        if self.settings.template != FALLBACK_TEMPLATE:
            self.settings = replace(self.settings, template=FALLBACK_TEMPLATE)
            self.badges.template = FALLBACK_TEMPLATE
            self._use_colours()

    def set_language(self, code: str) -> None:
        if self.languages.switch(code):
            self.settings = replace(self.settings, language=code)
            self._save()
        if self.window is not None:
            self.window.show_language(self.languages.current)

    def _texts_changed(self) -> None:
        """After a language switch, write the visible texts where a test asked for them."""
        target = os.environ.get(TEXTS_FILE)
        if target and self.window is not None:
            window, language = self.window, self.languages.current
            QTimer.singleShot(0, lambda: self._write_texts(window, language, Path(target)))

    def _write_texts(self, window: MainWindow, language: str, target: Path) -> None:
        texts = visible_texts(window)
        self.runner.run_io(lambda: write_texts(texts, language, target))

    def _save_failed(self, error: BaseException) -> None:
        _log.warning("the settings were not saved: %s", error)
        if self.window is not None:
            self.window.say(str(error), 5000)

    def _report_print(self, text: Callable[[], str], problem: bool) -> None:
        if self.window is not None:
            self.window.set_print_state(text, problem)

    def stop(self) -> None:
        """Stop the scanner and the print queue, finish queued work, close the event file."""
        self._stopping = True
        self._exit.stop()
        board = getattr(self.window, "_dashboard", None)
        if board is not None:  # its reading process ends before the file closes (no -wal left)
            board.close()
            board.wait_ended()
        if self.scanner is not None:
            self.scanner.stop()
        self.badges.stop()
        if self.sync is not None:
            self.sync.stop()
        if self.window is not None:
            self.runner.run_db(self.window.desk.close)
        self.runner.shutdown()
        if self.scanner is not None:  # one that started while the threads were stopping
            self.scanner.stop()
        self.keeper.flush()
        self.languages.remove()


def run_window(
    desk: Desk | Future[Desk],
    source: FrameSource | None = None,
    argv: Sequence[str] = (),
    **options: object,
) -> int:
    """Show the desk window until the user quits; returns the exit code.

    Raises:
        Exception: whatever kept the event file from opening at start (a `UserError`
            names the file and what to do), once the event loop has ended.
    """
    qInstallMessageHandler(qt_message)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    collector = GuiThreadCollector(app)  # no window dies on a worker thread's collection
    collector.start()
    desk_app = DeskApp(desk, source, show=True, **options)  # type: ignore[arg-type]
    reporter = ErrorReporter(lambda: desk_app.window, desk_app.bridge)
    reporter.install()
    interrupts = InterruptWatch()
    interrupts.install()
    try:
        code = app.exec()
    finally:
        interrupts.uninstall()  # a second Ctrl+C while the desk stops is Python's again
        reporter.uninstall()
        desk_app.stop()
        collector.stop()
    if desk_app.start_error is not None:
        raise desk_app.start_error
    return int(code)
