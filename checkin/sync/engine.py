"""The desk's sync engine: push the outbox in batches, pull since the cursor, apply, notice.

Plain Python (no Qt): ``checkin sync`` runs it once, the window's sync worker every few
seconds on a thread of its own. It talks to the hub through `checkin.sync.client.HubClient`
(timeouts, and urllib3's ``Retry`` with backoff for refused connections and 5xx answers) and
to the event file through a `Ledger` (`checkin.desk.SyncLedger`, on a connection of its own):
the two never import each other; the values of `checkin.domain.sync_model` cross between them.

One run (`SyncEngine.run_once`), each step its own short transaction, so a crash or a kill at
any point resumes where it stopped and nothing is stored twice (docs/sync-protocol.md §9):

1. push: the batch in flight (handed out, never acknowledged) goes again under its own id,
   which the hub answers as a replay; then new batches of up to ``batch_size`` entries until
   the outbox is empty. An entry the hub's wire format refuses is marked refused with why,
   and the rest of its batch goes on.
2. pull: pages of entries since the cursor, each applied together with the cursor after it.
3. notices: tickets this desk admitted that another desk admitted too while both were
   offline, handed out once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from checkin import config
from checkin.domain.clock import utc_text
from checkin.domain.sync_model import (
    AlsoAdmitted,
    Applied,
    OutboxBatch,
    PretixAnswer,
    RemoteChange,
    RemoteRecord,
    SyncState,
)
from checkin.sync.answers import PulledEntry, PushResult
from checkin.sync.client import (
    BadAnswerError,
    HubClient,
    HubRefusedError,
    HubUnreachableError,
    SyncError,
    TokenRefusedError,
)
from checkin.sync.protocol import (
    MAX_BATCH_ENTRIES,
    Entry,
    ProtocolError,
    changed_fields,
    entry_from_outbox,
)

BATCH_SIZE = 500  # entries per push: a second of the hub's work at most, 250 kB of JSON
PAGE_SIZE = 1000  # entries per pulled page, applied in one transaction
UNREACHABLE, TOKEN, REFUSED = "unreachable", "token", "refused"  # SyncState.last_error_kind
_ENTRY_PATH = re.compile(r"^(?:body\.)?entries\.(\d+)")


class Ledger(Protocol):
    """The event file's sync side as the engine uses it (`checkin.desk.SyncLedger`)."""

    def state(self) -> SyncState: ...
    def next_batch(self, limit: int) -> OutboxBatch | None: ...
    def acknowledge(
        self, done: Sequence[str], refused: Mapping[str, str], remote_clock: str | None,
        skew_ms: int | None, now: str,
    ) -> None: ...  # fmt: skip
    def release(self) -> None: ...
    def apply(
        self, changes: Sequence[RemoteChange], records: Sequence[RemoteRecord], position: str,
        now: str, *, first_pull_done: bool | None = None,
    ) -> Applied: ...  # fmt: skip
    def attempted(self, now: str) -> None: ...
    def succeeded(self, now: str) -> None: ...
    def failed(self, kind: str, text: str, now: str) -> None: ...
    def take_notices(self, now: str) -> list[AlsoAdmitted]: ...


class NotConnectedError(SyncError):
    """The event file is linked to no hub (``checkin connect`` first)."""


