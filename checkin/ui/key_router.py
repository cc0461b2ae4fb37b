"""One route for keys: a handheld scanner's burst is read once, where the desk has the focus.

The router is an application-wide event filter that looks at a key press only as it is
delivered to a window (a `QWindow`): the window system hands each key press to exactly one
window, and Qt then passes the same event on to the focus widget (and its parents); the router
never looks at those later deliveries, so a key cannot be counted twice. Keys sent straight
to a widget (the router's own replays) never pass a window, so they are not read again.

Where the keys go decides what is done with them (one rule, in `KeyRouter.mode`):

- the main window, with the focus on its search box or on anything that is not a text field:
  printable keys are held back for a moment (`checkin.scan.wedge.BurstReader`); a burst that
  ends in Enter is a ticket (``scanned``), and nothing is typed; anything else is typed into
  the search box (which takes the focus), so typing on the window always searches;
- any other window of the desk's: its dialogs (settings, set-up, walk-in, correction, import,
  a message box) and its other top-level windows (the attendance dashboard, a badge preview),
  the focus in a text field or not: the same reading; a ticket read in a modal dialog is held
  by the window (shown as waiting) and checked in when the dialog is closed, one read in a
  non-modal window (the dashboard, a notice) is checked in at once, the desk window showing
  the card; a burst is never typed into that window, and its Enter never presses a default
  button; a person's typing is typed as it would have been;
- a password field (the admin PIN, a new PIN in settings or set-up), and a PIN box (a dialog
  whose only text fields are password fields, whatever has the focus in it): the keys go to
  the field untouched and are never read, so a PIN typed fast is never a scan, never shown,
  logged or stored. A scan into a PIN box is taken as a wrong PIN (and said so); it is lost,
  which is the price of never reading a secret;
- a menu or a list that dropped down (the File menu, the day picker's list): the same reading;
  a burst closes it and is checked in at once, so its Enter never runs the highlighted item
  (Quit, a tick box, a language); a person's keys go to it as they would have (a letter
  after the reading's short wait);
- a file dialog (a file name typed or pasted fast is not a ticket) and another program's
  window: the keys go through untouched.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from checkin.scan.wedge import BurstReader

RELEASE_MS = 120  # a pause this long (wall time) ends a burst that never saw its Enter
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MODIFIER_KEYS = (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
)  # fmt: skip
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class Mode(enum.Enum):
    """What the router does with the keys going to one place."""

    DESK = "desk"  # read bursts as tickets
    DIALOG = "dialog"  # another window of the desk's: read bursts, never typed into it
    POPUP = "popup"  # a menu or a list that dropped down: read bursts, which close it
    PASS = "pass"  # never read: password fields, PIN boxes, file dialogs, other windows


@dataclass(frozen=True)
class HeldKey:
    """A key press held back, and where it was going."""

    target: QObject | None
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def is_text_field(widget: QWidget) -> bool:
    """Whether typing into the widget edits text."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)


def is_secret(widget: QWidget) -> bool:
    """Whether the widget is a password field: its keys are never read."""
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def asks_secret(top: QWidget) -> bool:
    """Whether a window is a PIN box: it has text fields, and every one is a password field."""
    fields = [field for field in top.findChildren(QWidget) if is_text_field(field)]
    return bool(fields) and all(is_secret(field) for field in fields)


def key_text(event: QKeyEvent) -> str | None:
    """The key as the reader sees it: a character, a carriage return for Enter, "" for another key.

    None for a bare modifier (Shift before a capital letter), which the reader skips.
    """
    if event.key() in MODIFIER_KEYS:
        return None
    if event.isAutoRepeat() or event.modifiers() & COMMAND_MODIFIERS:
        return ""
    if event.key() in ENTER_KEYS:
        return "\r"
    return event.text()


def focus_of(window: QWindow | None) -> QWidget | None:
    """The widget a key delivered to ``window`` goes to.

    The application's focus widget when one of its windows is active; else (no window manager
    made any active) the focus widget of the window the key was delivered to, which Qt types into.
    """
    focus = QApplication.focusWidget() or QApplication.activeWindow()
    if focus is not None or window is None:
        return focus
    top = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None)
    if top is None:
        return None
    inner: QWidget | None = top.focusWidget()
    return top if inner is None else inner


def close_popups() -> None:
    """Close every menu and dropped-down list (a scanner's burst went to one)."""
    for _ in range(16):  # a submenu over its menu over the menu bar: each in turn
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()


def activate_later(dialog: QWidget) -> None:
    """Make the dialog (or another top-level window) active once it is on screen, if it is."""

    def activate() -> None:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.activateWindow()

    QTimer.singleShot(0, activate)


