"""Who a report expects: `Counting.expected_people` finds the people `Counting.expected` admits
one by one (its rule), for any point and day, whatever their status, ticket type, category and
valid days. The list asks the rule once per (valid days, ticket type, category) and reuses the
answer for everyone alike; this checks that shortcut against the rule, over random people."""

import random
from datetime import date

import pytest

from checkin.domain.attendance import Attendance, Person
from checkin.domain.model import Event, Point
from checkin.reports.queries import Counting, Scope

DAYS = (date(2026, 6, 1), date(2026, 6, 2), date(2026, 6, 3))
ISO = tuple(day.isoformat() for day in DAYS)
TYPES = ("Konferanse", "Dag 1", "Dag 2", "Middag")
CATEGORIES = ("Sykehus", "Kommune", "Student")
POINTS = {
    "main": Point("main"),
    "middag": Point("middag", ticket_types=("Middag", "Konferanse"), days=(DAYS[0],)),
    "studenter": Point("studenter", categories=("Student",), days=(DAYS[1], DAYS[2])),
}


def people(rng: random.Random, count: int) -> list[Person]:
    spellings = [(), (ISO[0],), (ISO[1], ISO[2]), ISO]
    return [
        Person(f"T{n:04}", "Åse", f"Ødegård{n}", "Helse Bergen HF", "", rng.choice(TYPES),
               rng.choice(CATEGORIES), rng.choice(spellings),
               rng.choice(("valid", "valid", "valid", "cancelled")), "", {})
        for n in range(count)
    ]  # fmt: skip


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("point", sorted(POINTS))
@pytest.mark.parametrize("day", [None, *DAYS, date(2026, 6, 4)])
def test_the_expected_are_those_the_rule_admits_one_by_one(seed, point, day):
    rng = random.Random(seed)
    data = Attendance(
        event=Event("e1", "Prøve", DAYS, "Europe/Oslo"), points=POINTS,
        ticket_days={"Dag 1": (ISO[0],), "Dag 2": (ISO[1],)},
        people=people(rng, 400), entries=[],
    )  # fmt: skip
    counting = Counting(data, Scope(point, day))
    by_rule = [p for p in data.people if counting.expected(p)]
    assert counting.expected_people() == by_rule
    assert len(by_rule) < len(data.people)  # the rule left someone out: the check can fail
