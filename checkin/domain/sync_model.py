"""What a desk's sync hands between its engine and its event file: plain values, no I/O.

The sync engine (`checkin.sync.engine`) and the event file's sync ledger
(`checkin.store.sync_ledger`) never import each other; these frozen values cross between them.
Times are UTC text as the event file stores them (`checkin.domain.clock.utc_text`) unless a
field says otherwise; clock readings are `checkin.domain.hlc` texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

HUB = "hub"  # the backend of a link made by ``checkin connect URL``


@dataclass(frozen=True)
class HubLink:
    """Where an event file syncs to, as ``checkin connect`` set it up.

    Attributes:
        backend: ``"hub"`` (the project's hub); another backend (pretix) names itself.
        url: the hub's base URL.
        event: the event's slug on the hub.
        desk: the name this desk pushes its batches under.
        connected_at: when the link was made (UTC text).
        cafile: the certificate to trust for an HTTPS hub with a self-signed one ("" for the
            system's trusted authorities).
    """

    backend: str
    url: str
    event: str
    desk: str
    connected_at: str
    cafile: str = ""


@dataclass(frozen=True)
class OutboxEntry:
    """One change of this desk waiting to be sent, with the clock reading it was stamped with.

    ``payload`` is the JSON text the outbox holds; `row` gives what
    `checkin.sync.protocol.entry_from_outbox` reads.
    """

    seq: int
    id: str
    at: str
    origin: str
    entity: str
    key: str
    op: str
    payload: str
    hlc: str

    def row(self) -> dict[str, Any]:
        """Return the outbox row as ``entry_from_outbox`` takes it."""
        return {name: getattr(self, name) for name in ROW_KEYS}


ROW_KEYS = ("id", "at", "origin", "entity", "key", "op", "payload")


@dataclass(frozen=True)
class OutboxBatch:
    """The entries of one push under one batch id.

    ``resent`` is True when the batch was handed out before and never acknowledged (a crash,
    a lost answer): it goes again with the same id and the same entries, so the hub answers
    it as a replay and nothing is stored twice.
    """

    id: str
    entries: tuple[OutboxEntry, ...]
    resent: bool = False


@dataclass(frozen=True)
class RemoteChange:
    """An entry pulled from elsewhere, in the wire format's terms (docs/sync-protocol.md §1).

    Attributes:
        id, entity, key, op, at, hlc, origin: the entry's keys as the wire has them.
        payload: the entry's payload as a JSON object (days as ISO text).
        position: the pull cursor to store once this entry is applied; "" when the backend
            can only resume after a whole page.
    """

    id: str
    entity: str
    key: str
    op: str
    at: str
    hlc: str
    origin: str
    payload: Mapping[str, Any]
    position: str = ""


@dataclass(frozen=True)
class RemoteRecord:
    """A registration as the hub merged it, with each field's clock reading (a first pull).

    ``position`` is the pull cursor to store once it is applied ("" as for `RemoteChange`).
    """

    code: str
    fields: Mapping[str, Any]
    clocks: Mapping[str, str]
    position: str = ""


@dataclass(frozen=True)
class Applied:
    """What applying pulled entries changed in the event file (counts; merge two with ``|``).

    Attributes:
        checkins: check-ins and undos added to the log.
        registrations: registrations added or changed.
        ticket_types, points: ticket types and check-in points changed.
        event: the event's day change changed.
        parked: undos kept aside until the check-in they take back arrives.
        notices: new "also admitted elsewhere" notices found.
    """

    checkins: int = 0
    registrations: int = 0
    ticket_types: int = 0
    points: int = 0
    event: int = 0
    parked: int = 0
    notices: int = 0

    def __or__(self, other: Applied) -> Applied:
        return Applied(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class AlsoAdmitted:
    """A ticket this desk admitted that another desk admitted too, while both were offline.

    Attributes:
        id: the other desk's check-in (a notice is found and shown once per such check-in).
        code: the ticket code.
        name: the attendee's name ("" while the registration has not arrived).
        point: the check-in point.
        day: the event day.
        desk, at: the other desk and when it admitted the ticket (UTC).
        here_desk, here_at: the check-in made here (desk name and time, UTC).
        first_here: whether this desk's check-in is the first of the day ("the" check-in);
            otherwise the other desk's is, and this desk's counts as the duplicate.
    """

    id: str
    code: str
    name: str
    point: str
    day: date
    desk: str
    at: datetime
    here_desk: str
    here_at: datetime
    first_here: bool


@dataclass(frozen=True)
class PretixAnswer:
    """pretix stored a check-in made here (forced) but said the ticket is no longer good.

    Attributes:
        id: the notice's id (each is found and shown once).
        status: ``"canceled"`` (canceled in pretix since) or ``"not_valid"`` (not valid now).
        reason: pretix's reason code ("" when it gave none; ``unpaid``, ``blocked`` …).
        code: the ticket code.
        name: the attendee's name ("" while the registration has not arrived).
        point, day: the check-in point and event day of the check-in made here.
        here_desk, here_at: the desk that admitted the ticket, and when (UTC).
    """

    id: str
    status: str
    reason: str
    code: str
    name: str
    point: str
    day: date
    here_desk: str
    here_at: datetime


@dataclass(frozen=True)
class SyncState:
    """Where an event file's sync stands, as the status bar and ``checkin sync`` show it.

    Attributes:
        link: the hub it syncs with, or None (never connected: this desk works alone).
        cursor: the pull cursor (the backend's own text).
        first_pull_done: whether the first download of registrations is complete.
        waiting: changes made here not yet acknowledged by the hub.
        refused: changes the hub refused (retrying cannot help: see ``last_error``).
        in_flight: the id of a batch sent and not yet acknowledged (sent again as it is).
        last_attempt_at, last_success_at, last_error_at: UTC text, "" for never.
        last_error: what went wrong the last time, in words ("" after a success).
        last_error_kind: "" or ``unreachable``, ``token``, ``refused``, ``storage``.
        clock_skew_ms: how far this computer's clock ran ahead of the hub's at the last push
            (negative: behind), or None.
    """

    link: HubLink | None
    cursor: str = ""
    first_pull_done: bool = False
    waiting: int = 0
    refused: int = 0
    in_flight: str = ""
    last_attempt_at: str = ""
    last_success_at: str = ""
    last_error_at: str = ""
    last_error: str = ""
    last_error_kind: str = ""
    clock_skew_ms: int | None = None
