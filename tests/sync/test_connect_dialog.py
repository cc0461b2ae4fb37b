"""Desk → "Connect to hub…" in the real window (Qt offscreen): a real `checkin hub serve` on
127.0.0.1 is found by mDNS and listed, a wrong token is said in words, the right one (made on
the hub like `checkin hub token add`) links a new event file, the window opens it and syncs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from checkin import config
from checkin.desk import Desk, SyncLedger
from checkin.sync.discovery import ENV_INTERFACES
from checkin.ui.app import DeskApp
from checkin.ui.connect_dialog import ConnectDialog

from .conftest import PEOPLE, Hub, snapshot
from .mdns import loopback_multicast

pytestmark = [pytest.mark.integration, pytest.mark.gui]


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DeskApp]:
    problem = loopback_multicast()
    if problem:
        pytest.skip(problem)
    monkeypatch.setenv(ENV_INTERFACES, "127.0.0.1")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where the new file goes
    desk = Desk.create(tmp_path / "local.sqlite", "Lokal øving", (date(2026, 6, 1),))
    settings = config.Settings(language="en", desk_name="desk-9")
    made = DeskApp(desk, None, settings=settings, settings_path=tmp_path / "settings.toml")
    yield made
    made.stop()


def open_dialog(qtbot, app: DeskApp) -> ConnectDialog:
    window = app.current
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.pin_pending, timeout=10000)
    window.menus.actions["connect"].trigger()
    dialog = window.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    return dialog


def listed(dialog: ConnectDialog) -> list[str]:
    return [dialog.hubs.item(row).text() for row in range(dialog.hubs.count())]


def test_the_dialog_lists_the_hub_says_a_wrong_token_and_connects(
    qtbot, hub: Hub, app: DeskApp
) -> None:
    dialog = open_dialog(qtbot, app)
    qtbot.waitUntil(lambda: any(hub.url in text for text in listed(dialog)), timeout=20000)
    assert dialog.found.text().startswith("Hubs found: ")
    dialog.hubs.setCurrentRow([hub.url in text for text in listed(dialog)].index(True))
    assert dialog.url.text() == hub.url
    assert dialog.token.echoMode() is QLineEdit.EchoMode.Password

    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.said.text() == "Give the event's slug, the token."
    dialog.slug.setText(hub.slug)
    dialog.token.setText("not-a-token")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=20000)
    assert dialog.said.text().startswith("The hub refused the token")

    window = app.current
    dialog.token.setText(hub.token("desk-9"))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.said.text().startswith("Connected to"), timeout=20000)
    made = config.data_dir() / f"{hub.slug}.sqlite"
    assert str(made) in dialog.said.text()
    qtbot.waitUntil(lambda: window.desk.path == made, timeout=20000)
    ledger = SyncLedger.open(made)
    try:
        link = ledger.state().link
        assert link is not None and (link.url, link.event, link.desk) == (
            hub.url, hub.slug, "desk-9")  # fmt: skip
    finally:
        ledger.close()
    assert set(snapshot(made)["registrations"]) == {person[0] for person in PEOPLE}
    panel = app.sync
    assert panel is not None
    qtbot.waitUntil(lambda: panel.label.text().startswith("Synced "), timeout=20000)
    assert "0 waiting" in panel.label.text()


def test_a_typed_address_without_a_hub_is_said_and_kiosk_shuts_the_entry(
    qtbot, app: DeskApp
) -> None:
    dialog = open_dialog(qtbot, app)
    dialog.url.setText("127.0.0.1:9")  # discard port: nothing answers
    dialog.slug.setText("bergen-2026")
    dialog.token.setText("secret")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=60000)
    assert dialog.said.text().startswith("Could not reach the hub")
    assert "http://127.0.0.1:9" in dialog.said.text()
    app.current.menus.lock(True)
    assert not app.current.menus.actions["connect"].isEnabled()
