"""What a pretix event is made of, as the desk needs it: the event, its check-in lists, products.

Read once per connect or pull from ``/events/{e}/``, ``/checkinlists/``, ``/items/`` (and
``/subevents/`` for an event series). Names in pretix are localized dicts
(``{"en": "Day pass", "nb-no": "Dagspass"}``); `localized` picks bokmål or Norwegian first, then
English, then whatever is there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from checkin.domain.model import DEFAULT_TIMEZONE, Event, TicketType
from checkin.sync.pretix_http import PretixAnswerError, PretixHttp, PretixNotFoundError

LANGUAGES = ("nb", "no", "nn", "en")
TYPE_SEPARATOR = " – "


@dataclass(frozen=True)
class DateSpan:
    """An event's or an event date's time span; ``end`` is None when pretix has no end."""

    start: datetime
    end: datetime | None
    timezone: str = DEFAULT_TIMEZONE

    def days(self) -> tuple[date, ...]:
        """Every calendar day the span touches, in its own time zone."""
        zone = ZoneInfo(self.timezone)
        first = self.start.astimezone(zone).date()
        last = self.end.astimezone(zone).date() if self.end else first
        count = max(0, (last - first).days) + 1
        return tuple(first + timedelta(days=offset) for offset in range(min(count, 366)))


@dataclass(frozen=True)
class PretixEvent:
    """The event: its name, time span and the public keys of its signed secrets."""

    slug: str
    name: str
    span: DateSpan
    has_subevents: bool = False
    sig1_keys: tuple[str, ...] = ()  # base64 PEM, from valid_keys["pretix_sig1"]


@dataclass(frozen=True)
class CheckinList:
    """A pretix check-in list: which products (and which event date) it admits."""

    id: int
    name: str
    all_products: bool = True
    limit_products: frozenset[int] = frozenset()
    subevent: int | None = None
    include_pending: bool = False
    allow_multiple_entries: bool = False
    allow_entry_after_exit: bool = True

    def admits(self, item: int, subevent: int | None) -> bool:
        """Whether a position of this product (and event date) belongs on this list."""
        if self.subevent is not None and subevent != self.subevent:
            return False
        return self.all_products or item in self.limit_products


@dataclass(frozen=True)
class Product:
    """A pretix product (item) with its variations, named for the desk."""

    id: int
    name: str
    variations: Mapping[int, str] = field(default_factory=dict)
    admission: bool = True
    checkin_text: str = ""

    def ticket_type(self, variation: int | None) -> str:
        """The desk's ticket type: product name, and the variation after a dash."""
        if variation and variation in self.variations:
            return f"{self.name}{TYPE_SEPARATOR}{self.variations[variation]}"
        return self.name


@dataclass(frozen=True)
class Catalogue:
    """Everything needed to turn order positions of one check-in list into registrations."""

    event: PretixEvent
    checkin_list: CheckinList
    products: Mapping[int, Product]
    subevents: Mapping[int, DateSpan] = field(default_factory=dict)

    def span_for(self, subevent: int | None) -> DateSpan:
        return self.subevents.get(subevent, self.event.span) if subevent else self.event.span

    def desk_event(self) -> Event:
        """The desk's `Event` for this list: its days are the list's date or the event's."""
        span = self.span_for(self.checkin_list.subevent)
        name = f"{self.event.name} ({self.checkin_list.name})"
        return Event(
            id=f"pretix:{self.event.slug}", name=name, days=span.days(), timezone=span.timezone
        )

    def ticket_types(self) -> tuple[TicketType, ...]:
        """One desk ticket type per product (and variation) on the list, with its check-in text."""
        types: list[TicketType] = []
        for product in self.products.values():
            if not self.checkin_list.admits(product.id, self.checkin_list.subevent):
                continue
            names = [product.ticket_type(v) for v in product.variations] or [product.name]
            types.extend(TicketType(name, note=product.checkin_text) for name in names)
        return tuple(types)


