"""The client's transport against real servers on 127.0.0.1: retries with backoff, timeouts,
and answers that are not the protocol's."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from checkin.sync.client import BadAnswerError, HubClient, HubRefusedError, HubUnreachableError

from .conftest import free_port
from .entries import many_checkins

pytestmark = pytest.mark.integration
PUSHED = {
    "batch_id": "b",
    "replayed": False,
    "stored": 1,
    "duplicates": 0,
    "last_seq": 1,
    "hub_time": "001780296300000-000000-hub",
    "clock_skew_ms": 0,
    "results": [],
    "a_key_from_a_newer_hub": True,
}


class Flaky(BaseHTTPRequestHandler):
    """Answers 503 to the first two requests of each path, then a real answer."""

    seen: ClassVar[dict[str, int]] = {}
    slow = 0.0

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.seen[self.path] = self.seen.get(self.path, 0) + 1
        time.sleep(self.slow)
        if self.seen[self.path] <= 2:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        body = json.dumps(PUSHED if "entries" in self.path else {"odd": 1}).encode()
        status = 200 if "entries" in self.path else 409
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def flaky():
    Flaky.seen, Flaky.slow = {}, 0.0
    server = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_push_is_retried_through_503s_and_newer_answer_keys_are_ignored(flaky):
    with HubClient(flaky, "t", retries=3, backoff=0.01) as client:
        result = client.push("ev", many_checkins(1, "desk-1"), "desk-1")
    assert result.stored == 1
    assert Flaky.seen["/v1/events/ev/entries"] == 3


def test_retries_run_out_into_unreachable(flaky):
    with (
        HubClient(flaky, "t", retries=1, backoff=0.01) as client,
        pytest.raises(HubUnreachableError),
    ):
        client.push("ev", many_checkins(1, "desk-1"), "desk-1")
    assert Flaky.seen["/v1/events/ev/entries"] == 2


def test_a_refusal_without_the_error_shape_still_names_its_status(flaky):
    Flaky.seen["/v1/events/ev/other"] = 5
    with HubClient(flaky, "t", retries=0) as client, pytest.raises(HubRefusedError) as refused:
        client._request("POST", "/v1/events/ev/other", data=b"{}")
    assert (refused.value.status, refused.value.code) == (409, "http_error")


def test_nothing_listening_and_a_stalled_hub_are_unreachable(flaky):
    start = time.monotonic()
    nobody = HubClient(f"http://127.0.0.1:{free_port()}", "t", retries=2, backoff=0.05)
    with (
        nobody,
        pytest.raises(HubUnreachableError, match=r"could not be reached \(connection refused\)"),
    ):
        nobody.health()
    assert time.monotonic() - start < 5
    Flaky.slow = 1.0
    stalled = HubClient(flaky, "t", retries=0, timeout=(1, 0.2))
    with stalled, pytest.raises(HubUnreachableError, match="no answer in time"):
        stalled.push("ev", many_checkins(1, "desk-1"), "desk-1")


def test_an_answer_that_is_not_the_protocol_is_named(flaky):
    Flaky.seen["/v1/events/ev/entries"] = 5
    original = PUSHED.copy()
    PUSHED["stored"] = "many"
    try:
        client = HubClient(flaky, "t", retries=0)
        with client, pytest.raises(BadAnswerError, match="stored"):
            client.push("ev", many_checkins(1, "desk-1"), "desk-1")
    finally:
        PUSHED.clear()
        PUSHED.update(original)
