"""Badges from the window: reprint the latest, preview one before printing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checkin.domain.model import Registration
from checkin.ui.badge_preview import open_preview

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def reprint(window: MainWindow) -> None:
    """Ctrl+P: print the badge of the person on the card again."""
    if window.current and window.current.registration:
        reprint_code(window, window.current.registration.code)


def reprint_code(window: MainWindow, code: str) -> None:
    """Print the badge of the person with this ticket code (as the desk has them now; logged)."""
    window.with_desk(lambda desk: desk.reprint_badge(code), window.print_person)


def preview(window: MainWindow) -> None:
    """Preview the badge of the person picked in search, else of the result on the card."""
    if window.person.isVisible() and window.person.code:
        preview_code(window, window.person.code)
    elif window.current and window.current.registration:
        _preview(window, window.current.registration)


def preview_code(window: MainWindow, code: str) -> None:
    window.with_desk(lambda desk: desk.registration(code), lambda person: _preview(window, person))


def _preview(window: MainWindow, person: Registration | None) -> None:
    """Render off the GUI thread (the badge desk does), then show it beside the desk."""
    if window.preview_badge is None or person is None:
        return

    def show(png: bytes) -> None:
        window.badge_preview = open_preview(png, window, lambda: window.print_person(person))

    window.preview_badge(person, show)
