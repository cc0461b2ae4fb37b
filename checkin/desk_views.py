"""The desk's read half: what the window, the reports, the export and the badges read.

`checkin.desk.Desk` is a `DeskViews` with the writes added; this half never writes. The window
reads through `DeskViews.state` after each action; the command line and the export read the
registrations, counts and first check-ins here rather than from the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from checkin.domain import rules, signing
from checkin.domain.clock import Clock, SystemClock, event_day
from checkin.domain.model import CheckIn, Event, Point, Registration, Status
from checkin.store import attendance, checkins, event, registrations, search
from checkin.store.attendance import Group
from checkin.store.db import EventConnection

if TYPE_CHECKING:  # sqlite-utils (and the NumPy it loads) only when a file is opened
    import sqlite_utils

__all__ = ["DeskState", "DeskViews", "Group"]


@dataclass(frozen=True)
class DeskState:
    """The desk as the window shows it on one day: counts, latest check-ins, one person.

    Attributes:
        day: the event day shown.
        checked_in, expected: the day's figures at this point (people, not scans).
        recent: the latest check-ins in force at this point, newest first, with who (None
            for a signed ticket whose registration has not arrived).
        person: the registration shown in the details panel, if any.
        person_checkin: that person's check-in in force on the day, if any.
        person_days: the days that person may enter, as the rules decide them
            (`checkin.domain.rules.valid_days`: their own days, else their ticket type's);
            empty when they may enter on every day of the event.
    """

    day: date
    checked_in: int
    expected: int
    recent: tuple[tuple[CheckIn, Registration | None], ...]
    person: Registration | None = None
    person_checkin: CheckIn | None = None
    person_days: tuple[date, ...] = ()


class DeskViews:
    """Reads of one event file at one check-in point (the read half of `checkin.desk.Desk`).

    The open event file (`checkin.store.db.open_db`) is the desk's own: the desk's layers
    reach it through `conn`, and nothing outside the desk and the store touches it.

    Attributes:
        path: where the event file is.
        event: its event (name, days, time zone, day change).
        point: the check-in point this desk admits at.
        clock: where "now" comes from (a fake one in tests).
    """

    def __init__(
        self, db: sqlite_utils.Database, path: Path, point: str, clock: Clock | None = None
    ) -> None:
        self._db = db
        self.path = path
        self.clock: Clock = clock or SystemClock()
        self.event: Event = event.load(db.conn, str(path))
        self.point: Point = event.point(db.conn, point)
        self._private_key, self._public_key = event.keys(db.conn)
        self._search = search.SearchIndex(db.conn)

    @property
    def conn(self) -> EventConnection:
        """The event file's connection (only the desk and the store use it)."""
        return cast(EventConnection, self._db.conn)  # open_db connects with nothing else

    def today(self) -> date:
        """Return the event day it is now: the local date, until the day change (04:00)."""
        return event_day(self.clock.now(), self.event.timezone, self.event.day_change)

    # -- registrations ------------------------------------------------------------------
    def registration(self, code: str) -> Registration | None:
        """Return the registration with exactly this ticket code, or None."""
        return registrations.get(self.conn, code)

    def registrations(self) -> Iterator[Registration]:
        """Yield every registration, by last name, first name and code (byte order)."""
        return registrations.every(self.conn)

    def count_registrations(self) -> int:
        """Return how many registrations the event file holds (cancelled ones too)."""
        return registrations.count(self.conn)

    def search(self, query: str, limit: int = 20) -> list[Registration]:
        """Find registrations by name, organisation, e-mail or code, best first.

        Typos and accents are forgiven ("bjorheim boe" finds "Bjorheim Bøe"); see
        `checkin.store.search`. Returns at most ``limit`` registrations.
        """
        codes = self._search.search(query, limit)
        found = registrations.get_many(self.conn, codes)
        return [found[code] for code in codes if code in found]

    def ticket_payload(self, registration: Registration) -> str:
        """Return what a registration's QR code carries: signed for codes made here."""
        if registration.signed and self._private_key is not None:
            return signing.ticket_payload(self._private_key, self.event.id, registration.code)
        return registration.code

    def new_signed_code(self) -> str:
        """Return a fresh code no registration has yet (`checkin.domain.signing.new_code`)."""
        code = signing.new_code()
        while registrations.get(self.conn, code) is not None:
            code = signing.new_code()
        return code

    def ticket_type_names(self) -> list[str]:
        """Return the event's ticket types: those declared and those registrations carry."""
        names = set(event.ticket_types(self.conn))
        names.update(person.ticket_type for person in self.registrations())
        return sorted(name for name in names if name)

    def values_in_use(self, field: str) -> set[str]:
        """Return the non-empty values registrations have for ``ticket_type`` or ``category``."""
        return set(self.value_counts(field)[0]) - {""}

    def value_counts(self, *fields: str) -> list[Counter[str]]:
        """How many registrations carry each value of each field (``category``...), one pass."""
        counts: list[Counter[str]] = [Counter() for _ in fields]
        for person in self.registrations():
            for count, field in zip(counts, fields, strict=True):
                count[getattr(person, field)] += 1
        return counts

    def valid_by_name(self) -> list[Registration]:
        """Return every valid registration in Norwegian order of last name, then first name."""
        from checkin.domain.collation import person_key

        valid = (reg for reg in self.registrations() if reg.status is Status.VALID)
        return sorted(valid, key=lambda reg: (*person_key(reg.last_name, reg.first_name), reg.code))

    # -- check-ins and figures ----------------------------------------------------------
    def recent(self, limit: int = 20) -> list[tuple[CheckIn, Registration | None]]:
        """Return the latest check-ins in force at this point, newest first, with who."""
        entries = checkins.recent(self.conn, self.point.name, limit)
        found = registrations.get_many(self.conn, [entry.code for entry in entries])
        return [(entry, found.get(entry.code)) for entry in entries]

    def checked_in(self, code: str, day: date | None = None) -> CheckIn | None:
        """Return the check-in in force for a ticket on a day (the first), or None."""
        history = checkins.history(self.conn, code, self.point.name)
        active = rules.active_checkins(history, day or self.today())
        return active[0] if active else None

    def first_checkins(self) -> dict[tuple[str, date], datetime]:
        """Return when each ticket was first checked in (in force) at this point, per day (UTC)."""
        return checkins.firsts(self.conn, self.point.name)

    def counts(self, day: date | None = None) -> tuple[int, int]:
        """Return (checked in, expected) at this point on a day (today by default)."""
        totals = attendance.totals(self.conn, self.event, self.point, day or self.today())
        return totals.checked_in, totals.expected

    def report(self, by: str | None = None, day: date | None = None) -> tuple[Group, list[Group]]:
        """Return the totals and the per-group counts at this point.

        Args:
            by: a registration field (category, ticket_type, organisation, status,
                order_code), an imported column's header, "day" (one group per event day),
                or None (no groups).
            day: the day counted; None for the whole event.

        Raises:
            UserError: ``by`` names no field or column (the message lists the choices).
        """
        if by == "day":
            per_day = [self.counts(d) for d in self.event.days]
            rows = [
                Group(d.isoformat(), exp, done)
                for d, (done, exp) in zip(self.event.days, per_day, strict=True)
            ]
            return attendance.totals(self.conn, self.event, self.point, day), rows
        rows = attendance.groups(self.conn, self.event, self.point, day, by)
        return attendance.sum_of(rows), rows

    def state(self, day: date, code: str | None = None, limit: int = 15) -> DeskState:
        """Read, in one go, everything the window derives its views from after an action.

        Args:
            day: the day the desk is checking in for.
            code: the ticket code of the person shown in the details panel, if any.
            limit: how many of the latest check-ins to include.
        """
        person = self.registration(code) if code else None
        entry = self.checked_in(code, day) if code and person else None
        checked, expected = self.counts(day)
        days = self.entry_days(person) if person else ()
        return DeskState(day, checked, expected, tuple(self.recent(limit)), person, entry, days)

    def entry_days(self, person: Registration) -> tuple[date, ...]:
        """The days a registration may enter, as check-in decides them; () for every day."""
        kind = event.ticket_type(self.conn, person.ticket_type)
        days = rules.valid_days(person, kind, self.event.days)
        return () if set(days) == set(self.event.days) else days
