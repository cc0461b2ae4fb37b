"""The card for a ticket of another day names the day it is valid (acceptance F-13).

The demo event's day tickets ("Dagsbillett dag 2") scanned on day 1: the card says which day
the ticket is for, in the window's language and date style (bokmål, nynorsk, English). The
expected words are spelt here from the calendar, not from Qt.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from checkin.domain.model import Method, Reason
from checkin.ui.formats import days_in_full
from checkin.ui.i18n import Languages

MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "nn": ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"],
}
SENTENCE = {
    "en": "Not valid today. This ticket is valid on {}.",
    "nb": "Gjelder ikke i dag. Billetten gjelder {}.",
    "nn": "Gjeld ikkje i dag. Billetten gjeld {}.",
}


def spelt(day: date, code: str) -> str:
    if code == "en":
        return f"{WEEKDAYS[code][day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]}"
    return f"{WEEKDAYS[code][day.weekday()]} {day.day}. {MONTHS[day.month - 1]}"


@pytest.fixture
def language():
    languages = Languages()
    yield languages.switch
    languages.remove()


@pytest.mark.parametrize("code", ["en", "nb", "nn"])
def test_a_day_two_ticket_on_day_one_names_day_two(window, language, code):
    days = window.desk.event.days
    person = next(
        p
        for p in window.desk.registrations()
        if p.status.value == "valid" and p.ticket_type == "Dagsbillett dag 2"
    )
    window.day_box.setCurrentIndex(window.day_box.findData(days[0]))
    assert language(code)
    window.check_in(person.code, Method.HANDHELD)
    assert window.current is not None
    assert window.current.decision.reason is Reason.WRONG_DAY
    assert window.card.explanation.text() == SENTENCE[code].format(spelt(days[1], code))


@pytest.mark.parametrize(("code", "word"), [("en", "and"), ("nb", "og"), ("nn", "og")])
def test_several_days_are_listed_with_the_languages_and(qapp, language, code, word):
    days = [date(2026, 11, 30) + timedelta(days=n) for n in range(3)]
    assert language(code)
    first, second, third = (spelt(day, code) for day in days)
    assert days_in_full(days) == f"{first}, {second} {word} {third}"
    assert days_in_full(days[:1]) == first
