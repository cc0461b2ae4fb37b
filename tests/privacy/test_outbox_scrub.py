"""An edited-away value leaves no copy in the outbox once the hub has acknowledged the edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from checkin.desk import Desk
from checkin.domain.model import Registration
from checkin.store import changes
from checkin.store.db import transaction

OLD = "ingrid.old-address@helse-fonna.no"


@pytest.fixture
def desk(tmp_path: Path):
    desk = Desk.create(tmp_path / "event.checkin", "Fagdag", (date(2026, 6, 1),))
    desk.add_registrations([Registration("HF-1", "Ingrid", "Sæbø", "Helse Fonna", OLD)])
    yield desk
    desk.close()


def _outbox_text(desk: Desk) -> str:
    return " ".join(row[0] for row in desk.conn.execute("SELECT payload FROM changes"))


def _acknowledge_all(desk: Desk) -> None:
    with transaction(sqlite_utils.Database(desk.conn)) as conn:
        changes.mark_sent(conn, [row["id"] for row in changes.pending(conn, 1000)], "2026-06-01Z")


def test_the_old_address_goes_once_the_edit_is_acknowledged(desk: Desk) -> None:
    _acknowledge_all(desk)  # the hub has the registration with its old address
    desk.update_registration("HF-1", email="")
    assert OLD in _outbox_text(desk)  # the edit is not acknowledged yet: nothing is lost
    _acknowledge_all(desk)
    assert OLD not in _outbox_text(desk)
    assert "Ingrid" in _outbox_text(desk)  # what is still true is kept


def test_unacknowledged_changes_are_never_scrubbed(desk: Desk) -> None:
    desk.update_registration("HF-1", email="")
    with transaction(sqlite_utils.Database(desk.conn)) as conn:
        assert changes.scrub_acknowledged(conn) == 0
    assert OLD in _outbox_text(desk)
    assert sum(row["payload"].count(OLD) for row in changes.pending(desk.conn)) == 1


def test_scrub_acknowledged_by_itself(desk: Desk) -> None:
    db = sqlite_utils.Database(desk.conn)
    with transaction(db) as conn:  # acknowledged without mark_sent's own scrub
        conn.execute("UPDATE changes SET sent_at = '2026-06-01Z'")
    desk.update_registration("HF-1", first_name="Ingri")
    with transaction(sqlite_utils.Database(desk.conn)) as conn:
        assert changes.scrub_acknowledged(conn, ["HF-2"]) == 0  # another registration's
        assert changes.scrub_acknowledged(conn, ["HF-1"]) == 1
    text = _outbox_text(desk)
    assert OLD in text  # still the registration's address: kept
    assert '"first_name": "Ingrid"' not in text and '"first_name": "Ingri"' in text
