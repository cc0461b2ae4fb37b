"""Starting the desk: settings, language, the scanner, printing, and the window for an event."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from checkin import APP_NAME, config, log
from checkin.badges.template import load_template
from checkin.desk import Desk
from checkin.errors import UserError
from checkin.scan.scanner import Scanner
from checkin.scan.sources import FrameSource
from checkin.ui.badge_desk import BadgeDesk
from checkin.ui.bridge import QtBridge
from checkin.ui.dialogs import NewEventDialog, Pin, SetupDialog, ask_pin
from checkin.ui.i18n import LANGUAGES, Languages
from checkin.ui.main_window import MainWindow
from checkin.ui.settings_dialog import SettingsDialog, printer_choices
from checkin.ui.sounds import Sounds
from checkin.ui.sync_status import SyncPanel
from checkin.ui.tasks import TaskRunner
from checkin.ui.texts import write_visible_texts

TEXTS_FILE = "CHECKIN_VISIBLE_TEXTS"  # a test seam: the visible texts after each language switch
AUDIO_CHATTER = ("qt.multimedia", "PulseAudioService", "pipewire")  # probing for speakers
_log = log.get("ui")


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages go to the log; the audio back-end's probing is not worth a line."""
    category = context.category or ""
    if any(word in category or word in message for word in AUDIO_CHATTER):
        _log.debug("%s: %s", category, message)
    elif kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        _log.error("%s: %s", category, message)
    elif kind is QtMsgType.QtWarningMsg:
        _log.warning("%s: %s", category, message)
    else:
        _log.debug("%s: %s", category, message)


