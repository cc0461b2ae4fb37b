"""The admin PIN: asked in a dialog that stays responsive while the slow hash is checked.

A PIN is kept as PBKDF2 with 600,000 iterations (`checkin.secrets_pin`), about 0.3 s of one
core per check. The check runs on an I/O thread; the dialog shows "Checking…" meanwhile, and a
wrong PIN keeps the dialog open with a word of why, so the volunteer can type it again. Making
the hash of a new PIN runs off the GUI thread the same way. The box never reads its keys as a
scan (`checkin.ui.key_router`): a wrong try as long as a ticket code says to close the box and
scan again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from checkin.secrets_pin import Pin
from checkin.ui.buttons import dialog_buttons
from checkin.ui.look import set_colours
from checkin.ui.tasks import TaskRunner

SCAN_LENGTH = 8  # a try this long is more likely a ticket scanned into the box than a PIN


class PinDialog(QDialog):
    """Asks for the admin PIN; accepted only once the PIN checks out."""

    def __init__(self, pin: Pin, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin, self.runner = pin, runner
        self.setWindowTitle(self.tr("Admin PIN"))
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.verdict = QLabel()
        self.buttons = dialog_buttons()
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("PIN"), self.field)
        form.addRow(self.verdict)
        form.addRow(self.buttons)
        self._checking = False
        self.verdict.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)  # a sentence a line

    def _say(self, text: str) -> None:
        """Show the verdict whole: the box grows to the lines it wraps to (it was cut)."""
        self.verdict.setText(text)
        self.adjustSize()

    def _check(self) -> None:
        """OK or Enter: check the PIN off the GUI thread; the dialog keeps painting."""
        if self._checking:
            return
        self._checking = True
        set_colours(self.verdict, text="#3d4a5c")
        self._say(self.tr("Checking…"))
        self.field.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        typed, pin = self.field.text(), self.pin
        scanned = len(typed) >= SCAN_LENGTH  # as long as a ticket code: a scan, most likely
        self.runner.run_io(
            lambda: pin.matches(typed),
            lambda right: self._checked(right, scanned),
            lambda _: self._checked(False, scanned),
        )

    def _checked(self, right: bool, scanned: bool) -> None:
        self._checking = False
        if not self.isVisible():  # closed while the hash was being checked
            return
        if right:
            self.accept()
            return
        self.field.setEnabled(True)
        self.field.clear()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        set_colours(self.verdict, text="#b3261e")
        if scanned:
            self._say(self.tr(
                "Wrong PIN. A ticket scanned while this box is open is not read: close the "
                "box, then scan the ticket again."))  # fmt: skip
            return
        self._say(self.tr("Wrong PIN. Try again."))


def ask_pin(parent: QWidget, pin: Pin, runner: TaskRunner) -> bool:
    """Ask for the admin PIN; true when it is right (or none is set), false on Cancel."""
    if not pin.is_set:
        return True
    return bool(PinDialog(pin, runner, parent).exec())


def make_pin(
    runner: TaskRunner,
    text: str,
    then: Callable[[Pin], object],
    after: Callable[[], object] = lambda: None,
) -> None:
    """Hash a new PIN off the GUI thread (about 0.3 s) and hand it to ``then``.

    ``after`` is called once ``then`` has run, or the hashing failed (then the error goes to
    the runner's ``on_error``): what waited for the new PIN goes on either way.
    """

    def done(pin: Pin) -> None:
        try:
            then(pin)
        finally:
            after()

    def failed(error: BaseException) -> None:
        after()
        runner.on_error(error)

    runner.run_io(lambda: Pin(text), done, failed)
