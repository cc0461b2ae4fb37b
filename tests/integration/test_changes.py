"""What each write of the desk says it changed (OpChanges), and the outbox entries it names."""

import json
from datetime import UTC, date, datetime

import pytest

from checkin.desk import Desk, OpChanges
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome, Point, Registration, Status, TicketType
from checkin.store import changes

DAY = date(2026, 6, 1)


@pytest.fixture
def desk(tmp_path):
    clock = FixedClock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    desk = Desk.create(tmp_path / "e.sqlite", "Endringar", (DAY,), clock=clock)
    desk.add_registrations([Registration("A1", "Åse", "Ødegård"), Registration("B2", "Ola", "Bøe")])
    yield desk
    desk.close()


def outbox(desk, ids):
    """The outbox rows with these ids, in order (their payload parsed)."""
    rows = {row["id"]: row for row in changes.pending(desk.conn, 10_000)}
    return [{**rows[i], "payload": json.loads(rows[i]["payload"])} for i in ids]


def test_an_admit_names_the_log_counts_recent_and_its_outbox_entry(desk):
    result = desk.check_in("A1", Method.SEARCH)
    assert result.decision.outcome is Outcome.OK
    done = result.changes
    assert (done.checkins, done.counts, done.recent, done.registrations) == (
        True,
        True,
        True,
        False,
    )
    (entry,) = outbox(desk, done.outbox)
    assert (entry["entity"], entry["key"], entry["payload"]["id"]) == (
        "checkin",
        result.checkin.id,
        result.checkin.id,
    )


def test_a_refusal_changes_only_the_attempts_and_sends_nothing(desk):
    for text in ("NOPE", "\x00\x01"):
        done = desk.check_in(text).changes
        assert done == OpChanges(attempts=True), text
    desk.check_in("A1")
    assert desk.check_in("A1").changes == OpChanges(attempts=True)  # a duplicate


def test_an_undo_names_its_entry_and_nothing_to_undo_is_none(desk):
    desk.check_in("A1")
    undone = desk.undo("A1", DAY)
    assert undone.checkin.undoes is not None and undone.changes.checkins
    (entry,) = outbox(desk, undone.changes.outbox)
    assert entry["payload"]["kind"] == "undo"
    assert desk.undo("A1", DAY) is None


def test_a_walk_in_names_its_registration_and_its_check_in(desk):
    result = desk.walk_in("Kari", "Nordmann", "Helse Bergen")
    assert result.changes.registrations and result.changes.checkins
    entities = [row["entity"] for row in outbox(desk, result.changes.outbox)]
    assert entities == ["registration", "checkin"]


def test_an_edit_sends_only_the_fields_given_trimmed(desk):
    edited = desk.update_registration("A1", last_name="  Ødegård-Bø ")
    assert edited.registration.last_name == "Ødegård-Bø"
    (entry,) = outbox(desk, edited.changes.outbox)
    assert (entry["op"], entry["payload"]) == ("update", {"last_name": "Ødegård-Bø"})


def test_rules_name_what_they_change(desk):
    kind = desk.set_ticket_type(TicketType("Dag", (DAY,), "Sjekk"))
    assert kind.ticket_types and not kind.points and len(kind.outbox) == 1
    point = desk.set_point(Point("middag", multi_entry=True))
    assert point.points and not point.ticket_types
    assert outbox(desk, point.outbox)[0]["payload"]["multi_entry"] is True


def test_added_registrations_carry_json_shapes_and_unchanged_ones_send_nothing(desk):
    person = Registration("C3", "Liv", "Lie", valid_days=(DAY,), status=Status.CANCELLED,
                          extra={"Allergi": "nøtter"})  # fmt: skip
    done = desk.add_registrations([person])
    (entry,) = outbox(desk, done.outbox)
    assert entry["payload"]["valid_days"] == ["2026-06-01"]
    assert entry["payload"]["status"] == "cancelled"
    assert entry["payload"]["extra"] == {"Allergi": "nøtter"}
    assert entry["payload"]["signed"] is False
    assert desk.add_registrations([person]) == OpChanges()


def test_hooks_hear_every_committed_write_and_a_failing_hook_stops_nothing(desk):
    heard = []
    desk.on_change(lambda done: 1 / 0)
    desk.on_change(heard.append)
    result = desk.check_in("B2")
    desk.set_point(Point("middag"))
    assert heard[0] == result.changes and heard[1].points
    assert desk.checked_in("B2", DAY) is not None


def test_an_import_names_its_outbox_entries(desk, tmp_path):
    source = tmp_path / "liste.csv"
    source.write_text("Billettnummer;Fornavn;Etternavn\nA1;Åse;Ødegård\nD4;Per;Hansen\n",
                      encoding="utf-8")  # fmt: skip
    heard = []
    desk.on_change(heard.append)
    report = desk.import_file(source)
    assert (report.added, report.unchanged) == (1, 1)
    assert report.changes.registrations and heard == [report.changes]
    assert [row["key"] for row in outbox(desk, report.changes.outbox)] == ["D4"]
    assert desk.import_file(source, dry_run=True).changes == OpChanges()


def test_an_edit_keeps_the_import_key_so_a_re_import_finds_the_code(desk, tmp_path):
    source = tmp_path / "utan-kode.csv"
    source.write_text("Fornavn;Etternavn;E-post\nGro;Vik;gro@vik.no\n", encoding="utf-8")
    desk.import_file(source)
    (made,) = [person for person in desk.registrations() if person.last_name == "Vik"]
    desk.update_registration(made.code, note="Rullestol")
    again = desk.import_file(source)
    assert (again.added, again.updated) == (0, 1)  # the note is not in the file: updated back
    assert [p.code for p in desk.registrations() if p.last_name == "Vik"] == [made.code]
