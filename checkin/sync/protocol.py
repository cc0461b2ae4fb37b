"""The sync wire format (version 1): the JSON that desks and the hub exchange, validated.

One declaration serves both sides: the hub validates what desks push with these models (and
its OpenAPI document at /docs shows them), the desk's client validates what the hub answers.
docs/sync-protocol.md describes the protocol in words. An entry is one change made at a desk
(a registration added or edited, a check-in or its undo, a ticket type, a check-in point),
identified by a UUID made where it happened; the hub stores each entry once.
"""

from __future__ import annotations

import enum
import json
import typing
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    create_model,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from checkin.domain.fields import Declared, declared
from checkin.domain.model import Method, Registration

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


class RegistrationPayload(Strict):
    """A registration's fields; an update carries only those that changed."""

    def changed(self) -> dict[str, Any]:
        """Return the fields this payload sets (JSON values), without ``code``."""
        fields = self.model_dump(mode="json", exclude_unset=True, exclude={"code"})
        return {key: value for key, value in fields.items() if value is not None}


def _wire_type(item: Declared) -> Any:
    """The wire type of a declared registration field (every one optional: updates are partial)."""
    kind: Any = Text
    if item.name == "code":
        kind = Name
    elif typing.get_origin(item.type) is tuple:
        kind = list[date]
    elif typing.get_origin(item.type) is dict:
        kind = dict[Text, Text]
    elif item.type is bool:
        kind = bool
    elif isinstance(item.type, type) and issubclass(item.type, enum.Enum):
        kind = Literal[tuple(member.value for member in item.type)]
    return (kind | None, None)


def _registration_fields() -> type[RegistrationPayload]:
    """Make the wire model of a registration from its one declaration (`Registration`).

    A field added there is on the wire too; tests/hub/test_protocol.py pins version 1's
    fields, so such a change is a decision about PROTOCOL_VERSION, not an accident.
    """
    fields = {item.name: _wire_type(item) for item in declared(Registration)}
    return create_model(
        "RegistrationFields", __base__=RegistrationPayload, __doc__=RegistrationPayload.__doc__,
        __module__=__name__, **fields,
    )  # fmt: skip


if TYPE_CHECKING:

    class RegistrationFields(RegistrationPayload):
        """For type checkers: the fields are made from `Registration` at run time."""

        code: str | None

else:
    RegistrationFields = _registration_fields()


# How a ticket was read, as the desk names it (`Method`): ``command-line`` since the desk
# side of sync (a check-in made with ``checkin admit`` is an entry like any other).
if TYPE_CHECKING:
    _METHODS = str
else:
    _METHODS = Literal[tuple(method.value for method in Method)]


class CheckInFields(Strict):
    """One entry of a check-in log: a check-in, or the undo of one (``undoes`` names it)."""

    id: Uuid
    code: Name
    day: date
    at: UtcTime
    desk: Text
    point: Name
    method: _METHODS
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
    """An event's name, days and day change as a desk saw them (kept in the log, not applied).

    ``day_change`` is the local time an event day ends, ``HH:MM`` (`Desk.set_day_change`).
    """

    name: Text | None = None
    days: list[date] | None = None
    day_change: Annotated[str, StringConstraints(pattern=r"^[0-2][0-9]:[0-5][0-9]$")] | None = None


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


def changed_fields(entry: Entry) -> dict[str, Any]:
    """Return the fields an entry sets, as merged field by field (JSON values).

    A registration's changed fields (without ``code``), a ticket type's or point's fields;
    nothing for check-ins (kept whole, never merged) and for the event (kept in the log).
    The hub (`checkin.hub.ledger`) and the desk (`checkin.sync.engine`) merge the same fields.
    """
    if isinstance(entry, RegistrationEntry):
        return entry.payload.changed()
    if isinstance(entry, TicketTypeEntry | PointEntry):
        return entry.payload.model_dump(mode="json")
    return {}


def entry_from_outbox(row: Mapping[str, Any], hlc: str) -> Entry:
    """Turn a row of the desk's outbox (`changes` table) into a wire entry.

    Args:
        row: ``id, at, origin, entity, key, op, payload`` as the outbox stores them
            (`checkin.store.changes.pending`), the payload as JSON text. Registration
            payloads written before the one declaration (days and extra as JSON text, signed
            as 0/1) are read too.
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
