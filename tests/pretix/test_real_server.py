"""PretixClient against a real pretix 2026.8 on 127.0.0.1 (scripts/pretix.sh), data reset per test.

Pull (paginated, interrupted and resumed, then only what changed), mapping, signed secrets and
revocations, offline check-ins uploaded twice and read back from pretix's own check-in log.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from checkin.domain.model import Status
from checkin.domain.pretix_secrets import SecretStatus
from checkin.sync.pretix import PretixClient, verify_secret
from checkin.sync.pretix_device import initialize_device
from checkin.sync.pretix_http import (
    PretixAuthError,
    PretixConfig,
    PretixNotFoundError,
)
from checkin.sync.pretix_pull import PullCursor
from checkin.sync.pretix_upload import (
    OnlineStatus,
    QueuedCheckIn,
    UploadStatus,
    new_nonce,
)
from tests.pretix.conftest import admin_for, client_for
from tests.pretix.test_replay import Cancelled

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]

LIST = "checkinlist_id"


def full_pull(client: PretixClient, event: dict, cursor: PullCursor | None = None):
    catalogue = client.catalogue(event[LIST])
    pages = list(client.pull(catalogue, cursor or client.start_cursor(event[LIST])))
    return catalogue, pages


def by_code(pages) -> dict:
    return {r.code: r for page in pages for r in page.registrations}


def test_pull_paginated_then_only_what_changed(pretix):
    event = pretix["events"]["random"]
    admin = admin_for(pretix, "random")
    with client_for(pretix, "random") as client:
        _, pages = full_pull(client, event)
        full = [page for page in pages if page.phase == "full"]
        assert [page.read for page in full] == [50, 100, 150, 200, 242]
        everyone = by_code(pages)
        assert len(everyone) == event["orders_paid"] + 2
        assert sum(r.status is Status.VALID for r in everyone.values()) == event["orders_paid"]
        assert everyone[event["canceled"]["secret"]].status is Status.CANCELLED
        assert everyone[event["pending"]["secret"]].status is Status.CANCELLED
        sample = everyone[event["sample_paid"][0]["secret"]]
        assert sample.name == event["sample_paid"][0]["name"] and sample.order_code
        assert sum("ø" in r.name.lower() or "å" in r.name.lower() for r in everyone.values()) > 50
        assert {r.ticket_type for r in everyone.values()} == {
            "Konferansebillett 2 dager",
            "Studentbillett",
            "Dagspass – Mandag 1. juni",
            "Dagspass – Tirsdag 2. juni",
        }
        cursor = pages[-1].cursor

        paid = event["sample_paid"]
        admin.rename(paid[1]["position_id"], "Åsmund", "Ødegård-Bråten")
        admin.mark_paid(event["pending"]["order"])
        admin.cancel(paid[2]["order"])
        device = initialize_device(pretix["base_url"], event["device_init_token"])
        with PretixClient(device.config(pretix["base_url"], event["event"])) as scanner:
            at = datetime.now(UTC).replace(microsecond=0)
            done = list(
                scanner.upload([QueuedCheckIn(new_nonce(), paid[0]["secret"], event[LIST], at)])
            )
            assert done[0].status is UploadStatus.OK

        _, changes = full_pull(client, event, cursor)
        changed = by_code(changes)
        assert set(changed) == {
            paid[0]["secret"],
            paid[1]["secret"],
            paid[2]["secret"],
            event["pending"]["secret"],
        }
        assert changed[paid[1]["secret"]].name == "Åsmund Ødegård-Bråten"
        assert changed[event["pending"]["secret"]].status is Status.VALID
        assert changed[paid[2]["secret"]].status is Status.CANCELLED
        remote = [c for page in changes for c in page.checkins]
        assert [(c.code, c.device_id, c.at) for c in remote] == [
            (paid[0]["secret"], device.device_id, at)
        ]

        _, quiet = full_pull(client, event, changes[-1].cursor)
        assert by_code(quiet) == {}


def test_first_pull_interrupted_twice_resumes_and_misses_nothing(pretix):
    event = pretix["events"]["random"]
    admin = admin_for(pretix, "random")
    with client_for(pretix, "random") as client:
        catalogue = client.catalogue(event[LIST])
        first = list(client.pull(catalogue, client.start_cursor(event[LIST]), Cancelled(after=2)))
        stored = json.dumps(first[-1].cursor.to_json())
        sold = admin.create_order(
            event["items"]["Studentbillett"], "Ærlend", "Kjærnes", "Høgskolen i Østfold"
        )

        second = client.pull(catalogue, PullCursor.from_json(json.loads(stored)))
        pages = [next(second)]  # the desk is killed after one more page
        second.close()
        stored = json.dumps(pages[-1].cursor.to_json())

        rest = list(client.pull(catalogue, PullCursor.from_json(json.loads(stored))))
        assert rest[-1].done
        everyone = by_code(first) | by_code(pages) | by_code(rest)
        assert len(everyone) == event["orders_paid"] + 3
        newcomer = everyone[sold["positions"][0]["secret"]]
        assert (newcomer.name, newcomer.organisation) == ("Ærlend Kjærnes", "Høgskolen i Østfold")
        read = sum(len(p.registrations) for p in first + pages + rest if p.phase == "full")
        assert read <= len(everyone) + 2  # only the boundary order is read again per resume


def test_offline_checkins_reach_pretix_exactly_once_with_the_desks_time(pretix):
    event = pretix["events"]["random"]
    admin = admin_for(pretix, "random")
    with client_for(pretix, "random") as client:
        _, pages = full_pull(client, event)
        valid = [r for r in by_code(pages).values() if r.status is Status.VALID][:6]
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
        queue = [
            QueuedCheckIn(
                new_nonce(), r.code, event[LIST], start + timedelta(seconds=37 * i, microseconds=i)
            )
            for i, r in enumerate(valid)
        ]
        queue += [
            QueuedCheckIn(new_nonce(), valid[0].code, event[LIST], start + timedelta(minutes=30)),
            QueuedCheckIn(
                new_nonce(), event["canceled"]["secret"], event[LIST], start + timedelta(minutes=31)
            ),
            QueuedCheckIn(
                new_nonce(), event["pending"]["secret"], event[LIST], start + timedelta(minutes=32)
            ),
        ]
        first = list(client.upload(queue))
        assert [o.status for o in first] == [UploadStatus.OK] * 6 + [
            UploadStatus.ALREADY_REDEEMED,
            UploadStatus.CANCELED,
            UploadStatus.NOT_VALID,
        ]
        assert first[6].elsewhere[0].at == queue[0].at and first[8].reason == "unpaid"
        again = list(client.upload(queue))
        assert all(o.stored for o in again)

    history = admin.checkins(list=event[LIST], successful="true")
    assert len(history) == len(queue)
    assert sorted(datetime.fromisoformat(row["datetime"]) for row in history) == sorted(
        c.at for c in queue
    )
    positions = {row["position"] for row in history}
    assert len(positions) == len(queue) - 1  # the duplicate is a second check-in of one ticket


def test_online_check_then_upload_of_the_same_scan_is_one_checkin(pretix):
    event = pretix["events"]["random"]
    admin = admin_for(pretix, "random")
    secret = event["sample_paid"][0]["secret"]
    with client_for(pretix, "random") as client:
        catalogue = client.catalogue(event[LIST])
        scan = QueuedCheckIn(new_nonce(), secret, event[LIST], datetime.now(UTC))
        assert client.check_online(scan, catalogue, simulate=True).status is OnlineStatus.OK
        answer = client.check_online(scan, catalogue)
        assert answer.status is OnlineStatus.OK and answer.registration.code == secret
        later = QueuedCheckIn(new_nonce(), secret, event[LIST], datetime.now(UTC))
        refused = client.check_online(later, catalogue)
        assert (refused.status, refused.reason) == (OnlineStatus.REFUSED, "already_redeemed")
        assert [c.at for c in refused.earlier] == [scan.at]
        assert [o.stored for o in client.upload([scan])] == [True]
    assert len(admin.checkins(list=event[LIST], successful="true")) == 1


def test_signed_secrets_verified_offline_and_revocations_pulled(pretix):
    event = pretix["events"]["signed"]
    admin = admin_for(pretix, "signed")
    with client_for(pretix, "signed") as client:
        catalogue, pages = full_pull(client, event)
        revoked = {secret for page in pages for secret in page.revoked}
        assert event["revoked"]["old_secret"] in revoked
        everyone = by_code(pages)
        for code, registration in everyone.items():
            check = verify_secret(code, catalogue.event, revoked)
            assert check.status is SecretStatus.VALID, registration
            assert check.ticket.item == int(registration.extra["pretix_item"])
        assert (
            verify_secret(event["revoked"]["old_secret"], catalogue.event, revoked).status
            is SecretStatus.REVOKED
        )
        forged = event["sample_paid"][0]["secret"].replace("A", "B", 1)
        assert verify_secret(forged, catalogue.event, revoked).status is SecretStatus.FORGED

        victim = event["sample_paid"][1]
        admin.cancel(victim["order"])
        _, changes = full_pull(client, event, pages[-1].cursor)
        newly = {secret for page in changes for secret in page.revoked}
        assert newly - revoked == {victim["secret"]}  # created_since includes the newest seen
        assert (
            verify_secret(victim["secret"], catalogue.event, revoked | newly).status
            is SecretStatus.REVOKED
        )
        at = datetime.now(UTC)
        outcome = next(
            client.upload([QueuedCheckIn(new_nonce(), victim["secret"], event[LIST], at)])
        )
        assert outcome.status is UploadStatus.CANCELED and outcome.stored


def test_wrong_token_event_or_list_say_which(pretix):
    event = pretix["events"]["random"]
    base = pretix["base_url"]
    wrong_token = PretixConfig(base, "x" * 64, event["organizer"], event["event"])
    with PretixClient(wrong_token) as client, pytest.raises(PretixAuthError, match="the token"):
        client.event()
    wrong_event = PretixConfig(base, event["token"], event["organizer"], "nc99")
    with PretixClient(wrong_event) as client, pytest.raises(PretixAuthError, match="event does"):
        client.catalogue(event[LIST])
    with (
        client_for(pretix, "random") as client,
        pytest.raises(PretixNotFoundError, match="Hovedinngang"),
    ):
        client.catalogue(12345)
