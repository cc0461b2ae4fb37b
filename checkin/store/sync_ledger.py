"""An event file's sync side: the outbox in batches, pulled entries applied, the link and status.

`SyncLedger` is what the sync engine (`checkin.sync.engine`) reads and writes, on a connection
of its own to the event file (WAL: the desk's check-ins go on beside it). Every write is one
short transaction that leaves the file consistent: a batch handed out is marked in the
outbox before it is sent (so a crash sends the same batch again, answered by the hub as a
replay), acknowledged entries are marked with the answer, and each chunk of pulled entries is
applied together with the cursor that follows it. The desk reaches it through
`checkin.desk.SyncLedger` (the window's sync worker and ``checkin sync`` open it on their own
thread); ``checkin connect`` creates an event file with it (`create`).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.domain.model import DEFAULT_DAY_CHANGE
from checkin.domain.sync_model import (
    AlsoAdmitted,
    Applied,
    HubLink,
    OutboxBatch,
    OutboxEntry,
    RemoteChange,
    RemoteRecord,
    SyncState,
)
from checkin.store import event, sync_apply, sync_notices, sync_state
from checkin.store.db import WRITE_WAIT_S, open_db, set_write_wait, transaction

if TYPE_CHECKING:  # sqlite-utils (and the NumPy it loads) only when a file is opened
    import sqlite_utils

_OUTBOX = "SELECT seq, id, at, origin, entity, key, op, payload, hlc FROM changes"


@dataclass(frozen=True)
class EventSeed:
    """An event as a hub describes it, to make a desk's event file of it (``checkin connect``).

    Keys are raw Ed25519 keys (`checkin.domain.signing`); without the private key the desk
    verifies tickets but cannot sign walk-ins' tickets.
    """

    id: str
    name: str
    days: tuple[date, ...]
    timezone: str
    public_key: bytes
    private_key: bytes | None
    day_change: time = DEFAULT_DAY_CHANGE


class SyncLedger:
    """The sync side of one event file, on its own connection (one thread uses it)."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.event_id, self.timezone = db.conn.execute(
            "SELECT uuid, timezone FROM event"
        ).fetchone()
        self._seen_version: int | None = None
        self._seen_knock = 0

    @classmethod
    def open(cls, path: Path, write_wait_s: float = WRITE_WAIT_S) -> SyncLedger:
        """Open an event file's sync side (a connection of its own).

        Raises:
            UserError: the file is missing, not an event file, or from a newer release.
        """
        db = open_db(Path(path))
        set_write_wait(db, write_wait_s)
        return cls(db, Path(path))

    @classmethod
    def create(cls, path: Path, seed: EventSeed, link: HubLink) -> SyncLedger:
        """Make a new event file for an event on a hub, linked to it (nothing pulled yet).

        Raises:
            UserError: the file exists and is not empty (`checkin.store.db.open_db`).
        """
        db = open_db(Path(path), create=True)
        with transaction(db) as conn:
            conn.execute(
                "INSERT INTO event (id, uuid, name, days, timezone, private_key, public_key, "
                "created_at, day_change) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seed.id, seed.name, event.days_text(sorted(set(seed.days))), seed.timezone,
                 seed.private_key, seed.public_key, link.connected_at,
                 event.time_text(seed.day_change)),
            )  # fmt: skip
            _link(conn, link)
        return cls(db, Path(path))

    def close(self) -> None:
        self.db.conn.close()

    # -- reading ------------------------------------------------------------------------
    def state(self) -> SyncState:
        """Return where sync stands: the link, the cursor, waiting entries, last outcomes."""
        conn = self.db.conn
        row = sync_state.sync_row(conn)
        waiting, refused = conn.execute(
            "SELECT count(*) FILTER (WHERE refused IS NULL), count(*) FILTER (WHERE refused "
            "IS NOT NULL) FROM changes WHERE sent_at IS NULL"
        ).fetchone()
        flight = conn.execute(
            "SELECT batch_id FROM changes WHERE sent_at IS NULL AND batch_id IS NOT NULL LIMIT 1"
        ).fetchone()
        link = None
        if row["url"]:
            link = HubLink(row["backend"], row["url"], row["event"], row["desk"],
                           row["connected_at"], row["cafile"])  # fmt: skip
        return SyncState(
            link, row["cursor"], bool(row["first_pull_done"]), int(waiting), int(refused),
            flight[0] if flight else "", row["last_attempt_at"], row["last_success_at"],
            row["last_error_at"], row["last_error"], row["last_error_kind"], row["clock_skew_ms"],
        )  # fmt: skip

    def import_running(self) -> bool:
        """Tell whether an import is between its chunks (pulling waits until it is done)."""
        return self.db.conn.execute("SELECT 1 FROM import_runs LIMIT 1").fetchone() is not None

    def desk_active(self) -> bool:
        """Tell whether a desk wrote or knocked (`checkin.store.staging.knock`) since last asked."""
        version = int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])
        try:
            knock = os.stat(f"{self.path}-knock").st_mtime_ns
        except OSError:
            knock = 0
        active = (self._seen_version is not None and version != self._seen_version) or (
            knock != self._seen_knock and self._seen_version is not None
        )
        self._seen_version, self._seen_knock = version, knock
        return active

    # -- pushing ------------------------------------------------------------------------
    def next_batch(self, limit: int) -> OutboxBatch | None:
        """Return the batch to push: the unacknowledged one again, else up to ``limit`` new.

        A new batch's id is written to its entries before it is handed out, in one
        transaction, so a crash after sending sends the very same batch again.
        """
        with transaction(self.db) as conn:
            flight = conn.execute(
                "SELECT batch_id FROM changes WHERE sent_at IS NULL AND batch_id IS NOT NULL "
                "ORDER BY seq LIMIT 1"
            ).fetchone()
            if flight is not None:
                rows = conn.execute(
                    f"{_OUTBOX} WHERE batch_id = ? AND sent_at IS NULL ORDER BY seq", flight
                ).fetchall()
                return OutboxBatch(flight[0], tuple(OutboxEntry(*row) for row in rows), True)
            rows = conn.execute(
                f"{_OUTBOX} WHERE sent_at IS NULL AND refused IS NULL ORDER BY seq LIMIT ?",
                (limit,),
            ).fetchall()
            if not rows:
                return None
            batch = OutboxBatch(str(uuid.uuid4()), tuple(OutboxEntry(*row) for row in rows))
            conn.executemany(
                "UPDATE changes SET batch_id = ? WHERE id = ?",
                ((batch.id, entry.id) for entry in batch.entries),
            )
        return batch

    def acknowledge(
        self,
        done: Sequence[str],
        refused: Mapping[str, str],
        remote_clock: str | None,
        skew_ms: int | None,
        now: str,
    ) -> None:
        """Mark entries as acknowledged (and refused ones with why), in one transaction.

        Entries of the batch neither acknowledged nor refused lose their batch id: they go
        out again in a new batch.
        """
        with transaction(self.db) as conn:
            conn.executemany(
                "UPDATE changes SET sent_at = ? WHERE id = ?", ((now, i) for i in done)
            )
            conn.executemany(
                "UPDATE changes SET refused = ?, batch_id = NULL WHERE id = ?",
                ((why, i) for i, why in refused.items()),
            )
            conn.execute("UPDATE changes SET batch_id = NULL WHERE sent_at IS NULL")
            if remote_clock:
                sync_state.observe(conn, remote_clock, sync_state.ms_of(now))
            if skew_ms is not None:
                sync_state.update_sync(conn, clock_skew_ms=skew_ms)

    def release(self) -> None:
        """Forget the batch in flight: its entries go out again under a new batch id."""
        with transaction(self.db) as conn:
            conn.execute("UPDATE changes SET batch_id = NULL WHERE sent_at IS NULL")

    # -- pulling ------------------------------------------------------------------------
    def apply(
        self,
        changes: Sequence[RemoteChange],
        records: Sequence[RemoteRecord],
        position: str,
        now: str,
        *,
        first_pull_done: bool | None = None,
    ) -> Applied:
        """Apply pulled entries and records and store the cursor after them: one transaction.

        Every pulled clock reading is folded into the desk's clock, so the desk's next edit
        comes after everything it has seen.
        """
        with transaction(self.db) as conn:
            applied = sync_apply.apply_records(conn, records, now)
            applied |= sync_apply.apply_changes(conn, changes, self.event_id, now)
            readings = [c.hlc for c in changes] + [v for r in records for v in r.clocks.values()]
            if readings:
                sync_state.observe(conn, max(readings), sync_state.ms_of(now))
            values: dict[str, object] = {"cursor": position}
            if first_pull_done is not None:
                values["first_pull_done"] = int(first_pull_done)
            sync_state.update_sync(conn, **values)
        return applied

    # -- outcomes -----------------------------------------------------------------------
    def set_link(self, link: HubLink) -> None:
        """Link the file to a hub (a new link starts the pull from the beginning)."""
        with transaction(self.db) as conn:
            _link(conn, link)

    def set_cafile(self, cafile: str) -> None:
        """Change the certificate trusted for the hub (the link and its cursor stay)."""
        with transaction(self.db) as conn:
            sync_state.update_sync(conn, cafile=cafile)

    def attempted(self, now: str) -> None:
        with transaction(self.db) as conn:
            sync_state.update_sync(conn, last_attempt_at=now)

    def succeeded(self, now: str) -> None:
        """Record a sync that exchanged everything."""
        with transaction(self.db) as conn:
            sync_state.update_sync(conn, last_success_at=now, last_error="", last_error_kind="")

    def failed(self, kind: str, text: str, now: str) -> None:
        """Record why a sync did not finish (``kind``: unreachable, token, refused, storage)."""
        with transaction(self.db) as conn:
            sync_state.update_sync(conn, last_error=text, last_error_kind=kind, last_error_at=now)

    def take_notices(self, now: str) -> list[AlsoAdmitted]:
        """Return the notices not shown yet, marking them shown in the same transaction."""
        with transaction(self.db) as conn:
            notices = sync_notices.unshown(conn)
            sync_notices.mark_shown(conn, [notice.id for notice in notices], now)
        return notices


def _link(conn: sqlite3.Connection, link: HubLink) -> None:
    sync_state.update_sync(
        conn, backend=link.backend, url=link.url, event=link.event, desk=link.desk,
        connected_at=link.connected_at, cafile=link.cafile, cursor="", first_pull_done=0,
    )  # fmt: skip
