"""The desk's values: events, registrations, check-ins and the outcome of a check-in."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time

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
    """One attendee's registration, as imported or registered at the desk."""

    code: str
    first_name: str
    last_name: str
    organisation: str = ""
    email: str = ""
    ticket_type: str = ""
    category: str = ""
    valid_days: tuple[date, ...] = ()
    status: Status = Status.VALID
    order_code: str = ""
    note: str = ""
    signed: bool = False
    extra: dict[str, str] = field(default_factory=dict)

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
class Decision:
    """What the rules say about one ticket at one point on one day."""

    outcome: Outcome
    reason: Reason = Reason.NONE
    earlier: CheckIn | None = None
    flags: tuple[str, ...] = ()
