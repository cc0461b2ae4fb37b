"""Help → About: the version and the event file, for whoever helps the volunteer."""

from PySide6.QtWidgets import QApplication

from checkin import __version__
from tests.gui.test_quit import desk_app  # noqa: F401  (the fixture)


def test_help_about_names_the_version_and_the_event_file(desk_app, qtbot):  # noqa: F811
    window = desk_app.current
    action = window.actions_["about"]
    assert window.menus.help_menu.actions() == [action]
    assert window.menuBar().actions()[-1].text() == "&Help"
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    box = QApplication.activeModalWidget()
    assert box.windowTitle() == "About Check-in Desk" == action.text()
    assert f"Check-in Desk {__version__}" in box.text()
    assert str(window.desk.path) in box.text()
    box.accept()


def test_the_help_menu_speaks_bokmal(desk_app, qtbot):  # noqa: F811
    window = desk_app.current
    try:
        window.menus.languages.actions()[0].trigger()  # Language → Norsk bokmål
        assert desk_app.languages.current == "nb"
        qtbot.waitUntil(lambda: window.menus.help_menu.title() == "&Hjelp")
        assert window.actions_["about"].text() == "Om Innsjekk"
        assert window.actions_["quit"].text() == "Avslutt"
    finally:
        desk_app.set_language("en")
