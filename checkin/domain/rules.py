"""The check-in rules: whether a ticket is admitted at a point on a day, and if not, why.

This is the only place the rules live; the desk, the scanner and the command line all ask
`decide`. The order of the checks is the order a person at the desk would explain a refusal:
is the ticket ours at all, is it still valid, is it for today, is it for this point, and has it
already been used here today. See docs/checkin-rules.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from checkin.domain.model import (
    CheckIn,
    Decision,
    Kind,
    Outcome,
    Point,
    Reason,
    Registration,
    Status,
    TicketType,
)

PHOTO_CONSENT_HEADERS = ("foto", "fotosamtykke", "bilde", "photo", "photo consent", "photos")
NEGATIVE_ANSWERS = ("nei", "no", "false", "0", "n", "ikkje", "ikke")
NO_PHOTOS = "no photos"


@dataclass(frozen=True)
class Ticket:
    """What the desk knows about a presented ticket before the rules look at it."""

    code: str
    registration: Registration | None
    signature_valid: bool | None = None  # None: the ticket carried no signature
    ambiguous: bool = False  # the code matched several registrations once case was ignored
    void: Reason | None = None  # why a signed ticket is refused anyway (revoked, out of window)


def decide(
    ticket: Ticket,
    day: date,
    event_days: Sequence[date],
    point: Point,
    ticket_type: TicketType | None,
    history: Sequence[CheckIn],
) -> Decision:
    """Decide one ticket at one point on one day, given this point's log for the ticket."""
    refusal = _refusal(ticket, day, event_days, point, ticket_type)
    if refusal is Reason.WRONG_DAY and ticket.registration is not None:
        days = tuple(sorted(valid_days(ticket.registration, ticket_type, event_days)))
        return Decision(Outcome.REJECTED, refusal, valid_days=days)  # the refusal names them
    if refusal is not None:
        return Decision(Outcome.REJECTED, refusal)
    flags = attention_flags(ticket.registration, ticket_type)
    earlier = active_checkins(history, day)
    if earlier and not point.multi_entry:
        return Decision(Outcome.DUPLICATE, Reason.ALREADY_CHECKED_IN, earlier[0], flags)
    reason = Reason.PENDING if ticket.registration is None else Reason.NONE
    return Decision(Outcome.OK, reason, None, flags)


def _refusal(
    ticket: Ticket,
    day: date,
    event_days: Sequence[date],
    point: Point,
    ticket_type: TicketType | None,
) -> Reason | None:
    if ticket.signature_valid is False:
        return Reason.FORGED
    if ticket.void is not None:
        return ticket.void
    registration = ticket.registration
    if registration is None:
        if ticket.signature_valid:
            return None
        return Reason.AMBIGUOUS if ticket.ambiguous else Reason.UNKNOWN
    if registration.status is Status.CANCELLED:
        return Reason.CANCELLED
    if event_days and day not in event_days:
        return Reason.NOT_AN_EVENT_DAY
    if day not in valid_days(registration, ticket_type, event_days):
        return Reason.WRONG_DAY
    if not admits(point, registration, day):
        return Reason.WRONG_POINT
    return None


def valid_days(
    registration: Registration, ticket_type: TicketType | None, event_days: Sequence[date]
) -> tuple[date, ...]:
    """Return the days a registration is valid: its own list, else its ticket type's, else all."""
    if registration.valid_days:
        return registration.valid_days
    if ticket_type is not None and ticket_type.days:
        return ticket_type.days
    return tuple(event_days)


def admits(point: Point, registration: Registration, day: date) -> bool:
    """Tell whether a check-in point lets this registration in on this day."""
    if point.days and day not in point.days:
        return False
    if point.ticket_types and registration.ticket_type not in point.ticket_types:
        return False
    return not (point.categories and registration.category not in point.categories)


def active_checkins(history: Sequence[CheckIn], day: date) -> list[CheckIn]:
    """Return the check-ins of a day that no later undo has taken back, oldest first.

    Oldest by scan time, then by id: the order the hub uses too, so every desk agrees on
    which check-in is "the" one whatever order they learnt of them in.
    """
    undone = {entry.undoes for entry in history if entry.kind is Kind.UNDO}
    return sorted(
        (
            entry
            for entry in history
            if entry.kind is Kind.CHECKIN and entry.day == day and entry.id not in undone
        ),
        key=lambda entry: (entry.at, entry.id),
    )


def attention_flags(
    registration: Registration | None, ticket_type: TicketType | None
) -> tuple[str, ...]:
    """Return the notes the desk must act on before the attendee goes in."""
    flags: list[str] = []
    if ticket_type is not None and ticket_type.note:
        flags.append(ticket_type.note)
    if registration is not None:
        if registration.note:
            flags.append(registration.note)
        if refuses_photos(registration) and NO_PHOTOS not in flags:
            flags.append(NO_PHOTOS)
    return tuple(flags)


def refuses_photos(registration: Registration) -> bool:
    """Tell whether an imported photo-consent column says no."""
    for header, value in registration.extra.items():
        if header.strip().lower() in PHOTO_CONSENT_HEADERS:
            return value.strip().lower() in NEGATIVE_ANSWERS
    return False
