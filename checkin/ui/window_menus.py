"""The desk window's actions, keys and menus (File, Desk, Language, Help), and their names.

Each action calls one of the window's slots; the entries about events and settings are the
window's too, and it tells the desk app through signals (`checkin.ui.main_window`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from checkin.config import LANGUAGES
from checkin.ui.help_menu import about_title, keys_title, show_about, show_keys

KEYS = {
    "walk_in": "Ctrl+N", "undo": "Ctrl+Z", "reprint": "Ctrl+P", "edit": "Ctrl+E",
    "preview": "Ctrl+Shift+P", "search": "F2", "kiosk": "F11", "clear": "Esc",
    "import": "Ctrl+I", "export": "Ctrl+S", "new": "Ctrl+Shift+N", "open": "Ctrl+O",
    "settings": "Ctrl+,", "event": "", "audit": "", "purge": "", "dashboard": "Ctrl+Shift+D",
    "connect": "", "quit": "", "keys": "F1", "about": "",  # quit: the platform's (quit_keys)
}  # fmt: skip
FILE_MENU = ("import", "export", None, "new", "open", None, "audit", "purge", None, "quit")
DESK_MENU = ("walk_in", "search", "edit", "reprint", "preview", "undo", "kiosk", None,
             "dashboard", "event", "connect", "settings")  # fmt: skip
HELP_MENU = ("keys", None, "about")
LOCKED_IN_KIOSK = ("walk_in", "undo", "reprint", "edit", "search", "import", "export",
                   "preview", "new", "open", "settings", "event", "audit", "purge",
                   "dashboard", "connect", "quit", "keys", "about")  # fmt: skip


def _labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "walk_in": translate("MainWindow", "Walk-in…"),
        "undo": translate("MainWindow", "Undo last check-in"),
        "reprint": translate("MainWindow", "Reprint badge"),
        "edit": translate("MainWindow", "Correct registration…"),
        "preview": translate("MainWindow", "Preview badge…"),
        "search": translate("MainWindow", "Search"),
        "kiosk": translate("MainWindow", "Kiosk mode"),
        "clear": translate("MainWindow", "Clear"),
        "import": translate("MainWindow", "Import registrations…"),
        "export": translate("MainWindow", "Export attendance…"),
        "new": translate("DeskApp", "New event…"),
        "open": translate("DeskApp", "Open event…"),
        "settings": translate("DeskApp", "Settings…"),
        "event": translate("MainWindow", "Event settings…"),
        "audit": translate("MainWindow", "Audit log…"),
        "purge": translate("MainWindow", "Purge personal data…"),
        "dashboard": translate("MainWindow", "Attendance dashboard…"),
        "connect": translate("MainWindow", "Connect to hub…"),
        "quit": translate("MainWindow", "Quit"),
        "keys": keys_title() + "…",
        "about": about_title(),
    }


def quit_keys() -> list[QKeySequence]:
    """The platform's Quit keys (`QKeySequence.StandardKey.Quit`), and Ctrl+Q on every one.

    Windows has no standard Quit key (Alt+F4 closes the window); the desk's Ctrl+Q works there
    too. On macOS Qt's Ctrl is the Command key: Cmd+Q, the standard.
    """
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence("Ctrl+Q")
    return keys if ctrl_q in keys else [*keys, ctrl_q]


class DeskMenus:
    """Makes the actions with their keys, puts them in the menus, names them."""

    def __init__(self, window: QMainWindow, slots: dict[str, Callable[[], object]]) -> None:
        self.window = window
        slots = {"about": lambda: show_about(window), **slots}  # and the window's own
        slots["keys"] = lambda: show_keys(window, window.findChildren(QAction))  # Sync now too
        self.actions = {name: self._action(name, keys, slots[name]) for name, keys in KEYS.items()}
        bar = window.menuBar()
        self.file_menu, self.desk_menu = bar.addMenu(""), bar.addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        self.auto_print = QAction(window, checkable=True)
        self.desk_menu.addAction(self.auto_print)
        self._fill(self.file_menu, FILE_MENU)
        self._fill(self.desk_menu, DESK_MENU)
        self.language_menu = bar.addMenu("")
        self.languages = QActionGroup(window)
        self.language = "nb"  # until the settings say (check_language)
        self.on_recent: Callable[[Path], object] = lambda path: None
        self.on_language: Callable[[str], object] = lambda code: None
        for code, name in LANGUAGES.items():  # each language named in itself: not translated
            action = QAction(name, window, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _=False, chosen=code: self.on_language(chosen))
            self.languages.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self._fill(self.help_menu, HELP_MENU)

    def _action(self, name: str, keys: str, slot: Callable[[], object]) -> QAction:
        """One of the window's actions, with its keys (they act while it is enabled)."""
        action = QAction(self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        elif name == "quit":
            action.setShortcuts(quit_keys())
            action.setMenuRole(QAction.MenuRole.QuitRole)  # macOS: in the application menu
        elif name == "about":
            action.setMenuRole(QAction.MenuRole.AboutRole)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _fill(self, menu: QMenu, names: Iterable[str | None]) -> None:
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])

    def label(self) -> None:
        """Name every entry in the current language."""
        for name, text in _labels().items():
            self.actions[name].setText(text)
        translate = QCoreApplication.translate
        self.auto_print.setText(translate("MainWindow", "Print badge on check-in"))
        self.recent_menu.setTitle(translate("DeskApp", "Recent events"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.desk_menu.setTitle(translate("MainWindow", "&Desk"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))

    def show_recent(self, paths: Iterable[str]) -> None:
        """List the events opened lately, newest first (File → Recent events)."""
        self.recent_menu.clear()
        for name in paths:
            action = QAction(Path(name).name, self.window, toolTip=name)
            action.triggered.connect(lambda _=False, path=name: self.on_recent(Path(path)))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def shortcuts(self) -> tuple[QKeySequence, ...]:
        """The desk's keys (Ctrl+Z, Ctrl+E, F2, ...): they act even from the search box."""
        keys = (action.shortcut() for action in self.actions.values())
        return tuple(key for key in keys if not key.isEmpty())

    def check_language(self, code: str) -> None:
        self.language = code  # the dashboard speaks it too
        for action in self.languages.actions():
            action.setChecked(action.data() == code)

    def lock(self, locked: bool) -> None:
        """Kiosk mode: nothing but scanning (and F11 to leave, with the PIN)."""
        for name in LOCKED_IN_KIOSK:
            self.actions[name].setEnabled(not locked)
        self.recent_menu.setEnabled(not locked and bool(self.recent_menu.actions()))
