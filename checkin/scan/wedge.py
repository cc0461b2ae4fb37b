"""Telling a USB handheld scanner (a keyboard "wedge") from a person typing.

A scanner types a whole code in a burst, a few milliseconds per key, and ends with Enter; a
person types ten times slower. `BurstReader` is fed every key press that reaches the desk,
with the time the window system stamped on it, and holds printable keys back while they could
still be part of a burst: when the burst ends in Enter it returns the code and the held keys are
dropped (nothing is typed anywhere); when it turns out to be a person (a slow key, another key,
a pause) it releases the held keys, in order, to be typed where they were going.

Qt-free: timing only. The items held are opaque to it (the window keeps key events in them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

MAX_GAP = 0.050  # seconds between keys; scanners measured at 2-15 ms, fast typists ~80 ms
MIN_LENGTH = 4
ENTER = ("\r", "\n")

T = TypeVar("T")


@dataclass(frozen=True)
class Step(Generic[T]):
    """What to do with one key press.

    Attributes:
        taken: the key was kept (held, or the Enter that ended a burst): do not deliver it.
        release: held keys to deliver now, in order, before the key itself when not taken.
        code: the code a burst spelt, when this key was the Enter that ended it.
    """

    taken: bool
    release: tuple[T, ...] = ()
    code: str | None = None


@dataclass
class BurstReader(Generic[T]):
    """Holds fast printable keys; returns the code when a fast burst ends in Enter."""

    max_gap: float = MAX_GAP
    min_length: int = MIN_LENGTH
    _chars: list[str] = field(default_factory=list)
    _items: list[T] = field(default_factory=list)
    _last: float | None = None

    def press(self, text: str, at: float, item: T) -> Step[T]:
        """Feed one key press.

        Args:
            text: the key's text: one printable character, a carriage return for Enter, "" for any
                other key (arrows, Tab, Backspace, a key with Ctrl or Alt).
            at: when it was pressed, in seconds (the window system's time stamp).
            item: what to hand back if the key is released later (the key event).

        Returns:
            The `Step` saying whether the key was taken and what to release.
        """
        fast = self._last is not None and at - self._last <= self.max_gap
        if text in ENTER:
            if fast and len(self._chars) >= self.min_length:
                code = "".join(self._chars)
                self._forget()
                return Step(True, (), code)
            return Step(False, self.release())
        if len(text) != 1 or not text.isprintable():
            return Step(False, self.release())
        released = () if fast else self.release()
        self._chars.append(text)
        self._items.append(item)
        self._last = at
        return Step(True, released)

    def ends_burst(self, at: float | None) -> bool:
        """Tell whether an Enter pressed at ``at`` (seconds) would end a burst (and spell a code).

        None when the time is not known: then only whether enough keys are held (they are held
        only while they come fast). `press` is not changed by asking.
        """
        fast = at is None or (self._last is not None and at - self._last <= self.max_gap)
        return fast and len(self._chars) >= self.min_length

    def release(self) -> tuple[T, ...]:
        """Give back every held key (a pause ended the burst, or focus moved); forget them."""
        items = tuple(self._items)
        self._forget()
        return items

    @property
    def pending(self) -> str:
        """The characters held so far."""
        return "".join(self._chars)

    def _forget(self) -> None:
        self._chars, self._items, self._last = [], [], None
