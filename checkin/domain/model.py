"""The desk's values: events, registrations, check-ins and the outcome of a check-in."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time

from checkin.domain.fields import Declared, declared, spec

DEFAULT_TIMEZONE = "Europe/Oslo"
DEFAULT_DAY_CHANGE = time(4, 0)
MAIN_POINT = "main"


class Status(enum.StrEnum):
    """Whether a registration still entitles its holder to come in."""

    VALID = "valid"
    CANCELLED = "cancelled"


class Method(enum.StrEnum):
    """How the desk learnt the ticket code."""

    SCAN = "scan"
    HANDHELD = "handheld"
    SEARCH = "search"
    WALK_IN = "walk-in"
    COMMAND_LINE = "command-line"


class Kind(enum.StrEnum):
    """An entry in the append-only check-in log: a check-in, or the undo of one."""

    CHECKIN = "checkin"
    UNDO = "undo"


class Outcome(enum.StrEnum):
    """The three answers the desk can give; the names are the CLI's JSON values."""

    OK = "ok"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class Reason(enum.StrEnum):
    """Why a ticket was not simply admitted: a closed set, as pretix's REASON_*."""

    NONE = ""
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    WRONG_DAY = "wrong_day"
    NOT_AN_EVENT_DAY = "not_an_event_day"
    WRONG_POINT = "not_admitted_here"
    ALREADY_CHECKED_IN = "already_checked_in"
    FORGED = "forged"
    UNREADABLE = "unreadable"
    PENDING = "registration_pending"
    AMBIGUOUS = "ambiguous"  # matches several registrations once case is ignored


@dataclass(frozen=True)
class Event:
    """One event: its name, its days, the zone its days are counted in, and when a day ends.

    ``day_change`` is the local time an event day ends (default 04:00): a check-in at 00:10 on
    2 June, after the dinner of 1 June, still counts to 1 June, for points and reports alike.
    """

    id: str
    name: str
    days: tuple[date, ...]
    timezone: str = DEFAULT_TIMEZONE
    day_change: time = DEFAULT_DAY_CHANGE


@dataclass(frozen=True)
class Registration:
    """One attendee's registration, as imported or registered at the desk.

    The one declaration of a registration: the store's columns, the importer's fields, the
    fields a volunteer may correct (`EDITABLE`), the sync payload and wire model, pretix's
    mapping and the export's columns all follow from these fields and their `spec`
    (`checkin.domain.fields`). ``valid_days`` () means every day the ticket type allows;
    ``signed`` marks a code made and signed by this event (its QR carries a signature);
    ``extra`` keeps an import's unmapped columns by header.
    """

    code: str = field(metadata=spec("ticket code", export="Billettnummer", export_order=1))
    first_name: str = field(
        metadata=spec("first name", editable=True, export="Fornavn", export_order=2)
    )
    last_name: str = field(
        metadata=spec("last name", editable=True, export="Etternavn", export_order=3)
    )
    organisation: str = field(
        default="",
        metadata=spec("organisation", editable=True, export="Organisasjon", export_order=4),
    )
    email: str = field(
        default="", metadata=spec("e-mail address", editable=True, export="E-post", export_order=5)
    )
    ticket_type: str = field(
        default="",
        metadata=spec("ticket type", editable=True, export="Billettype", export_order=7),
    )
    category: str = field(
        default="", metadata=spec("category", editable=True, export="Kategori", export_order=6)
    )
    valid_days: tuple[date, ...] = field(default=(), metadata=spec("days the ticket is valid"))
    status: Status = field(
        default=Status.VALID, metadata=spec("valid or cancelled", export="Status", export_order=8)
    )
    order_code: str = field(default="", metadata=spec("order or group code"))
    note: str = field(default="", metadata=spec("note for the desk", editable=True))
    signed: bool = field(default=False, metadata=spec("code signed here", imported=False))
    extra: dict[str, str] = field(
        default_factory=dict, metadata=spec("other imported columns", imported=False)
    )

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class TicketType:
    """Per-ticket-type rules: the days it is valid and a note the desk must act on."""

    name: str
    days: tuple[date, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Point:
    """A check-in point (main desk, dinner, workshop) and whom it admits when."""

    name: str
    ticket_types: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    days: tuple[date, ...] = ()
    multi_entry: bool = False


@dataclass(frozen=True)
class CheckIn:
    """One entry of the append-only log; an undo is an entry that names the one it undoes."""

    id: str
    code: str
    day: date
    at: datetime
    desk: str
    point: str
    method: Method
    kind: Kind = Kind.CHECKIN
    undoes: str | None = None


@dataclass(frozen=True)
class Attempt:
    """A presented ticket that was not admitted (refused, a duplicate, unreadable), as logged.

    ``text`` is the code as read (or the first 64 characters of unreadable text).
    """

    id: str
    text: str
    day: date
    at: datetime
    desk: str
    point: str
    method: Method
    decision: Decision


@dataclass(frozen=True)
class Decision:
    """What the rules say about one ticket at one point on one day.

    ``valid_days``: with reason WRONG_DAY, the days the ticket is valid (oldest first), so the
    refusal can name them; empty when they are not known (a pretix ticket out of its window).
    """

    outcome: Outcome
    reason: Reason = Reason.NONE
    earlier: CheckIn | None = None
    flags: tuple[str, ...] = ()
    valid_days: tuple[date, ...] = ()


def _exported() -> tuple[tuple[str, str], ...]:
    shown = sorted((d for d in declared(Registration) if d.spec.export), key=_export_order)
    return tuple((d.name, d.spec.export) for d in shown)


def _export_order(item: Declared) -> int:
    return item.spec.export_order


REGISTRATION_FIELDS = tuple(item.name for item in declared(Registration))
EDITABLE = tuple(item.name for item in declared(Registration) if item.spec.editable)
IMPORTED = tuple(item.name for item in declared(Registration) if item.spec.imported)
EXPORTED = _exported()  # (field, export header), in the export's column order


@dataclass(frozen=True)
class PrintRecord:
    """One badge print job as the print log keeps it (the ticket code, never the name).

    ``state`` is queued, printing, done or failed; the times are ISO 8601 with their offset.
    """

    id: str
    code: str
    printer: str
    template: str
    state: str
    message: str
    created_at: str
    updated_at: str
