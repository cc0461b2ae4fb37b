"""The window records who looked at whom, and offers the audit log and purge behind the PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from checkin import config
from checkin.demo import make_demo
from checkin.desk import AuditAction
from checkin.domain.model import Status
from checkin.secrets_pin import Pin
from checkin.ui.app import DeskApp
from checkin.ui.audit_dialog import AuditDialog
from checkin.ui.pin_dialog import PinDialog
from checkin.ui.purge_dialog import PurgeDialog


@pytest.fixture
def desk_app(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=7)
    app = DeskApp(
        desk, None, settings=config.Settings(language="en", auto_print=False, sounds=False),
        settings_path=tmp_path / "settings.toml", pdf_dir=tmp_path,
    )  # fmt: skip
    qtbot.addWidget(app.current)
    app.current.show()
    yield app
    app.stop()


def _someone(window):
    return next(p for p in window.desk.registrations() if p.status is Status.VALID)


def _audit_rows(window):
    return window.desk.audit_log()


def test_details_shown_from_search_and_a_reprint_are_logged_not_the_text(desk_app, qtbot):
    window = desk_app.current
    person = _someone(window)
    query = f"{person.last_name} {person.first_name}".lower()
    window.search.box.setText(query)
    qtbot.waitUntil(lambda: window.person.isVisible() and window.person.code == person.code)
    qtbot.waitUntil(lambda: any(r.code == person.code for r in _audit_rows(window)))
    rows = _audit_rows(window)
    assert rows[-1].action is AuditAction.DETAILS and rows[-1].desk == window.desk.desk_name
    window.person.buttons["reprint"].click()
    qtbot.waitUntil(lambda: _audit_rows(window)[-1].action is AuditAction.REPRINT)
    stored = window.desk.conn.execute("SELECT * FROM audit_log").fetchall()
    assert not [v for row in stored for v in row if query in str(v).lower()]


def _give_pin(qtbot, pin_text):
    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PinDialog):
            dialog.field.setText(pin_text)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def test_the_audit_log_opens_only_with_the_admin_pin(desk_app, qtbot):
    window = desk_app.current
    window.pin = Pin("2468")
    window.desk.reprint_badge(_someone(window).code)
    _give_pin(qtbot, "")  # a wrong PIN, then the dialog is cancelled
    QTimer.singleShot(1500, lambda: QApplication.activeModalWidget()
                      and QApplication.activeModalWidget().reject())  # fmt: skip
    window.menus.actions["audit"].trigger()
    assert window.findChild(AuditDialog) is None
    _give_pin(qtbot, "2468")
    window.menus.actions["audit"].trigger()
    qtbot.waitUntil(lambda: window.findChild(AuditDialog) is not None, timeout=10000)
    dialog = window.findChild(AuditDialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Badge reprinted"
    assert dialog.table.item(0, 3).text() == _someone(window).code
    dialog.reject()


def test_purge_from_the_window_asks_then_empties_the_names(desk_app, qtbot):
    window = desk_app.current
    person = _someone(window)
    window.menus.actions["purge"].trigger()  # no PIN set on this desk: straight to the dialog
    qtbot.waitUntil(lambda: window.findChild(PurgeDialog) is not None)
    dialog = window.findChild(PurgeDialog)
    assert any("40 registrations" in label.text() for label in dialog.findChildren(QLabel))
    assert not dialog.purge_button.isEnabled()
    dialog.sure.setChecked(True)
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: "purged" in window.statusBar().currentMessage(), timeout=10000)
    assert "Another program" not in window.statusBar().currentMessage()  # the WAL was emptied
    assert window.desk.registration(person.code) is None
    data = b"".join(f.read_bytes() for f in window.desk.path.parent.glob("event.sqlite*"))
    assert person.email and person.code.encode() not in data and person.email.encode() not in data
    assert all(p.first_name == "" and p.email == "" for p in window.desk.registrations())
    assert window.search.box.text() == "" and window.selected is None


def test_kiosk_mode_shuts_the_audit_log_and_purge(desk_app):
    window = desk_app.current
    window.menus.lock(True)
    assert not window.menus.actions["audit"].isEnabled()
    assert not window.menus.actions["purge"].isEnabled()
