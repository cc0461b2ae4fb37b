"""An event file's sync side when it syncs with pretix: positions in, check-ins out, once each.

`PretixLedger` is `checkin.store.sync_ledger.SyncLedger` plus what `checkin.sync.pretix_engine`
needs: the link's options (organizer, check-in list) in the sync row's ``options`` column, the
pretix pull cursor (JSON, `checkin.sync.pretix_pull.PullCursor`) in its ``cursor`` column, and:

- `apply_page`: a pulled page's registrations upserted through the import's path
  (`checkin.store.registrations.Batch`: unchanged ones are left alone, the search index follows
  by its triggers), revoked secrets made cancelled, and pretix's check-ins from other devices
  added to the log (``pretix-<id>``) so "also admitted elsewhere" notices are found as for a hub
  (`checkin.store.sync_notices`); all with the cursor after the page, in one transaction.
- `queued` / `settle`: the check-ins made here that wait for pretix, oldest first, each settled
  (sent, or refused with why) in its own transaction right after pretix answered. The nonce is
  the check-in's own id (a random UUID made once at the desk), so sending one again after a
  crash or a lost answer makes no second check-in in pretix.
- `keep_local`: outbox changes pretix cannot take (registrations, walk-ins' details, undos,
  check-ins taken back before they were sent) are marked done here.
- `save_sig1_keys` and the revoked secrets of each page: what the desk needs to check signed
  ("pretix_sig1") secrets offline, under the options' ``"pretix_sig1"`` entry
  (``{"keys": [base64 PEM, …], "revoked": [secret, …]}``); `sig1_material` reads it back.
  Revoked secrets are kept whether or not the desk knows their ticket, so an old secret of a
  re-issued ticket is refused even when it was never pulled.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from checkin.domain.clock import event_day, parse_utc
from checkin.domain.model import (
    MAIN_POINT,
    CheckIn,
    Kind,
    Method,
    Registration,
    Status,
    TicketType,
)
from checkin.domain.pretix_queue import PulledCheckIn, QueuedRow
from checkin.domain.sync_model import Applied, HubLink, PretixAnswer
from checkin.store import checkins, event, registrations, sync_notices, sync_state
from checkin.store.db import WRITE_WAIT_S, transaction
from checkin.store.sync_ledger import SyncLedger

PRETIX = "pretix"  # the sync row's backend for a pretix link
SIG1 = "pretix_sig1"  # the options' entry with the event's public keys and revoked secrets
_QUEUED = """
SELECT ch.id, c.id, c.code, c.at FROM changes AS ch JOIN checkins AS c ON c.id = ch.key
WHERE ch.entity = 'checkin' AND ch.sent_at IS NULL AND ch.refused IS NULL AND c.kind = 'checkin'
  AND NOT EXISTS (SELECT 1 FROM checkins AS u WHERE u.undoes = c.id)
ORDER BY ch.seq LIMIT ?
"""
_LOCAL_ONLY = """
UPDATE changes SET sent_at = ? WHERE sent_at IS NULL AND refused IS NULL AND (
  entity != 'checkin' OR key NOT IN (SELECT id FROM checkins WHERE kind = 'checkin')
  OR key IN (SELECT undoes FROM checkins WHERE undoes IS NOT NULL))
