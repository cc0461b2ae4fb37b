"""Attendance as the reports read it: people, check-ins in force, timings; from a desk or a hub.

The event file (`checkin.store.attendance.load`) and the hub (`checkin.hub.report`) both hand
the reports one `Attendance` in these shapes, so every figure is counted by the same code
(`checkin.reports`). The rows are named tuples of plain values, not `Registration` and
`CheckIn` objects: building 100,000 of those costs a second, these a tenth of it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple

from checkin.domain.model import Event, Point


class Person(NamedTuple):
    """One registration, as far as reports and exports read it.

    ``valid_days`` are ISO dates (``()``: the ticket type's days, else every event day);
    ``status`` is ``valid`` or ``cancelled``; ``extra`` holds the imported columns by header
    (empty when the loader was asked for no extra columns).
    """

    code: str
    first_name: str
    last_name: str
    organisation: str
    email: str
    ticket_type: str
    category: str
    valid_days: tuple[str, ...]
    status: str
    order_code: str
    extra: Mapping[str, str]


class Entry(NamedTuple):
    """One check-in in force (no undo took it back).

    ``day`` is the event day as an ISO date; ``at`` the scan time in seconds since the Unix
    epoch (UTC); ``desk`` and ``point`` say where.
    """

    code: str
    day: str
    at: float
    desk: str
    point: str


class Timing(NamedTuple):
    """How long the desk took from seeing a code to the written result, where it was measured.

    ``ms`` is milliseconds from the moment the code was seen (the camera frame it was read in,
    or the handheld scanner's Enter) to the decision written (`checkin.desk.Desk.check_in`);
    ``at`` is the check-in's time (epoch seconds, UTC).
    """

    desk: str
    point: str
    at: float
    ms: float


@dataclass(frozen=True)
class Attendance:
    """Everything a report reads about one event, read in one go.

    Attributes:
        event: the event (name, days, time zone, day change).
        points: the check-in points by name (whom they admit, on which days).
        ticket_days: each ticket type's valid days (ISO dates; a type without days is left out).
        people: every registration, cancelled ones too.
        entries: the check-ins in force at every point, oldest first.
        aliases: the organiser's organisation aliases: an alias's key
            (`checkin.domain.organisations.org_key`) to the organisation as written.
        timings: scan-to-result times where the desk measured them (camera, handheld).
        badges: when each ticket's badges were queued (epoch seconds), oldest first.
        source: where the figures come from ("event file" or "hub"), for the reader.
    """

    event: Event
    points: Mapping[str, Point]
    ticket_days: Mapping[str, tuple[str, ...]]
    people: Sequence[Person]
    entries: Sequence[Entry]
    aliases: Mapping[str, str] = field(default_factory=dict)
    timings: Sequence[Timing] = ()
    badges: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    source: str = "event file"

    def point(self, name: str) -> Point:
        """Return a point by name (a point never configured admits everyone, every day)."""
        return self.points.get(name) or Point(name)

    def day_list(self) -> list[date]:
        """Return the event's days, in order."""
        return list(self.event.days)

    @cached_property
    def entry_points(self) -> frozenset[str]:
        """The check-in points the entries were made at (worked out once)."""
        return frozenset(map(itemgetter(4), self.entries))

    @cached_property
    def entry_days(self) -> frozenset[str]:
        """The days (ISO dates) the entries were made for (worked out once)."""
        return frozenset(map(itemgetter(1), self.entries))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a snapshot is read or counted.

    Reading 250,000 rows makes as many tuples, and the collector walks them again and again
    (0.3 s of a 2 s report); the rows hold no reference cycles, so nothing is left for it.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
