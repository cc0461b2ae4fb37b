"""Where the dashboard's keyboard goes: into the missing-list filter, never into a setting.

An organiser opens the dashboard (Ctrl+Shift+D) and types a name to see whether that person
is still missing. Qt puts the keyboard in the first widget of the tab order (the "Dag" box),
and a non-editable combo box chooses the item starting with each typed letter, so "aksel berg"
turned the day into "alle dager" (acceptance-5 F-3). The filter takes the keyboard on open,
and the setting boxes choose only on purpose (arrows, the list, the mouse), as the desk's
own `checkin.ui.desk_layout.DayPicker` does.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from checkin.ui.dashboard_parts import close_keys


class SettingBox(QComboBox):
    """A combo box a typed letter never changes (arrows and the list still choose)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text.isprintable() and not text.isspace():
            event.ignore()  # a letter of a name meant for the filter: choose nothing
            return
        super().keyPressEvent(event)


def dashboard_keys(dashboard: QWidget, search: QLineEdit) -> None:
    """Put the keyboard in ``search`` when the dashboard opens; Ctrl+W and Esc close it."""
    close_keys(dashboard, search)
    search.setFocus()  # taken when the window is shown and becomes active
