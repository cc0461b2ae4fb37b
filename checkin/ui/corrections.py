"""Walk-ins and corrections: the person form, filled from the desk and saved through it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checkin.domain.model import Registration
from checkin.ui.dialogs import PersonDialog

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def walk_in(window: MainWindow) -> None:
    """Ask for a walk-in's name and details (with the event's ticket types); check them in."""
    window.runner.run_db(window.desk.ticket_type_names, lambda types: _ask(window, types))


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
    desk = window.desk
    window.runner.run_db(
        lambda: (desk.registration(code), desk.ticket_type_names()),
        lambda answer: _edit(window, code, *answer),
    )


def _edit(window: MainWindow, code: str, person: Registration | None, types: list[str]) -> None:
    if person is None:
        return
    dialog = PersonDialog(window, person, types)
    if dialog.exec():
        values = dialog.values()
        window.runner.run_db(
            lambda: window.desk.update_registration(code, **values),
            lambda _: window._edited(code),
        )
