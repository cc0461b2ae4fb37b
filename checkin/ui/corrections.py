"""Walk-ins and corrections: the person form, filled from the desk and saved through it; undo.

A walk-in whose name is already registered is not registered twice without a word, whatever
organisation either gives (a volunteer types "Tieto" for "Tieto Norge"): the volunteer is shown
each match's organisation and code, and offered to check that person in instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from checkin.desk import CheckInResult, Desk, DeskState
from checkin.domain.model import Method, Registration
from checkin.domain.names import fold
from checkin.results import Undone
from checkin.ui.buttons import name_buttons
from checkin.ui.dialogs import PersonDialog
from checkin.ui.plurals import plurals
from checkin.ui.walk_in_choices import WalkInChoices, walk_in_choices

UNDO_WAIT_MS = 5000  # Ctrl+Z right after a scan waits this long for its check-in at most
UNDO_POLL_MS = 20

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def walk_in(window: MainWindow) -> None:
    """Ask for a walk-in's name and details; check them in.

    The event's categories and ticket types (valid on the desk's day) are offered, the
    likeliest chosen (`checkin.ui.walk_in_choices`).
    """
    day = window.day
    window.with_desk(lambda desk: walk_in_choices(desk, day), lambda choices: _ask(window, choices))


def _ask(window: MainWindow, choices: WalkInChoices) -> None:
    dialog = PersonDialog(window, ticket_types=choices.ticket_types, categories=choices.categories)
    if dialog.exec():
        values = dialog.values()
        window.with_desk(
            lambda desk: already_registered(desk, values),
            lambda found: _offer(window, values, found),
        )


def _same(a: str, b: str) -> bool:
    """The same name as search sees it: case, accents, spacing and old spellings ignored."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def already_registered(desk: Desk, values: dict[str, str]) -> list[Registration]:
    """Registrations with the walk-in's first and last name, whatever their organisation.

    Names are compared folded (`checkin.domain.names.fold`: "Åsen" is "Aasen", "SIRI" is
    "Siri"); the organisation is shown in the warning, never required to match, as a volunteer
    types it short. Runs on the database thread.
    """
    first, last = values["first_name"], values["last_name"]
    return [
        person
        for person in desk.search(f"{first} {last}", 20)
        if _same(person.first_name, first) and _same(person.last_name, last)
    ]


def _offer(window: MainWindow, values: dict[str, str], found: list[Registration]) -> None:
    """Register the walk-in, or check in the registered person instead (several: search them)."""
    if not found:
        window.register_walk_in(values)
        return
    translate = QCoreApplication.translate
    person = found[0]
    who = "\n".join(  # each with its organisation and code: the volunteer tells them apart
        " · ".join(part for part in (one.name, one.organisation, one.code) if part)
        for one in found[:5]
    )
    text = plurals().registered(len(found)) + "\n" + who
    box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Walk-in"), text,
                      parent=window)  # fmt: skip
    label = (translate("MainWindow", "Check in {name}").format(name=person.name) if len(found) == 1
             else translate("MainWindow", "Show them in search"))  # fmt: skip
    instead = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(translate("MainWindow", "Register a new walk-in"),
                        QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
    box.addButton(QMessageBox.StandardButton.Cancel)
    name_buttons(box)
    box.setDefaultButton(instead)
    box.exec()
    if box.clickedButton() is new:
        window.register_walk_in(values)
    elif box.clickedButton() is instead and len(found) == 1:
        window.check_in(person.code, Method.SEARCH)
    elif box.clickedButton() is instead:
        window.search.box.setText(person.name)
        window.search.box.setFocus()


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
        lambda desk: (
            desk.registration(code),
            desk.ticket_type_names(),
            desk.values_in_use("category"),
        ),
        lambda answer: _edit(window, code, *answer),
    )


def _edit(
    window: MainWindow,
    code: str,
    person: Registration | None,
    types: list[str],
    categories: set[str],
) -> None:
    if person is None:
        return
    dialog = PersonDialog(window, person, types, sorted(categories))
    if dialog.exec():
        values = dialog.values()
        window.with_desk(
            lambda desk: desk.update_registration(code, **values), lambda _: window._edited(code)
        )


def undo_last(window: MainWindow, waited_ms: int = 0) -> None:
    """Take back the latest check-in made here (admin PIN); say so when there is none.

    A check-in on its way (scanned, not yet on screen: the event file may have it already) is
    the latest: the undo waits for it (at most UNDO_WAIT_MS), as Quit does.
    """
    if window.flow.running is not None and waited_ms < UNDO_WAIT_MS:
        later = waited_ms + UNDO_POLL_MS
        QTimer.singleShot(UNDO_POLL_MS, window, lambda: undo_last(window, later))
        return
    result = window.last_checkin
    if result is None or result.checkin is None:
        translate = QCoreApplication.translate
        text = (
            translate("MainWindow", "Nothing to undo: the latest check-in here was undone already.")
            if window.undid_on is window.desk
            else translate(
                "MainWindow", "Nothing to undo: no check-in at this desk since it started."
            )
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
        window.undid_on = window.desk
        window.say(translate("MainWindow", "Check-in undone: {name}.").format(name=name))
    if window.current is result:
        window.current, window.note_open = None, False
        window.render_card()
        window.flow.drain()
    window.show_state(state)
