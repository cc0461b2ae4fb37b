"""Firing a code once while it stays in view, and again after it has left and come back.

A phone held to the camera is seen in thirty frames a second, with a few frames missed now
and then (glare, motion). A code fires the first time it is seen; it fires again only after
it has been out of view for ``absent_after`` seconds.
"""

from __future__ import annotations

from collections.abc import Iterable

DEFAULT_ABSENT_AFTER = 0.8


class Debouncer:
    """Remembers when each code was last seen and says which ones are new."""

    def __init__(self, absent_after: float = DEFAULT_ABSENT_AFTER) -> None:
        self.absent_after = absent_after
        self._last_seen: dict[str, float] = {}

    def feed(self, texts: Iterable[str], now: float) -> list[str]:
        """Return the codes in this frame that should fire, in the order seen."""
        fresh = []
        for text in dict.fromkeys(texts):
            last = self._last_seen.get(text)
            if last is None or now - last > self.absent_after:
                fresh.append(text)
            self._last_seen[text] = now
        self._forget(now)
        return fresh

    def _forget(self, now: float) -> None:
        if len(self._last_seen) > 64:
            horizon = now - self.absent_after
            self._last_seen = {t: at for t, at in self._last_seen.items() if at >= horizon}
