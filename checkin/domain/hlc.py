"""Hybrid logical clocks: timestamps that order edits by causality first and wall time second.

A timestamp is (wall milliseconds, counter, node). `tick` stamps a local edit; `receive` folds
in a timestamp seen from elsewhere (a pulled entry, the hub's answer), so the next local edit
is later than everything this desk has seen, whatever its own clock says. That is what keeps a
desk with a wrong clock from winning forever: an edit made after seeing its change wins over
it. Source: Kulkarni, Demirbas et al., "Logical Physical Clocks and Consistent Snapshots in
Globally Distributed Databases" (2014), algorithm 2. Pure functions, no I/O.

The text form ``"{wall:015d}-{counter:06d}-{node}"`` sorts as the timestamps do, so a database
can compare and index it as plain text.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_WALL_MS = 10**WALL_DIGITS - 1
MAX_COUNTER = 10**COUNTER_DIGITS - 1


class HlcError(ValueError):
    """A timestamp that cannot be read, or a clock that cannot move on."""


@dataclass(frozen=True, order=True)
class Timestamp:
    """One hybrid-logical-clock reading.

    Attributes:
        wall: milliseconds since 1970-01-01 UTC, the largest physical time seen.
        counter: how many events happened at that ``wall`` before this one (0..999,999).
        node: who made it (a desk's name); breaks ties so the order is total.
    """

    wall: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall <= MAX_WALL_MS:
            raise HlcError(f"wall time {self.wall} ms is outside 0..{MAX_WALL_MS}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise HlcError(f"counter {self.counter} is outside 0..{MAX_COUNTER}")

    def encode(self) -> str:
        """Return the sortable text form, e.g. ``"001764460800123-000002-desk-1"``."""
        return f"{self.wall:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        """Read the text form back; raises HlcError naming what is wrong."""
        wall, sep1, rest = text.partition("-")
        counter, sep2, node = rest.partition("-")
        if not (sep1 and sep2) or len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS:
            raise HlcError(
                f"'{text[:60]}' is not a clock reading like 001764460800123-000002-desk-1"
            )
        if not (wall.isdigit() and counter.isdigit() and wall.isascii() and counter.isascii()):
            raise HlcError(f"'{text[:60]}': wall time and counter must be digits")
        return cls(int(wall), int(counter), node)


def tick(last: Timestamp | None, physical_ms: int, node: str) -> Timestamp:
    """Stamp a local event (an edit made here, or a message sent).

    Args:
        last: the latest timestamp this node made or received, or None at the start.
        physical_ms: the node's clock now, in milliseconds since the epoch (may be wrong).
        node: this node's name.

    Returns:
        A timestamp later than ``last`` whose wall part is never behind ``physical_ms``.

    Raises:
        HlcError: when the counter would overflow (a million events in one millisecond).
    """
    if last is None or physical_ms > last.wall:
        return Timestamp(physical_ms, 0, node)
    return Timestamp(last.wall, _next(last.counter), node)


def receive(last: Timestamp | None, remote: Timestamp, physical_ms: int, node: str) -> Timestamp:
    """Fold in a timestamp received from elsewhere; the result is later than both.

    Args:
        last: the latest timestamp this node made or received, or None.
        remote: the timestamp that arrived (a pulled entry's, the hub's).
        physical_ms: the node's clock now, in milliseconds since the epoch.
        node: this node's name.

    Returns:
        A timestamp later than ``last`` and ``remote``, with the wall part
        ``max(physical_ms, last.wall, remote.wall)``.
    """
    if last is None:
        last = Timestamp(0, 0, node)
    wall = max(physical_ms, last.wall, remote.wall)
    if wall == last.wall == remote.wall:
        counter = _next(max(last.counter, remote.counter))
    elif wall == last.wall:
        counter = _next(last.counter)
    elif wall == remote.wall:
        counter = _next(remote.counter)
    else:
        counter = 0
    return Timestamp(wall, counter, node)


def skew_ms(remote: Timestamp, physical_ms: int) -> int:
    """Return how far a remote reading runs ahead of this clock (negative: behind), in ms."""
    return remote.wall - physical_ms


def system_ms() -> int:
    """Return the computer's clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


def _next(counter: int) -> int:
    if counter >= MAX_COUNTER:
        raise HlcError("the clock's counter overflowed: over a million events in one millisecond")
    return counter + 1


class HybridClock:
    """A node's clock: remembers the last timestamp and reads physical time from a callable."""

    def __init__(
        self,
        node: str,
        physical_ms: Callable[[], int] | None = None,
        last: Timestamp | None = None,
    ) -> None:
        self.node = node
        self._physical_ms = physical_ms or system_ms
        self.last = last

    def now(self) -> Timestamp:
        """Stamp a local event."""
        self.last = tick(self.last, self._physical_ms(), self.node)
        return self.last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Fold in a received timestamp."""
        self.last = receive(self.last, remote, self._physical_ms(), self.node)
        return self.last
