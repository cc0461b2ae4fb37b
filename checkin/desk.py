"""The desk: the one façade the command line and the window call for every user action.

Each call is parse → read the store → `rules.decide` → write the store → a result object.
A check-in is read, decided and written in one immediate transaction with
``synchronous=FULL``, so when the desk says "checked in" the entry is on disk, and two desks
(or processes) on one file cannot both admit the same ticket.
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import Any

from checkin import imports
from checkin.domain import rules, signing
from checkin.domain.clock import MAX_DAY_CHANGE, Clock, SystemClock, event_day, utc_text
from checkin.domain.model import (
    DEFAULT_DAY_CHANGE,
    MAIN_POINT,
    CheckIn,
    Decision,
    Event,
    Kind,
    Method,
    Outcome,
    Point,
    Reason,
    Registration,
    TicketType,
)
from checkin.errors import NotFoundError, UserError
from checkin.imports import ImportReport
from checkin.progress import Progress
from checkin.results import CheckInResult as CheckInResult
from checkin.results import with_lookup
from checkin.store import (
    attendance,
    changes,
    checkins,
    event,
    lookup,
    registrations,
    search,
    staging,
)
from checkin.store.db import open_db, transaction

EDITABLE = ("first_name", "last_name", "organisation", "email", "category", "ticket_type", "note")


class Desk:
    """One desk working on one event file at one check-in point."""

    def __init__(
        self, db: Any, path: Path, desk_name: str, point: str, clock: Clock | None = None
    ) -> None:
        self.db = db
        self.path = path
        self.desk_name = desk_name
        self.clock: Clock = clock or SystemClock()
        self.event: Event = event.load(db.conn, str(path))
        self.point: Point = event.point(db.conn, point)
        self._private_key, self._public_key = event.keys(db.conn)
        self._search = search.SearchIndex(db.conn)
        self._layout_noticed = False
        with suppress(sqlite3.OperationalError):  # a read-only file: left for a writable open
            staging.recover(db)

    @classmethod
    def open(
        cls,
        path: Path,
        desk_name: str | None = None,
        point: str = MAIN_POINT,
        clock: Clock | None = None,
    ) -> Desk:
        """Open an existing event file; raises UserError when it is missing or not ours."""
        return cls(open_db(Path(path)), Path(path), desk_name or default_desk_name(), point, clock)

    @classmethod
    def create(
        cls,
        path: Path,
        name: str,
        days: tuple[date, ...],
        timezone: str = "Europe/Oslo",
        clock: Clock | None = None,
        day_change: time = DEFAULT_DAY_CHANGE,
    ) -> Desk:
        """Create a new event file holding one event, with its ticket-signing keys.

        ``day_change`` is the local time an event day ends (00:00 to 12:00; default 04:00).
        """
        if Path(path).exists() and Path(path).stat().st_size > 0:
            raise UserError(f"{path} already exists; choose another file for the new event.")
        _check_day_change(day_change)
        db = open_db(Path(path), create=True)
        now = utc_text((clock or SystemClock()).now())
        with transaction(db) as conn:
            created = event.create(conn, name, days, timezone, now, day_change)
            payload = {
                "name": name,
                "days": [d.isoformat() for d in created.days],
                "day_change": event.time_text(day_change),
            }
            changes.record(
                conn, [changes.change_row(now, "", "event", created.id, "create", payload)]
            )
        return cls(db, Path(path), default_desk_name(), MAIN_POINT, clock)

    def close(self) -> None:
        self.db.conn.close()

    def on_waiting(self, hook: Any) -> None:
        """Call ``hook(Waiting)`` while a write waits for another program (store.db.Waiting).

        It runs on the writing thread, about every second of the wait, then once when done.
        """
        from checkin.store.db import on_waiting

        on_waiting(self.db, hook)

    # -- time ---------------------------------------------------------------------------
    def today(self) -> date:
        """Return the event day it is now: the local date, until the day change (04:00)."""
        return event_day(self.clock.now(), self.event.timezone, self.event.day_change)

    def set_day_change(self, value: time) -> None:
        """Set the local time an event day ends (00:00 to 12:00), for every desk on this file."""
        _check_day_change(value)
        with transaction(self.db) as conn:
            event.set_day_change(conn, value)
            payload = {"day_change": event.time_text(value)}
            self._record(conn, "event", self.event.id, "update", payload)
        self.event = replace(self.event, day_change=value)

    def _now_text(self) -> str:
        return utc_text(self.clock.now())

    # -- checking in --------------------------------------------------------------------
    def check_in(
        self, text: str, method: Method = Method.SCAN, day: date | None = None
    ) -> CheckInResult:
        """Decide a presented ticket (scanned text, typed code) and log the outcome.

        The text is matched as written, then ignoring case, then through a keyboard-layout
        mix-up (`checkin.store.lookup`); ``read_as`` on the result says which, and the first
        layout correction of this desk carries a notice for the volunteer.
        """
        when = day or self.today()
        staging.knock(self.path)  # an import in another process lets this check-in go first
        with transaction(self.db) as conn:
            found = lookup.resolve(conn, text, self._verify)
            if found.error:
                decision = Decision(Outcome.REJECTED, Reason.UNREADABLE)
                self._log_attempt(conn, found.code, when, method, decision)
                return CheckInResult(found.code, decision, None, message=found.error)
            result = self._decide_and_log(conn, found, when, method)
        return self._with_notices(result, found)

    def _verify(self, code: str, signature: str) -> bool:
        return signing.verify(self._public_key, self.event.id, code, signature)

    def _with_notices(self, result: CheckInResult, found: lookup.Found) -> CheckInResult:
        layout_notice = found.mixup is not None and not self._layout_noticed
        self._layout_noticed = self._layout_noticed or layout_notice
        return with_lookup(result, found, layout_notice)

    def _decide_and_log(
        self, conn: Any, found: lookup.Found, day: date, method: Method
    ) -> CheckInResult:
        code, registration = found.code, found.registration
        kind = event.ticket_type(conn, registration.ticket_type) if registration else None
        history = checkins.history(conn, code, self.point.name)
        ticket = rules.Ticket(code, registration, found.signature_ok, bool(found.candidates))
        decision = rules.decide(ticket, day, self.event.days, self.point, kind, history)
        if decision.outcome is not Outcome.OK:
            self._log_attempt(conn, code, day, method, decision)
            return CheckInResult(code, decision, registration)
        entry = CheckIn(
            str(uuid.uuid4()), code, day, self.clock.now(), self.desk_name, self.point.name, method
        )
        checkins.append(conn, entry)
        self._record(conn, "checkin", entry.id, "append", checkins.as_dict(entry))
        return CheckInResult(code, decision, registration, entry)

    def _log_attempt(
        self, conn: Any, text: str, day: date, method: Method, decision: Decision
    ) -> None:
        row = (
            str(uuid.uuid4()), text, day.isoformat(), self._now_text(), self.desk_name,
            self.point.name, method.value, decision.outcome.value, decision.reason.value,
        )  # fmt: skip
        checkins.record_attempt(conn, row)

    def admit_order(
        self, order_code: str, method: Method = Method.SEARCH, day: date | None = None
    ) -> list[CheckInResult]:
        """Check in every registration of one order or group."""
        members = registrations.by_order(self.db.conn, order_code)
        if not members:
            raise NotFoundError(f"No registrations with order '{order_code}'.")
        orders = sorted({member.order_code for member in members})
        if len(orders) > 1:
            raise UserError(
                f"Ignoring case, '{order_code}' names the orders {' and '.join(orders)}; "
                "give the order code exactly as written."
            )
        return [self.check_in(member.code, method, day) for member in members]

    def undo(self, code: str, day: date | None = None) -> CheckIn | None:
        """Take back the latest check-in of a ticket on a day; the log keeps both entries."""
        when = day or self.today()
        with transaction(self.db) as conn:
            active = rules.active_checkins(checkins.history(conn, code, self.point.name), when)
            if not active:
                return None
            entry = CheckIn(
                str(uuid.uuid4()), code, when, self.clock.now(), self.desk_name,
                self.point.name, active[-1].method, Kind.UNDO, active[-1].id,
            )  # fmt: skip
            checkins.append(conn, entry)
            self._record(conn, "checkin", entry.id, "append", checkins.as_dict(entry))
        return entry

    # -- registrations ------------------------------------------------------------------
    def registration(self, code: str) -> Registration | None:
        return registrations.get(self.db.conn, code)

    def registrations(self) -> Iterator[Registration]:
        return registrations.every(self.db.conn)

    def count_registrations(self) -> int:
        return registrations.count(self.db.conn)

    def search(self, query: str, limit: int = 20) -> list[Registration]:
        """Find registrations by name, organisation, email or code, best first."""
        codes = self._search.search(query, limit)
        found = registrations.get_many(self.db.conn, codes)
        return [found[code] for code in codes if code in found]

    def ticket_payload(self, registration: Registration) -> str:
        """Return what a registration's QR code carries: signed for codes made here."""
        if registration.signed and self._private_key is not None:
            return signing.ticket_payload(self._private_key, self.event.id, registration.code)
        return registration.code

    def new_signed_code(self) -> str:
        """Return a fresh code no registration has yet."""
        code = signing.new_code()
        while registrations.get(self.db.conn, code) is not None:
            code = signing.new_code()
        return code

    def walk_in(
        self,
        first_name: str,
        last_name: str,
        organisation: str = "",
        email: str = "",
        category: str = "",
        ticket_type: str = "",
        day: date | None = None,
    ) -> CheckInResult:
        """Register someone who is not on the list, and check them in."""
        if not (first_name.strip() or last_name.strip()):
            raise UserError("A walk-in needs a name.")
        registration = Registration(
            self.new_signed_code(), first_name.strip(), last_name.strip(), organisation.strip(),
            email.strip(), ticket_type.strip(), category.strip(), signed=True,
        )  # fmt: skip
        with transaction(self.db) as conn:
            self._write_registration(conn, registration, "create")
        return self.check_in(registration.code, Method.WALK_IN, day)

    def update_registration(self, code: str, **fields: str) -> Registration:
        """Change a registration's editable fields (fix a misspelt name, say)."""
        unknown = sorted(set(fields) - set(EDITABLE))
        if unknown:
            raise UserError(f"Cannot edit {', '.join(unknown)}; editable: {', '.join(EDITABLE)}.")
        with transaction(self.db) as conn:
            current = registrations.get(conn, code)
            if current is None:
                raise NotFoundError(f"No registration with ticket code '{code}'.")
            cleaned: dict[str, Any] = {key: value.strip() for key, value in fields.items()}
            updated = replace(current, **cleaned)
            self._write_registration(conn, updated, "update", fields)
        return updated

    def _write_registration(
        self, conn: Any, registration: Registration, op: str, payload: dict[str, str] | None = None
    ) -> None:
        registrations.upsert(conn, [(*registrations.to_row(registration), "")], self._now_text())
        body = payload if payload is not None else registrations.as_dict(registration)
        self._record(conn, "registration", registration.code, op, body)

    def _record(self, conn: Any, entity: str, key: str, op: str, payload: dict[str, Any]) -> None:
        row = changes.change_row(self._now_text(), self.desk_name, entity, key, op, payload)
        changes.record(conn, [row])

    def import_file(
        self,
        path: Path,
        overrides: Mapping[str, str] | None = None,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import a CSV/XLSX export: all or nothing, updating by ticket code."""
        return imports.import_file(
            self.db.conn, self.db, self.event, Path(path), overrides=overrides,
            dry_run=dry_run, origin=self.desk_name, now=self._now_text(), progress=progress,
        )  # fmt: skip

    def set_ticket_type(self, kind: TicketType) -> None:
        """Save a ticket type's valid days and desk note."""
        with transaction(self.db) as conn:
            event.save_ticket_type(conn, kind)
            self._record(conn, "ticket_type", kind.name, "update", event.ticket_type_dict(kind))

    def set_point(self, entry: Point) -> None:
        """Save a check-in point: whom it admits, on which days, how often."""
        with transaction(self.db) as conn:
            event.save_point(conn, entry)
            self._record(conn, "point", entry.name, "update", event.point_dict(entry))
        if entry.name == self.point.name:
            self.point = entry

    def report(
        self, by: str | None = None, day: date | None = None
    ) -> tuple[attendance.Group, list[attendance.Group]]:
        """Return the totals and the per-group counts (per day with ``by="day"``)."""
        conn = self.db.conn
        if by == "day":
            per_day = [attendance.totals(conn, self.event, self.point, d) for d in self.event.days]
            rows = [
                attendance.Group(d.isoformat(), g.expected, g.checked_in)
                for d, g in zip(self.event.days, per_day, strict=True)
            ]
            return attendance.totals(conn, self.event, self.point, day), rows
        rows = attendance.groups(conn, self.event, self.point, day, by)
        return attendance.sum_of(rows), rows

    # -- views for the window -----------------------------------------------------------
    def recent(self, limit: int = 20) -> list[tuple[CheckIn, Registration | None]]:
        """Return the latest check-ins in force at this point, newest first, with who."""
        entries = checkins.recent(self.db.conn, self.point.name, limit)
        found = registrations.get_many(self.db.conn, [entry.code for entry in entries])
        return [(entry, found.get(entry.code)) for entry in entries]

    def checked_in(self, code: str, day: date | None = None) -> CheckIn | None:
        """Return the check-in in force for a ticket on a day (the first), or None."""
        history = checkins.history(self.db.conn, code, self.point.name)
        active = rules.active_checkins(history, day or self.today())
        return active[0] if active else None

    def counts(self, day: date | None = None) -> tuple[int, int]:
        """Return (checked in, expected) at this point on a day (today by default)."""
        totals = attendance.totals(self.db.conn, self.event, self.point, day or self.today())
        return totals.checked_in, totals.expected

    # -- what the window shows after an action (read only) ------------------------------
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
        return DeskState(day, checked, expected, tuple(self.recent(limit)), person, entry)

    def ticket_type_names(self) -> list[str]:
        """Return the event's ticket types: those declared and those registrations carry."""
        names = set(event.ticket_types(self.db.conn))
        names.update(person.ticket_type for person in self.registrations())
        return sorted(name for name in names if name)


def _check_day_change(value: time) -> None:
    if value > MAX_DAY_CHANGE:
        raise UserError(
            f"The day change {value:%H:%M} is after 12:00; give the time in the night an event "
            "day ends, such as 04:00."
        )


def default_desk_name() -> str:
    """Name a desk after its computer until the user names it."""
    return socket.gethostname() or "desk"


@dataclass(frozen=True)
class DeskState:
    """The desk as the window shows it on one day: counts, latest check-ins, one person."""

    day: date
    checked_in: int
    expected: int
    recent: tuple[tuple[CheckIn, Registration | None], ...]
    person: Registration | None = None
    person_checkin: CheckIn | None = None
