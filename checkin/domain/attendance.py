"""Attendance as the reports read it: people, check-ins in force, timings; from a desk or a hub.

The event file (`checkin.store.attendance.load`) and the hub (`checkin.hub.report`) both hand
the reports one `Attendance` in these shapes, so every figure is counted by the same code
(`checkin.reports`). The rows are named tuples of plain values, not `Registration` and
`CheckIn` objects: building 100,000 of those costs a second, these a tenth of it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import compress, islice
from operator import le
from typing import Any, NamedTuple, overload

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


class EntryColumns(Sequence[Entry]):
    """Check-ins in force as five columns (lists of equal length), oldest first.

    The reports count over columns, not rows: a set of 150,000 codes from a list of strings is
    four times faster than from 150,000 tuples, and the event file hands them over as columns
    (`checkin.store.report_data.entries`). Indexing or iterating gives `Entry` rows, made
    when asked.

    Attributes:
        codes, days, ats, desks, points: the `Entry` fields, one list each (``ats`` in epoch
            seconds, UTC; ``days`` ISO dates).
    """

    __slots__ = ("ats", "codes", "days", "desks", "points")

    def __init__(
        self,
        codes: list[str],
        days: list[str],
        ats: list[float],
        desks: list[str],
        points: list[str],
    ) -> None:
        if not len(codes) == len(days) == len(ats) == len(desks) == len(points):
            raise ValueError("the check-ins' columns differ in length")
        self.codes, self.days, self.ats, self.desks, self.points = codes, days, ats, desks, points

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> EntryColumns:
        """Return rows as columns (they keep their order)."""
        if isinstance(entries, EntryColumns):
            return entries
        found: list[list[Any]] = [list(column) for column in zip(*entries, strict=True)]
        return cls(*found) if found else cls([], [], [], [], [])

    def where(self, keep: Sequence[bool]) -> EntryColumns:
        """Return the check-ins whose ``keep`` is true, in order."""
        return self._each(lambda column: list(compress(column, keep)))

    def by_time(self) -> EntryColumns:
        """Return the check-ins oldest first (stable: equal times keep their order)."""
        ats = self.ats
        if all(map(le, ats, islice(ats, 1, None))):  # as they are written, nearly always
            return self
        order = sorted(range(len(ats)), key=ats.__getitem__)
        return self._each(lambda column: list(map(column.__getitem__, order)))

    def _each(self, pick: Callable[[list[Any]], list[Any]]) -> EntryColumns:
        return EntryColumns(
            pick(self.codes), pick(self.days), pick(self.ats), pick(self.desks), pick(self.points)
        )

    def __len__(self) -> int:
        return len(self.codes)

    @overload
    def __getitem__(self, index: int) -> Entry: ...

    @overload
    def __getitem__(self, index: slice) -> EntryColumns: ...

    def __getitem__(self, index: int | slice) -> Entry | EntryColumns:
        if isinstance(index, slice):
            return self._each(lambda column: column[index])
        return Entry(
            self.codes[index], self.days[index], self.ats[index], self.desks[index],
            self.points[index],
        )  # fmt: skip

    def __iter__(self) -> Iterator[Entry]:
        return map(
            Entry._make, zip(self.codes, self.days, self.ats, self.desks, self.points, strict=True)
        )


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
        entries: the check-ins in force at every point, oldest first (rows, or `EntryColumns`).
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
    def checkins(self) -> EntryColumns:
        """The entries as columns, oldest first (the event file hands them so; else made once)."""
        return EntryColumns.of(self.entries)

    @cached_property
    def entry_points(self) -> frozenset[str]:
        """The check-in points the entries were made at (worked out once)."""
        return frozenset(self.checkins.points)

    @cached_property
    def entry_days(self) -> frozenset[str]:
        """The days (ISO dates) the entries were made for (worked out once)."""
        return frozenset(self.checkins.days)


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
