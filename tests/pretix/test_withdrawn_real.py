"""A position moved off the desk's check-in list in pretix is refused at the desk after a sync.

Real pretix 2026.8 (scripts/pretix.sh, data reset per test): a list that takes only the
two-day ticket and the day pass; one two-day ticket is changed to a student ticket in pretix
(the order's "Change" page through the API), so it leaves the list.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Outcome, Reason
from tests.pretix.conftest import admin_for
from tests.pretix.test_device_connect import last_json, run
from tests.pretix.test_pretix_sync import AT, DAY1

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_NO_LOG_FILE", "1")


def registration(db: Path, code: str) -> tuple[str, str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        row = conn.execute("SELECT status, ticket_type FROM registrations WHERE code = ?",
                           (code,)).fetchone()  # fmt: skip
    return row[0], row[1]


def a_two_day_ticket(db: Path) -> tuple[str, str, int]:
    """Code, order code and pretix position id of a valid two-day ticket on the desk."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        code, order, extra = conn.execute(
            "SELECT code, order_code, extra FROM registrations WHERE status = 'valid' "
            "AND ticket_type = 'Konferansebillett 2 dager' ORDER BY code LIMIT 1"
        ).fetchone()
    return code, order, int(json.loads(extra)["pretix_position_id"])


def test_a_position_moved_to_a_product_off_the_list_is_refused(pretix, tmp_path):
    event = pretix["events"]["random"]
    items, admin = event["items"], admin_for(pretix, "random")
    plenum = admin.add_list("Plenum", [items["Konferansebillett 2 dager"], items["Dagspass"]])
    db = tmp_path / "plenum.checkin"
    code, out = run("connect", "pretix", "--url", pretix["base_url"], "--organizer",
                    event["organizer"], "--event", event["event"], "--token", event["token"],
                    "--list", str(plenum["id"]), "--db", str(db), "--desk", "desk-a",
                    "--json")  # fmt: skip
    assert code == 0, out
    secret, order, position = a_two_day_ticket(db)
    assert registration_count(db, "Studentbillett") == 0  # not on the list: not at the desk

    admin.change_item(order, position, items["Studentbillett"])
    code, out = run("sync", "--db", str(db), "--once", "--json")
    assert code == 0, out
    assert last_json(out)["applied"]["registrations"] >= 1
    assert registration(db, secret) == ("cancelled", "Konferansebillett 2 dager")
    assert registration_count(db, "Studentbillett") == 0  # nothing of another list is added

    desk = Desk.open(db, "desk-a", clock=FixedClock(AT))
    try:
        result = desk.check_in(secret, day=DAY1)
    finally:
        desk.close()
    assert result.decision.outcome is not Outcome.OK
    assert result.decision.reason is Reason.CANCELLED

    admin.change_item(order, position, items["Konferansebillett 2 dager"])  # back on the list
    code, out = run("sync", "--db", str(db), "--once", "--json")
    assert code == 0, out
    assert registration(db, secret)[0] == "valid"


def registration_count(db: Path, ticket_type: str) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        query = "SELECT count(*) FROM registrations WHERE ticket_type = ?"
        return int(conn.execute(query, (ticket_type,)).fetchone()[0])
