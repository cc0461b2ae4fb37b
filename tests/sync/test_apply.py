"""Applying pulled entries to an event file, without a hub: order never matters, twice is
once, an undo before its check-in waits, and a file from schema 3 upgrades with its outbox."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.desk import Desk, SyncLedger
from checkin.domain.clock import utc_text
from checkin.domain.hlc import Timestamp
from checkin.domain.model import Method, Registration
from checkin.domain.sync_model import RemoteChange

DAY = date(2026, 6, 1)
T0 = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)
LATER = datetime.now(UTC) + timedelta(hours=1)  # after the file's own readings
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "schemas"


def edit(code: str, desk: str, ms: int, **fields: str) -> RemoteChange:
    hlc = Timestamp(int(LATER.timestamp() * 1000) + ms, 0, desk).encode()
    at = utc_text(LATER + timedelta(milliseconds=ms))
    return RemoteChange(str(uuid.uuid4()), "registration", code, "update", at, hlc, desk, fields)


def checkin(code: str, desk: str, minute: int, undoes: str | None = None) -> RemoteChange:
    at = T0 + timedelta(minutes=minute)
    checkin_id = str(uuid.uuid4())
    payload = {"id": checkin_id, "code": code, "day": DAY.isoformat(), "at": utc_text(at),
               "desk": desk, "point": "main", "method": "scan",
               "kind": "undo" if undoes else "checkin", "undoes": undoes}  # fmt: skip
    hlc = Timestamp(int(at.timestamp() * 1000), 0, desk).encode()
    return RemoteChange(str(uuid.uuid4()), "checkin", checkin_id, "append", utc_text(at), hlc,
                        desk, payload)  # fmt: skip


def fresh_file(folder: Path, name: str) -> Path:
    path = folder / f"{name}.sqlite"
    desk = Desk.create(path, "Helsekonferansen", (DAY,))
    desk.add_registrations([Registration("NHI-1", "Åse", "Ødegård", "Haukeland")])
    desk.close()
    return path


def people(path: Path) -> dict[str, tuple[str, ...]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT code, first_name, last_name, organisation FROM registrations")
        return {row[0]: row[1:] for row in rows}


def checkins(path: Path) -> set[tuple[str, ...]]:
    with sqlite3.connect(path) as conn:
        return set(conn.execute("SELECT id, code, desk, kind, coalesce(undoes, '') FROM checkins"))


EDITS = [
    edit("NHI-1", "desk-1", 10, first_name="Åse Marie"),
    edit("NHI-1", "desk-2", 20, organisation="Helse Bergen"),
    edit("NHI-1", "desk-3", 15, first_name="Aase"),
    edit("NHI-1", "desk-2", 30, last_name="Ødegård-Lie"),
]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(range(len(EDITS))), split=st.integers(0, len(EDITS)))
def test_edits_merge_field_by_field_in_any_order_and_twice_is_once(
    tmp_path_factory, order, split
) -> None:
    path = fresh_file(tmp_path_factory.mktemp("f"), "desk")
    ledger = SyncLedger.open(path)
    shuffled = [EDITS[i] for i in order]
    ledger.apply(shuffled[:split], [], "1", utc_text(T0))
    ledger.apply(shuffled[split:], [], "2", utc_text(T0))
    ledger.apply(shuffled, [], "3", utc_text(T0))  # a page applied again changes nothing
    ledger.close()
    assert people(path)["NHI-1"] == ("Aase", "Ødegård-Lie", "Helse Bergen")  # the latest each


def test_an_undo_before_its_checkin_waits_for_it(tmp_path: Path) -> None:
    path = fresh_file(tmp_path, "desk")
    made = checkin("NHI-1", "desk-1", 1)
    undo = checkin("NHI-1", "desk-2", 2, undoes=made.key)
    ledger = SyncLedger.open(path)
    first = ledger.apply([undo], [], "1", utc_text(T0))
    assert first.parked == 1 and checkins(path) == set()
    second = ledger.apply([made], [], "2", utc_text(T0))
    ledger.close()
    assert second.checkins == 2 and {row[3] for row in checkins(path)} == {"checkin", "undo"}
    desk = Desk.open(path, "desk-3")
    again = desk.check_in("NHI-1", Method.SCAN, DAY)  # taken back: admitted afresh
    desk.close()
    assert again.checkin is not None


def test_schema_3_file_upgrades_with_its_outbox_stamped_in_order(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite"
    shutil.copy(FIXTURES / "v3.sqlite", path)
    desk = Desk.open(path, "desk-1")
    desk.check_in("F1", Method.SCAN, date(2026, 6, 1))
    desk.close()
    with sqlite3.connect(path) as conn:
        readings = [row[0] for row in conn.execute("SELECT hlc FROM changes ORDER BY seq")]
    assert len(readings) >= 3 and all(readings)
    assert readings == sorted(readings) and len(set(readings)) == len(readings)
    ledger = SyncLedger.open(path)
    state = ledger.state()
    batch = ledger.next_batch(500)
    ledger.close()
    assert state.link is None and state.waiting == len(readings)
    assert batch is not None and [e.hlc for e in batch.entries] == readings
