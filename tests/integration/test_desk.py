"""The desk façade on a real event file: check-in, duplicates, undo, walk-ins, orders, reports."""

from datetime import UTC, date, datetime, timedelta

import pytest

from checkin.desk import Desk
from checkin.domain import signing
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome, Point, Reason, Registration, Status, TicketType
from checkin.errors import UserError
from checkin.store import registrations
from checkin.store.db import transaction

DAY1, DAY2 = date(2026, 6, 1), date(2026, 6, 2)


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 6, 1, 7, 30, tzinfo=UTC))


@pytest.fixture
def desk(tmp_path, clock):
    desk = Desk.create(tmp_path / "event.sqlite", "Helsekonferansen", (DAY1, DAY2), clock=clock)
    people = [
        Registration(
            "A1", "Åse", "Ødegård", "Haukeland", ticket_type="Konferanse", category="Sykehus"
        ),
        Registration(
            "B2", "Ola", "Bjorheim Bøe", "Askøy kommune", category="Kommune", order_code="O1"
        ),
        Registration("C3", "Kari", "Nordmann", category="Kommune", order_code="O1"),
        Registration("X9", "Per", "Avlyst", status=Status.CANCELLED),
        Registration("S1", "Siri", "Student", ticket_type="Studentbillett", category="Student"),
    ]
    with transaction(desk.db) as conn:
        registrations.upsert(conn, [(*registrations.to_row(p), "") for p in people], "t")
    desk.set_ticket_type(TicketType("Studentbillett", (), "Sjekk studentbevis"))
    yield desk
    desk.close()


def test_checkin_then_duplicate_names_first_time_and_desk(desk, clock):
    first = desk.check_in("A1", Method.SCAN)
    assert first.decision.outcome is Outcome.OK
    assert first.registration.name == "Åse Ødegård"
    clock.at += timedelta(minutes=3)
    again = desk.check_in("A1", Method.SCAN)
    assert again.decision.outcome is Outcome.DUPLICATE
    out = again.to_json()
    assert out["result"] == "duplicate"
    assert out["first_at"] == "2026-06-01T07:30:00.000Z"
    assert out["first_desk"] == desk.desk_name


def test_unknown_cancelled_and_unreadable(desk):
    assert desk.check_in("NOPE").decision.reason is Reason.UNKNOWN
    assert desk.check_in("X9").decision.reason is Reason.CANCELLED
    junk = desk.check_in("\x00\x01binary")
    assert junk.decision.reason is Reason.UNREADABLE
    assert junk.message


def test_failed_scans_are_logged(desk):
    desk.check_in("NOPE")
    rows = desk.db.conn.execute("SELECT text, outcome, reason FROM attempts").fetchall()
    assert rows == [("NOPE", "rejected", "unknown")]


def test_undo_keeps_history_and_allows_new_checkin(desk):
    desk.check_in("A1")
    undone = desk.undo("A1")
    assert undone is not None
    assert desk.undo("A1") is None
    assert desk.check_in("A1").decision.outcome is Outcome.OK
    kinds = [r[0] for r in desk.db.conn.execute("SELECT kind FROM checkins ORDER BY seq")]
    assert kinds == ["checkin", "undo", "checkin"]


def test_every_change_carries_a_uuid_and_time(desk):
    desk.check_in("A1")
    desk.undo("A1")
    rows = desk.db.conn.execute("SELECT id, at, entity, op FROM changes WHERE entity='checkin'")
    rows = rows.fetchall()
    assert len(rows) == 2
    assert all(len(r[0]) == 36 and r[1].endswith("Z") for r in rows)


def test_student_ticket_carries_flag(desk):
    assert desk.check_in("S1").decision.flags == ("Sjekk studentbevis",)


def test_wrong_day_by_registration(desk):
    desk.update_registration("A1", note="")
    with transaction(desk.db) as conn:
        person = Registration("D2", "Dag", "To", valid_days=(DAY2,))
        registrations.upsert(conn, [(*registrations.to_row(person), "")], "t")
    assert desk.check_in("D2", day=DAY1).decision.reason is Reason.WRONG_DAY
    assert desk.check_in("D2", day=DAY2).decision.outcome is Outcome.OK


def test_admit_order_checks_in_the_group(desk):
    results = desk.admit_order("O1")
    assert sorted(r.ticket for r in results) == ["B2", "C3"]
    assert all(r.decision.outcome is Outcome.OK for r in results)
    with pytest.raises(UserError):
        desk.admit_order("missing")


def test_walk_in_gets_signed_code_and_is_checked_in(desk):
    result = desk.walk_in("Ærlig", "Gjest", "Bergen kommune")
    assert result.decision.outcome is Outcome.OK
    assert result.registration.signed
    payload = desk.ticket_payload(result.registration)
    assert payload.startswith("CK1:")
    assert desk.check_in(payload).decision.outcome is Outcome.DUPLICATE


def test_signed_ticket_without_registration_is_pending_and_forgery_refused(desk):
    private = desk.db.conn.execute("SELECT private_key FROM event").fetchone()[0]
    payload = signing.ticket_payload(private, desk.event.id, "NEWCODE234")
    pending = desk.check_in(payload)
    assert (pending.decision.outcome, pending.decision.reason) == (Outcome.OK, Reason.PENDING)
    forged = payload[:4] + ("B" if payload[4] != "B" else "C") + payload[5:]
    assert desk.check_in(forged).decision.reason is Reason.FORGED


def test_point_admits_only_its_categories(desk, clock):
    desk.set_point(Point("dialog", categories=("Kommune",)))
    at_dialog = Desk.open(desk.path, "desk-2", "dialog", clock)
    assert at_dialog.check_in("A1").decision.reason is Reason.WRONG_POINT
    assert at_dialog.check_in("B2").decision.outcome is Outcome.OK
    assert desk.check_in("B2").decision.outcome is Outcome.OK  # other point, separate log
    at_dialog.close()


def test_counts_and_report(desk):
    desk.check_in("A1")
    desk.check_in("B2")
    assert desk.counts(DAY1) == (2, 4)
    total, groups = desk.report("category", DAY1)
    assert (total.expected, total.checked_in) == (4, 2)
    by_key = {g.key: (g.expected, g.checked_in) for g in groups}
    assert by_key == {"Kommune": (2, 1), "Sykehus": (1, 1), "Student": (1, 0)}


def test_report_by_unknown_field_names_choices(desk):
    with pytest.raises(UserError, match="category"):
        desk.report("shoe size", None)


def test_edit_registration_is_recorded(desk):
    updated = desk.update_registration("A1", first_name="Aase")
    assert updated.first_name == "Aase"
    assert desk.registration("A1").first_name == "Aase"
    with pytest.raises(UserError):
        desk.update_registration("A1", status="cancelled")


def test_create_refuses_existing_file(desk):
    with pytest.raises(UserError):
        Desk.create(desk.path, "Again", (DAY1,))
