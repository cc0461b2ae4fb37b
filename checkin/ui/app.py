"""Starting the desk: the application, its language, the scanner, printing and the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from checkin import APP_NAME
from checkin.badges.printing import PrintJob, PrintQueue
from checkin.badges.render import badge_for
from checkin.desk import Desk
from checkin.domain.model import Registration
from checkin.scan.scanner import Scanner
from checkin.scan.sources import FrameSource
from checkin.ui.bridge import QtBridge
from checkin.ui.i18n import DEFAULT, LANGUAGES, Languages
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


class DeskApp:
    """Owns the window and the threads behind it; stops them in order on quit."""

    def __init__(self, desk: Desk, source: FrameSource | None, printer: str | None = None,
                 template: str = "90x55", pdf_dir: Path | None = None) -> None:  # fmt: skip
        self.desk = desk
        self.languages = Languages()
        self.languages.switch(DEFAULT)
        self.bridge = QtBridge()
        self.runner = TaskRunner()
        self.queue = PrintQueue(on_state=self.bridge.on_print)
        self.printer, self.template, self.pdf_dir = printer, template, pdf_dir
        self.window = MainWindow(desk, self.runner, Sounds(), print_badge=self.print_badge)
        self.window.auto_print = pdf_dir is not None or printer is not None
        self.window.auto_print_action.setChecked(self.window.auto_print)
        self.bridge.code_seen.connect(self.window.handle_scan)
        self.bridge.frame_ready.connect(self.window.camera.show_frame)
        self.bridge.scan_error.connect(lambda m: self.window.statusBar().showMessage(m, 4000))
        self.bridge.print_state.connect(self._show_print_state)
        self._language_actions()
        self.scanner = None
        if source is not None:
            self.scanner = Scanner(source, self.bridge.on_code, on_preview=self.bridge.on_preview,
                                   on_error=self.bridge.on_error)  # fmt: skip
            self.scanner.start()

    def _show_print_state(self, job: PrintJob) -> None:
        text = self.window.tr("Badge: {state}").format(state=job.state.value)
        self.window.set_print_state(f"{text} – {job.message}" if job.message else text)

    def print_badge(self, registration: Registration) -> None:
        badge = badge_for(
            registration, self.desk.ticket_payload(registration), self.desk.event.name
        )
        if self.pdf_dir is not None:
            from checkin.badges.render import render_pdf
            from checkin.badges.template import load_template

            out = self.pdf_dir / f"badge-{registration.code}.pdf"
            done = self.window.tr("Badge preview: {file}").format(file=out)
            self.runner.run_io(
                lambda: render_pdf([badge], load_template(self.template), out),
                lambda _: self.window.set_print_state(done),
            )
            return
        self.queue.submit(badge, self.template, self.printer)

    def _language_actions(self) -> None:
        group = QActionGroup(self.window)
        for code, name in LANGUAGES.items():
            action = QAction(
                name, self.window, checkable=True, checked=code == self.languages.current
            )
            action.triggered.connect(lambda _=False, c=code: self.languages.switch(c))
            group.addAction(action)
            self.window.language_menu.addAction(action)

    def stop(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        self.queue.stop()
        self.runner.shutdown()
        self.desk.close()


def run_window(
    desk: Desk, source: FrameSource | None, argv: Sequence[str] = (), **options: object
) -> int:
    """Show the desk window until the user quits; returns the exit code."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    desk_app = DeskApp(desk, source, **options)  # type: ignore[arg-type]
    desk_app.window.show()
    code = app.exec()
    desk_app.stop()
    return int(code)
