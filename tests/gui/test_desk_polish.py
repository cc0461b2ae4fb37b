"""The desk window as a new user meets it (pytest-qt, offscreen, a real event file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from checkin.config import Settings
from checkin.demo import make_demo
from checkin.ui.dialogs import Pin
from checkin.ui.key_router import Mode
from checkin.ui.main_window import MainWindow
from checkin.ui.pin_dialog import PinDialog
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=80, seed=4)
    win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("1234"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.kiosk = False
    desk.close()


def test_the_cursor_starts_in_search_and_the_day_picker_takes_no_keys(window, qtbot):
    assert window.focusWidget() is window.search.box
    assert window.day_box.focusPolicy() == Qt.FocusPolicy.NoFocus
    before = window.day_box.currentIndex()
    qtbot.keyClicks(window.day_box, "tmon")  # typed at it: the day stays
    qtbot.keyClick(window.day_box, Qt.Key.Key_Down)
    assert window.day_box.currentIndex() == before
    assert window.day == window.desk.today()


def test_another_day_than_today_is_said_in_red(window):
    assert window.day == window.desk.today()
    assert not window.day_warning.isVisible()
    window.day_box.setCurrentIndex(1)  # chosen on purpose (the mouse)
    assert window.day_warning.isVisible()
    assert "Not today" in window.day_warning.text.text()
    window.day_box.setCurrentIndex(0)
    assert not window.day_warning.isVisible()


def _focus(qtbot, dialog, widget):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_every_dialog_holds_a_scan_but_a_pin_is_never_read(window, qtbot):
    router = window.keys
    settings = SettingsDialog(Settings(), window)
    _focus(qtbot, settings, settings.editors["desk_name"])
    assert router.mode() is Mode.DIALOG  # a text field in a dialog: a burst waits
    _focus(qtbot, settings, settings.new_pin)
    assert router.mode() is Mode.PASS  # a password field: never read
    settings.close()
    box = QMessageBox(QMessageBox.Icon.Warning, "Check-in Desk", "Something", parent=window)
    _focus(qtbot, box, box.addButton(QMessageBox.StandardButton.Ok))
    assert router.mode() is Mode.DIALOG  # a message box: a burst's Enter presses nothing
    box.close()
    pin_box = PinDialog(Pin("1234"), window.runner, window)
    ok = pin_box.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _focus(qtbot, pin_box, ok)
    assert router.mode() is Mode.PASS  # a PIN box, even with the focus on its button
    pin_box.close()
