"""Signed secrets of a real pretix 2026.8 event (scripts/pretix.sh, dataset "signed") at the desk.

``checkin connect pretix`` keeps the event's pretix_sig1 keys and revoked secrets; the desk then
checks pretix's own secrets offline. The server is only read (never reset: other test sessions
may use it); a ticket "sold after the last pull" is one taken out of the desk's copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from checkin.desk import Desk
from checkin.domain.model import Outcome, Reason
from tests.pretix.test_pretix_sync import AT, run_json
from tests.pretix.test_pretix_sync import _own_settings as _own_settings
from tests.pretix.test_signed_at_desk import check_in

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]


@pytest.fixture
def signed(real_pretix, tmp_path: Path) -> tuple[dict, Path]:
    event = real_pretix["events"]["signed"]
    path = tmp_path / "signed.sqlite"
    code, out = run_json(
        "connect", "pretix", "--url", real_pretix["base_url"], "--organizer", event["organizer"],
        "--event", event["event"], "--token", event["token"], "--db", str(path), "--desk", "d1",
    )  # fmt: skip
    assert code == 0, out
    return event, path


def test_pretix_signed_secrets_are_checked_offline_at_the_desk(signed):
    event, path = signed
    known, later = event["sample_paid"][0], event["sample_paid"][1]
    desk = Desk.open(path)  # its connection has the search index's functions
    try:
        with desk.conn:  # as if sold after the last pull
            desk.conn.execute("DELETE FROM registrations WHERE code = ?", (later["secret"],))
    finally:
        desk.close()
    result = check_in(path, known["secret"])
    assert result.decision.outcome is Outcome.OK and result.registration is not None
    pending = check_in(path, later["secret"])
    assert (pending.decision.outcome, pending.decision.reason) == (Outcome.OK, Reason.PENDING)
    secret = later["secret"]
    middle = len(secret) // 2
    forged = secret[:middle] + ("A" if secret[middle] != "A" else "B") + secret[middle + 1 :]
    assert check_in(path, forged).decision.reason is Reason.FORGED


def test_the_old_secret_of_a_reissued_ticket_is_refused_and_the_new_one_admitted(signed):
    event, path = signed
    old, new = event["revoked"]["old_secret"], event["revoked"]["new_secret"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT 1 FROM registrations WHERE code = ?", (old,)).fetchone() is None
    refused = check_in(path, old)
    assert (refused.decision.outcome, refused.decision.reason) == (
        Outcome.REJECTED, Reason.CANCELLED)  # fmt: skip
    assert check_in(path, new, AT).decision.outcome is Outcome.OK
