"""The hub's answers in the sync wire format (version 1): push results, pages, events, errors.

`checkin.sync.protocol` declares what desks send; this module what the hub sends back. Both
sides validate with these models (the hub's OpenAPI document at /docs shows them).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from checkin.sync.protocol import Entry


class Answer(BaseModel):
    """An answer of the hub: keys a newer hub adds are ignored, so adding one is not a break."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class EntryResult(Answer):
    """What became of one pushed entry."""

    id: str
    seq: int
    status: Literal["stored", "duplicate"]


class PushResult(Answer):
    """The hub's answer to a batch; ``replayed`` when the batch id was answered before."""

    batch_id: str
    replayed: bool
    stored: int
    duplicates: int
    last_seq: int
    hub_time: str
    clock_skew_ms: int
    results: list[EntryResult]


class PulledEntry(Answer):
    """An entry as the hub hands it out: its sequence number, when it arrived, the entry."""

    seq: int
    received_at: datetime
    entry: Entry


class PullPage(Answer):
    """Entries after a cursor, in sequence order; pull again from ``next_since`` while ``more``."""

    version: int
    event: str
    since: int
    next_since: int
    last_seq: int
    more: bool
    hub_time: str
    entries: list[PulledEntry]


class RegistrationRecord(Answer):
    """A registration as the hub has merged it, with the clock reading of each field."""

    code: str
    fields: dict[str, Any]
    clocks: dict[str, str]


class RegistrationPage(Answer):
    """One page of registrations by code; ``as_of`` is the log position when it was read."""

    event: str
    after: str
    next_after: str | None
    as_of: int
    registrations: list[RegistrationRecord]


class EventInfo(Answer):
    """An event on the hub; the keys sign and verify the event's QR tickets (base64)."""

    slug: str
    id: str
    name: str
    days: list[date]
    timezone: str
    last_seq: int
    public_key: str
    private_key: str | None = None


class CheckInRef(Answer):
    """One check-in named in a duplicate report: where, when, and its place in the log."""

    id: str
    desk: str
    at: datetime
    seq: int


class Duplicate(Answer):
    """A ticket admitted more than once at one point on one day: the first, then the others."""

    code: str
    point: str
    day: date
    first: CheckInRef
    others: list[CheckInRef]


class Health(Answer):
    """The answer of /health."""

    status: Literal["ok", "degraded"]
    version: str
    protocol_versions: list[int]
    database: str


class ErrorDetail(Answer):
    """What is wrong, and where (a JSON path such as ``entries.3.payload.day``)."""

    code: str
    message: str
    details: list[dict[str, Any]] = Field(default_factory=list)


class ErrorBody(Answer):
    """Every 4xx/5xx answer of the hub: ``{"error": {"code", "message", "details"}}``."""

    error: ErrorDetail
