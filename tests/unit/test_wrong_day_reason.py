"""A wrong-day refusal names the days the ticket is valid (acceptance F-13): rules, JSON, CLI."""

from __future__ import annotations

from datetime import date

import pytest

from checkin import messages
from checkin.commands.admit import result_text
from checkin.domain.model import Outcome, Point, Reason, Registration, TicketType
from checkin.domain.rules import Ticket, decide
from checkin.results import CheckInResult

DAY1, DAY2, DAY3 = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)
DAYS = (DAY1, DAY2, DAY3)
MAIN = Point("main")


def test_a_ticket_types_days_come_with_the_refusal():
    person = Registration("D2", "Dag", "To", ticket_type="Dagsbillett dag 2")
    decision = decide(Ticket("D2", person), DAY1, DAYS, MAIN, TicketType("Dag", (DAY2,)), [])
    assert (decision.outcome, decision.reason) == (Outcome.REJECTED, Reason.WRONG_DAY)
    assert decision.valid_days == (DAY2,)


def test_a_registrations_own_days_come_sorted_and_win_over_its_ticket_types():
    person = Registration("D3", "Dag", "Tre", valid_days=(DAY3, DAY2))
    decision = decide(Ticket("D3", person), DAY1, DAYS, MAIN, TicketType("Dag", (DAY1,)), [])
    assert decision.valid_days == (DAY2, DAY3)


def test_other_refusals_and_admissions_carry_no_days():
    person = Registration("A1", "Åse", "Ødegård")
    assert decide(Ticket("A1", person), DAY1, DAYS, MAIN, None, []).valid_days == ()
    assert decide(Ticket("ZZ", None), DAY1, DAYS, MAIN, None, []).valid_days == ()
    other_day = decide(Ticket("A1", person), date(2026, 12, 9), DAYS, MAIN, None, [])
    assert (other_day.reason, other_day.valid_days) == (Reason.NOT_AN_EVENT_DAY, ())


def _wrong_day() -> CheckInResult:
    person = Registration("D2", "Dag", "To", valid_days=(DAY2,))
    decision = decide(Ticket("D2", person), DAY1, DAYS, MAIN, None, [])
    return CheckInResult("D2", decision, person)


def test_the_json_of_a_wrong_day_refusal_lists_the_valid_days():
    out = _wrong_day().to_json()
    assert (out["reason"], out["valid_days"]) == ("wrong_day", ["2026-12-01"])


@pytest.mark.parametrize(
    ("code", "words"),
    [("en", "the ticket is valid on 2026-12-01, not on this day"),
     ("nb", "billetten gjelder 2026-12-01, ikke denne dagen"),
     ("nn", "billetten gjeld 2026-12-01, ikkje denne dagen")],
)  # fmt: skip
def test_the_terminal_line_names_the_valid_days_in_each_language(code, words):
    before = messages.language()
    try:
        messages.use(code)
        assert result_text(_wrong_day(), "Europe/Oslo").endswith(words)
    finally:
        messages.use(before)
