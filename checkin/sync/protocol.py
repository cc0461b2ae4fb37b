"""The sync wire format (version 1): the JSON that desks and the hub exchange, validated.

One declaration serves both sides: the hub validates what desks push with these models (and
its OpenAPI document at /docs shows them), the desk's client validates what the hub answers.
docs/sync-protocol.md describes the protocol in words. An entry is one change made at a desk
(a registration added or edited, a check-in or its undo, a ticket type, a check-in point),
identified by a UUID made where it happened; the hub stores each entry once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = (1,)
MAX_BATCH_ENTRIES = 1000
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_PULL_LIMIT = 5000
MAX_TEXT = 2000


class ProtocolError(ValueError):
    """Something that claims to be version-1 sync JSON and is not; the text says where."""


# Checked by pydantic's core (no Python call per value): 2,000 entries a second more per core.
Uuid = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
Hlc = Annotated[str, StringConstraints(max_length=300, pattern=r"^[0-9]{15}-[0-9]{6}-.+$")]
UtcTime = AwareDatetime
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class Strict(BaseModel):
    """A wire object: unknown keys are an error, values are never changed after reading."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class RegistrationFields(Strict):
    """A registration's fields; an update carries only those that changed."""

    code: Name | None = None
    first_name: Text | None = None
    last_name: Text | None = None
    organisation: Text | None = None
    email: Text | None = None
    ticket_type: Text | None = None
    category: Text | None = None
    valid_days: list[date] | None = None
    status: Literal["valid", "cancelled"] | None = None
    order_code: Text | None = None
    note: Text | None = None
    signed: bool | None = None
    extra: dict[Text, Text] | None = None

    def changed(self) -> dict[str, Any]:
        """Return the fields this payload sets (JSON values), without ``code``."""
        fields = self.model_dump(mode="json", exclude_unset=True, exclude={"code"})
        return {key: value for key, value in fields.items() if value is not None}


class CheckInFields(Strict):
    """One entry of a check-in log: a check-in, or the undo of one (``undoes`` names it)."""

    id: Uuid
    code: Name
    day: date
    at: UtcTime
    desk: Text
    point: Name
    method: Literal["scan", "handheld", "search", "walk-in"]
    kind: Literal["checkin", "undo"]
    undoes: Uuid | None = None

    @model_validator(mode="after")
    def _undo_names_its_target(self) -> CheckInFields:
        if (self.kind == "undo") != (self.undoes is not None):
            raise ValueError("an undo must name the check-in it undoes (undoes), a check-in not")
        return self


class TicketTypeFields(Strict):
    """A ticket type's valid days and the note the desk must act on."""

    name: Name
    days: list[date] = []
    note: Text = ""


class PointFields(Strict):
    """A check-in point: whom it admits, on which days, how often."""

    name: Name
    ticket_types: list[Text] = []
    categories: list[Text] = []
    days: list[date] = []
    multi_entry: bool = False


class EventFields(Strict):
    """An event's name, days and day change as a desk saw them (kept in the log).

    ``day_change`` is "HH:MM" local time: check-ins before it count to the day before.
    """

    name: Text | None = None
    days: list[date] | None = None
    day_change: Annotated[str, Field(pattern=r"^(0\d|1[0-2]):[0-5]\d$")] | None = None  # "HH:MM"


class _EntryBase(Strict):
    id: Uuid
    key: Name
    at: UtcTime
    hlc: Hlc
    origin: Text


class RegistrationEntry(_EntryBase):
    """A registration added (``create``, all fields) or edited (``update``, changed fields)."""

    entity: Literal["registration"]
    op: Literal["create", "update"]
    payload: RegistrationFields

    @model_validator(mode="after")
    def _code_is_key(self) -> RegistrationEntry:
        if self.payload.code is not None and self.payload.code != self.key:
            raise ValueError(f"payload code '{self.payload.code}' differs from key '{self.key}'")
        return self


