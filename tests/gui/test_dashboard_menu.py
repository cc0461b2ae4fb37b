"""The attendance dashboard opens from the window's Desk menu (Ctrl+Shift+D), once."""

from PySide6.QtWidgets import QApplication

from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


def _dashboards():
    from checkin.ui.dashboard import Dashboard

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, Dashboard) and w.isVisible()]


def test_the_desk_menu_opens_the_dashboard_once(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=10, seed=4)
    window = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False))
    qtbot.addWidget(window)
    window.show()
    action = window.menus.actions["dashboard"]
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    assert action in window.menus.desk_menu.actions()
    action.trigger()
    qtbot.waitUntil(lambda: len(_dashboards()) == 1, timeout=5000)
    action.trigger()  # raised again, not a second one
    assert len(_dashboards()) == 1
    for dashboard in _dashboards():
        dashboard.close()
    desk.close()


def test_check_ins_a_sync_applied_reach_the_open_dashboard(qtbot, tmp_path):
    # a sync writes what it pulls through a connection of its own (no Desk.on_change), then
    # the window reads its counts again (SyncPanel.show_outcome): the dashboard follows
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=4)
    window = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False))
    qtbot.addWidget(window)
    window.show()
    window.menus.actions["dashboard"].trigger()
    (dashboard,) = _dashboards()
    qtbot.waitUntil(lambda: dashboard.report is not None and not dashboard._busy, timeout=10_000)
    window.refresh()
    before = dashboard.report.totals.checked_in
    other = Desk.open(desk.path, "Skranke 9")  # as the sync worker's connection
    admitted = [r for r in other.registrations() if other.check_in(r.code).checkin is not None]
    other.close()
    assert admitted
    window.refresh()  # what the sync panel does after a run that applied something
    qtbot.waitUntil(lambda: dashboard.report.totals.checked_in > before, timeout=10_000)
    dashboard.close()
    desk.close()
