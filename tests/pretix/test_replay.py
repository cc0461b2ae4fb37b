"""PretixClient against answers recorded from a real pretix 2026.8, served on 127.0.0.1.

The recording (tests/data/pretix/signed_event.json, made by tests/pretix/record.py) is replayed
request by request, so these run in a second without pretix; test_real_server.py does the same
against the live server.
"""

from __future__ import annotations

import json
import socket
from datetime import datetime

import pytest
from urllib3.util.retry import Retry

from checkin.domain.model import Reason, Status
from checkin.domain.pretix_secrets import SecretStatus
from checkin.sync.pretix import PretixClient, verify_secret
from checkin.sync.pretix_device import initialize_device
from checkin.sync.pretix_http import (
    RETRY_STATUSES,
    PretixAuthError,
    PretixConfig,
    PretixError,
    PretixNotFoundError,
    PretixUnreachableError,
)
from checkin.sync.pretix_pull import PullCursor
from checkin.sync.pretix_upload import OnlineStatus, QueuedCheckIn, UploadStatus


def queue_of(rows: list[dict]) -> list[QueuedCheckIn]:
    return [
        QueuedCheckIn(
            row["nonce"], row["secret"], row["list_id"], datetime.fromisoformat(row["at"])
        )
        for row in rows
    ]


def registrations(pages) -> dict:
    return {r.code: r for page in pages for r in page.registrations}


class Cancelled:
    def __init__(self, after: int) -> None:
        self.calls, self.after = 0, after

    def set(self, fraction: float, text: str = "") -> None:
        self.calls += 1
        assert 0 <= fraction <= 1 and "orders" in text

    def cancelled(self) -> bool:
        return self.calls >= self.after


def test_catalogue(replay_client, recording):
    meta = recording["meta"]
    catalogue = replay_client.catalogue(meta["checkinlist_id"])
    assert catalogue.checkin_list.name == "Hovedinngang"
    assert catalogue.event.sig1_keys  # signed secrets: the event publishes its key
    assert catalogue.products[meta["items"]["Dagspass"]].variations
    assert catalogue.desk_event().days == (datetime(2027, 6, 1).date(), datetime(2027, 6, 2).date())
    with pytest.raises(PretixNotFoundError, match="no check-in list 999"):
        replay_client.catalogue(999)


def test_first_pull_interrupted_resumes_where_it_stopped(replay_client, replay, recording):
    meta = recording["meta"]
    catalogue = replay_client.catalogue(meta["checkinlist_id"])
    start = replay_client.start_cursor(meta["checkinlist_id"])
    progress = Cancelled(after=2)
    first = list(replay_client.pull(catalogue, start, progress))
    assert [page.phase for page in first] == ["full", "full"]
    assert not first[-1].done
    stored = json.dumps(first[-1].cursor.to_json())  # what the engine keeps
    assert json.loads(stored) == meta["cursors"]["interrupted"]

    rest = list(replay_client.pull(catalogue, PullCursor.from_json(json.loads(stored))))
    assert rest[-1].done and rest[-1].cursor.to_json() == meta["cursors"]["resumed"]
    assert [page.phase for page in rest] == ["full", "full", "diff", "revoked"]
    resumed_from = meta["cursors"]["interrupted"]["resume_from"]
    assert any(f"('created_since', '{resumed_from}')" in key for key in replay.seen)
    assert any("('page', '2')" in key for key in replay.seen)  # next links followed on our server
    everyone = registrations(first) | registrations(rest)
    assert len(everyone) == rest[0].total + 20 - 1 == 32  # 20 read, resumed at the 20th order
    assert {s["secret"] for s in meta["sample_paid"]} <= set(everyone)


def test_changes_arrive_in_the_incremental_pull(replay_client, recording):
    meta = recording["meta"]
    catalogue = replay_client.catalogue(meta["checkinlist_id"])
    replay_client.pull(catalogue, PullCursor.from_json(meta["cursors"]["interrupted"]))
    pages = list(replay_client.pull(catalogue, PullCursor.from_json(meta["cursors"]["resumed"])))
    assert [page.phase for page in pages] == ["diff", "revoked"]
    assert pages[-1].cursor.to_json() == meta["cursors"]["after_changes"]
    changed = registrations(pages)
    renamed = changed[meta["sample_paid"][1]["secret"]]
    assert renamed.name == "Åsmund Ødegård-Bråten"
    assert changed[meta["pending"]["secret"]].status is Status.VALID  # paid since
    canceled = changed[meta["cursors"]["canceled_new_secret"]]
    assert (
        canceled.status is Status.CANCELLED
        and canceled.order_code == meta["sample_paid"][2]["order"]
    )
    assert meta["sample_paid"][2]["secret"] in pages[-1].revoked  # cancel revoked the signed secret
    event = catalogue.event
    check = verify_secret(meta["sample_paid"][2]["secret"], event, pages[-1].revoked)
    assert check.status is SecretStatus.REVOKED


