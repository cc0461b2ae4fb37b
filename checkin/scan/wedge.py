"""Telling a USB handheld scanner (a keyboard "wedge") from a person typing.

A scanner types a whole code in a burst, a few milliseconds per key, and ends with Enter; a
person types ten times slower. The window feeds every key press here, wherever the focus is,
and gets the code back when a burst ends in Enter. Qt-free: timing only.
"""

from __future__ import annotations

MAX_GAP = 0.035  # seconds between keys; scanners measured at 2-15 ms, fast typists ~80 ms
MIN_LENGTH = 4
ENTER = ("\r", "\n")


class KeystrokeBurst:
    """Collects fast keystrokes; returns the code when a fast burst ends in Enter."""

    def __init__(self, max_gap: float = MAX_GAP, min_length: int = MIN_LENGTH) -> None:
        self.max_gap = max_gap
        self.min_length = min_length
        self._chars: list[str] = []
        self._last: float | None = None
        self._slow = False

    def feed(self, text: str, at: float) -> str | None:
        """Feed one key press (its text; Enter as a carriage return); return a code or None."""
        gap_ok = self._last is None or at - self._last <= self.max_gap
        self._last = at
        if text in ENTER:
            code = "".join(self._chars)
            burst = gap_ok and not self._slow and len(code) >= self.min_length
            self.reset()
            return code if burst else None
        if not gap_ok:
            self._chars, self._slow = [], False
        if len(text) != 1 or not text.isprintable():
            self._slow = True  # arrows, modifiers: a person at the keyboard
            return None
        self._chars.append(text)
        return None

    @property
    def pending(self) -> str:
        """The characters of the burst so far (the window hides them from a text field)."""
        return "".join(self._chars)

    def reset(self) -> None:
        self._chars, self._last, self._slow = [], None, False