class CheckInEntry(_EntryBase):
    """A check-in or an undo; the key is the check-in's id."""

    entity: Literal["checkin"]
    op: Literal["append"]
    payload: CheckInFields

    @model_validator(mode="after")
    def _id_is_key(self) -> CheckInEntry:
        if self.payload.id != self.key:
            raise ValueError(f"payload id '{self.payload.id}' differs from key '{self.key}'")
        return self


class TicketTypeEntry(_EntryBase):
    """A ticket type saved at a desk; the key is its name."""

    entity: Literal["ticket_type"]
    op: Literal["create", "update"]
    payload: TicketTypeFields


class PointEntry(_EntryBase):
    """A check-in point saved at a desk; the key is its name."""

    entity: Literal["point"]
    op: Literal["create", "update"]
    payload: PointFields


class EventEntry(_EntryBase):
    """The event as a desk created or renamed it; stored, never applied to the hub's event."""

    entity: Literal["event"]
    op: Literal["create", "update"]
    payload: EventFields


Entry = Annotated[
    RegistrationEntry | CheckInEntry | TicketTypeEntry | PointEntry | EventEntry,
    Field(discriminator="entity"),
]
ENTRY = TypeAdapter(Entry)


class Batch(Strict):
    """What a desk pushes: up to MAX_BATCH_ENTRIES entries under one batch id."""

    version: int
    batch_id: Uuid
    desk: Name
    sent_at: UtcTime
    entries: list[Entry] = Field(min_length=1, max_length=MAX_BATCH_ENTRIES)

    @field_validator("version", mode="before")
    @classmethod
    def _known_version(cls, value: Any) -> Any:
        if value not in SUPPORTED_VERSIONS:
            raise PydanticCustomError(
                "unsupported_version",
                "protocol version {value} is not spoken here (supported: {supported})",
                {"value": value, "supported": ", ".join(map(str, SUPPORTED_VERSIONS))},
            )
        return value

    @model_validator(mode="after")
    def _ids_unique(self) -> Batch:
        if len({entry.id for entry in self.entries}) != len(self.entries):
            raise ValueError("an entry id appears twice in the batch")
        return self


def parse_entry(data: Mapping[str, Any]) -> Entry:
    """Validate one entry given as a dict; raises ProtocolError naming the field."""
    try:
        return ENTRY.validate_python(data)
    except ValidationError as error:
        raise ProtocolError(describe(error)) from None


def describe(error: ValidationError, limit: int = 5) -> str:
    """Return a validation error in one line per problem: ``path: message``."""
    lines = [
        f"{'.'.join(str(part) for part in item['loc']) or 'body'}: {item['msg']}"
        for item in error.errors()[:limit]
    ]
    more = error.error_count() - limit
    return "; ".join(lines) + (f"; and {more} more" if more > 0 else "")


def entry_from_outbox(row: Mapping[str, Any], hlc: str) -> Entry:
    """Turn a row of the desk's outbox (`changes` table) into a wire entry.

    Args:
        row: ``id, at, origin, entity, key, op, payload`` as the outbox stores them, the
            payload as JSON text in the store's shapes (days and extra as JSON text, signed
            as 0/1).
        hlc: the change's clock reading (`Timestamp.encode`).

    Raises:
        ProtocolError: when the row cannot be sent as it is.
    """
    payload = json.loads(row["payload"]) if isinstance(row["payload"], str) else row["payload"]
    if row["entity"] == "registration":
        payload = _registration_from_store(payload)
    data = {
        "id": row["id"], "at": row["at"], "origin": row["origin"], "entity": row["entity"],
        "key": row["key"], "op": row["op"], "hlc": hlc, "payload": payload,
    }  # fmt: skip
    return parse_entry(data)


def _registration_from_store(payload: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(payload)
    for name in ("valid_days", "extra"):
        if isinstance(out.get(name), str):
            out[name] = json.loads(out[name] or ("[]" if name == "valid_days" else "{}"))
    if isinstance(out.get("signed"), int):
        out["signed"] = bool(out["signed"])
    return out
