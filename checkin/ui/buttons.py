"""Standard buttons named in the desk's language (Qt ships no bokmål catalogue of its own).

Every standard button the desk shows (a dialog's OK/Cancel, a message box's OK/Cancel/Close)
gets its text here: a `QMessageBox` or `QDialogButtonBox` built anywhere in the window goes
through `name_buttons`, so no English "Cancel" is left in a Norwegian box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

Button = QDialogButtonBox.StandardButton


def button_names() -> dict[int, str]:
    """The standard buttons' texts in the desk's language, by the button's value."""
    translate = QCoreApplication.translate
    return {
        Button.Ok.value: translate("Buttons", "OK"),
        Button.Cancel.value: translate("Buttons", "Cancel"),
        Button.Close.value: translate("Buttons", "Close"),
        Button.Yes.value: translate("Buttons", "Yes"),
        Button.No.value: translate("Buttons", "No"),
    }


def name_buttons(box: QMessageBox | QDialogButtonBox) -> None:
    """Give the box's standard buttons their texts in the desk's language."""
    names = button_names()
    for button in box.buttons():
        text = names.get(box.standardButton(button).value)
        if text is not None:
            button.setText(text)


def dialog_buttons(*kinds: Button) -> QDialogButtonBox:
    """A button box whose standard buttons carry our translations (default OK and Cancel)."""
    box = QDialogButtonBox()
    for kind in kinds or (Button.Ok, Button.Cancel):
        box.addButton(kind)
    name_buttons(box)
    return box


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A message box with a translated OK button (add more with `name_buttons` after)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    name_buttons(box)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning with a translated OK button and wait for it (`QMessageBox.warning`)."""
    message_box(QMessageBox.Icon.Warning, title, text, parent).exec()
