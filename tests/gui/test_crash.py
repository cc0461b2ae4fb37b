"""One hook for uncaught errors on the GUI thread and on worker threads: said, logged, survived."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from checkin import log
from checkin.demo import make_demo
from checkin.domain.model import Method
from checkin.ui.bridge import QtBridge
from checkin.ui.crash import ErrorReporter, log_file
from checkin.ui.i18n import Languages
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


@pytest.fixture
def logged(tmp_path):
    """The desk's rotating log file, as `checkin.log.configure` sets it up."""
    root = logging.getLogger("checkin")
    saved = (root.handlers[:], root.level)
    path = log.configure(logging.WARNING, file=tmp_path / "logs" / "checkin.log")
    yield path
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level = saved


@pytest.fixture
def reporter(qtbot, tmp_path, logged):
    desk = make_demo(tmp_path / "event.sqlite", size=10, seed=4)
    window = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False))
    qtbot.addWidget(window)
    window.show()
    languages = Languages()
    assert languages.switch("nb")
    hook = ErrorReporter(lambda: window, QtBridge())
    hook.install()
    yield hook
    hook.uninstall()
    if hook.dialog is not None:
        hook.dialog.close()
    languages.remove()
    desk.close()


def boom():
    raise ZeroDivisionError("division by zero in a slot")


def test_the_hooks_are_installed_and_taken_back(reporter):
    assert sys.excepthook == reporter.on_gui_thread
    assert threading.excepthook == reporter.on_thread


def test_an_error_on_the_gui_thread_is_shown_in_words_and_logged_in_full(reporter, qtbot, logged):
    QTimer.singleShot(0, boom)  # raised inside Qt's event loop, as a slot's error is
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    text = reporter.dialog.text()
    assert "Noe gikk galt" in reporter.dialog.windowTitle()  # in the user's language
    assert "ZeroDivisionError" in text and "Ingenting er tapt" in text
    assert str(logged) in text  # where the details are
    assert log_file() == logged
    written = logged.read_text(encoding="utf-8")
    assert "Traceback" in written and "ZeroDivisionError" in written and "boom" in written
    assert "MainThread" in written


def test_an_error_on_a_worker_thread_is_shown_and_logged(reporter, qtbot, logged):
    worker = threading.Thread(target=boom, name="print")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "i bakgrunnen" in reporter.dialog.text()  # "while working in the background"
    written = logged.read_text(encoding="utf-8")
    assert "print thread" in written and "Traceback" in written


def test_more_errors_while_the_dialog_is_open_are_counted_not_stacked(reporter, qtbot):
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    first = reporter.dialog
    QTimer.singleShot(0, boom)
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: reporter.more == 2)
    assert reporter.dialog is first
    assert "2" in first.informativeText()


def test_the_desk_goes_on_after_an_error(reporter, qtbot):
    window = reporter.parent()
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    reporter.dialog.close()
    person = next(p for p in window.desk.registrations() if p.status.value == "valid")
    window.check_in(person.code, Method.SCAN)
    qtbot.waitUntil(lambda: window.last_result is not None)
    assert window.last_result.ticket == person.code


PROGRAM = """
import json, sys, threading
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from checkin import config, log
from checkin.demo import make_demo
from checkin.ui.app import run_window

app = QApplication(sys.argv[:1])  # run_window takes this one
folder = Path(sys.argv[1])
log.configure(file=folder / "logs" / "checkin.log")
desk = make_demo(folder / "event.sqlite", size=10, seed=4)
before, seen = sys.excepthook, {}

def boom():
    raise ZeroDivisionError("division by zero in a slot")

def look():
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    seen["said"] = [box.text() + box.informativeText() for box in boxes if box.isVisible()]
    QApplication.quit()

QTimer.singleShot(300, boom)  # an error in a slot of the running program
QTimer.singleShot(400, lambda: threading.Thread(target=boom, name="scan").start())
QTimer.singleShot(2000, look)
settings = config.Settings(language="nb", sounds=False, desk_name="Skranke 1")
seen["code"] = run_window(desk, settings=settings, settings_path=folder / "s.toml")
seen["hook_given_back"] = sys.excepthook is before
print(json.dumps(seen))
"""


@pytest.mark.integration
def test_the_desk_program_installs_the_hook_for_both_threads(tmp_path):
    """The real entry point, in a process of its own (its event loop ends the application)."""
    import json
    import subprocess

    done = subprocess.run([sys.executable, "-c", PROGRAM, str(tmp_path)], capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0 and seen["hook_given_back"]
    assert len(seen["said"]) == 1 and "Ingenting er tapt" in seen["said"][0]
    assert "1 feil til" in seen["said"][0]  # the worker's error counted in the same dialog
    written = (tmp_path / "logs" / "checkin.log").read_text(encoding="utf-8")
    assert written.count("ZeroDivisionError: division by zero in a slot") == 2
    assert "MainThread thread" in written and "scan thread" in written
    assert "Traceback" not in done.stderr  # logged, not printed: never a raw trace


def test_ctrl_c_in_the_terminal_ends_the_desk_without_an_error_logged(
    reporter, logged, monkeypatch
):
    quits = []
    monkeypatch.setattr("checkin.ui.crash.QApplication.quit", lambda: quits.append(True))
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        sys.excepthook(*sys.exc_info())
    assert quits == [True]
    assert reporter.dialog is None  # no error box
    assert "KeyboardInterrupt" not in logged.read_text(encoding="utf-8")