"""


class PretixLedger(SyncLedger):
    """The sync side of an event file linked to a pretix event (one thread uses it)."""

    @classmethod
    def open_pretix(cls, path: Path, write_wait_s: float = WRITE_WAIT_S) -> PretixLedger:
        """Open an event file's sync side for pretix (`SyncLedger.open`'s errors)."""
        base = SyncLedger.open(path, write_wait_s)
        return cls(base.db, base.path)

    @classmethod
    def of(cls, ledger: SyncLedger) -> PretixLedger:
        """The same connection seen as a pretix ledger."""
        return cls(ledger.db, ledger.path)

    def options(self) -> dict[str, Any]:
        """Return the link's options (``{}`` before ``checkin connect pretix``)."""
        text = sync_state.sync_row(self.db.conn)["options"]
        return dict(json.loads(text)) if text else {}

    def cursor(self) -> str:
        return str(sync_state.sync_row(self.db.conn)["cursor"])

    def link_pretix(self, link: HubLink, options: Mapping[str, Any]) -> None:
        """Link the file to a pretix event; the same link again keeps its cursor (resumes).

        The same link also keeps the signed secrets' keys and revocations pulled before.
        """
        with transaction(self.db) as conn:
            row = sync_state.sync_row(conn)
            before = _options(row["options"])
            kept = before.pop(SIG1, None)
            same = (row["backend"], row["url"], row["event"], before) == (
                PRETIX, link.url, link.event, dict(options))  # fmt: skip
            values = dict(options) | ({SIG1: kept} if same and kept else {})
            sync_state.update_sync(
                conn, backend=PRETIX, url=link.url, event=link.event, desk=link.desk,
                connected_at=link.connected_at, cafile=link.cafile,
                options=json.dumps(values, sort_keys=True),
            )  # fmt: skip
            if not same:
                sync_state.update_sync(conn, cursor="", first_pull_done=0)

    def save_sig1_keys(self, keys: Sequence[str]) -> None:
        """Keep the event's ``valid_keys["pretix_sig1"]`` (base64 PEM) for offline checks."""
        with transaction(self.db) as conn:
            _update_sig1(conn, keys=sorted(set(keys)))

    # -- pulling ------------------------------------------------------------------------
    def save_ticket_types(self, kinds: Sequence[TicketType]) -> None:
        """Keep pretix's products as ticket types (their check-in text as the desk note)."""
        with transaction(self.db) as conn:
            for kind in kinds:
                event.save_ticket_type(conn, kind)

    def apply_page(
        self,
        people: Sequence[Registration],
        arrived: Sequence[PulledCheckIn],
        revoked: Sequence[str],
        cursor: str,
        now: str,
        *,
        done: bool = False,
        withdrawn: Sequence[str] = (),
    ) -> Applied:
        """Apply one pulled page and store the cursor after it, in one transaction.

        ``withdrawn``: secrets of positions no longer on the list; those held here are cancelled.
        """
        with transaction(self.db) as conn:
            batch = registrations.Batch(conn)
            changed = sum(batch.put(person) is not registrations.Verdict.UNCHANGED
                          for person in people)  # fmt: skip
            batch.write(conn, now)
            changed += _revoke(conn, [*revoked, *withdrawn], now)
            if revoked:
                _update_sig1(conn, revoked=sorted(set(sig1_material(conn)[1]) | set(revoked)))
            added = _add_checkins(conn, arrived)
            notices = sync_notices.find(conn, added, now)
            values: dict[str, Any] = {"cursor": cursor}
            if done:
                values["first_pull_done"] = 1
            sync_state.update_sync(conn, **values)
        return Applied(checkins=len(added), registrations=changed, notices=notices)

    # -- uploading ----------------------------------------------------------------------
    def keep_local(self, now: str) -> int:
        """Mark the outbox changes pretix cannot take as done here; returns how many."""
        with transaction(self.db) as conn:
            before = conn.total_changes
            conn.execute(_LOCAL_ONLY, (now,))
            return conn.total_changes - before

    def queued(self, limit: int = 1000) -> list[QueuedRow]:
        """Return up to ``limit`` check-ins made here that wait for pretix, oldest first."""
        rows = self.db.conn.execute(_QUEUED, (limit,)).fetchall()
        return [QueuedRow(change, nonce, code, parse_utc(at)) for change, nonce, code, at in rows]

    def settle(
        self,
        change_id: str,
        refused: str,
        elsewhere: Sequence[PulledCheckIn],
        now: str,
        answer: tuple[str, str, str] | None = None,
    ) -> int:
        """Mark one uploaded check-in sent (or refused, with why); returns new notices.

        ``elsewhere`` are the check-ins pretix named for the ticket from other devices: they
        join the log, and each is an "also admitted elsewhere" notice once. ``answer`` is
        pretix's word on a check-in it stored anyway, as (check-in id, ``"canceled"`` or
        ``"not_valid"``, reason): a notice of its own (`take_answers`).
        """
        with transaction(self.db) as conn:
            if refused:
                conn.execute("UPDATE changes SET refused = ? WHERE id = ?", (refused, change_id))
            else:
                conn.execute("UPDATE changes SET sent_at = ? WHERE id = ?", (now, change_id))
            if answer is not None:
                sync_notices.record_answer(conn, *answer, now)
            return sync_notices.find(conn, _add_checkins(conn, elsewhere), now)

    def take_answers(self, now: str) -> list[PretixAnswer]:
        """Return pretix's answers not shown yet, marking them shown in the same transaction."""
        with transaction(self.db) as conn:
            answers = sync_notices.unshown_answers(conn)
            sync_notices.mark_shown(conn, [answer.id for answer in answers], now)
        return answers