def test_uploads_give_typed_outcomes_and_the_same_again(replay_client, recording):
    queue = queue_of(recording["meta"]["queue"])
    first = list(replay_client.upload(queue))
    assert [o.status for o in first] == [
        UploadStatus.OK,
        UploadStatus.ALREADY_REDEEMED,  # the second desk's scan of the same ticket
        UploadStatus.CANCELED,
        UploadStatus.CANCELED,  # its order was canceled after the desk let the person in
        UploadStatus.OK,  # pending when pulled, paid since
        UploadStatus.UNKNOWN,
    ]
    assert [o.stored for o in first] == [o.status.stored for o in first]
    assert first[1].elsewhere[0].at == queue[0].at
    assert first[3].reason == "canceled" and first[5].reason == "invalid"
    again = list(replay_client.upload(queue))
    assert [o.status for o in again][1:] == [o.status for o in first][1:]
    assert again[0].status is UploadStatus.ALREADY_REDEEMED  # now pretix also has the duplicate
    assert [c.at for c in again[0].elsewhere] == [queue[1].at]  # our own first upload is not news


def test_online_check(replay_client, recording):
    meta = recording["meta"]
    catalogue = replay_client.catalogue(meta["checkinlist_id"])
    fresh, used, unknown = queue_of(meta["online"])
    answer = replay_client.check_online(fresh, catalogue)
    assert answer.status is OnlineStatus.OK and answer.registration.name == "Åsmund Ødegård-Bråten"
    answer = replay_client.check_online(used, catalogue)
    assert (answer.status, answer.reason, answer.desk_reason) == (
        OnlineStatus.REFUSED,
        "already_redeemed",
        Reason.ALREADY_CHECKED_IN,
    )
    assert answer.earlier and answer.registration.status is Status.VALID
    answer = replay_client.check_online(unknown, catalogue)
    assert (answer.desk_reason, answer.registration) == (Reason.UNKNOWN, None)


def test_device_setup_once(replay, recording):
    token = recording["meta"]["device_init_token"]
    credentials = initialize_device(replay.url, token)
    assert credentials.organizer == recording["meta"]["organizer"]
    assert credentials.api_token and credentials.api_token not in repr(credentials)
    assert credentials.config(replay.url, "nc27s").auth == "Device"
    with pytest.raises(PretixAuthError, match="already been used"):
        initialize_device(replay.url, token)


def test_refused_token_and_unknown_event_say_so(replay, recording):
    meta = recording["meta"]
    wrong = PretixClient(PretixConfig(replay.url, "wrong-token", meta["organizer"], meta["event"]))
    with pytest.raises(PretixAuthError, match="refused the token"):
        wrong.event()
    other = PretixClient(
        PretixConfig(replay.url, "recorded-token", meta["organizer"], "no-such-event")
    )
    with pytest.raises(PretixAuthError, match="or the event does not exist"):
        other.event()


def quick_retry(total: int) -> Retry:
    return Retry(
        total=total,
        status=total,
        backoff_factor=0,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "POST"}),
        raise_on_status=False,
    )


def client_with(replay, recording, retry: Retry) -> PretixClient:
    meta = recording["meta"]
    config = PretixConfig(replay.url, "recorded-token", meta["organizer"], meta["event"])
    return PretixClient(config, retry=retry, page_size=meta["page_size"])


def test_server_errors_are_retried_and_an_upload_sent_again_is_stored_once(replay, recording):
    client = client_with(replay, recording, quick_retry(3))
    replay.faults.extend([503, 502])
    assert client.event().slug == recording["meta"]["event"]
    replay.faults.extend([500])
    queue = queue_of(recording["meta"]["queue"])[:1]
    assert [o.status for o in client.upload(queue)] == [UploadStatus.OK]
    assert replay.seen[-1] == replay.seen[-2]  # the same nonce, sent twice


def test_a_server_that_keeps_failing_is_unreachable(replay, recording):
    client = client_with(replay, recording, quick_retry(2))
    replay.faults.extend([503] * 3)
    with pytest.raises(PretixUnreachableError, match="503"):
        client.event()


def test_slow_or_absent_server_fails_fast_for_the_online_check(replay, recording):
    meta = recording["meta"]
    catalogue = replay_client_catalogue(replay, recording)
    replay.hang = 3.0
    client = client_with(replay, recording, quick_retry(0))
    with pytest.raises(PretixUnreachableError, match="did not answer in time"):
        client.check_online(queue_of(meta["online"])[0], catalogue)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gone = PretixClient(
        PretixConfig(f"http://127.0.0.1:{port}", "t", "o", "e"), retry=quick_retry(0)
    )
    with pytest.raises(PretixUnreachableError, match="cannot be reached"):
        gone.check_online(queue_of(meta["online"])[0], catalogue)


def replay_client_catalogue(replay, recording):
    with client_with(replay, recording, quick_retry(0)) as client:
        return client.catalogue(recording["meta"]["checkinlist_id"])


def test_cursors_are_checked(replay_client, recording):
    meta = recording["meta"]
    catalogue = replay_client.catalogue(meta["checkinlist_id"])
    foreign = PullCursor.start(meta["organizer"], "another-event", meta["checkinlist_id"])
    with pytest.raises(PretixError, match="belongs to"):
        next(iter(replay_client.pull(catalogue, foreign)))
    good = meta["cursors"]["resumed"]
    assert PullCursor.from_json(good).to_json() == good
    for broken in ({**good, "version": 99}, {**good, "list_id": "2"}, {**good, "since": ""}, {}):
        with pytest.raises(ValueError, match="pretix pull cursor"):
            PullCursor.from_json(broken)


def test_naive_scan_times_are_refused():
    checkin = QueuedCheckIn("n", "s", 1, datetime(2027, 6, 1, 9))
    with pytest.raises(ValueError, match="aware"):
        checkin.body(force=True)
