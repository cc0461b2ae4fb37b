"""Push and pull through a real hub process, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from checkin.domain import hlc
from checkin.sync.client import HubClient

from .entries import DAY1, MORNING, checkin, many_checkins, ms, person, registration

pytestmark = pytest.mark.integration


def client(setup, name="desk-1"):
    return HubClient(setup.url, setup.tokens[name])


def test_the_same_batch_twice_is_stored_once(served):
    slug = served.new_event()
    batch = many_checkins(5, "desk-1")
    batch_id = str(uuid.uuid4())
    with client(served) as desk:
        first = desk.push(slug, batch, "desk-1", batch_id)
        again = desk.push(slug, batch, "desk-1", batch_id)
        fresh_batch = desk.push(slug, batch, "desk-1")
        page = desk.pull(slug, since=0)
    assert (first.stored, first.duplicates, first.replayed) == (5, 0, False)
    assert again.replayed and again.results == first.results
    assert (fresh_batch.stored, fresh_batch.duplicates) == (0, 5)
    assert [r.seq for r in fresh_batch.results] == [1, 2, 3, 4, 5]
    assert [p.seq for p in page.entries] == [1, 2, 3, 4, 5]
    assert [p.entry.id for p in page.entries] == [e.id for e in batch]


def test_pull_since_a_cursor_returns_only_what_is_new(served):
    slug = served.new_event()
    with client(served) as desk, client(served, "desk-2") as other:
        desk.push(slug, many_checkins(7, "desk-1"), "desk-1")
        first = desk.pull(slug, since=0, limit=4)
        rest = desk.pull(slug, since=first.next_since, limit=4)
        later = other.push(slug, many_checkins(2, "desk-2"), "desk-2")
        newer = desk.pull(slug, since=rest.next_since)
    assert (first.more, first.next_since, first.last_seq) == (True, 4, 7)
    assert [p.seq for p in rest.entries] == [5, 6, 7] and not rest.more
    assert later.last_seq == 9
    assert [p.seq for p in newer.entries] == [8, 9]
    assert {p.entry.origin for p in newer.entries} == {"desk-2"}


def test_edits_merge_field_by_field_and_a_fast_clock_cannot_win_for_ever(served):
    slug = served.new_event()
    true_now = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
    fast = hlc.HybridClock("desk-1", lambda: ms(true_now + timedelta(days=1)))  # a day ahead
    right = hlc.HybridClock("desk-2", lambda: ms(true_now))

    def catch_up(desk, clock, since=0):
        for pulled in desk.pull(slug, since=since).entries:
            clock.observe(hlc.Timestamp.parse(pulled.entry.hlc))

    with client(served) as desk1, client(served, "desk-2") as desk2:
        desk1.push(
            slug,
            [
                registration(
                    "A001", "desk-1", fast.now(), "create", **person("A001", "Aase", "Odegard")
                )
            ],
            "desk-1",
        )
        catch_up(desk2, right)
        # concurrent edits of different fields: both are kept
        desk1.push(slug, [registration("A001", "desk-1", fast.now(), first_name="Åse")], "desk-1")
        desk2.push(
            slug,
            [registration("A001", "desk-2", right.now(), organisation="Helse Bergen")],
            "desk-2",
        )
        merged = desk2.registrations(slug).registrations[0].fields
        assert (merged["first_name"], merged["organisation"]) == ("Åse", "Helse Bergen")
        # desk 2, whose clock reads a day earlier than desk 1's, sees desk 1's edit and
        # corrects it: by wall clock it would lose; by the hybrid clock it comes after, and wins.
        catch_up(desk2, right)
        late = registration(
            "A001", "desk-2", right.now(), first_name="Åse Marie", last_name="Ødegård"
        )
        desk2.push(slug, [late], "desk-2")
        record = desk1.registrations(slug).registrations[0]
        first_name_edit = desk1.pull(slug, since=1, limit=1).entries[0].entry
    # desk 2's own clock reads a day before the edit it overrides
    assert ms(true_now) < hlc.Timestamp.parse(first_name_edit.hlc).wall
    assert record.fields["first_name"] == "Åse Marie"
    assert record.fields["last_name"] == "Ødegård"
    assert record.fields["organisation"] == "Helse Bergen"
    assert record.clocks["first_name"].endswith("-desk-2")
    assert hlc.Timestamp.parse(record.clocks["first_name"]).wall == ms(true_now + timedelta(days=1))


def test_merge_does_not_depend_on_arrival_order(served):
    made = hlc.HybridClock("desk-1", lambda: ms(MORNING))
    edits = [registration("B7", "desk-1", made.now(), "create", **person("B7", "Per", "Boe"))]
    edits += [
        registration("B7", f"desk-{n % 2 + 1}", made.now(), first_name=f"Per {n}", note=f"note {n}")
        for n in range(6)
    ]
    results = []
    for order in (edits, edits[::-1], edits[1::2] + edits[0::2]):
        slug = served.new_event()
        with client(served) as desk:
            for entry in order:  # entry ids are the hub's, across events: new ids, same edits
                desk.push(slug, [entry.model_copy(update={"id": str(uuid.uuid4())})], "desk-1")
            results.append(desk.registrations(slug).registrations[0].fields)
    assert results[0] == results[1] == results[2]
    assert results[0]["first_name"] == "Per 5" and results[0]["last_name"] == "Boe"


def test_checkins_are_all_kept_the_first_is_the_checkin_and_undo_works_across_desks(served):
    slug = served.new_event()
    at_desk1 = checkin("A001", "desk-1", MORNING)
    at_desk2 = checkin("A001", "desk-2", MORNING + timedelta(minutes=3))
    with client(served) as desk1, client(served, "desk-2") as desk2:
        desk2.push(slug, [at_desk2], "desk-2")  # the later one reaches the hub first
        desk1.push(slug, [at_desk1], "desk-1")
        found = desk1.duplicates(slug)
        assert len(found) == 1
        assert (found[0].first.desk, found[0].first.at) == ("desk-1", MORNING)
        assert [(o.desk, o.at) for o in found[0].others] == [("desk-2", at_desk2.payload.at)]
        # desk 2 takes back desk 1's check-in (it pulled it): desk 2's stays, no duplicate left
        undo = checkin("A001", "desk-2", MORNING + timedelta(minutes=5), undoes=at_desk1.key)
        desk2.push(slug, [undo], "desk-2")
        assert desk1.duplicates(slug) == []
        kinds = [p.entry.payload.kind for p in desk1.pull(slug, since=0).entries]
    assert kinds == ["checkin", "checkin", "undo"]
    with HubClient(served.url, served.tokens["admin"]) as admin:
        report = admin.session.get(
            f"{served.url}/v1/events/{slug}/report", params={"day": DAY1.isoformat()}
        ).json()
    assert report["checked_in"] == 1


def test_registrations_come_in_resumable_pages(served):
    slug = served.new_event()
    clock = hlc.HybridClock("desk-1", lambda: ms(MORNING))
    people = [
        registration(
            f"R{n:04d}",
            "desk-1",
            clock.now(),
            "create",
            **person(f"R{n:04d}", "Kari", f"Nordmann {n}"),
        )
        for n in range(250)
    ]
    with client(served) as desk:
        desk.push(slug, people, "desk-1")
        pages = list(desk.all_registrations(slug, limit=100))
        resumed = list(desk.all_registrations(slug, after=pages[0].next_after, limit=100))
    assert [len(p.registrations) for p in pages] == [100, 100, 50]
    assert pages[-1].next_after is None and pages[0].as_of == 250
    codes = [r.code for p in pages for r in p.registrations]
    assert codes == sorted(f"R{n:04d}" for n in range(250))
    assert [r.code for p in resumed for r in p.registrations] == codes[100:]
    assert pages[0].registrations[0].clocks["last_name"].endswith("-desk-1")
