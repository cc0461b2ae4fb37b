"""A distinct sound per outcome, and silence where there is no audio device.

Qt Multimedia is loaded by `Sounds.load`, which the desk calls once its window is on screen:
loading it probes the audio system, which is not worth delaying the first screen for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from checkin.ui.assets import asset

OUTCOMES = ("ok", "duplicate", "rejected")


class Sounds(QObject):
    """Plays ok / duplicate / rejected; remembers what it was asked to play."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last_requested: str | None = None
        self._effects: dict[str, Any] = {}  # outcome -> QSoundEffect

    def load(self) -> None:
        """Load the three sounds (on the GUI thread, once Qt's messages go to the log)."""
        if self._effects:
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # pragma: no cover - QtMultimedia ships in pyside6-addons
            return
        if QMediaDevices.audioOutputs():
            for name in OUTCOMES:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(asset("sounds", f"{name}.wav"))))
                self._effects[name] = effect

    @property
    def audible(self) -> bool:
        """Whether an audio device is there to play on."""
        return bool(self._effects)

    def play(self, outcome: str) -> None:
        self.last_requested = outcome
        effect = self._effects.get(outcome)
        if self.enabled and effect is not None:
            effect.play()


def sound_file(outcome: str) -> Path:
    return asset("sounds", f"{outcome}.wav")
