"""The settings dialog, generated from `checkin.config.FIELDS` (behind the admin PIN).

Printer, badge template and camera are choices, each shown in words and kept as the value the
desk needs: "The system's default printer" is kept as "", "90 x 55 mm badge" as "90x55",
"No camera" as "none". Printers and templates are found off the GUI thread and offered when
they are known (`offer`).
"""

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

from checkin.config import FIELDS, QT_TRANSLATE_NOOP, Settings
from checkin.domain.collation import sort_key
from checkin.ui.buttons import dialog_buttons
from checkin.ui.combo_data import choose, index_of

Choice = tuple[str, str]  # shown, kept
OFFERED = ("printer", "template", "camera")
NO_CAMERA = "none"
TEMPLATE_NAMES: dict[str, str] = {  # the templates that come with the desk, by what they are
    "90x55": QT_TRANSLATE_NOOP("Templates", "90 x 55 mm badge (default)"),
    "a4-10up": QT_TRANSLATE_NOOP("Templates", "A4 sheet of 10 badges of 90 x 55 mm"),
    "a6": QT_TRANSLATE_NOOP("Templates", "A6 portrait, 105 x 148 mm"),
    "a7": QT_TRANSLATE_NOOP("Templates", "A7 portrait, 74 x 105 mm"),
    "cr80": QT_TRANSLATE_NOOP("Templates", "86 x 54 mm card (CR80, card printers)"),
    "label62": QT_TRANSLATE_NOOP("Templates", "62 mm label roll, 62 x 100 mm"),
}


def template_choices(names: list[str]) -> list[Choice]:
    """Templates by what they are; one not known here is shown by its file name."""
    translate = QCoreApplication.translate
    return [(translate("Templates", TEMPLATE_NAMES[n]) if n in TEMPLATE_NAMES else n, n)
            for n in names]  # fmt: skip


def printer_choices(names: list[str]) -> list[Choice]:
    """Printers in Norwegian order, after the system's default."""
    default = QCoreApplication.translate("SettingsDialog", "The system's default printer")
    return [(default, ""), *((name, name) for name in sorted(names, key=sort_key))]


def camera_choices(names: dict[int, str]) -> list[Choice]:
    """No camera (a handheld scanner and search), then each camera by number and name."""
    translate = QCoreApplication.translate
    none = translate("SettingsDialog", "No camera: handheld scanner and search")
    each = translate("SettingsDialog", "Camera {number}")
    return [(none, NO_CAMERA)] + [
        (" – ".join(p for p in (each.format(number=i + 1), name) if p), str(i))
        for i, name in sorted(names.items())
    ]


def cameras() -> dict[int, str]:
    """The cameras Qt knows of, by index, without opening them (nothing printed)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # pragma: no cover - only without the addons wheel
        return {}
    return {index: device.description() for index, device in enumerate(QMediaDevices.videoInputs())}


class SettingsDialog(QDialog):
    """One row per declared setting, and a field to set a new admin PIN."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        offers: dict[str, list[Choice]] | None = None,
        camera_in_use: bool = True,
    ) -> None:
        """``camera_in_use`` false: this run has no camera (--no-camera, or it failed)."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        translate = QCoreApplication.translate
        for spec in FIELDS:
            editor = self._editor(spec.name, spec.metadata, getattr(settings, spec.name))
            help_text = spec.metadata.get("help", "")
            editor.setToolTip(translate("Settings", help_text) if help_text else "")
            self.editors[spec.name] = editor
            label = spec.metadata.get("label", spec.name)
            form.addRow(translate("Settings", label), editor)
        self.new_pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("leave empty to keep the PIN"))
        form.addRow(self.tr("New admin PIN"), self.new_pin)
        buttons = dialog_buttons()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.offer("printer", printer_choices([]))
        self.offer("template", template_choices([settings.template]))  # the rest when read
        current = settings.camera
        if camera_in_use or current == NO_CAMERA:
            self.offer("camera", camera_choices({int(current): ""} if current.isdigit() else {}))
            self.offer("camera", camera_choices(cameras()))
        else:
            self._no_camera_this_run(current)
        for name, choices in (offers or {}).items():
            self.offer(name, choices)

    def _no_camera_this_run(self, kept: str) -> None:
        """Say that this run has no camera; the camera setting is kept as it is for the next."""
        combo = self.editors["camera"]
        assert isinstance(combo, QComboBox)
        combo.clear()
        combo.addItem(self.tr("No camera in this run (started without one)"), kept)
        combo.setEnabled(False)

    @staticmethod
    def _editor(name: str, metadata: Any, value: Any) -> QWidget:
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            return box
        if name in OFFERED:  # filled by offer(); the current value is kept even if not offered
            offered = QComboBox()
            offered.addItem(str(value), value)
            return offered
        if metadata.get("choices"):
            combo = QComboBox()
            for code, shown in metadata["choices"].items():  # shown by name, kept as code
                combo.addItem(shown, code)
            choose(combo, value)
            return combo
        return QLineEdit(str(value))

    def offer(self, name: str, choices: list[Choice]) -> None:
        """Add choices to a setting's list; a choice already there gets its name in words."""
        combo = self.editors.get(name)
        if not isinstance(combo, QComboBox):
            return
        current = combo.currentData()
        for shown, value in choices:
            index = index_of(combo, value)
            if index >= 0:
                combo.setItemText(index, shown)
            else:
                combo.addItem(shown, value)
        choose(combo, current)

    def result_settings(self) -> Settings:
        """The settings as edited (call after the dialog was accepted), the PIN as it was."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text().strip()
        return replace(self.settings, **values)  # a new PIN is hashed by the caller, off thread
