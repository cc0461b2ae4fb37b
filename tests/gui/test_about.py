"""The Help menu: the desk's keys (F1) from its menus, About with the version and the event file."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin import __version__
from checkin.ui.help_menu import about_text


def test_help_about_names_the_version_and_the_event_file(desk_app, qtbot):
    window = desk_app.current
    action = window.actions_["about"]
    assert window.menus.help_menu.actions()[-1] is action
    assert window.menuBar().actions()[-1].text() == "&Help"
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    box = QApplication.activeModalWidget()
    assert box.windowTitle() == "About Check-in Desk" == action.text()
    assert f"Check-in Desk {__version__}" in box.text()
    path = window.desk.path
    assert f"Event file: {path.name}\nFolder: {path.parent}\n" in box.text()
    assert "personal data" in box.text()
    box.accept()


def test_about_names_the_folder_of_an_event_file_given_relative(qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # `checkin run --db D.sqlite` started in the event's folder
    text = about_text(Path("D.sqlite"))
    assert f"Event file: D.sqlite\nFolder: {tmp_path}\n" in text


def test_the_help_menu_speaks_bokmal(desk_app, qtbot):
    window = desk_app.current
    try:
        window.menus.languages.actions()[0].trigger()  # Language → Norsk bokmål
        assert desk_app.languages.current == "nb"
        qtbot.waitUntil(lambda: window.menus.help_menu.title() == "&Hjelp")
        assert window.actions_["about"].text() == "Om Innsjekk"
        assert window.actions_["quit"].text() == "Avslutt"
    finally:
        desk_app.set_language("en")


def test_f1_lists_the_desks_keys_from_its_menus(desk_app, qtbot):
    window = desk_app.current
    action = window.actions_["keys"]
    assert action.shortcut().toString() == "F1"
    assert window.menus.help_menu.actions()[0] is action
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    box = QApplication.activeModalWidget()
    assert box.windowTitle() == "Keyboard shortcuts"
    text = box.text()
    listed = {"walk_in": "Walk-in", "search": "Search", "quit": "Quit", "kiosk": "Kiosk mode",
              "dashboard": "Attendance dashboard"}  # fmt: skip
    for name, label in listed.items():
        native = window.actions_[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert f"<b>{native}</b>&nbsp;&nbsp;</td><td>{label}</td>" in text, name
    assert "Sync now" in text  # the sync panel's action too
    assert "Audit log" not in text  # no key: not listed
    box.accept()


def test_the_desk_menu_offers_search_with_its_key(desk_app):
    menus = desk_app.current.menus
    search = menus.actions["search"]
    assert search in menus.desk_menu.actions() and search.shortcut().toString() == "F2"
