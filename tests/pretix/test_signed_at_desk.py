"""Signed pretix secrets the desk never downloaded, checked at the desk with the event's keys.

Unit side: a key made here signs the secrets; the event file is a real SQLite file linked to a
pretix event the way ``checkin connect pretix`` links it (`PretixLedger`), with the keys and
revocations a pull keeps. The real pretix side is in test_pretix_sync.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkin.desk import Desk, PretixLedger
from checkin.domain.clock import FixedClock
from checkin.domain.model import Outcome, Reason, Registration
from checkin.domain.sync_model import HubLink
from tests.pretix.test_secrets import make_secret, pem_b64, ticket_message

DAY1 = date(2027, 6, 1)
AT = datetime(2027, 6, 1, 7, 30, tzinfo=UTC)
KEY = Ed25519PrivateKey.generate()
LINK = {"organizer": "demo", "event": "nc27", "list": 1}


def pretix_file(tmp_path: Path, keys: list[str], revoked: tuple[str, ...] = ()) -> Path:
    path = tmp_path / "event.sqlite"
    desk = Desk.create(path, "Nordisk konferanse", (DAY1, DAY1 + timedelta(days=1)))
    desk.add_registrations([Registration("KNOWN-1", "Åse", "Ødegård")])
    desk.close()
    ledger = PretixLedger.open_pretix(path)
    try:
        ledger.link_pretix(HubLink("pretix", "http://127.0.0.1:1", "nc27", "desk-a", "t"), LINK)
        ledger.save_sig1_keys(keys)
        ledger.apply_page([], [], list(revoked), "", "2027-06-01T07:00:00Z")
    finally:
        ledger.close()
    return path


def check_in(path: Path, code: str, at: datetime = AT):
    desk = Desk.open(path, "desk-a", clock=FixedClock(at))
    try:
        return desk.check_in(code, day=DAY1)
    finally:
        desk.close()


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    return pretix_file(tmp_path, [pem_b64(KEY)])


def test_a_valid_signed_secret_not_downloaded_is_admitted_as_pending_once(linked):
    secret = make_secret(KEY, ticket_message(seed="new-sale", item=4))
    first = check_in(linked, secret)
    assert (first.decision.outcome, first.decision.reason) == (Outcome.OK, Reason.PENDING)
    assert first.registration is None and first.checkin is not None
    assert first.checkin.code == secret  # uploaded by its secret like any other
    again = check_in(linked, secret)
    assert again.decision.outcome is Outcome.DUPLICATE


def test_a_secret_signed_by_another_key_or_altered_is_refused_as_forged(linked):
    other = make_secret(Ed25519PrivateKey.generate(), ticket_message())
    assert check_in(linked, other).decision.reason is Reason.FORGED
    secret = make_secret(KEY, ticket_message(seed="altered"))
    middle = len(secret) // 2
    changed = secret[:middle] + ("A" if secret[middle] != "A" else "B") + secret[middle + 1 :]
    result = check_in(linked, changed)
    assert (result.decision.outcome, result.decision.reason) == (Outcome.REJECTED, Reason.FORGED)


def test_a_revoked_secret_the_desk_never_knew_is_refused(tmp_path):
    old = make_secret(KEY, ticket_message(seed="re-issued"))
    new = make_secret(KEY, ticket_message(seed="re-issued-2"))
    path = pretix_file(tmp_path, [pem_b64(KEY)], revoked=(old,))
    refused = check_in(path, old)
    assert (refused.decision.outcome, refused.decision.reason) == (
        Outcome.REJECTED, Reason.CANCELLED)  # fmt: skip
    assert check_in(path, new).decision.outcome is Outcome.OK


def test_revocations_add_up_over_pulls_and_a_reconnect_keeps_them(linked):
    first, second = (make_secret(KEY, ticket_message(seed=s)) for s in ("r1", "r2"))
    ledger = PretixLedger.open_pretix(linked)
    try:
        ledger.apply_page([], [], [first], "", "2027-06-01T07:00:00Z")
        ledger.apply_page([], [], [second], "", "2027-06-01T07:05:00Z")
        ledger.link_pretix(HubLink("pretix", "http://127.0.0.1:1", "nc27", "desk-a", "t"), LINK)
    finally:
        ledger.close()
    for secret in (first, second):
        assert check_in(linked, secret).decision.reason is Reason.CANCELLED


def test_a_secret_outside_its_validity_window_is_refused_as_wrong_day(linked):
    until = int((AT - timedelta(hours=1)).timestamp())
    expired = make_secret(KEY, ticket_message(seed="early-bird", until=until))
    result = check_in(linked, expired)
    assert (result.decision.outcome, result.decision.reason) == (
        Outcome.REJECTED, Reason.WRONG_DAY)  # fmt: skip


def test_without_pretix_keys_a_signed_looking_code_is_just_unknown(tmp_path):
    path = pretix_file(tmp_path, [])
    secret = make_secret(KEY, ticket_message())
    assert check_in(path, secret).decision.reason is Reason.UNKNOWN


def test_known_codes_and_plain_codes_are_left_to_the_lookup(linked):
    assert check_in(linked, "KNOWN-1").decision.outcome is Outcome.OK
    assert check_in(linked, "abcdefghijklmnopqrstuvwxyz012345").decision.reason is Reason.UNKNOWN
