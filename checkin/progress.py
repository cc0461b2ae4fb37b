"""The progress-and-cancel object every long task takes (terminal bar, dialog, or nothing)."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Told how far a long task has come; asked whether the user gave up on it."""

    def set(self, fraction: float, text: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NoProgress:
    """A progress sink that shows nothing and is never cancelled."""

    def set(self, fraction: float, text: str = "") -> None:
        """Ignore the report."""

    def cancelled(self) -> bool:
        return False
