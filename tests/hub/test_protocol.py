"""The wire format against what a real desk writes: every outbox row becomes a valid entry."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.hlc import HybridClock
from checkin.domain.model import Method, Point, TicketType
from checkin.store import changes
from checkin.sync.protocol import (
    ENTRY,
    Batch,
    CheckInEntry,
    ProtocolError,
    RegistrationEntry,
    entry_from_outbox,
    parse_entry,
)

DAY = date(2026, 6, 1)


@pytest.fixture
def desk(tmp_path):
    clock = FixedClock(datetime(2026, 6, 1, 7, 0, tzinfo=UTC))
    made = Desk.create(tmp_path / "event.sqlite", "Helsekonferansen", (DAY,), clock=clock)
    made.desk_name = "desk-1"
    csv = tmp_path / "reg.csv"
    csv.write_text(
        "Billettnummer;Fornavn;Etternavn;Dager\nA001;Åse;Ødegård;2026-06-01\nA002;Per;Bøe;\n",
        encoding="utf-8",
    )
    assert made.import_file(csv).written
    yield made
    made.close()


def test_every_change_a_desk_records_goes_on_the_wire(desk):
    first = desk.check_in("A001", Method.SCAN, DAY)
    desk.undo("A001", DAY)
    desk.walk_in("Kari", "Nordmann", "NTNU", day=DAY)
    desk.update_registration("A002", first_name="Per Olav")
    desk.set_ticket_type(TicketType("Dagpass", (DAY,), "Sjekk legitimasjon"))
    desk.set_point(Point("middag", ("Full",), (), (DAY,), False))
    rows = changes.pending(desk.conn, 500)
    clock = HybridClock("desk-1", lambda: 1_780_300_800_000)
    entries = [entry_from_outbox(row, clock.now().encode()) for row in rows]
    kinds = [(e.entity, e.op) for e in entries]
    assert kinds[0] == ("event", "create")
    assert kinds.count(("registration", "create")) == 3  # two imported, one walk-in
    assert ("registration", "update") in kinds
    assert ("ticket_type", "update") in kinds and ("point", "update") in kinds
    checkins = [e for e in entries if isinstance(e, CheckInEntry)]
    assert [c.payload.kind for c in checkins] == ["checkin", "undo", "checkin"]
    assert checkins[1].payload.undoes == first.checkin.id
    imported = next(e for e in entries if isinstance(e, RegistrationEntry) and e.key == "A001")
    assert imported.payload.valid_days == [DAY] and imported.payload.first_name == "Åse"
    batch = Batch(
        version=1,
        batch_id="9c1f7a4e-7d8b-4a3f-9a53-2a7c1e7b0f11",
        desk="desk-1",
        sent_at=datetime.now(UTC),
        entries=entries,
    )
    assert Batch.model_validate_json(batch.model_dump_json(exclude_none=True)) == batch


def test_a_bad_entry_is_named_by_its_field():
    with pytest.raises(ProtocolError, match=r"checkin\.payload\.undoes"):
        parse_entry(
            {
                "id": "9c1f7a4e-7d8b-4a3f-9a53-2a7c1e7b0f11",
                "entity": "checkin",
                "key": "9c1f7a4e-7d8b-4a3f-9a53-2a7c1e7b0f12",
                "op": "append",
                "at": "2026-06-01T07:00:00Z",
                "hlc": "001780300800000-000000-d",
                "origin": "d",
                "payload": {
                    "id": "9c1f7a4e-7d8b-4a3f-9a53-2a7c1e7b0f12",
                    "code": "A1",
                    "day": "2026-06-01",
                    "at": "2026-06-01T07:00:00Z",
                    "desk": "d",
                    "point": "main",
                    "method": "scan",
                    "kind": "checkin",
                    "undoes": "not-a-uuid",
                },
            }
        )


def test_times_need_a_zone_and_keys_must_match():
    base = {
        "id": "9c1f7a4e-7d8b-4a3f-9a53-2a7c1e7b0f11",
        "entity": "registration",
        "key": "A1",
        "op": "update",
        "at": "2026-06-01T07:00:00",
        "hlc": "001780300800000-000000-d",
        "origin": "d",
        "payload": {"first_name": "Å"},
    }
    with pytest.raises(ProtocolError, match="zone"):
        parse_entry(base)
    with pytest.raises(ProtocolError, match="differs from key"):
        parse_entry({**base, "at": "2026-06-01T07:00:00Z", "payload": {"code": "B2"}})
    ok = ENTRY.validate_python({**base, "at": "2026-06-01T09:00:00+02:00"})
    assert ok.at == datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
