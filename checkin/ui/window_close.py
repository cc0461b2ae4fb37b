"""How the desk window ends: File → Quit (Ctrl+Q) and the title bar's × take this one path.

Closing the desk window ends the desk: the program quits when its last window closes, and the
desk app then stops in order (`checkin.ui.app.DeskApp.stop`: the check-in being written is
finished, the scanner, the print queue and the sync worker stop, the event file is closed).
The attendance dashboard, a window of its own, closes with it (left open, it would keep the
program running with no desk). Refused in kiosk mode (self-service: leaving kiosk mode takes
the admin PIN first). The volunteer's Quit and × are also refused while check-ins wait in the
strip above the card (a note to confirm): closing then would drop scans the attendees saw
taken; that strip says so until they are done (`checkin.ui.banners.WaitingLine.refuse_quit`).
A close the program is asked for from outside the window (Ctrl+C in its terminal, the session
ending) is held for neither: the organiser at the terminal, or the computer shutting down,
ends a kiosk too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


def quit_desk(window: MainWindow) -> None:
    """File → Quit (Ctrl+Q): close the desk window, unless check-ins wait (then say so)."""
    if not window.kiosk and not held_back(window):
        window.close()


def held_back(window: MainWindow) -> bool:
    """Tell whether check-ins wait above the card, and say so in their strip."""
    if window.flow.queue:
        window.waiting.refuse_quit()
        return True
    return False


def may_close(window: MainWindow, by_volunteer: bool) -> bool:
    """Tell whether the desk window may close now; if so, stop what runs in it first.

    ``by_volunteer``: the title bar's × (a close from the window system) is refused in kiosk
    mode and held while check-ins wait, as Quit is (`quit_desk`). Then held scanner keys are
    typed, the key router leaves the application, the window's timers stop (nothing of a
    closed window runs later) and the dashboard closes.
    """
    if by_volunteer and (window.kiosk or held_back(window)):
        return False
    window.keys.flush()
    app = QCoreApplication.instance()
    if app is not None:
        app.removeEventFilter(window.keys)
    for timer in window.findChildren(QTimer):
        timer.stop()
    board = getattr(window, "_dashboard", None)  # `checkin.ui.dashboard.open_dashboard`
    if board is not None:
        board.close()
    return True
