"""OK/Cancel buttons named in the desk's language (Qt ships no bokmål catalogue of its own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

Button = QDialogButtonBox.StandardButton


def dialog_buttons(*kinds: Button) -> QDialogButtonBox:
    """A button box whose standard buttons carry our translations (default OK and Cancel)."""
    translate = QCoreApplication.translate
    names = {
        Button.Ok: translate("Buttons", "OK"),
        Button.Cancel: translate("Buttons", "Cancel"),
        Button.Close: translate("Buttons", "Close"),
    }
    box = QDialogButtonBox()
    for kind in kinds or (Button.Ok, Button.Cancel):
        button = box.addButton(kind)
        if kind in names:
            button.setText(names[kind])
    return box
