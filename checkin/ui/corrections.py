"""Walk-ins and corrections: the person form, filled from the desk and saved through it; undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from checkin.desk import CheckInResult, DeskState
from checkin.domain.model import Registration
from checkin.results import Undone
from checkin.ui.dialogs import PersonDialog

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def walk_in(window: MainWindow) -> None:
    """Ask for a walk-in's name and details (with the event's ticket types); check them in."""
    window.with_desk(lambda desk: desk.ticket_type_names(), lambda types: _ask(window, types))


def _ask(window: MainWindow, ticket_types: list[str]) -> None:
    dialog = PersonDialog(window, ticket_types=ticket_types)
    if dialog.exec():
        window.register_walk_in(dialog.values())


def edit_selected(window: MainWindow) -> None:
    """Correct the person highlighted in search, else the one on the card."""
    current = window.current
    code = window.search.current() or (
        current.registration.code if current and current.registration else None
    )
    if code is not None:
        edit(window, code)


def edit(window: MainWindow, code: str) -> None:
    """Open the form on one registration; save what was changed."""
    window.with_desk(
        lambda desk: (desk.registration(code), desk.ticket_type_names()),
        lambda answer: _edit(window, code, *answer),
    )


def _edit(window: MainWindow, code: str, person: Registration | None, types: list[str]) -> None:
    if person is None:
        return
    dialog = PersonDialog(window, person, types)
    if dialog.exec():
        values = dialog.values()
        window.with_desk(
            lambda desk: desk.update_registration(code, **values), lambda _: window._edited(code)
        )


def undo_last(window: MainWindow) -> None:
    """Take back the latest check-in made here (admin PIN); say so when there is none."""
    result = window.last_checkin
    if result is None or result.checkin is None:
        text = QCoreApplication.translate(
            "MainWindow", "Nothing to undo: no check-in at this desk since it started."
        )
        window.say(text)
        return
    if not window.ask_admin():
        return
    code, day, selected, shown = result.ticket, result.checkin.day, window.selected, window.day
    window.with_desk(
        lambda desk: (desk.undo(code, day), desk.state(shown, selected)),
        lambda answer: _undone(window, result, *answer),
    )


def _undone(
    window: MainWindow, result: CheckInResult, entry: Undone | None, state: DeskState
) -> None:
    translate = QCoreApplication.translate
    window.last_checkin = None
    name = result.registration.name if result.registration else result.ticket
    if entry is None:
        window.say(translate("MainWindow", "Nothing to undo: {name} is not checked in.").format(
            name=name))  # fmt: skip
    else:
        window.say(translate("MainWindow", "Check-in undone: {name}.").format(name=name))
    if window.current is result:
        window.current, window.note_open = None, False
        window.render_card()
        window.flow.drain()
    window.show_state(state)