def sig1_material(conn: sqlite3.Connection) -> tuple[tuple[str, ...], frozenset[str]]:
    """Return the pulled pretix_sig1 public keys (base64 PEM) and revoked secrets (none: empty)."""
    row = conn.execute("SELECT options FROM sync WHERE id = 1").fetchone()
    entry = _options(row[0] if row else "").get(SIG1) or {}
    return tuple(entry.get("keys") or ()), frozenset(entry.get("revoked") or ())


def _options(text: str) -> dict[str, Any]:
    return dict(json.loads(text)) if text else {}


def _update_sig1(conn: sqlite3.Connection, **values: list[str]) -> None:
    options = _options(sync_state.sync_row(conn)["options"])
    options[SIG1] = dict(options.get(SIG1) or {}) | values
    sync_state.update_sync(conn, options=json.dumps(options, sort_keys=True))


def _revoke(conn: sqlite3.Connection, revoked: Sequence[str], now: str) -> int:
    """Cancel the registrations of revoked secrets; returns how many changed."""
    before = conn.total_changes
    conn.executemany(
        "UPDATE registrations SET status = ?, updated_at = ? WHERE code = ? AND status != ?",
        ((Status.CANCELLED.value, now, code, Status.CANCELLED.value) for code in revoked),
    )
    return conn.total_changes - before


def _add_checkins(conn: sqlite3.Connection, arrived: Sequence[PulledCheckIn]) -> list[str]:
    """Add pretix's check-ins to the log, but not this desk's own uploads coming back.

    A check-in of ours comes back from pretix with our scan time: it is left out by its
    ticket and time (to the millisecond).
    """
    if not arrived:
        return []
    tz, day_change = conn.execute("SELECT timezone, day_change FROM event").fetchone()
    change_at = time.fromisoformat(day_change) if day_change else None
    ours = _own_times(conn, sorted({item.code for item in arrived}))
    added: list[str] = []
    for item in arrived:
        if (item.code, _ms(item.at)) in ours:
            continue
        day = event_day(item.at, tz, change_at) if change_at else item.at.date()
        entry = CheckIn(f"pretix-{item.id}", item.code, day, item.at.astimezone(UTC),
                        item.device, MAIN_POINT, Method.SCAN, Kind.CHECKIN)  # fmt: skip
        before = conn.total_changes
        conn.execute(
            "INSERT OR IGNORE INTO checkins (id, code, day, at, desk, point, method, kind, "
            "undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            checkins.to_row(entry),
        )
        if conn.total_changes > before:
            added.append(entry.id)
    return added


def _own_times(conn: sqlite3.Connection, codes: Sequence[str]) -> set[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        rows = conn.execute(
            "SELECT code, at FROM checkins WHERE code IN ({}) AND id IN "
            "(SELECT key FROM changes WHERE entity = 'checkin')".format(",".join("?" * len(chunk))),
            chunk,
        )
        found.update((code, _ms(parse_utc(at))) for code, at in rows)
    return found


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)
