"""From pretix order positions to the desk's registrations: the one place the fields are mapped.

A later rework of `checkin.domain.model.Registration` changes `registration_from_position` and
nothing else in the pretix client.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from checkin.domain.model import Registration, Status
from checkin.sync.pretix_catalogue import Catalogue, CheckinList

PAID, PENDING = "p", "n"
UNPAID_NOTE = "Not paid in pretix: ask for payment before admitting."


@dataclass(frozen=True)
class OrderFacts:
    """What the desk needs from the order a position belongs to."""

    code: str
    status: str  # pretix: p paid, n pending, c canceled, e expired
    email: str = ""
    company: str = ""
    name_parts: Mapping[str, Any] = field(default_factory=dict)
    valid_if_pending: bool = False
    require_approval: bool = False
    checkin_text: str = ""

    @classmethod
    def from_order(cls, order: Mapping[str, Any]) -> OrderFacts:
        """From an object of ``/orders/`` (the full and the incremental pull)."""
        address = order.get("invoice_address") or {}
        return cls(
            code=str(order["code"]),
            status=str(order["status"]),
            email=str(order.get("email") or ""),
            company=str(address.get("company") or ""),
            name_parts=address.get("name_parts") or {},
            valid_if_pending=bool(order.get("valid_if_pending")),
            require_approval=bool(order.get("require_approval")),
            checkin_text=str(order.get("checkin_text") or ""),
        )

    @classmethod
    def from_position(cls, position: Mapping[str, Any]) -> OrderFacts:
        """From a check-in list position or a redeem answer (``order__status`` and friends)."""
        return cls(
            code=str(position["order"]),
            status=str(position.get("order__status") or PAID),
            valid_if_pending=bool(position.get("order__valid_if_pending")),
            require_approval=bool(position.get("order__require_approval")),
        )


@dataclass(frozen=True)
class RemoteCheckIn:
    """A check-in pretix holds for a ticket: from another device, or an earlier upload of ours."""

    id: int
    code: str  # the position's secret
    position_id: int
    list_id: int
    at: datetime
    type: str  # "entry" or "exit"
    device_id: int | None = None
    gate: int | None = None


def registration_from_position(
    position: Mapping[str, Any], order: OrderFacts, catalogue: Catalogue
) -> Registration:
    """Map one pretix order position to a desk registration.

    Fields: attendee name parts (given, middle → first name; family → last name; else the full
    name split at its last space; else the invoice name), company (else the invoice company),
    attendee e-mail (else the order's), product and variation → ticket type, secret → code,
    order code, valid days (`admission_days`), status (`is_valid`), and in ``extra`` the pretix
    position, product and variation ids and the order status, so sync can find a position again
    after its secret changed.
    """
    first, last = _name(position, order)
    product = catalogue.products.get(int(position["item"]))
    variation = position.get("variation")
    valid = is_valid(position, order, catalogue.checkin_list)
    return Registration(
        code=str(position["secret"]),
        first_name=first,
        last_name=last,
        organisation=str(position.get("company") or order.company or "").strip(),
        email=str(position.get("attendee_email") or order.email or "").strip(),
        ticket_type=product.ticket_type(variation) if product else f"Product {position['item']}",
        valid_days=admission_days(position, catalogue),
        status=Status.VALID if valid else Status.CANCELLED,
        order_code=order.code,
        note=_note(order, valid),
        extra=_extra(position, order),
    )


def _note(order: OrderFacts, valid: bool) -> str:
    notes = [order.checkin_text] if order.checkin_text else []
    if order.status == PENDING and valid and not order.valid_if_pending:
        notes.append(UNPAID_NOTE)  # let in by a list that includes pending orders
    return "; ".join(notes)


def _extra(position: Mapping[str, Any], order: OrderFacts) -> dict[str, str]:
    extra = {"pretix_position_id": str(position["id"]), "pretix_item": str(position["item"])}
    if position.get("variation"):
        extra["pretix_variation"] = str(position["variation"])
    if order.status != PAID:
        extra["pretix_order_status"] = order.status
    return extra


def is_valid(position: Mapping[str, Any], order: OrderFacts, checkin_list: CheckinList) -> bool:
    """Whether pretix would admit this position at all (days aside).

    Paid orders are valid. Canceled and expired orders, canceled positions and blocked tickets
    are not. **Pending (unpaid) orders are not valid either**, because that is pretix's own
    answer at the door ("unpaid"), and an order paid later is modified in pretix, so the next
    incremental pull turns it valid. Two exceptions follow pretix: an order marked "valid if
    pending" is valid, and on a check-in list with "include pending orders" the organiser has
    chosen to let unpaid tickets in, so they are valid with a note the desk must act on
    (pretixSCAN asks the same question there). An order waiting for approval is never valid.
    """
    if position.get("canceled") or position.get("blocked"):
        return False
    if order.status == PAID:
        return True
    return order.status == PENDING and _admitted_unpaid(order, checkin_list)


def admission_days(position: Mapping[str, Any], catalogue: Catalogue) -> tuple[date, ...]:
    """The days this ticket admits, or () for "every day of the event" (then ticket types rule).

    The days come from the position's event date (a subevent in a series, else the event),
    narrowed by the ticket's own validity window (``valid_from``/``valid_until``). A window
    that misses every event day gives the window's first day, which the desk refuses as a
    wrong day, rather than () which would mean every day.
    """
    span = catalogue.span_for(position.get("subevent"))
    zone = ZoneInfo(span.timezone)
    start, end = _moment(position.get("valid_from")), _moment(position.get("valid_until"))
    days = tuple(
        day
        for day in span.days()
        if (start is None or start.astimezone(zone).date() <= day)
        and (end is None or day <= end.astimezone(zone).date())
    )
    if not days:
        edge = start or end
        return (edge.astimezone(zone).date(),) if edge else ()
    return () if days == catalogue.desk_event().days else days


def remote_checkins(position: Mapping[str, Any], list_id: int) -> tuple[RemoteCheckIn, ...]:
    """The successful check-ins pretix shows for a position on one list, oldest first."""
    found = []
    for row in position.get("checkins") or ():
        if int(row.get("list") or 0) != list_id:
            continue
        found.append(
            RemoteCheckIn(
                id=int(row["id"]),
                code=str(position["secret"]),
                position_id=int(position["id"]),
                list_id=list_id,
                at=datetime.fromisoformat(str(row["datetime"])),
                type=str(row.get("type") or "entry"),
                device_id=_int_or_none(row.get("device_id")),
                gate=_int_or_none(row.get("gate")),
            )
        )
    return tuple(sorted(found, key=lambda checkin: checkin.at))


def _name(position: Mapping[str, Any], order: OrderFacts) -> tuple[str, str]:
    for parts, full in (
        (position.get("attendee_name_parts") or {}, position.get("attendee_name")),
        (order.name_parts, None),
    ):
        first, last = _split_name(parts, full)
        if first or last:
            return first, last
    return "", ""


def _split_name(parts: Mapping[str, Any], full: Any) -> tuple[str, str]:
    given = " ".join(
        str(parts[key]).strip() for key in ("given_name", "middle_name") if parts.get(key)
    )
    family = str(parts.get("family_name") or "").strip()
    if given or family:
        return given, family
    text = parts.get("full_name") or parts.get("_legacy") or parts.get("calling_name") or full
    text = str(text or "").strip()
    first, _, last = text.rpartition(" ")
    return (first.strip(), last) if first else (last, "")


def _admitted_unpaid(order: OrderFacts, checkin_list: CheckinList) -> bool:
    if order.require_approval:
        return False
    return order.valid_if_pending or checkin_list.include_pending


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def _int_or_none(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None
