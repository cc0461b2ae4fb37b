"""pretix order positions → desk registrations: recorded real orders and the edge cases."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from checkin.domain.model import Status
from checkin.sync.pretix_catalogue import (
    Catalogue,
    CheckinList,
    DateSpan,
    PretixEvent,
    Product,
    localized,
)
from checkin.sync.pretix_mapping import (
    UNPAID_NOTE,
    OrderFacts,
    admission_days,
    is_valid,
    registration_from_position,
    remote_checkins,
)

OSLO = ZoneInfo("Europe/Oslo")
SPAN = DateSpan(datetime(2027, 6, 1, 9, tzinfo=OSLO), datetime(2027, 6, 2, 17, tzinfo=OSLO))
PRODUCTS = {
    1: Product(1, "Konferansebillett 2 dager"),
    3: Product(3, "Dagspass", {1: "Mandag 1. juni", 2: "Tirsdag 2. juni"}),
}


def catalogue(**list_options) -> Catalogue:
    event = PretixEvent("nc27", "NordConf 2027", SPAN)
    return Catalogue(event, CheckinList(1, "Hovedinngang", **list_options), PRODUCTS)


def position(**fields) -> dict:
    base = {
        "id": 7,
        "order": "ABC12",
        "item": 1,
        "variation": None,
        "secret": "s3cr3t",
        "attendee_name_parts": {
            "_scheme": "given_family",
            "given_name": "Åse",
            "family_name": "Ødegård",
        },
        "attendee_name": "Åse Ødegård",
        "company": "Grønn Økonomi AS",
        "attendee_email": "ase@example.org",
        "checkins": [],
    }
    return base | fields


PAID = OrderFacts("ABC12", "p", email="order@example.org", company="Faktura AS")


def recorded_orders(recording) -> list[dict]:
    orders = {}
    for exchange in recording["exchanges"]:
        if exchange["path"].endswith("/orders/") and exchange["status"] == 200:
            for order in exchange["response"]["results"]:
                orders.setdefault(order["code"], order)
    return list(orders.values())


def recorded_catalogue(recording) -> Catalogue:
    items = recording["exchanges"][2]["response"]["results"]
    products = {
        row["id"]: Product(
            row["id"],
            localized(row["name"]),
            {v["id"]: localized(v["value"]) for v in row["variations"]},
        )
        for row in items
    }
    event = PretixEvent("nc27s", "NordConf 2027", SPAN)
    return Catalogue(
        event, CheckinList(recording["meta"]["checkinlist_id"], "Hovedinngang"), products
    )


def test_recorded_orders_map_with_norwegian_names_and_ticket_types(recording):
    meta = recording["meta"]
    cat = recorded_catalogue(recording)
    registrations = {
        position["secret"]: registration_from_position(position, OrderFacts.from_order(order), cat)
        for order in recorded_orders(recording)
        for position in order["positions"]
    }
    first = registrations[meta["sample_paid"][0]["secret"]]
    assert first.name == meta["sample_paid"][0]["name"] == "Marte Sæther"
    assert (first.first_name, first.last_name) == ("Marte", "Sæther")
    assert first.status is Status.VALID and first.order_code == meta["sample_paid"][0]["order"]
    assert first.organisation and first.email.endswith("@example.org")
    types = {registration.ticket_type for registration in registrations.values()}
    assert "Dagspass – Mandag 1. juni" in types or "Dagspass – Tirsdag 2. juni" in types
    assert types <= {
        "Konferansebillett 2 dager",
        "Studentbillett",
        "Dagspass – Mandag 1. juni",
        "Dagspass – Tirsdag 2. juni",
    }
    assert registrations[meta["canceled"]["secret"]].status is Status.CANCELLED
    assert registrations[meta["pending"]["secret"]].status is Status.CANCELLED
    assert registrations[meta["pending"]["secret"]].extra["pretix_order_status"] == "n"
    assert any(set("æøåÆØÅ") & set(r.name) for r in registrations.values())


def test_fields_map_to_the_registration():
    registration = registration_from_position(position(variation=2, item=3), PAID, catalogue())
    assert registration.code == "s3cr3t"
    assert registration.ticket_type == "Dagspass – Tirsdag 2. juni"
    assert registration.organisation == "Grønn Økonomi AS"
    assert registration.email == "ase@example.org"
    assert registration.extra == {
        "pretix_position_id": "7",
        "pretix_item": "3",
        "pretix_variation": "2",
    }
    assert registration.valid_days == ()


def test_missing_attendee_data_falls_back_to_the_order():
    bare = position(attendee_name_parts={}, attendee_name=None, company=None, attendee_email=None)
    order = OrderFacts(
        "ABC12",
        "p",
        "order@example.org",
        "Faktura AS",
        {"given_name": "Kari", "family_name": "Nordmann"},
    )
    registration = registration_from_position(bare, order, catalogue())
    assert (registration.first_name, registration.last_name) == ("Kari", "Nordmann")
    assert registration.organisation == "Faktura AS"
    assert registration.email == "order@example.org"


@pytest.mark.parametrize(
    ("parts", "full", "expected"),
    [
        (
            {"_scheme": "full", "full_name": "Anne Marit Bjorheim Bøe"},
            None,
            ("Anne Marit Bjorheim", "Bøe"),
        ),
        (
            {"given_name": "Per", "middle_name": "Olav", "family_name": "Aas"},
            None,
            ("Per Olav", "Aas"),
        ),
        ({}, "Cher", ("Cher", "")),
        ({"_legacy": "Tørris Dæhlie"}, None, ("Tørris", "Dæhlie")),
        ({"title": "Dr.", "given_name": " Siv ", "family_name": "Våge "}, None, ("Siv", "Våge")),
    ],
)
def test_name_schemes(parts, full, expected):
    registration = registration_from_position(
        position(attendee_name_parts=parts, attendee_name=full), PAID, catalogue()
    )
    assert (registration.first_name, registration.last_name) == expected


@pytest.mark.parametrize(
    ("status", "fields", "order_options", "list_options", "valid"),
    [
        ("p", {}, {}, {}, True),
        ("c", {}, {}, {}, False),
        ("e", {}, {}, {}, False),
        ("n", {}, {}, {}, False),
        ("n", {}, {"valid_if_pending": True}, {}, True),
        ("n", {}, {}, {"include_pending": True}, True),
        ("n", {}, {"require_approval": True}, {"include_pending": True}, False),
        ("p", {"canceled": True}, {}, {}, False),
        ("p", {"blocked": ["admin"]}, {}, {}, False),
    ],
)
def test_which_tickets_are_valid(status, fields, order_options, list_options, valid):
    order = OrderFacts("ABC12", status, **order_options)
    cat = catalogue(**list_options)
    assert is_valid(position(**fields), order, cat.checkin_list) is valid
    registration = registration_from_position(position(**fields), order, cat)
    assert (registration.status is Status.VALID) is valid


def test_unpaid_tickets_let_in_by_the_list_carry_a_note_for_the_desk():
    registration = registration_from_position(
        position(), OrderFacts("A", "n"), catalogue(include_pending=True)
    )
    assert registration.note == UNPAID_NOTE
    trusted = registration_from_position(
        position(), OrderFacts("A", "n", valid_if_pending=True), catalogue()
    )
    assert trusted.note == ""


def test_validity_window_narrows_the_days():
    cat = catalogue()
    day_two = position(
        valid_from="2027-06-02T00:00:00+02:00", valid_until="2027-06-02T23:59:00+02:00"
    )
    assert admission_days(day_two, cat) == (date(2027, 6, 2),)
    whole = position(valid_from="2027-05-01T00:00:00+02:00")
    assert admission_days(whole, cat) == ()
    too_late = position(valid_from="2027-07-01T10:00:00+02:00")
    assert admission_days(too_late, cat) == (date(2027, 7, 1),)


def test_event_series_dates_give_the_days():
    day_two = DateSpan(datetime(2027, 6, 2, 9, tzinfo=OSLO), datetime(2027, 6, 2, 17, tzinfo=OSLO))
    event = PretixEvent("nc27", "NordConf 2027", SPAN, has_subevents=True)
    cat = Catalogue(event, CheckinList(1, "Alle"), PRODUCTS, {12: day_two})
    assert admission_days(position(subevent=12), cat) == (date(2027, 6, 2),)
    bound = Catalogue(event, CheckinList(1, "Dag 2", subevent=12), PRODUCTS, {12: day_two})
    assert bound.desk_event().days == (date(2027, 6, 2),)
    assert admission_days(position(subevent=12), bound) == ()


def test_span_days_in_the_event_zone():
    late = DateSpan(datetime(2027, 6, 1, 22, 30, tzinfo=ZoneInfo("UTC")), None)
    assert late.days() == (date(2027, 6, 2),)  # 00:30 in Oslo


def test_list_membership_by_product_and_date():
    limited = CheckinList(
        2, "Middag", all_products=False, limit_products=frozenset({3}), subevent=None
    )
    assert limited.admits(3, None) and not limited.admits(1, None)
    dated = CheckinList(3, "Dag 2", subevent=12)
    assert dated.admits(1, 12) and not dated.admits(1, 11)
    cat = Catalogue(PretixEvent("e", "E", SPAN), limited, PRODUCTS)
    assert [t.name for t in cat.ticket_types()] == [
        "Dagspass – Mandag 1. juni",
        "Dagspass – Tirsdag 2. juni",
    ]


def test_localized_names_prefer_norwegian_then_english():
    assert localized({"en": "Day pass", "nb-no": "Dagspass"}) == "Dagspass"
    assert localized({"de": "Tagespass", "en": "Day pass"}) == "Day pass"
    assert localized({"de": "Tagespass"}) == "Tagespass"
    assert localized({"no": "Dagspass", "en": ""}) == "Dagspass"
    assert localized("Plain") == "Plain"
    assert localized(None) == ""


def test_remote_checkins_of_this_list_only_oldest_first():
    rows = [
        {
            "id": 9,
            "list": 1,
            "datetime": "2027-06-01T10:00:00+02:00",
            "type": "entry",
            "device_id": 4,
            "gate": None,
        },
        {
            "id": 8,
            "list": 1,
            "datetime": "2027-06-01T09:00:00+02:00",
            "type": "exit",
            "device_id": None,
        },
        {"id": 7, "list": 2, "datetime": "2027-06-01T08:00:00+02:00", "type": "entry"},
    ]
    found = remote_checkins(position(checkins=rows), 1)
    assert [c.id for c in found] == [8, 9]
    assert found[1].device_id == 4 and found[1].code == "s3cr3t" and found[0].type == "exit"
