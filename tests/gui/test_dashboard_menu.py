"""The attendance dashboard opens from the window's Desk menu (Ctrl+Shift+D), once."""

from PySide6.QtWidgets import QApplication

from checkin.demo import make_demo
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
