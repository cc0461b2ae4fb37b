"""pretix sync against a real local pretix 2026.8: pull 5,000 tickets, upload 1,000 check-ins.

Runs scripts/pretix.sh --reset --bench (the first time it makes an event of 5,000 paid orders,
about half a minute). Side by side, interleaved request by request so both see the same load
on the shared machine: the bare cost of the same HTTP work with plain `requests` and no mapping
(the same ``/orders/`` pages; 1,000 redeems of other tickets with the same bodies). Then the
same 1,000 check-ins are sent again (pretix stores them once). Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.domain.model import Status
from checkin.sync.pretix import PretixClient
from checkin.sync.pretix_http import PretixConfig
from checkin.sync.pretix_pull import ORDER_EXCLUDES
from checkin.sync.pretix_upload import QueuedCheckIn, UploadStatus, new_nonce
from tests.pretix.admin import Admin, start

UPLOADS = 1000


def timed(work: Any) -> tuple[Any, float]:
    begin = time.perf_counter()
    result = work()
    return result, time.perf_counter() - begin


class Stopwatch:
    """Sums the wall time of the work it times (ours and the bare peer, interleaved)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self, work: Any) -> Any:
        begin = time.perf_counter()
        try:
            return work()
        finally:
            self.seconds += time.perf_counter() - begin


def bare_page(session: requests.Session, url: str, params: dict[str, Any] | None) -> Any:
    return session.get(url, params=params, timeout=60).json()


def pull_figures(
    client: PretixClient, event: dict[str, Any], session: requests.Session
) -> dict[str, Any]:
    """Our pull page by page, each followed by the same page fetched bare: same load for both."""
    catalogue = client.catalogue(event["checkinlist_id"])
    stream = iter(client.pull(catalogue, client.start_cursor(event["checkinlist_id"])))
    api = client.config.api_url + client.http.event_path()
    bare_url: str | None = api + "orders/"
    params: dict[str, Any] | None = {
        "page_size": 50,
        "ordering": "datetime",
        "testmode": "false",
        "include_canceled_positions": "true",
        "exclude": ORDER_EXCLUDES,
    }
    ours, bare, cpu = Stopwatch(), Stopwatch(), time.process_time()
    pages, bare_rows = [], 0
    for page in iter(lambda: ours(lambda: next(stream, None)), None):
        pages.append(page)
        if bare_url:
            body = bare(lambda url=bare_url, query=params: bare_page(session, url, query))
            bare_rows += len(body["results"])
            bare_url, params = body["next"], None
    cpu = time.process_time() - cpu
    registrations = [r for page in pages for r in page.registrations]
    _, again = timed(lambda: list(client.pull(catalogue, pages[-1].cursor)))
    assert len(registrations) == bare_rows, (len(registrations), bare_rows)
    return {
        "positions": len(registrations),
        "pages": sum(page.phase == "full" for page in pages),
        "ours_s": round(ours.seconds, 2),
        "ours_per_s": round(len(registrations) / ours.seconds),
        "client_cpu_s_both": round(cpu, 2),
        "bare_orders_s": round(bare.seconds, 2),
        "ratio_to_bare": round(ours.seconds / bare.seconds, 2),
        "incremental_nothing_changed_s": round(again, 3),
        "valid": [r.code for r in registrations if r.status is Status.VALID],
    }


def upload_figures(
    client: PretixClient, event: dict[str, Any], session: requests.Session, codes: list[str]
) -> dict[str, Any]:
    """Our uploads one by one, each followed by a bare redeem of another ticket, same body shape."""
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5)
    list_id = event["checkinlist_id"]
    queue = [
        QueuedCheckIn(new_nonce(), code, list_id, start + timedelta(seconds=index))
        for index, code in enumerate(codes[:UPLOADS])
    ]
    others = [
        QueuedCheckIn(new_nonce(), code, list_id, start).body(force=True)
        for code in codes[UPLOADS : 2 * UPLOADS]
    ]
    url = f"{client.config.api_url}/organizers/{event['organizer']}/checkinrpc/redeem/"
    ours, bare = Stopwatch(), Stopwatch()
    outcomes, statuses = [], []
    for checkin, body in zip(queue, others, strict=True):
        outcomes.extend(ours(lambda checkin=checkin: list(client.upload([checkin]))))
        statuses.append(
            bare(lambda body=body: session.post(url, json=body, timeout=60).status_code)
        )
    assert all(o.status is UploadStatus.OK for o in outcomes), outcomes[:3]
    assert set(statuses) == {201}, set(statuses)
    replayed, again = timed(lambda: list(client.upload(queue)))
    assert all(o.stored for o in replayed)
    return {
        "checkins": len(queue),
        "ours_s": round(ours.seconds, 2),
        "ours_ms_each": round(ours.seconds / len(queue) * 1000, 1),
        "bare_requests_s": round(bare.seconds, 2),
        "ratio_to_bare": round(ours.seconds / bare.seconds, 2),
        "same_batch_again_s": round(again, 2),
    }


def main() -> None:
    (servers, setup) = timed(lambda: start(reset=True, bench=True))
    event = servers["events"]["bench"]
    config = PretixConfig(servers["base_url"], event["token"], event["organizer"], event["event"])
    session = requests.Session()
    session.headers["Authorization"] = f"Token {event['token']}"
    with PretixClient(config) as client:
        pull = pull_figures(client, event, session)
        upload = upload_figures(client, event, session, pull.pop("valid"))
    stored = Admin(servers["base_url"], event).checkins(
        list=event["checkinlist_id"], successful="true"
    )
    assert len(stored) == 2 * UPLOADS, len(stored)  # ours once each (sent twice) + the bare ones
    start(reset=True)
    print(json.dumps({"setup_s": round(setup, 1), "pull": pull, "upload": upload}, indent=1))


if __name__ == "__main__":
    main()