@dataclass(frozen=True)
class SyncReport:
    """What one run exchanged.

    Attributes:
        pushed: entries the hub stored from this desk in this run.
        duplicates: entries it already had (a batch sent again after a lost answer).
        pulled: entries pulled (this desk's own come back too, and change nothing).
        applied: what the pulled entries changed in the event file.
        notices: "also admitted elsewhere" notices found, each handed out once.
        answers: pretix's answers "canceled since" / "not valid now" to check-ins it stored
            anyway (pretix only), each handed out once.
        waiting: changes still to send (0 after a complete run).
        refused: changes the hub refused (kept, with why, in the outbox).
        cursor: the pull cursor after the run.
    """

    pushed: int
    duplicates: int
    pulled: int
    applied: Applied
    notices: tuple[AlsoAdmitted, ...]
    waiting: int
    refused: int
    cursor: str
    answers: tuple[PretixAnswer, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """Return the report as ``checkin sync --json`` prints it."""
        return {
            "pushed": self.pushed, "duplicates": self.duplicates, "pulled": self.pulled,
            "applied": {"checkins": self.applied.checkins,
                        "registrations": self.applied.registrations,
                        "ticket_types": self.applied.ticket_types, "points": self.applied.points,
                        "parked": self.applied.parked},
            "notices": [notice_json(n) for n in self.notices], "waiting": self.waiting,
            "refused": self.refused, "cursor": self.cursor,
            "answers": [answer_json(a) for a in self.answers],
        }  # fmt: skip


def token_secret(event_id: str, desk: str) -> str:
    """The secret store's name for a desk's hub token for one event (`checkin.config`)."""
    return f"{config.HUB_TOKEN_SECRET}:{event_id}:{desk}"


def stored_token(event_id: str, desk: str) -> str:
    """Return the token ``checkin connect`` stored for a desk and event ("" for none)."""
    return config.secret_store().get(token_secret(event_id, desk))


def notice_json(notice: AlsoAdmitted) -> dict[str, Any]:
    """Return a notice as JSON (times UTC, ISO 8601)."""
    return {
        "code": notice.code, "name": notice.name, "point": notice.point,
        "day": notice.day.isoformat(), "desk": notice.desk, "at": utc_text(notice.at),
        "here_desk": notice.here_desk, "here_at": utc_text(notice.here_at),
        "first_here": notice.first_here,
    }  # fmt: skip


def answer_json(answer: PretixAnswer) -> dict[str, Any]:
    """Return pretix's answer to an upload as JSON (times UTC, ISO 8601)."""
    return {
        "code": answer.code, "name": answer.name, "status": answer.status,
        "reason": answer.reason, "point": answer.point, "day": answer.day.isoformat(),
        "here_desk": answer.here_desk, "here_at": utc_text(answer.here_at),
    }  # fmt: skip


@dataclass
class _Tally:
    pushed: int = 0
    duplicates: int = 0
    pulled: int = 0
    applied: Applied = field(default_factory=Applied)


def _now() -> str:
    return utc_text(datetime.now(UTC))


class SyncEngine:
    """Sync one event file with its hub.

    Args:
        ledger: the event file's sync side (its link names the hub's URL and event).
        client: the hub's client (made with the desk's token).
        batch_size: entries per push (1 to 1,000).
        page_size: entries per pulled page.
        now: where the time of attempts and outcomes comes from (UTC text).
    """

    def __init__(
        self,
        ledger: Ledger,
        client: HubClient,
        *,
        batch_size: int = BATCH_SIZE,
        page_size: int = PAGE_SIZE,
        now: Callable[[], str] = _now,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH_ENTRIES:
            raise ValueError(f"batch_size must be 1 to {MAX_BATCH_ENTRIES}, not {batch_size}")
        self.ledger = ledger
        self.client = client
        self.batch_size = batch_size
        self.page_size = page_size
        self.now = now

    def run_once(self) -> SyncReport:
        """Push everything waiting, pull everything new, and collect the notices.

        Raises:
            NotConnectedError: the event file has no hub link.
            HubUnreachableError: no answer (after the client's retries); nothing is lost,
                the next run goes on where this one stopped.
            TokenRefusedError: the hub refused the token (unknown, revoked, other event).
            HubRefusedError, BadAnswerError: the hub refused a request or answered nonsense.
        """
        state = self.ledger.state()
        if state.link is None:
            raise NotConnectedError("this event file is not connected to a hub")
        self.ledger.attempted(self.now())
        tally = _Tally()
        try:
            self._push(state.link.event, state.link.desk, tally)
            self._pull(state.link.event, state.cursor, tally)
        except SyncError as error:
            self.ledger.failed(error_kind(error), str(error), self.now())
            raise
        self.ledger.succeeded(self.now())
        return self._report(tally)

    def _report(self, tally: _Tally) -> SyncReport:
        notices = tuple(self.ledger.take_notices(self.now()))
        after = self.ledger.state()
        return SyncReport(
            tally.pushed, tally.duplicates, tally.pulled, tally.applied, notices,
            after.waiting, after.refused, after.cursor,
        )  # fmt: skip

    # -- pushing ------------------------------------------------------------------------
    def _push(self, slug: str, desk: str, tally: _Tally) -> None:
        while (batch := self.ledger.next_batch(self.batch_size)) is not None:
            entries, refused = _wire_entries(batch)
            if not entries:
                self.ledger.acknowledge([], refused, None, None, self.now())
                continue
            try:
                result = self.client.push(slug, entries, desk, batch_id=_batch_id(batch, refused))
            except TokenRefusedError:
                raise
            except HubRefusedError as refusal:
                self._refused(batch, entries, refusal, refused)
                continue
            self._acknowledged(result, refused, tally)

    def _acknowledged(self, result: PushResult, refused: Mapping[str, str], tally: _Tally) -> None:
        """Mark what the hub answered; a replay's entries were on the hub before this run."""
        done = [item.id for item in result.results]
        stored = 0 if result.replayed else sum(1 for i in result.results if i.status == "stored")
        tally.pushed += stored
        tally.duplicates += len(done) - stored
        self.ledger.acknowledge(done, refused, result.hub_time, result.clock_skew_ms, self.now())

    def _refused(
        self,
        batch: OutboxBatch,
        entries: Sequence[Entry],
        refusal: HubRefusedError,
        refused: dict[str, str],
    ) -> None:
        """Mark the entries a refusal names as refused; the others go again in a new batch.

        A refusal that names no entry (``entry_in_other_event``, ``batch_id_reused``) is not
        one entry's fault: the run stops with it, and nothing is marked.
        """
        named = _named_entries(refusal, entries)
        if not named:
            self.ledger.release()
            raise refusal
        why = f"{refusal.code}: {refusal.message}"
        refused.update(dict.fromkeys(named, why))
        self.ledger.acknowledge([], refused, None, None, self.now())

    # -- pulling ------------------------------------------------------------------------
    def _pull(self, slug: str, cursor: str, tally: _Tally) -> None:
        since = int(cursor or 0)
        for page in self.client.pull_all(slug, since, self.page_size):
            changes = [remote_change(pulled) for pulled in page.entries]
            tally.applied |= self.ledger.apply(
                changes, [], str(page.next_since), self.now(),
                first_pull_done=True if not page.more else None,
            )  # fmt: skip
            tally.pulled += len(changes)


def remote_change(pulled: PulledEntry) -> RemoteChange:
    """Turn a pulled entry into what the event file applies (payload as JSON values)."""
    entry = pulled.entry
    payload = changed_fields(entry) or entry.payload.model_dump(mode="json", exclude_none=True)
    return RemoteChange(
        id=entry.id, entity=entry.entity, key=entry.key, op=entry.op, at=utc_text(entry.at),
        hlc=entry.hlc, origin=entry.origin, payload=payload, position=str(pulled.seq),
    )  # fmt: skip


def _wire_entries(batch: OutboxBatch) -> tuple[list[Entry], dict[str, str]]:
    """Turn a batch's outbox rows into wire entries; those that cannot be sent, with why."""
    entries: list[Entry] = []
    refused: dict[str, str] = {}
    for row in batch.entries:
        try:
            entries.append(entry_from_outbox(row.row(), row.hlc))
        except (ProtocolError, ValueError) as error:
            refused[row.id] = f"not sendable: {error}"
    return entries, refused


def _batch_id(batch: OutboxBatch, refused: Mapping[str, str]) -> str | None:
    """The batch's own id, unless entries were left out (then a new one: other entries)."""
    return None if refused else batch.id


def _named_entries(refusal: HubRefusedError, entries: Sequence[Entry]) -> list[str]:
    """Return the ids of the entries a 422 refusal's details point at (``entries.3...``)."""
    if refusal.status != 422:
        return []
    named: list[str] = []
    for detail in refusal.details:
        location = detail.get("loc") if isinstance(detail, dict) else None
        path = ".".join(str(part) for part in location) if location else str(detail)
        found = _ENTRY_PATH.match(path)
        if found and int(found.group(1)) < len(entries):
            named.append(entries[int(found.group(1))].id)
    return list(dict.fromkeys(named))


def error_kind(error: SyncError) -> str:
    """The failure's kind as the sync row keeps it: TOKEN, UNREACHABLE or REFUSED."""
    if isinstance(error, TokenRefusedError):
        return TOKEN
    if isinstance(error, HubUnreachableError | BadAnswerError):
        return UNREACHABLE
    return REFUSED