def localized(value: Any, languages: Iterable[str] = LANGUAGES) -> str:
    """Pick a name from pretix's localized dict: nb/no first, then en, then any; text as is."""
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        return ""
    for language in languages:
        for key, text in value.items():
            if text and key.lower().split("-")[0] == language:
                return str(text)
    return next((str(text) for text in value.values() if text), "")


def read_event(http: PretixHttp) -> PretixEvent:
    body = http.get(http.event_path()).body
    timezone = str(body.get("timezone") or DEFAULT_TIMEZONE)
    keys = (body.get("valid_keys") or {}).get("pretix_sig1") or []
    return PretixEvent(
        slug=str(body["slug"]),
        name=localized(body.get("name")),
        span=_span(body, timezone),
        has_subevents=bool(body.get("has_subevents")),
        sig1_keys=tuple(str(key) for key in keys),
    )


def read_checkin_lists(http: PretixHttp) -> tuple[CheckinList, ...]:
    params = {"page_size": http.page_size}
    return tuple(
        _checkin_list(row)
        for page in http.pages(http.event_path("checkinlists/"), params)
        for row in page.body["results"]
    )


def read_products(http: PretixHttp) -> dict[int, Product]:
    products = {}
    for page in http.pages(http.event_path("items/"), {"page_size": http.page_size}):
        for row in page.body["results"]:
            variations = {
                int(v["id"]): localized(v.get("value")) for v in row.get("variations", ())
            }
            products[int(row["id"])] = Product(
                id=int(row["id"]),
                name=localized(row.get("name")) or f"Product {row['id']}",
                variations=variations,
                admission=bool(row.get("admission", True)),
                checkin_text=str(row.get("checkin_text") or ""),
            )
    return products


def read_subevents(http: PretixHttp, timezone: str) -> dict[int, DateSpan]:
    spans = {}
    for page in http.pages(http.event_path("subevents/"), {"page_size": http.page_size}):
        for row in page.body["results"]:
            spans[int(row["id"])] = _span(row, timezone)
    return spans


def read_catalogue(http: PretixHttp, list_id: int) -> Catalogue:
    """Read the event, the chosen check-in list and the products.

    Raises:
        PretixNotFoundError: the event has no check-in list with this id.
        PretixError: the server could not be reached or refused the token.
    """
    event = read_event(http)
    lists = {item.id: item for item in read_checkin_lists(http)}
    if list_id not in lists:
        names = ", ".join(f"{item.id} ({item.name})" for item in lists.values()) or "none"
        raise PretixNotFoundError(f"The event has no check-in list {list_id}; it has: {names}.")
    subevents = read_subevents(http, event.span.timezone) if event.has_subevents else {}
    return Catalogue(event, lists[list_id], read_products(http), subevents)


def _checkin_list(row: Mapping[str, Any]) -> CheckinList:
    try:
        return CheckinList(
            id=int(row["id"]),
            name=str(row.get("name") or row["id"]),
            all_products=bool(row.get("all_products", True)),
            limit_products=frozenset(int(item) for item in row.get("limit_products") or ()),
            subevent=int(row["subevent"]) if row.get("subevent") else None,
            include_pending=bool(row.get("include_pending")),
            allow_multiple_entries=bool(row.get("allow_multiple_entries")),
            allow_entry_after_exit=bool(row.get("allow_entry_after_exit", True)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PretixAnswerError(
            f"pretix sent a check-in list the desk cannot read: {error}"
        ) from None


def _span(row: Mapping[str, Any], timezone: str) -> DateSpan:
    try:
        start = datetime.fromisoformat(str(row["date_from"]))
        end = datetime.fromisoformat(str(row["date_to"])) if row.get("date_to") else None
    except (KeyError, ValueError) as error:
        raise PretixAnswerError(
            f"pretix sent an event date the desk cannot read: {error}"
        ) from None
    return DateSpan(start, end, timezone)
