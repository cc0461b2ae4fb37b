"""Kiosk mode: full screen self-service, nothing but scanning; leaving it takes the PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def toggle(window: MainWindow) -> None:
    """F11: into kiosk mode at once; out of it with the admin PIN."""
    if window.kiosk and not window.ask_admin():
        return
    window.kiosk = not window.kiosk
    window.card.public = window.kiosk  # notes are for staff, not for the public screen
    if window.kiosk:
        window.confirm_note()  # no note stays on the public screen, nor holds the queue
        window.problem.hide()  # a settings file's path is the desk's business, not the public's
    window.side.setVisible(not window.kiosk)
    window.menuBar().setVisible(not window.kiosk)
    window.setup.setVisible(not window.kiosk and bool(window.setup.text.text()))
    window.menus.lock(window.kiosk)
    if window.kiosk:
        window.normal_geometry = window.geometry()
        window.showFullScreen()
        window.setGeometry(window.screen().geometry())  # also where no window manager does it
    else:
        window.showNormal()
        window.setGeometry(window.normal_geometry)
