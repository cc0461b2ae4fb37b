"""The desk: the one façade the command line and the window call for every user action.

Each call is parse → read the store → `rules.decide` → write the store → a result object.
A check-in is read, decided and written in one immediate transaction with
``synchronous=FULL``, so when the desk says "checked in" the entry is on disk, and two desks
(or processes) on one file cannot both admit the same ticket.

Every write answers with what it changed (`OpChanges`, on its own or in the result): the
parts of the event file the window shows, and the ids of the outbox entries for sync. Hooks
given to `Desk.on_change` hear of every write once it is committed. The reads are
`checkin.desk_views.DeskViews`, which `Desk` extends; nothing outside the desk and the store
touches the event file's connection.
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import sqlite_utils

from checkin.desk_views import DeskState, DeskViews, Group
from checkin.domain import rules, signing
from checkin.domain.clock import MAX_DAY_CHANGE, Clock, SystemClock, utc_text
from checkin.domain.fields import to_json
from checkin.domain.model import (
    DEFAULT_DAY_CHANGE,
    EDITABLE,
    MAIN_POINT,
    Attempt,
    CheckIn,
    Decision,
    Kind,
    Method,
    Outcome,
    Point,
    Reason,
    Registration,
    TicketType,
)
from checkin.errors import NotFoundError, UserError
from checkin.importer import ImportReport, import_file
from checkin.progress import Progress
from checkin.results import CheckInResult, Edited, Undone, with_lookup
from checkin.store import changes, checkins, event, lookup, registrations, staging
from checkin.store.changes import OpChanges
from checkin.store.db import (
    WRITE_WAIT_S,
    WaitHook,
    Waiting,
    on_waiting,
    open_db,
    set_write_wait,
    transaction,
)
from checkin.store.print_log import PrintLog

__all__ = [
    "EDITABLE", "WRITE_WAIT_S", "CheckInResult", "Desk", "DeskState", "Edited", "Group",
    "OpChanges", "PrintLog", "Undone", "Waiting", "default_desk_name",
]  # fmt: skip

ChangeHook = Callable[[OpChanges], None]
CHECKED_IN = OpChanges(checkins=True, counts=True, recent=True)
LOGGED = OpChanges(attempts=True)
REGISTERED = OpChanges(registrations=True, counts=True, recent=True)


class Desk(DeskViews):
    """One desk working on one event file at one check-in point.

    Attributes:
        desk_name: the name this desk writes on its check-ins (default: the host name).
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path,
        desk_name: str,
        point: str,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(db, path, point, clock)
        self.desk_name = desk_name
        self._layout_noticed = False
        self._change_hooks: list[ChangeHook] = []
        with suppress(sqlite3.OperationalError):  # a read-only file: left for a writable open
            staging.recover(db)

    @classmethod
    def open(
        cls,
        path: Path,
        desk_name: str | None = None,
        point: str = MAIN_POINT,
        clock: Clock | None = None,
        *,
        readonly: bool = False,
        write_wait_s: float = WRITE_WAIT_S,
        waiting: WaitHook | None = None,
    ) -> Desk:
        """Open an existing event file at a check-in point.

        Args:
            path: the event file.
            desk_name: this desk's name (default: the computer's host name).
            point: the check-in point (default ``main``).
            clock: where "now" comes from (a fake one in tests).
            readonly: write nothing (reading works on a write-protected file and folder).
            write_wait_s: how long a write waits for another program's lock, in seconds.
            waiting: called about every second while a write waits (`on_waiting`).

        Raises:
            UserError: the file is missing, not an event file, or from a newer release; the
                point does not exist (`checkin.store.db.open_db` says which).
        """
        db = open_db(Path(path), readonly=readonly)
        set_write_wait(db, write_wait_s)
        if waiting is not None:
            on_waiting(db, waiting)
        try:
            return cls(db, Path(path), desk_name or default_desk_name(), point, clock)
        except BaseException:
            db.conn.close()
            raise

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

        Args:
            path: where the new file goes (it must not exist, or be empty).
            name: the event's name.
            days: its days (sorted and made unique).
            timezone: the IANA zone its days are counted in.
            clock: where "now" comes from.
            day_change: the local time an event day ends (00:00 to 12:00; default 04:00).

        Raises:
            UserError: the file exists, or the day change is after 12:00.
        """
        if Path(path).exists() and Path(path).stat().st_size > 0:
            raise UserError(f"{path} already exists; choose another file for the new event.")
        _check_day_change(day_change)
        db = open_db(Path(path), create=True)
        now = utc_text((clock or SystemClock()).now())
        with transaction(db) as conn:
            created = event.create(conn, name, days, timezone, now, day_change)
            payload = {"name": name, "days": to_json(created.days),
                       "day_change": event.time_text(day_change)}  # fmt: skip
            changes.record(
                conn, [changes.change_row(now, "", "event", created.id, "create", payload)]
            )
        return cls(db, Path(path), default_desk_name(), MAIN_POINT, clock)

    def close(self) -> None:
        """Close the event file."""
        self.db.conn.close()

    def on_waiting(self, hook: WaitHook) -> None:
        """Call ``hook(Waiting)`` while a write waits for another program (store.db.Waiting).

        It runs on the writing thread, about every second of the wait, then once when done.
        """
        on_waiting(self.db, hook)

    def on_change(self, hook: ChangeHook) -> None:
        """Call ``hook(OpChanges)`` after every write of this desk, once it is committed.

        It runs on the writing thread (the window's database thread); a failing hook is
        ignored, so a listener never undoes or hides a write.
        """
        self._change_hooks.append(hook)

    def _committed(self, done: OpChanges) -> OpChanges:
        for hook in self._change_hooks:
            with suppress(Exception):
                hook(done)
        return done

    def _now_text(self) -> str:
        return utc_text(self.clock.now())

    def set_day_change(self, value: time) -> OpChanges:
        """Set the local time an event day ends (00:00 to 12:00), for every desk on this file.

        Raises:
            UserError: the time is after 12:00.
        """
        _check_day_change(value)
        with transaction(self.db) as conn:
            event.set_day_change(conn, value)
            payload = {"day_change": event.time_text(value)}
            ids = self._record(conn, "event", self.event.id, "update", payload)
        self.event = replace(self.event, day_change=value)
        return self._committed(OpChanges(event=True, counts=True, outbox=ids))

    # -- checking in --------------------------------------------------------------------
    def check_in(
        self, text: str, method: Method = Method.SCAN, day: date | None = None
    ) -> CheckInResult:
        """Decide a presented ticket (scanned text, typed code) and log the outcome.

        Args:
            text: what was presented: a code, a signed payload, a pretix secret, a URL.
            method: how it was read.
            day: the event day to check in for (default: today, `today`).

        Returns:
            The result; never raises for what the ticket is. Text that is no ticket code
            comes back REJECTED with reason UNREADABLE (``message`` says why); a refused or
            duplicate ticket is logged as an attempt. The text is matched as written, then
            ignoring case, then through a keyboard-layout mix-up (`checkin.store.lookup`);
            ``read_as`` says which, and this desk's first layout correction carries
            ``notice``. ``changes`` says what the check-in changed.

        Raises:
            StorageError: the event file could not be written (busy past the wait, full,
                read-only); nothing was admitted.
        """
        when = day or self.today()
        staging.knock(self.path)  # an import in another process lets this check-in go first
        with transaction(self.db) as conn:
            found = lookup.resolve(conn, text, self._verify)
            if found.error:
                decision = Decision(Outcome.REJECTED, Reason.UNREADABLE)
                self._log_attempt(conn, found.code, when, method, decision)
                result = CheckInResult(found.code, decision, None, message=found.error)
            else:
                result = self._decide_and_log(conn, found, when, method)
        self._committed(result.changes)
        return result if found.error else self._with_notices(result, found)

    def _verify(self, code: str, signature: str) -> bool:
        return signing.verify(self._public_key, self.event.id, code, signature)

    def _with_notices(self, result: CheckInResult, found: lookup.Found) -> CheckInResult:
        layout_notice = found.mixup is not None and not self._layout_noticed
        self._layout_noticed = self._layout_noticed or layout_notice
        return with_lookup(result, found, layout_notice)

    def _decide_and_log(
        self, conn: sqlite3.Connection, found: lookup.Found, day: date, method: Method
    ) -> CheckInResult:
        code, registration = found.code, found.registration
        kind = event.ticket_type(conn, registration.ticket_type) if registration else None
        history = checkins.history(conn, code, self.point.name)
        ticket = rules.Ticket(code, registration, found.signature_ok, bool(found.candidates))
        decision = rules.decide(ticket, day, self.event.days, self.point, kind, history)
        if decision.outcome is not Outcome.OK:
            self._log_attempt(conn, code, day, method, decision)
            return CheckInResult(code, decision, registration, changes=LOGGED)
        entry = CheckIn(
            str(uuid.uuid4()), code, day, self.clock.now(), self.desk_name, self.point.name, method
        )
        ids = self._append(conn, entry)
        return CheckInResult(
            code, decision, registration, entry, changes=replace(CHECKED_IN, outbox=ids)
        )

    def _append(self, conn: sqlite3.Connection, entry: CheckIn) -> tuple[str, ...]:
        checkins.append(conn, entry)
        return self._record(conn, "checkin", entry.id, "append", checkins.as_dict(entry))

    def _log_attempt(
        self, conn: sqlite3.Connection, text: str, day: date, method: Method, decision: Decision
    ) -> None:
        attempt = Attempt(str(uuid.uuid4()), text, day, self.clock.now(), self.desk_name,
                          self.point.name, method, decision)  # fmt: skip
        checkins.record_attempt(conn, attempt)

    def admit_order(
        self, order_code: str, method: Method = Method.SEARCH, day: date | None = None
    ) -> list[CheckInResult]:
        """Check in every registration of one order or group, by last name.

        The order code is matched as written, else ignoring case.

        Raises:
            NotFoundError: no registration has that order code.
            UserError: ignoring case, the code names several orders.
        """
        members = registrations.by_order(self.conn, order_code)
        if not members:
            raise NotFoundError(f"No registrations with order '{order_code}'.")
        orders = sorted({member.order_code for member in members})
        if len(orders) > 1:
            raise UserError(
                f"Ignoring case, '{order_code}' names the orders {' and '.join(orders)}; "
                "give the order code exactly as written."
            )
        return [self.check_in(member.code, method, day) for member in members]

    def undo(self, code: str, day: date | None = None) -> Undone | None:
        """Take back the latest check-in of a ticket on a day; the log keeps both entries.

        Returns:
            What was undone (the undo entry, which names the check-in it undoes) and what
            changed, or None when the ticket has no check-in in force that day.
        """
        when = day or self.today()
        with transaction(self.db) as conn:
            active = rules.active_checkins(checkins.history(conn, code, self.point.name), when)
            if not active:
                return None
            entry = CheckIn(
                str(uuid.uuid4()), code, when, self.clock.now(), self.desk_name,
                self.point.name, active[-1].method, Kind.UNDO, active[-1].id,
            )  # fmt: skip
            ids = self._append(conn, entry)
        return Undone(entry, self._committed(replace(CHECKED_IN, outbox=ids)))

    # -- registrations ------------------------------------------------------------------
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
        """Register someone who is not on the list (with a new signed code) and check them in.

        Raises:
            UserError: neither a first nor a last name was given.
        """
        if not (first_name.strip() or last_name.strip()):
            raise UserError("A walk-in needs a name.")
        registration = Registration(
            self.new_signed_code(), first_name.strip(), last_name.strip(), organisation.strip(),
            email.strip(), ticket_type.strip(), category.strip(), signed=True,
        )  # fmt: skip
        with transaction(self.db) as conn:
            ids = self._write_registration(conn, registration, "create")
        added = self._committed(replace(REGISTERED, outbox=ids))
        result = self.check_in(registration.code, Method.WALK_IN, day)
        return replace(result, changes=added | result.changes)

    def update_registration(self, code: str, **fields: str) -> Edited:
        """Change a registration's editable fields (`EDITABLE`: fix a misspelt name, say).

        Values are trimmed; the outbox entry carries only the fields given.

        Raises:
            UserError: a field that is not editable.
            NotFoundError: no registration has the code.
        """
        unknown = sorted(set(fields) - set(EDITABLE))
        if unknown:
            raise UserError(f"Cannot edit {', '.join(unknown)}; editable: {', '.join(EDITABLE)}.")
        with transaction(self.db) as conn:
            current = registrations.get(conn, code)
            if current is None:
                raise NotFoundError(f"No registration with ticket code '{code}'.")
            cleaned: dict[str, Any] = {key: value.strip() for key, value in fields.items()}
            updated = replace(current, **cleaned)
            ids = self._write_registration(conn, updated, "update", cleaned)
        return Edited(updated, self._committed(replace(REGISTERED, outbox=ids)))

    def add_registrations(self, people: Iterable[Registration]) -> OpChanges:
        """Add or update registrations in one transaction, one outbox entry for each change.

        Registrations equal to the stored ones are left alone (no entry). For files, use
        `import_file`, which checks them and writes in short transactions.
        """
        now = self._now_text()
        with transaction(self.db) as conn:
            batch = registrations.Batch(conn)
            logged = [
                changes.change_row(now, self.desk_name, "registration", person.code,
                                   "create" if verdict is registrations.Verdict.ADDED else "update",
                                   registrations.as_dict(person))
                for person in people
                if (verdict := batch.put(person)) is not registrations.Verdict.UNCHANGED
            ]  # fmt: skip
            batch.write(conn, now)
            ids = changes.record(conn, logged)
        return self._committed(replace(REGISTERED, outbox=ids) if ids else OpChanges())

    def _write_registration(
        self,
        conn: sqlite3.Connection,
        registration: Registration,
        op: str,
        payload: Mapping[str, Any] | None = None,
    ) -> tuple[str, ...]:
        registrations.save(conn, registration, self._now_text())
        body = payload if payload is not None else registrations.as_dict(registration)
        return self._record(conn, "registration", registration.code, op, body)

    def _record(
        self, conn: sqlite3.Connection, entity: str, key: str, op: str, payload: Mapping[str, Any]
    ) -> tuple[str, ...]:
        row = changes.change_row(self._now_text(), self.desk_name, entity, key, op, payload)
        return changes.record(conn, [row])

    def import_file(
        self,
        path: Path,
        overrides: Mapping[str, str] | None = None,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import a CSV/XLSX export: all or nothing, updating by ticket code.

        See `checkin.importer.import_file` for the arguments, the report and what it raises.
        """
        report = import_file(
            self.db, self.event, Path(path), overrides=dict(overrides or {}), dry_run=dry_run,
            origin=self.desk_name, now=self._now_text(), progress=progress,
        )  # fmt: skip
        if report.written:
            self._committed(report.changes)
        return report

    # -- the event's rules --------------------------------------------------------------
    def set_ticket_type(self, kind: TicketType) -> OpChanges:
        """Save a ticket type's valid days and desk note."""
        with transaction(self.db) as conn:
            event.save_ticket_type(conn, kind)
            ids = self._record(conn, "ticket_type", kind.name, "update", to_json(kind))
        return self._committed(OpChanges(ticket_types=True, counts=True, outbox=ids))

    def set_point(self, entry: Point) -> OpChanges:
        """Save a check-in point: whom it admits, on which days, how often."""
        with transaction(self.db) as conn:
            event.save_point(conn, entry)
            ids = self._record(conn, "point", entry.name, "update", to_json(entry))
        if entry.name == self.point.name:
            self.point = entry
        return self._committed(OpChanges(points=True, counts=True, recent=True, outbox=ids))

    def print_log(self) -> PrintLog:
        """Open this event file's print log on a connection of its own (for the print thread).

        Raises:
            StorageError: the file cannot be written (read-only, no permission, busy).
        """
        return PrintLog.open(self.path, getattr(self.conn, "write_wait_s", WRITE_WAIT_S))


def _check_day_change(value: time) -> None:
    if value > MAX_DAY_CHANGE:
        raise UserError(
            f"The day change {value:%H:%M} is after 12:00; give the time in the night an event "
            "day ends, such as 04:00."
        )


def default_desk_name() -> str:
    """Name a desk after its computer until the user names it."""
    return socket.gethostname() or "desk"
