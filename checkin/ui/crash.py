"""One hook for errors nobody caught, on the GUI thread and on every other thread.

`sys.excepthook` sees what the GUI thread does not catch (PySide6 hands an exception raised in
a slot or an event handler to it), `threading.excepthook` what a worker thread does not. Both
come here: the error is written to the log in full (personal data masked by `checkin.log`),
and a dialog in the user's language says in words what happened, that nothing is lost (every
check-in the desk showed is already in the event file), and where the log file is. The desk
then goes on; the program never dies silently. Errors that come while the dialog is open are
logged and counted in it, not stacked as more dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from checkin import log
from checkin.ui.bridge import QtBridge
from checkin.ui.plurals import plurals

_log = log.get("ui")
ErrorType = type[BaseException]
SAID_CHARS = 200  # of the error's own message, in the dialog


def log_file() -> Path | None:
    """The rotating log file `checkin.log.configure` set up, if any."""
    for handler in logging.getLogger("checkin").handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def error_text(error: BaseException, background: bool, path: Path | None) -> str:
    """What the dialog says, in the current language.

    Args:
        error: what was raised.
        background: whether it came from a worker thread rather than the window's own.
        path: the log file, if one is kept.
    """
    translate = QCoreApplication.translate
    said = " ".join(str(error).split())[:SAID_CHARS]
    what = f"{type(error).__name__}: {said}" if said else type(error).__name__
    if background:
        text = translate("CrashDialog", "Check-in Desk ran into an error it did not expect "
                         "while working in the background ({error}).")  # fmt: skip
    else:
        text = translate("CrashDialog", "Check-in Desk ran into an error it did not expect "
                         "({error}).")  # fmt: skip
    lines = [
        text.format(error=what),
        translate("CrashDialog", "The desk goes on. Nothing is lost: every check-in it showed "
                  "is saved in the event file."),
    ]  # fmt: skip
    if path is None:
        lines.append(translate("CrashDialog", "No log file is kept on this computer."))
    else:
        more = translate("CrashDialog", "The details are in the log file {file}; please send "
                         "it to whoever looks after the desk.")  # fmt: skip
        lines.append(more.format(file=path))
    return "\n\n".join(lines)


class ErrorReporter:
    """Installs the hooks; logs each error in full and shows it once in a dialog.

    Args:
        parent: the window the dialog belongs to (None: a dialog of its own).
        bridge: carries an error from another thread to the GUI thread.
    """

    def __init__(self, parent: Callable[[], QWidget | None], bridge: QtBridge) -> None:
        self.parent = parent
        self.dialog: QMessageBox | None = None
        self.more = 0  # errors that came while the dialog was open
        self._show = bridge.to_gui(self.show)
        self._saved: tuple[object, object] | None = None

    def install(self) -> None:
        self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.on_gui_thread
        threading.excepthook = self.on_thread

    def uninstall(self) -> None:
        if self._saved is not None:
            sys.excepthook, threading.excepthook = self._saved  # type: ignore[assignment]
            self._saved = None

    def on_gui_thread(
        self, kind: ErrorType, error: BaseException, trace: TracebackType | None
    ) -> None:
        """`sys.excepthook`: the main thread (Qt's slots and event handlers run there)."""
        if isinstance(error, KeyboardInterrupt):  # Ctrl+C in the terminal: no error, an ending
            _log.info("interrupted (Ctrl+C): the desk stops")
            QApplication.quit()
            return
        self._log(threading.current_thread().name, kind, error, trace)
        self._show(error, False)

    def on_thread(self, args: threading.ExceptHookArgs) -> None:
        """`threading.excepthook`: a worker thread ended by an error."""
        if args.exc_value is None or args.exc_type is SystemExit:
            return
        where = args.thread.name if args.thread is not None else "?"
        self._log(where, args.exc_type, args.exc_value, args.exc_traceback)
        self._show(args.exc_value, True)

    @staticmethod
    def _log(
        where: str, kind: ErrorType, error: BaseException, trace: TracebackType | None
    ) -> None:
        try:
            _log.critical("unexpected error on the %s thread", where, exc_info=(kind, error, trace))
        except Exception:  # the log itself broke: say it on stderr rather than nowhere
            traceback.print_exception(kind, error, trace)

    def show(self, error: BaseException, background: bool = False) -> None:
        """Show the error in words (on the GUI thread); later ones are counted in it."""
        if self.dialog is not None and self.dialog.isVisible():
            self.more += 1
            self.dialog.setInformativeText(plurals().more_errors(self.more))
            return
        self.more = 0
        self.dialog = self._dialog(error, background)
        self.dialog.open()  # not exec(): no second event loop inside an error

    def _dialog(self, error: BaseException, background: bool) -> QMessageBox:
        translate = QCoreApplication.translate
        path = log_file()
        box = QMessageBox(self.parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("CrashDialog", "Something went wrong"))
        box.setText(error_text(error, background, path))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = box.addButton(translate("Buttons", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(close)
        box.setEscapeButton(close)  # Esc and the window's close button close it too
        if path is not None:
            folder = box.addButton(
                translate("CrashDialog", "Open the log folder"), QMessageBox.ButtonRole.ActionRole
            )
            folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            )
        return box
