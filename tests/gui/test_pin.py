"""The admin PIN is checked off the GUI thread: the dialog keeps painting, a wrong PIN retries."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from checkin.secrets_pin import Pin
from checkin.ui.pin_dialog import PinDialog, make_pin
from checkin.ui.tasks import TaskRunner


@pytest.fixture
def runner():
    runner = TaskRunner()  # real worker threads
    yield runner
    runner.shutdown()


def test_the_pin_is_checked_on_a_worker_while_the_dialog_goes_on(qtbot, runner, monkeypatch):
    checked_on, ticks = [], []
    matches = Pin.matches

    def watched(self, typed):
        checked_on.append(threading.current_thread().name)
        return matches(self, typed)

    monkeypatch.setattr(Pin, "matches", watched)
    dialog = PinDialog(Pin("4711"), runner)  # 600,000 PBKDF2 iterations: about 0.3 s
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("4711")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.verdict.text() == "Checking…"
    assert not dialog.field.isEnabled()
    QTimer.singleShot(0, lambda: ticks.append(dialog.isVisible()))  # the event loop runs on
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        pass
    assert ticks == [True]  # a timer fired while the hash was still being checked
    assert checked_on and checked_on[0].startswith("io"), checked_on


def test_a_wrong_pin_keeps_the_dialog_open_and_says_so(qtbot, runner):
    dialog = PinDialog(Pin("4711"), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("1234")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.verdict.text() == "Wrong PIN. Try again.", timeout=10000)
    assert dialog.isVisible() and dialog.field.isEnabled() and dialog.field.text() == ""
    assert dialog.result() == 0
    dialog.field.setText("4711")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_ticket_scanned_into_the_pin_box_is_said_to_be_scanned_again(qtbot, runner):
    dialog = PinDialog(Pin("4711"), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("NHI-100004")  # a scanner's burst: the box never reads it as a scan
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("Wrong PIN."), timeout=10000)
    assert "scan the ticket again" in dialog.verdict.text()
    assert dialog.isVisible() and dialog.field.text() == ""
    label = dialog.verdict  # whole: as tall as its wrapped lines need (it was cut to two)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5  # wraps
    assert dialog.rect().contains(label.geometry())


def test_a_new_pin_is_hashed_off_the_gui_thread(qtbot, runner, monkeypatch):
    made, hashed_on = [], []
    hash_pin = Pin._hash

    def watched(self, typed):
        hashed_on.append(threading.current_thread().name)
        return hash_pin(self, typed)

    monkeypatch.setattr(Pin, "_hash", watched)
    make_pin(runner, "2468", lambda pin: made.append((threading.current_thread().name, pin)))
    assert made == []  # not hashed on the spot
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    thread, pin = made[0]
    assert thread == "MainThread"  # handed back to the GUI thread
    assert hashed_on == ["io_0"] or hashed_on[0].startswith("io"), hashed_on
    assert pin.matches("2468") and not pin.matches("2469")
