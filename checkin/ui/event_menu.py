"""The window's event entries: open an event file, make a new event, the event's settings.

Choosing is done here, in dialogs; opening and creating the file is the desk app's work on the
database thread (the window asks through ``open_requested`` and ``create_requested``). The
event's own settings (its day change) are written through the desk, behind the admin PIN.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from checkin import config
from checkin.ui.dialogs import NewEventDialog
from checkin.ui.event_dialog import EventDialog
from checkin.ui.file_dialog import open_file_name, save_file_name

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def choose_event(window: MainWindow) -> None:
    """Ctrl+O: pick an event file; the desk app opens it off the GUI thread."""
    if window.kiosk:  # self-service: nothing but scanning without the PIN
        return
    title = QCoreApplication.translate("DeskApp", "Open event")
    path = open_file_name(window, title, "", "*.sqlite")
    if path:
        window.open_requested.emit(path)


def new_event(window: MainWindow) -> None:
    """Ctrl+Shift+N: name and days of a new event, then where its file goes."""
    if window.kiosk:
        return
    dialog = NewEventDialog(window)
    if not dialog.exec():
        return
    name = dialog.name.text().strip()
    suggested = str(config.data_dir() / f"{name}.sqlite")
    path = save_file_name(window, dialog.windowTitle(), suggested, "*.sqlite")
    days = dialog.event_days()
    if path and days:
        window.create_requested.emit(path, name, days)


def event_settings(window: MainWindow) -> None:
    """The event's facts, and its day change to edit (admin PIN); saved for every desk."""
    if window.kiosk or not window.ask_admin():
        return
    dialog = EventDialog(window.desk.event, window)
    if not dialog.exec() or dialog.day_change() == window.desk.event.day_change:
        return
    chosen = dialog.day_change()

    def saved(_: object) -> None:
        text = QCoreApplication.translate("MainWindow", "Saved: an event day now ends at {time}.")
        window.say(text.format(time=chosen.strftime("%H:%M")), 8000)
        window.retranslate()
        window.refresh()

    window.with_desk(lambda desk: desk.set_day_change(chosen), saved)
