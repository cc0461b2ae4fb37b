"""The window's sync worker against a real hub: status bar, Sync now, notices, offline."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checkin import config
from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome
from checkin.domain.sync_model import HubLink, SyncState
from checkin.ui.app import DeskApp
from checkin.ui.sync_worker import SyncOutcome
from tests.hub.conftest import start_hub

from .conftest import Hub, connect, open_desk, sync

pytestmark = [pytest.mark.integration, pytest.mark.gui]
DAY = date(2026, 6, 1)


def test_window_syncs_shows_state_and_says_a_double_admission_once(
    qtbot, hub: Hub, tmp_path: Path
) -> None:
    one, two = tmp_path / "desk-1.checkin", tmp_path / "desk-2.checkin"
    connect(hub, one, "desk-1")
    connect(hub, two, "desk-2")
    desk = open_desk(one, "desk-1", FixedClock(datetime(2026, 6, 1, 6, 40, tzinfo=UTC)))
    desk.check_in("NHI-1", Method.SCAN, DAY)
    desk.check_in("NHI-4", Method.SCAN, DAY)
    desk.close()
    at_two = Desk.open(two, "desk-2", clock=FixedClock(datetime(2026, 6, 1, 6, 45, tzinfo=UTC)))
    at_two.check_in("NHI-4", Method.SCAN, DAY)  # offline, before desk 1's check-in arrives
    assert sync(one)[0] == 0
    settings = config.Settings(language="en", desk_name="desk-2")
    app = DeskApp(at_two, None, settings=settings, settings_path=tmp_path / "settings.toml")
    try:
        panel = app.sync
        assert panel is not None
        qtbot.addWidget(app.current)
        qtbot.waitUntil(
            lambda: panel.outcome is not None and panel.outcome.report is not None, timeout=20000
        )
        assert panel.label.text().startswith("Synced ") and "0 waiting" in panel.label.text()
        assert app.current.status.network.online is True
        [said] = panel.notices_shown
        assert said.startswith("Ola Dunk (NHI-4) was also admitted at desk-1 at 08:40")
        assert "desk-1's check-in counts" in said
        with qtbot.waitSignal(app.current.result_shown, timeout=10000) as shown:
            app.current.check_in("NHI-1", Method.HANDHELD)
        assert shown.args[0].decision.outcome is Outcome.DUPLICATE
        assert shown.args[0].decision.earlier.desk == "desk-1"
        before = panel.outcome
        panel.action.trigger()  # Desk -> Sync now: the check-in attempt and nothing new
        qtbot.waitUntil(lambda: panel.outcome is not before, timeout=20000)
        assert panel.notices_shown == [said]  # said once
    finally:
        app.stop()


def test_window_says_offline_and_keeps_what_waits(qtbot, hub: Hub, tmp_path: Path) -> None:
    path = tmp_path / "desk-2.checkin"
    connect(hub, path, "desk-2")
    hub.setup.hub.stop()  # the hub goes away (the module's next test starts it again)
    try:
        at_desk = Desk.open(path, "desk-2")
        at_desk.check_in("NHI-2", Method.SCAN, DAY)
        settings = config.Settings(language="en", desk_name="desk-2")
        app = DeskApp(at_desk, None, settings=settings, settings_path=tmp_path / "s.toml")
        try:
            panel = app.sync
            assert panel is not None
            qtbot.addWidget(app.current)
            qtbot.waitUntil(lambda: panel.outcome is not None, timeout=30000)
            assert panel.outcome.report is None
            text = panel.label.text()  # connect synced once, before the hub went
            assert text.startswith("Offline, last synced ") and text.endswith(" · 1 waiting")
            assert "connection refused" in panel.label.toolTip()
            assert app.current.status.network.online is False
        finally:
            app.stop()
    finally:
        hub.setup.hub = start_hub(hub.setup.db_url, tmp_path)


def test_window_warns_of_a_wrong_clock_and_a_lone_desk_says_nothing(qtbot, tmp_path: Path) -> None:
    desk = Desk.create(tmp_path / "alone.sqlite", "Helsekonferansen", (DAY,))
    settings = config.Settings(language="en", desk_name="desk-1")
    app = DeskApp(desk, None, settings=settings, settings_path=tmp_path / "s.toml")
    try:
        panel = app.sync
        assert panel is not None
        qtbot.addWidget(app.current)
        qtbot.waitUntil(lambda: panel.outcome is not None, timeout=20000)
        assert panel.label.text() == "" and app.current.status.network.online is None
        link = HubLink("hub", "http://hub.local:8765", "bergen", "desk-1", "2026-06-01T06:00Z")
        state = SyncState(link, waiting=3, last_success_at="2026-06-01T06:41:00.000Z",
                          clock_skew_ms=-10 * 60 * 1000)  # fmt: skip
        panel.show_outcome(SyncOutcome(state, error="http://hub.local:8765: no answer"))
        assert panel.label.text() == "Offline, last synced 08:41 · 3 waiting"
        tip = panel.label.toolTip()
        assert "no answer" in tip and "clock is 10 minutes off the hub's" in tip
    finally:
        app.stop()