class DeskApp:
    """Owns the window and the threads behind it; stops them in order on quit."""

    def __init__(
        self,
        desk: Desk,
        source: FrameSource | None,
        *,
        settings: config.Settings | None = None,
        settings_path: Path | None = None,
        pdf_dir: Path | None = None,
    ) -> None:
        self.settings_path = settings_path
        self.settings = settings or config.load(settings_path)
        self.has_camera = source is not None
        self.languages = Languages()
        self.languages.switch(self.settings.language)
        self.bridge = QtBridge()
        self.runner = TaskRunner()
        self.badges = BadgeDesk(self.runner, self._report_print, pdf_dir)
        self.badges.on_job = self.bridge.on_print
        self._use_badge_settings()
        self.window: MainWindow | None = None
        self.sync: SyncPanel | None = None  # the window's sync worker and its status
        self._show(desk)
        self.bridge.code_seen.connect(lambda event: self.current.handle_scan(event))
        self.bridge.frame_ready.connect(
            lambda image, outlines: self.current.camera.show_frame(image, outlines)
        )
        self.bridge.scan_error.connect(lambda message: self.current.say(message, 4000))
        self.bridge.print_state.connect(self.badges.show_job)
        self.bridge.file_busy.connect(lambda seconds: self.current.waiting.show_file_busy(seconds))
        self.scanner = None
        if source is not None:
            self.scanner = Scanner(
                source,
                self.bridge.on_code,
                on_preview=self.bridge.on_preview,
                on_error=self.bridge.on_error,
            )
            self.scanner.start()

    @property
    def current(self) -> MainWindow:
        assert self.window is not None
        return self.window

    # -- one window per event -----------------------------------------------------------
    def _show(self, desk: Desk) -> None:
        window = MainWindow(
            desk,
            self.runner,
            Sounds(self.settings.sounds),
            Pin.stored(self.settings.pin_hash, self.settings.pin_salt),
            lambda person: self.badges.print(self.current.desk, person),
            lambda person, show: self.badges.preview(self.current.desk, person, show),
            camera=self.has_camera,
        )
        window.card.colour_of = self._colour_of
        desk.on_waiting(self.bridge.on_file_wait)  # a busy event file is shown, not an error
        window.apply(self.settings)
        window.setup.clicked.connect(self.setup_desk)
        window.retranslated.connect(self._texts_changed)
        self._add_menus(window)
        if self.sync is not None:
            self.sync.stop()
        self.sync = SyncPanel(window)
        if self.window is not None:
            old = self.window
            self.runner.run_db(old.desk.close)  # after the old event's queued work
            old.close()
            window.show()
        self.window = window
        self.settings = config.remember_event(self.settings, desk.path)
        self._save()

    def _add_menus(self, window: MainWindow) -> None:
        file_menu = window.file_menu
        file_menu.addSeparator()
        self._menu: dict[str, QAction] = {}
        for key, keys, slot in (
            ("new", "Ctrl+Shift+N", self.new_event),
            ("open", "Ctrl+O", self.open_event),
        ):
            action = QAction(window, shortcut=QKeySequence(keys))
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self._menu[key] = action
        self._recent = file_menu.addMenu("")
        for name in self.settings.recent_events:
            action = QAction(Path(name).name, window, toolTip=name)
            action.triggered.connect(lambda _=False, path=name: self.open_path(Path(path)))
            self._recent.addAction(action)
        self._menu["settings"] = QAction(window, shortcut=QKeySequence("Ctrl+,"))
        self._menu["settings"].triggered.connect(self.edit_settings)
        window.desk_menu.addAction(self._menu["settings"])
        self._label_menus()
        group = QActionGroup(window)
        for code, name in LANGUAGES.items():
            action = QAction(name, window, checkable=True, checked=code == self.languages.current)
            action.triggered.connect(lambda _=False, chosen=code: self.set_language(chosen))
            group.addAction(action)
            window.language_menu.addAction(action)

    def _label_menus(self) -> None:
        """Name the app's own menu entries in the current language."""
        translate = QCoreApplication.translate
        self._menu["new"].setText(translate("DeskApp", "New event…"))
        self._menu["open"].setText(translate("DeskApp", "Open event…"))
        self._menu["settings"].setText(translate("DeskApp", "Settings…"))
        self._recent.setTitle(translate("DeskApp", "Recent events"))

    def open_event(self) -> None:
        if self.current.kiosk:  # self-service: nothing but scanning without the PIN
            return
        title = QCoreApplication.translate("DeskApp", "Open event")
        name, _ = QFileDialog.getOpenFileName(self.current, title, "", "*.sqlite")
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        if self.current.kiosk:
            return
        try:
            self._show(Desk.open(path))
        except UserError as error:
            QMessageBox.warning(self.current, APP_NAME, error.text())

    def new_event(self) -> None:
        if self.current.kiosk:
            return
        dialog = NewEventDialog(self.current)
        if not dialog.exec():
            return
        suggested = str(config.data_dir() / f"{dialog.name.text().strip()}.sqlite")
        name, _ = QFileDialog.getSaveFileName(
            self.current, dialog.windowTitle(), suggested, "*.sqlite"
        )
        days = dialog.event_days()
        if name and days:
            try:
                self._show(Desk.create(Path(name), dialog.name.text().strip(), days))
            except UserError as error:
                QMessageBox.warning(self.current, APP_NAME, error.text())

    # -- settings -----------------------------------------------------------------------
    def edit_settings(self) -> None:
        if self.current.kiosk or not ask_pin(self.current, self.current.pin):
            return
        dialog = SettingsDialog(self.settings, self.current)
        self.badges.printers(
            lambda found: dialog.offer("printer", printer_choices([p.name for p in found]))
        )
        if dialog.exec():
            self.apply(dialog.result_settings())

    def apply(self, settings: config.Settings) -> None:
        """Use changed settings everywhere: language, the window, badges; then keep them."""
        self.settings = settings
        self.set_language(settings.language)
        self.current.apply(settings)
        self._use_badge_settings()
        self._save()

    def setup_desk(self) -> None:
        """Name the desk and set its admin PIN (the set-up banner's button)."""
        window = self.current
        if window.kiosk or not ask_pin(window, window.pin):
            return
        dialog = SetupDialog(self.settings.desk_name, window)
        if dialog.exec():
            pin = Pin(dialog.pin.text())
            self.apply(
                replace(
                    self.settings,
                    desk_name=dialog.name.text().strip(),
                    pin_hash=pin.digest.hex(),
                    pin_salt=pin.salt.hex(),
                )
            )

    def _use_badge_settings(self) -> None:
        self.badges.printer = self.settings.printer
        try:
            template = load_template(self.settings.template)
        except UserError as error:
            self._report_print(error.text, True)
            self.settings = replace(self.settings, template="90x55")
            template = load_template("90x55")
        self.badges.template = self.settings.template
        self._colours = template.colours

    def _colour_of(self, category: str) -> str:
        return self._colours.for_category(category)

    def set_language(self, code: str) -> None:
        if self.languages.switch(code):
            self.settings = replace(self.settings, language=code)
            self._save()
            if self.window is not None:
                self._label_menus()

    def _texts_changed(self) -> None:
        """After a language switch, write the visible texts where a test asked for them."""
        target = os.environ.get(TEXTS_FILE)
        if target and self.window is not None:
            window, language = self.window, self.languages.current
            QTimer.singleShot(0, lambda: write_visible_texts(window, language, Path(target)))

    def _save(self) -> None:
        try:
            config.save(self.settings, self.settings_path)
        except OSError as error:
            self.current.say(str(error), 5000)

    def _report_print(self, text: Callable[[], str], problem: bool) -> None:
        if self.window is not None:
            self.current.set_print_state(text, problem)

    def stop(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        self.badges.stop()
        if self.sync is not None:
            self.sync.stop()
        self.runner.shutdown()
        self.current.desk.close()
        self.languages.remove()


def run_window(
    desk: Desk, source: FrameSource | None, argv: Sequence[str] = (), **options: object
) -> int:
    """Show the desk window until the user quits; returns the exit code."""
    qInstallMessageHandler(qt_message)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    desk_app = DeskApp(desk, source, **options)  # type: ignore[arg-type]
    desk_app.current.show()
    code = app.exec()
    desk_app.stop()
    return int(code)