class KeyRouter(QObject):
    """Reads handheld-scanner bursts going to any window of the desk's, once each."""

    scanned = Signal(str)

    def __init__(self, window: QWidget, desk_field: QWidget) -> None:
        super().__init__(window)
        self.window, self.desk_field = window, desk_field
        self.reader: BurstReader[HeldKey] = BurstReader()
        self.on_enter: Callable[[], bool] = lambda: False  # a plain Enter in the main window
        self._timer = QTimer(self, singleShot=True, interval=RELEASE_MS)
        self._timer.timeout.connect(self._pause)
        self._pausing = False

    def mode(self, window: QWindow | None = None) -> Mode:
        """Where the key being delivered (to ``window``) is going, and so what to do with it.

        (Not ``QWindow.focusObject()``: in PySide6 6.11 the wrapper it returns takes ownership,
        and a menu asked that way is deleted when the wrapper goes.)
        """
        if QApplication.activePopupWidget() is not None:  # a menu or a list that dropped down
            return Mode.POPUP
        focus = focus_of(window)
        if focus is None:
            return Mode.PASS
        top = focus.window()
        if is_secret(focus) or asks_secret(top):
            return Mode.PASS
        if top is self.window:
            desk = focus is self.desk_field or not is_text_field(focus)
            return Mode.DESK if desk else Mode.PASS
        if isinstance(top, QFileDialog):
            return Mode.PASS
        return Mode.DIALOG  # the desk's dialogs and its other windows (the dashboard)

    def activate(self) -> None:
        """Give the keyboard back to the desk: its window in front and active, the cursor in search.

        At start and after each of its dialogs or other windows closes: with no window manager
        (a bare-X kiosk), or one that does not give the focus back, nobody else does, and the
        desk's shortcuts need an active window. A closed window Qt still counts as active (the
        dashboard, just closed) does not hold the keyboard. A dialog still open (one message box
        closed over another) gets it instead; one that was given the keyboard meanwhile keeps it.
        """
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            modal.activateWindow()
            return
        active = QApplication.activeWindow()
        elsewhere = active is not None and active is not self.window and active.isVisible()
        if not self.window.isVisible() or elsewhere:
            return  # another of the desk's windows has been given the keyboard meanwhile
        if any(self._dialog_open(top) for top in QApplication.topLevelWidgets()):
            return
        self.window.raise_()
        self.window.activateWindow()
        focus: QWidget | None = self.window.focusWidget()
        if focus is None or not focus.isVisible() or focus is self.desk_field:
            self.desk_field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _dialog_open(self, top: QWidget) -> bool:
        """Whether a window of the desk's other than its main window is on screen.

        A non-modal message box (the sync's notices) does not count: the desk works beside it.
        """
        if top is self.window or not top.isVisible() or not isinstance(top, QDialog):
            return False
        return top.isModal() or not isinstance(top, QMessageBox)

    def _dialog_shown(self, dialog: QDialog, shown: bool) -> None:
        """A modal dialog takes the keyboard when it opens; the desk takes it back when it closes.

        (A non-modal box, the sync's notices, is left alone: the desk goes on scanning.)
        """
        if not dialog.isWindow() or not dialog.isModal():
            return
        if shown:
            activate_later(dialog)
        else:
            QTimer.singleShot(0, self.activate)  # once it is gone

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QDialog):
            self._dialog_shown(watched, event.type() == QEvent.Type.Show)
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            return self._before_shortcut(event)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        text = key_text(event)
        if text is None:
            return False
        mode = self.mode(watched)
        if mode is Mode.PASS:
            self._deliver(self.reader.release())
            return False
        return self._read(event, text, mode, watched)

    def _before_shortcut(self, event: QEvent) -> bool:
        """A key that may be a shortcut (F2, Esc, Ctrl+N): type what is held before it acts.

        The Enter that ends a burst into a dropped-down list is kept from the list: a combo
        box's list picks its highlighted item on this event, before the key press (the day
        picker would switch days); the key press then checks the ticket in. True: filtered.
        """
        assert isinstance(event, QKeyEvent)
        text = key_text(event)
        if text == "\r":
            stamp = event.timestamp()
            return self.mode() is Mode.POPUP and self.reader.ends_burst(
                stamp / 1000 if stamp else None
            )
        if text is not None and not (len(text) == 1 and text.isprintable()):
            self.flush()
        return False

    def _read(self, event: QKeyEvent, text: str, mode: Mode, window: QWindow) -> bool:
        stamp = event.timestamp()
        at = stamp / 1000 if stamp else time.monotonic()
        target = self._target(mode, text, focus_of(window))
        held = HeldKey(target, event.key(), event.modifiers(), event.text())
        step = self.reader.press(text, at, held)
        self._deliver(step.release)
        if step.code is not None:
            self._timer.stop()
            if mode is Mode.POPUP:
                close_popups()
            self.scanned.emit(step.code)
            return True
        if step.taken:
            self._timer.start()
            return True
        return text == "\r" and mode is Mode.DESK and self.on_enter()

    def _target(self, mode: Mode, text: str, focus: QWidget | None) -> QObject | None:
        """Where a held key is typed if it is no scan: a character typed on the window searches."""
        typed = len(text) == 1 and text.isprintable() and not text.isspace()
        if mode is Mode.POPUP:
            return QApplication.activePopupWidget()
        if mode is Mode.DESK and typed and (focus is None or not is_text_field(focus)):
            return self.desk_field
        return focus

    def _pause(self) -> None:
        """No key for a while: type what was held, unless more keys were only waiting."""
        if self._pausing:
            return
        self._pausing = True
        held = self.reader.pending
        try:  # keys already queued behind a busy moment belong to the same burst
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        finally:
            self._pausing = False
        if self.reader.pending != held:
            if not self._timer.isActive():
                self._timer.start()
            return
        self._deliver(self.reader.release())

    def flush(self) -> None:
        """Type whatever is held now (before focus moves on purpose)."""
        self._timer.stop()
        self._deliver(self.reader.release())

    def _deliver(self, keys: tuple[HeldKey, ...]) -> None:
        for held in keys:
            if held.target is None or not shiboken6.isValid(held.target):
                continue
            if held.target is self.desk_field and not self.desk_field.hasFocus():
                self.desk_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            replay = QKeyEvent(QEvent.Type.KeyPress, held.key, held.modifiers, held.text)
            QCoreApplication.sendEvent(held.target, replay)
