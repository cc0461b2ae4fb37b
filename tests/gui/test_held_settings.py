"""A scan held behind a settings dialog is written under what the dialog set (acceptance F-11).

The desk app with its real threads: a ticket scanned while "Set up this desk" (or Settings)
is open waits; the volunteer gives a new desk name and a new admin PIN and presses OK. The new
PIN is hashed off the GUI thread, so the settings are in force only a moment after the dialog
closed: the held check-in must wait for them and carry the new desk name, never the old one.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from checkin.domain.model import Method
from checkin.ui.dialogs import SetupDialog
from checkin.ui.settings_dialog import SettingsDialog


def _valid_code(desk) -> str:
    return next(p.code for p in desk.registrations() if p.status.value == "valid"
                and not p.ticket_type.startswith("Dagsbillett"))  # fmt: skip


def _checked_in_at(window, qtbot, code):
    qtbot.waitUntil(lambda: window.state is not None and window.current is not None, timeout=10000)
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=10000)
    done = []
    window.with_desk(lambda desk: desk.recent(), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    return [entry.desk for entry, _person in done[0] if entry.code == code]


def _while_open(kind, act):
    """Run ``act(dialog)`` once the modal dialog of ``kind`` is up."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_a_scan_held_by_the_set_up_dialog_carries_the_new_desk_name(desk_app, qtbot):
    window, code = desk_app.current, _valid_code(desk_app.current.desk)

    def fill(dialog: SetupDialog) -> None:
        window.check_in(code, Method.HANDHELD, None)  # the burst while the dialog is open
        assert window.flow.queue, "the scan waits behind the dialog"
        dialog.name.setText("Skranke 1")
        dialog.pin.setText("2468")
        dialog.again.setText("2468")
        dialog._accept()

    _while_open(SetupDialog, fill)
    desk_app.setup_desk()
    assert _checked_in_at(window, qtbot, code) == ["Skranke 1"]
    assert window.status.desk.name == "Skranke 1"


def test_a_scan_held_by_settings_with_a_new_pin_carries_the_new_desk_name(desk_app, qtbot):
    window, code = desk_app.current, _valid_code(desk_app.current.desk)

    def fill(dialog: SettingsDialog) -> None:
        window.check_in(code, Method.HANDHELD, None)
        dialog.editors["desk_name"].setText("Skranke 2")
        dialog.new_pin.setText("1357")
        dialog.accept()

    _while_open(SettingsDialog, fill)
    desk_app.edit_settings()
    assert _checked_in_at(window, qtbot, code) == ["Skranke 2"]
