"""The desk's edits: registrations, imports and the event's rules, each answering with what changed.

`DeskEdits` is the middle of the desk: `checkin.desk_views.DeskViews` reads, this adds every
write that is not a check-in (corrections, walk-in registrations, imports, ticket types,
points, the day change), the outbox entry each write records for sync, and the hooks that hear
of each committed write (`on_change`). `checkin.desk.Desk` adds the check-ins.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import replace
from datetime import time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.desk_views import DeskViews
from checkin.domain.clock import MAX_DAY_CHANGE, Clock, utc_text
from checkin.domain.fields import to_json
from checkin.domain.model import EDITABLE, Point, PrintRecord, Registration, TicketType
from checkin.errors import NotFoundError, UserError
from checkin.importer import ImportReport, import_file
from checkin.messages import _
from checkin.progress import Progress
from checkin.results import Edited
from checkin.store import audit, changes, event, print_log, registrations, staging
from checkin.store.changes import OpChanges
from checkin.store.db import WRITE_WAIT_S, WaitHook, on_waiting, transaction
from checkin.store.print_log import PrintLog

if TYPE_CHECKING:  # sqlite-utils (and the NumPy it loads) only when a file is opened
    import sqlite_utils

ChangeHook = Callable[[OpChanges], None]
STALE_PRINT_S = print_log.STALE_AFTER_S  # a badge job unmoved this long is no live desk's
REGISTERED = OpChanges(registrations=True, counts=True, recent=True)


class DeskEdits(DeskViews):
    """The reads and the edits of one desk on one event file (see the module docstring).

    Attributes:
        desk_name: the name this desk writes on its changes (default: the host name).
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
        self._change_hooks: list[ChangeHook] = []
        with suppress(sqlite3.OperationalError):  # a read-only file: left for a writable open
            staging.recover(db)

    def close(self) -> None:
        """Close the event file."""
        self.conn.close()

    def on_waiting(self, hook: WaitHook) -> None:
        """Call ``hook(Waiting)`` while a write waits for another program (store.db.Waiting).

        It runs on the writing thread, about every second of the wait, then once when done.
        """
        on_waiting(self._db, hook)

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
        check_day_change(value)
        with transaction(self._db) as conn:
            event.set_day_change(conn, value)
            payload = {"day_change": event.time_text(value)}
            ids = self._record(conn, "event", self.event.id, "update", payload)
        self.event = replace(self.event, day_change=value)
        return self._committed(OpChanges(event=True, counts=True, outbox=ids))

    def update_registration(self, code: str, **fields: str) -> Edited:
        """Change a registration's editable fields (`EDITABLE`: fix a misspelt name, say).

        Values are trimmed; the outbox entry carries only the fields given.

        Raises:
            UserError: a field that is not editable.
            NotFoundError: no registration has the code.
        """
        unknown = sorted(set(fields) - set(EDITABLE))
        if unknown:
            raise UserError(
                _("Cannot edit {fields}; editable: {editable}.").format(
                    fields=", ".join(unknown), editable=", ".join(EDITABLE)
                )
            )
        with transaction(self._db) as conn:
            current = registrations.get(conn, code)
            if current is None:
                raise NotFoundError(
                    _("No registration with ticket code '{code}'.").format(code=code)
                )
            cleaned: dict[str, Any] = {key: value.strip() for key, value in fields.items()}
            updated = replace(current, **cleaned)
            ids = self._write_registration(conn, updated, "update", cleaned)
            audit.record(
                conn, audit.Entry(self._now_text(), self.desk_name, audit.Action.EDIT, code)
            )
        return Edited(updated, self._committed(replace(REGISTERED, outbox=ids)))

    def add_registrations(self, people: Iterable[Registration]) -> OpChanges:
        """Add or update registrations in one transaction, one outbox entry for each change.

        Registrations equal to the stored ones are left alone (no entry). For files, use
        `import_file`, which checks them and writes in short transactions.
        """
        now = self._now_text()
        with transaction(self._db) as conn:
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
        sheet: str | None = None,
    ) -> ImportReport:
        """Import a CSV/XLSX export: all or nothing, updating by ticket code.

        See `checkin.importer.import_file` for the arguments, the report and what it raises.
        """
        report = import_file(
            self._db, self.event, Path(path), overrides=dict(overrides or {}), dry_run=dry_run,
            origin=self.desk_name, now=self._now_text(), progress=progress, sheet=sheet,
        )  # fmt: skip
        if report.written:
            self._committed(report.changes)
        return report

    # -- the event's rules --------------------------------------------------------------
    def set_ticket_type(self, kind: TicketType) -> OpChanges:
        """Save a ticket type's valid days and desk note."""
        with transaction(self._db) as conn:
            event.save_ticket_type(conn, kind)
            ids = self._record(conn, "ticket_type", kind.name, "update", to_json(kind))
        return self._committed(OpChanges(ticket_types=True, counts=True, outbox=ids))

    def set_point(self, entry: Point) -> OpChanges:
        """Save a check-in point: whom it admits, on which days, how often."""
        with transaction(self._db) as conn:
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

    def record_print(self, entry: PrintRecord) -> None:
        """Log a badge job's state in the print log on this desk's connection (the window's way).

        Raises:
            StorageError: the file cannot be written.
        """
        with transaction(self._db) as conn:
            print_log.write(conn, entry)

    def end_unfinished_prints(
        self, keep: Iterable[str] = (), stale_after_s: float = STALE_PRINT_S
    ) -> list[PrintRecord]:
        """End as failed the badge jobs an earlier run of a desk left queued or printing.

        Args:
            keep: ids of jobs still in this desk's own print queue.
            stale_after_s: only jobs unmoved this long end, in seconds (a job that moved
                lately may be in the queue of another desk open on the same file).

        Returns:
            The jobs ended (the badges never made), oldest first.

        Raises:
            StorageError: the file cannot be written.
        """
        reason = _("Not printed: the desk closed before the badge was made.")
        now = self.clock.now()
        before = utc_text(now - timedelta(seconds=stale_after_s))
        with transaction(self._db) as conn:
            return print_log.end_unfinished(conn, reason, utc_text(now), keep, before)


def check_day_change(value: time) -> None:
    if value > MAX_DAY_CHANGE:
        raise UserError(
            _(
                "The day change {value:%H:%M} is after 12:00; give the time in the night an "
                "event day ends, such as 04:00."
            ).format(value=value)
        )
