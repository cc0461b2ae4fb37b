"""The desk: the one façade the command line and the window call for every user action.

Each call is parse → read the store → `rules.decide` → write the store → a result object.
A check-in is read, decided and written in one immediate transaction with
``synchronous=FULL``, so when the desk says "checked in" the entry is on disk, and two desks
(or processes) on one file cannot both admit the same ticket.

Every write answers with what it changed (`OpChanges`, on its own or in the result): the
parts of the event file the window shows, and the ids of the outbox entries for sync. Hooks
given to `Desk.on_change` hear of every write once it is committed. The desk is built in
three layers, each its own module: `checkin.desk_views.DeskViews` reads,
`checkin.desk_edits.DeskEdits` adds the edits (registrations, imports, the event's rules),
`checkin.desk_records.DeskRecords` attendance, the audit log and the purge, and `Desk` the
check-ins. Nothing outside these and the store touches the event file's connection.
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from time import monotonic as monotonic_s

from checkin.desk_edits import REGISTERED, ChangeHook, check_day_change
from checkin.desk_records import DeskRecords
from checkin.desk_views import DeskState, Group
from checkin.domain import rules, signing
from checkin.domain.clock import Clock, SystemClock, utc_text
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
    Reason,
    Registration,
)
from checkin.errors import NotFoundError, UserError
from checkin.messages import _
from checkin.results import CheckInResult, Edited, Undone, with_lookup
from checkin.store import (
    changes,
    checkins,
    event,
    lookup,
    pretix_signed,
    registrations,
    report_data,
    staging,
)
from checkin.store.audit import Action as AuditAction
from checkin.store.audit import Entry as AuditEntry
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
from checkin.store.purge import PurgeReport
from checkin.store.sync_ledger import EventSeed, SyncLedger
from checkin.store.sync_pretix import PretixLedger

__all__ = [
    "EDITABLE", "WRITE_WAIT_S", "AuditAction", "AuditEntry", "ChangeHook", "CheckInResult", "Desk",
    "DeskState", "Edited", "EventSeed", "Group", "OpChanges", "PretixLedger", "PrintLog",
    "PurgeReport", "SyncLedger", "Undone", "Waiting",
    "default_desk_name",
]  # fmt: skip

CHECKED_IN = OpChanges(checkins=True, counts=True, recent=True)
LOGGED = OpChanges(attempts=True)


class Desk(DeskRecords):
    """One desk working on one event file at one check-in point: reads, edits and check-ins."""

    _layout_noticed = False  # has this desk shown the keyboard-layout notice yet?
    monotonic: Callable[[], float] = monotonic_s  # the clock ``seen_at`` is read on

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
            raise UserError(
                _("{path} already exists; choose another file for the new event.").format(path=path)
            )
        check_day_change(day_change)
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

    # -- checking in --------------------------------------------------------------------
    def check_in(
        self,
        text: str,
        method: Method = Method.SCAN,
        day: date | None = None,
        *,
        seen_at: float | None = None,
    ) -> CheckInResult:
        """Decide a presented ticket (scanned text, typed code) and log the outcome.

        Args:
            text: what was presented: a code, a signed payload, a pretix secret, a URL.
            method: how it was read.
            day: the event day to check in for (default: today, `today`).
            seen_at: when the code was seen, a `time.monotonic()` reading in seconds (a
                camera frame's `checkin.scan.scanner.ScanEvent.at`, a handheld's Enter). An
                admitted ticket's scan-to-result time, now - seen_at in ms (at least 0), is
                kept in the check-in's transaction (`_keep_result_time`); refusals are not timed.

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
        with transaction(self._db) as conn:
            found = pretix_signed.vet(conn, lookup.resolve(conn, text, self._verify),
                                      self.clock.now())  # fmt: skip
            result = self._decide_and_log(conn, found, when, method)
            self._keep_result_time(conn, result, seen_at)
        self._committed(result.changes)
        return result if found.error else self._with_notices(result, found)

    def _keep_result_time(
        self, conn: sqlite3.Connection, result: CheckInResult, seen_at: float | None
    ) -> None:
        """Keep an admitted check-in's scan-to-result time (`report_data.record_result_time`).

        ``seen_at`` is a `time.monotonic()` reading (seconds); the time kept is from then to
        now on `monotonic`, in milliseconds, never below 0: the check-in is decided and written
        by then, only the commit's flush to disk is not in it (no second write is made). Nothing
        is kept without ``seen_at``, or for a refused or duplicate ticket (no check-in written).
        """
        if seen_at is not None and result.checkin is not None:
            ms = max(0.0, (self.monotonic() - seen_at) * 1000)
            report_data.record_result_time(conn, result.checkin.id, ms)

    def _unreadable(
        self, conn: sqlite3.Connection, found: lookup.Found, day: date, method: Method
    ) -> CheckInResult:
        decision = Decision(Outcome.REJECTED, Reason.UNREADABLE)
        self._log_attempt(conn, found.code, day, method, decision)
        return CheckInResult(found.code, decision, None, message=found.error, changes=LOGGED)

    def _verify(self, code: str, signature: str) -> bool:
        return signing.verify(self._public_key, self.event.id, code, signature)

    def _with_notices(self, result: CheckInResult, found: lookup.Found) -> CheckInResult:
        layout_notice = found.mixup is not None and not self._layout_noticed
        self._layout_noticed = self._layout_noticed or layout_notice
        return with_lookup(result, found, layout_notice)

    def _decide_and_log(
        self, conn: sqlite3.Connection, found: lookup.Found, day: date, method: Method
    ) -> CheckInResult:
        if found.error:
            return self._unreadable(conn, found, day, method)
        code, registration = found.code, found.registration
        kind = event.ticket_type(conn, registration.ticket_type) if registration else None
        history = checkins.history(conn, code, self.point.name)
        ticket = rules.Ticket(
            code, registration, found.signature_ok, bool(found.candidates), found.void
        )
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
            raise NotFoundError(
                _("No registrations with order '{order_code}'.").format(order_code=order_code)
            )
        orders = sorted({member.order_code for member in members})
        if len(orders) > 1:
            raise UserError(
                _(
                    "Ignoring case, '{order_code}' names the orders {orders}; give the order "
                    "code exactly as written."
                ).format(order_code=order_code, orders=" and ".join(orders))
            )
        return [self.check_in(member.code, method, day) for member in members]

    def undo(self, code: str, day: date | None = None) -> Undone | None:
        """Take back the latest check-in of a ticket on a day; the log keeps both entries.

        Returns:
            What was undone (the undo entry, which names the check-in it undoes) and what
            changed, or None when the ticket has no check-in in force that day.
        """
        when = day or self.today()
        with transaction(self._db) as conn:
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
            raise UserError(_("A walk-in needs a name."))
        registration = Registration(
            self.new_signed_code(), first_name.strip(), last_name.strip(), organisation.strip(),
            email.strip(), ticket_type.strip(), category.strip(), signed=True,
        )  # fmt: skip
        with transaction(self._db) as conn:
            ids = self._write_registration(conn, registration, "create")
        added = self._committed(replace(REGISTERED, outbox=ids))
        result = self.check_in(registration.code, Method.WALK_IN, day)
        return replace(result, changes=added | result.changes)

    # -- sync ---------------------------------------------------------------------------
    def reload_rules(self) -> OpChanges:
        """Read the event's day change and this desk's point again (sync may have changed them)."""
        self.event = event.load(self.conn, str(self.path))
        self.point = event.point(self.conn, self.point.name)
        return OpChanges(event=True, points=True, counts=True)


def default_desk_name() -> str:
    """Name a desk after its computer until the user names it."""
    return socket.gethostname() or "desk"
