"""The settings dialog, generated from `checkin.config.FIELDS` (behind the admin PIN)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from checkin.config import FIELDS, Settings
from checkin.ui.buttons import dialog_buttons
from checkin.ui.dialogs import Pin


class SettingsDialog(QDialog):
    """One row per declared setting, and a field to set a new admin PIN."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        offers: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for spec in FIELDS:
            editor = self._editor(spec.metadata, getattr(settings, spec.name))
            help_text = spec.metadata.get("help", "")
            editor.setToolTip(
                QCoreApplication.translate("Settings", help_text) if help_text else ""
            )
            self.editors[spec.name] = editor
            label = spec.metadata.get("label", spec.name)
            form.addRow(QCoreApplication.translate("Settings", label), editor)
        self.new_pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("leave empty to keep the PIN"))
        form.addRow(self.tr("New admin PIN"), self.new_pin)
        buttons = dialog_buttons()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for name, values in (offers or {}).items():
            self.offer(name, values)

    @staticmethod
    def _editor(metadata: Any, value: Any) -> QWidget:
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            return box
        if metadata.get("offered"):  # a list the app fills in, and free text
            offered = QComboBox(editable=True)
            offered.addItem(str(value))
            return offered
        if metadata.get("choices"):
            combo = QComboBox()
            for code, name in metadata["choices"].items():  # shown by name, kept as code
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        return QLineEdit(str(value))

    def offer(self, name: str, values: list[str]) -> None:
        """Add choices to a setting's list (printers arrive later from their own thread)."""
        combo = self.editors.get(name)
        if isinstance(combo, QComboBox):
            known = {combo.itemText(index) for index in range(combo.count())}
            combo.addItems([value for value in values if value not in known])

    def result_settings(self) -> Settings:
        """The settings as edited (call after the dialog was accepted)."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QComboBox) and editor.isEditable():
                values[name] = editor.currentText().strip()
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip()
        if self.new_pin.text():
            pin = Pin(self.new_pin.text())
            values["pin_hash"], values["pin_salt"] = pin.digest.hex(), pin.salt.hex()
        return replace(self.settings, **values)
