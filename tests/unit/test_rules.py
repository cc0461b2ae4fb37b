"""The check-in rules, without a database."""

from datetime import UTC, date, datetime

from checkin.domain.model import (
    CheckIn,
    Kind,
    Method,
    Outcome,
    Point,
    Reason,
    Registration,
    Status,
    TicketType,
)
from checkin.domain.rules import Ticket, active_checkins, decide

DAY1, DAY2, OTHER = date(2026, 6, 1), date(2026, 6, 2), date(2026, 6, 5)
DAYS = (DAY1, DAY2)
MAIN = Point("main")
ANNE = Registration("A1", "Åse", "Ødegård", ticket_type="Konferanse")


def entry(id_, day=DAY1, kind=Kind.CHECKIN, undoes=None, minute=0):
    at = datetime(2026, 6, 1, 8, minute, tzinfo=UTC)
    return CheckIn(id_, "A1", day, at, "desk-1", "main", Method.SCAN, kind, undoes)


def test_valid_ticket_is_admitted():
    decision = decide(Ticket("A1", ANNE), DAY1, DAYS, MAIN, None, [])
    assert decision.outcome is Outcome.OK
    assert decision.reason is Reason.NONE


def test_unknown_code_is_rejected():
    decision = decide(Ticket("ZZ", None), DAY1, DAYS, MAIN, None, [])
    assert (decision.outcome, decision.reason) == (Outcome.REJECTED, Reason.UNKNOWN)


def test_signed_ticket_without_registration_is_pending():
    decision = decide(Ticket("NEW", None, signature_valid=True), DAY1, DAYS, MAIN, None, [])
    assert (decision.outcome, decision.reason) == (Outcome.OK, Reason.PENDING)


def test_bad_signature_is_forged_even_when_registered():
    decision = decide(Ticket("A1", ANNE, signature_valid=False), DAY1, DAYS, MAIN, None, [])
    assert decision.reason is Reason.FORGED


def test_cancelled_is_rejected():
    cancelled = Registration("A1", "Åse", "Ødegård", status=Status.CANCELLED)
    assert decide(Ticket("A1", cancelled), DAY1, DAYS, MAIN, None, []).reason is Reason.CANCELLED


def test_day_outside_event_is_rejected():
    assert decide(Ticket("A1", ANNE), OTHER, DAYS, MAIN, None, []).reason is Reason.NOT_AN_EVENT_DAY


def test_registration_days_win_over_ticket_type_days():
    day_two_only = Registration("A1", "Åse", "Ødegård", ticket_type="Dag", valid_days=(DAY2,))
    kind = TicketType("Dag", (DAY1,))
    assert decide(Ticket("A1", day_two_only), DAY1, DAYS, MAIN, kind, []).reason is Reason.WRONG_DAY
    assert decide(Ticket("A1", day_two_only), DAY2, DAYS, MAIN, kind, []).outcome is Outcome.OK


def test_ticket_type_days_apply_when_registration_has_none():
    kind = TicketType("Konferanse", (DAY2,))
    assert decide(Ticket("A1", ANNE), DAY1, DAYS, MAIN, kind, []).reason is Reason.WRONG_DAY


def test_second_checkin_same_day_is_duplicate_with_first_entry():
    first = entry("e1")
    decision = decide(Ticket("A1", ANNE), DAY1, DAYS, MAIN, None, [first, entry("e2", minute=5)])
    assert decision.outcome is Outcome.DUPLICATE
    assert decision.earlier == first


def test_checkin_on_other_day_is_not_duplicate():
    assert decide(Ticket("A1", ANNE), DAY2, DAYS, MAIN, None, [entry("e1")]).outcome is Outcome.OK


def test_undone_checkin_does_not_count():
    history = [entry("e1"), entry("u1", kind=Kind.UNDO, undoes="e1", minute=1)]
    assert active_checkins(history, DAY1) == []
    assert decide(Ticket("A1", ANNE), DAY1, DAYS, MAIN, None, history).outcome is Outcome.OK


def test_multi_entry_point_admits_again():
    dinner = Point("dinner", multi_entry=True)
    assert decide(Ticket("A1", ANNE), DAY1, DAYS, dinner, None, [entry("e1")]).outcome is Outcome.OK


def test_point_filters_ticket_types_categories_and_days():
    workshop = Point("workshop", ticket_types=("Workshop",))
    assert decide(Ticket("A1", ANNE), DAY1, DAYS, workshop, None, []).reason is Reason.WRONG_POINT
    students = Point("students", categories=("Student",))
    assert decide(Ticket("A1", ANNE), DAY1, DAYS, students, None, []).reason is Reason.WRONG_POINT
    day_two = Point("dinner", days=(DAY2,))
    assert decide(Ticket("A1", ANNE), DAY1, DAYS, day_two, None, []).reason is Reason.WRONG_POINT


def test_attention_flags_come_from_type_note_and_photo_consent():
    kind = TicketType("Student", note="Sjekk studentbevis")
    person = Registration("A1", "Åse", "Ødegård", note="Rullestol", extra={"Fotosamtykke": "Nei"})
    decision = decide(Ticket("A1", person), DAY1, DAYS, MAIN, kind, [])
    assert decision.flags == ("Sjekk studentbevis", "Rullestol", "no photos")


def test_duplicate_keeps_flags():
    kind = TicketType("Student", note="Sjekk studentbevis")
    decision = decide(Ticket("A1", ANNE), DAY1, DAYS, MAIN, kind, [entry("e1")])
    assert decision.flags == ("Sjekk studentbevis",)


def test_a_code_matching_several_registrations_ignoring_case_is_ambiguous():
    decision = decide(Ticket("abc", None, ambiguous=True), DAY1, DAYS, MAIN, None, [])
    assert (decision.outcome, decision.reason) == (Outcome.REJECTED, Reason.AMBIGUOUS)
