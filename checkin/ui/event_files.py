"""Opening and making event files for the window, with failures said the window's way.

The core's messages give the command line's advice ("Check the name given with --db", "Create
one with 'checkin new --db …'"); in the window the volunteer chose a file in a dialog, so the
advice is about the dialog and the File menu, in the window's language. The texts are made on
the database thread, where the file is looked at (`QCoreApplication.translate` is
thread-safe).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from checkin.desk import Desk, Waiting
from checkin.errors import Trouble, UserError, trouble_of

WaitHook = Callable[[Waiting], None]


class OpenEventError(UserError):
    """An event file the window could not open or make, in the window's words."""


def open_event(path: Path, desk_name: str | None, hook: WaitHook) -> Desk:
    """Open an event file (on the database thread).

    Raises:
        OpenEventError: it is not an event file, holds no event, or is gone; or the core's
            `UserError` text where it has no command-line advice in it.
    """
    try:
        desk = Desk.open(path, desk_name)
    except UserError as error:
        raise OpenEventError(problem_text(error, path, creating=False)) from error
    desk.on_waiting(hook)
    return desk


def create_event(path: Path, name: str, days: tuple[date, ...], hook: WaitHook) -> Desk:
    """Make a new event file (on the database thread); failures as in `open_event`."""
    try:
        desk = Desk.create(path, name, days)
    except UserError as error:
        raise OpenEventError(problem_text(error, path, creating=True)) from error
    desk.on_waiting(hook)
    return desk


def problem_text(error: UserError, path: Path, creating: bool) -> str:
    """What went wrong, with the window's advice instead of the command line's."""
    translate = QCoreApplication.translate
    if trouble_of(error) is Trouble.NOT_EVENT_FILE:
        text = translate(
            "EventFiles",
            "{file} is not a Check-in Desk event file; it was left as it is. Choose an event "
            "file made by Check-in Desk, or make a new event (File → New event…).",
        )
    elif "--db" not in error.text():
        return error.text()
    elif not path.exists():
        text = translate(
            "EventFiles",
            "There is no event file at {file}. Choose another, or make a new event "
            "(File → New event…).",
        )
    elif creating:
        text = translate(
            "EventFiles", "{file} already holds an event: give the new one another name."
        )
    else:
        text = translate(
            "EventFiles",
            "{file} holds no event. Choose another event file, or make a new event "
            "(File → New event…).",
        )
    return text.format(file=path)
