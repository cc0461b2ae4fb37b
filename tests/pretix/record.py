"""Record what a real pretix answers to PretixClient, for the replay tests (tests/data/pretix/).

    .venv/bin/python tests/pretix/record.py        # starts/resets the server via scripts/pretix.sh

Runs one scenario on the signed-secrets demo event with 10 orders a page, so pagination shows on
32 orders: catalogue; a first pull interrupted after two pages and resumed; organiser changes
(a rename, a pending order paid, an order canceled, which revokes its signed secret); the
incremental pull; uploads of offline check-ins (fresh, a second desk's duplicate, canceled,
revoked, paid since, unknown), sent twice; online checks; a device set up twice; a refused token
and an unknown event. Every request and answer the client exchanged is written, with the
scenario's inputs and cursors, to tests/data/pretix/signed_event.json. Tokens are replaced.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checkin.sync.pretix import PretixClient
from checkin.sync.pretix_device import initialize_device
from checkin.sync.pretix_http import PretixConfig, PretixError
from checkin.sync.pretix_upload import QueuedCheckIn, new_nonce
from tests.pretix.admin import Admin, start
from tests.pretix.replay import API, DATA

PAGE_SIZE = 10
EXCHANGES: list[dict] = []
TOKEN_STAND_IN = "recorded-token"


def capture(response: requests.Response, *args: object, **kwargs: object) -> None:
    request = response.request
    parts = urlsplit(request.url or "")
    body = json.loads(request.body) if request.body else None
    EXCHANGES.append(
        {
            "method": request.method,
            "path": parts.path.removeprefix(API),
            "query": parse_qsl(parts.query),
            "body": body,
            "auth": request.headers.get("Authorization", ""),
            "status": response.status_code,
            "headers": {k: v for k, v in response.headers.items() if k == "X-Page-Generated"},
            "response": response.json() if response.content else None,
        }
    )


def recording(client: PretixClient) -> PretixClient:
    client.http.session.hooks["response"].append(capture)
    client.http.quick.hooks["response"].append(capture)
    return client


def tampered(secret: str) -> str:
    index = len(secret) // 2
    return secret[:index] + ("A" if secret[index] != "A" else "B") + secret[index + 1 :]


def pulls(client: PretixClient, event: dict, admin: Admin) -> dict:
    catalogue = client.catalogue(event["checkinlist_id"])
    first = client.pull(catalogue, client.start_cursor(event["checkinlist_id"]))
    interrupted = [next(first), next(first)][-1].cursor
    first.close()
    resumed = [page.cursor for page in client.pull(catalogue, interrupted)][-1]
    paid = event["sample_paid"]
    admin.rename(paid[1]["position_id"], "Åsmund", "Ødegård-Bråten")
    admin.mark_paid(event["pending"]["order"])
    canceled = admin.cancel(paid[2]["order"])
    after = [page.cursor for page in client.pull(catalogue, resumed)][-1]
    return {
        "interrupted": interrupted.to_json(),
        "resumed": resumed.to_json(),
        "after_changes": after.to_json(),
        "canceled_new_secret": canceled["positions"][0]["secret"],
    }


def uploads(client: PretixClient, event: dict) -> list[QueuedCheckIn]:
    at = datetime(2027, 6, 1, 8, 15, 0, 250000, tzinfo=UTC)
    paid, list_id = event["sample_paid"], event["checkinlist_id"]
    queue = [
        QueuedCheckIn(new_nonce(), paid[0]["secret"], list_id, at),
        QueuedCheckIn(new_nonce(), paid[0]["secret"], list_id, at + timedelta(minutes=4)),
        QueuedCheckIn(new_nonce(), event["canceled"]["secret"], list_id, at + timedelta(minutes=5)),
        QueuedCheckIn(new_nonce(), paid[2]["secret"], list_id, at + timedelta(minutes=6)),
        QueuedCheckIn(new_nonce(), event["pending"]["secret"], list_id, at + timedelta(minutes=7)),
        QueuedCheckIn(new_nonce(), tampered(paid[1]["secret"]), list_id, at + timedelta(minutes=8)),
    ]
    for _ in range(2):
        list(client.upload(queue))
    return queue


def online(client: PretixClient, event: dict) -> list[QueuedCheckIn]:
    catalogue = client.catalogue(event["checkinlist_id"])
    at = datetime(2027, 6, 1, 9, 0, 0, tzinfo=UTC)
    paid, list_id = event["sample_paid"], event["checkinlist_id"]
    checks = [
        QueuedCheckIn(new_nonce(), paid[1]["secret"], list_id, at),
        QueuedCheckIn(new_nonce(), paid[0]["secret"], list_id, at),
        QueuedCheckIn(new_nonce(), tampered(paid[1]["secret"]), list_id, at),
    ]
    for checkin in checks:
        client.check_online(checkin, catalogue)
    return checks


def failures(base_url: str, event: dict) -> None:
    for config in (
        PretixConfig(base_url, "wrong-token", event["organizer"], event["event"]),
        PretixConfig(base_url, event["token"], event["organizer"], "no-such-event"),
    ):
        with recording(PretixClient(config, page_size=PAGE_SIZE)) as client:
            try:
                client.event()
            except PretixError:
                pass


def devices(base_url: str, event: dict) -> None:
    session_send = requests.Session.send

    def send(
        self: requests.Session, request: requests.PreparedRequest, **kwargs: object
    ) -> requests.Response:
        response = session_send(self, request, **kwargs)
        capture(response)
        return response

    requests.Session.send = send  # type: ignore[method-assign]
    try:
        for _ in range(2):
            try:
                initialize_device(base_url, event["device_init_token"])
            except PretixError:
                pass
    finally:
        requests.Session.send = session_send  # type: ignore[method-assign]


def queue_json(queue: list[QueuedCheckIn]) -> list[dict]:
    return [
        {"nonce": c.nonce, "secret": c.secret, "list_id": c.list_id, "at": c.at.isoformat()}
        for c in queue
    ]


def scrub(text: str, event: dict) -> str:
    for secret in (event["token"], event["admin_token"]):
        text = text.replace(secret, TOKEN_STAND_IN)
    return text


def main() -> None:
    servers = start(reset=True)
    base_url, event = servers["base_url"], servers["events"]["signed"]
    config = PretixConfig(base_url, event["token"], event["organizer"], event["event"])
    admin = Admin(base_url, event)
    with recording(PretixClient(config, page_size=PAGE_SIZE)) as client:
        cursors = pulls(client, event, admin)
        queue = uploads(client, event)
        checks = online(client, event)
    failures(base_url, event)
    devices(base_url, event)
    keys = ("organizer", "event", "checkinlist_id", "items", "sample_paid", "canceled", "pending")
    meta = {key: event[key] for key in keys}
    meta |= {
        "revoked": event["revoked"],
        "device_init_token": event["device_init_token"],
        "cursors": cursors,
        "queue": queue_json(queue),
        "online": queue_json(checks),
        "page_size": PAGE_SIZE,
        "recorded": datetime.now(UTC).isoformat(timespec="seconds"),
        "pretix": "2026.8.0",
    }
    text = json.dumps({"meta": meta, "exchanges": EXCHANGES}, ensure_ascii=False, indent=1)
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "signed_event.json").write_text(scrub(text, event) + "\n", encoding="utf-8")
    start(reset=True)  # leave the server as the tests expect it
    print(f"{len(EXCHANGES)} exchanges written to {DATA / 'signed_event.json'}")


if __name__ == "__main__":
    main()
