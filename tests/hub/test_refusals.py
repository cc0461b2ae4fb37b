"""Clear 4xx JSON answers: bad and revoked tokens, oversized and malformed bodies, unknown
events, reused batch ids; on SQLite and PostgreSQL, through a real hub process."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime

import pytest
import requests

from checkin.sync.client import HubClient, HubRefusedError, TokenRefusedError

from .entries import many_checkins

pytestmark = pytest.mark.integration


def batch_json(entries, batch_id=None, version=1):
    return {
        "version": version,
        "batch_id": batch_id or str(uuid.uuid4()),
        "desk": "desk-1",
        "sent_at": datetime.now(UTC).isoformat(),
        "entries": [e.model_dump(mode="json", exclude_none=True) for e in entries],
    }


def post(setup, slug, body, token="desk-1", **kwargs):
    headers = {
        "Authorization": f"Bearer {setup.tokens[token]}" if token else "",
        "Content-Type": "application/json",
        **kwargs.pop("headers", {}),
    }
    data = body if not isinstance(body, dict) else json.dumps(body).encode()
    return requests.post(
        f"{setup.url}/v1/events/{slug}/entries", data=data, headers=headers, timeout=30, **kwargs
    )


def error_of(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()["error"]


def test_tokens_missing_unknown_and_revoked(served):
    slug = served.new_event()
    body = batch_json(many_checkins(1, "desk-1"))
    missing = error_of(post(served, slug, body, token=None), 401)
    assert missing["code"] == "missing_token"
    served.tokens["forged"] = "chk_" + "x" * 43
    unknown = post(served, slug, body, token="forged")
    assert error_of(unknown, 401)["code"] == "bad_token"
    assert unknown.headers["www-authenticate"] == "Bearer"
    # a desk's token, revoked from the command line while the hub runs
    added = subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin",
            "hub",
            "token",
            "add",
            "desk-9",
            "--db",
            served.db_url,
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    served.tokens["desk-9"] = json.loads(added.stdout)["token"]
    assert post(served, slug, body, token="desk-9").status_code == 200
    subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin",
            "hub",
            "token",
            "revoke",
            "desk-9",
            "--db",
            served.db_url,
        ],
        check=True,
        capture_output=True,
    )
    revoked = error_of(post(served, slug, batch_json(many_checkins(1, "d")), token="desk-9"), 401)
    assert revoked["code"] == "token_revoked" and "desk-9" in revoked["message"]
    with (
        HubClient(served.url, served.tokens["desk-9"]) as desk,
        pytest.raises(TokenRefusedError) as e,
    ):
        desk.pull(slug, since=0)
    assert "revoked" in str(e.value)


def test_desk_tokens_stay_in_their_lane(served):
    slug = served.new_event()
    other = served.new_event()
    served.add_token(f"only-{slug}", event=slug)
    with HubClient(served.url, served.tokens[f"only-{slug}"]) as desk:
        assert desk.pull(slug, since=0).entries == []
        with pytest.raises(TokenRefusedError) as wrong:
            desk.pull(other, since=0)
        assert wrong.value.code == "wrong_event"
    report = requests.get(
        f"{served.url}/v1/events/{slug}/report",
        timeout=10,
        headers={"Authorization": f"Bearer {served.tokens['desk-1']}"},
    )
    assert error_of(report, 403)["code"] == "admin_only"


def test_oversized_body_is_refused_before_it_is_read(served):
    slug = served.new_event()
    huge = b'{"version": 1, "pad": "' + b"x" * (5 * 1024 * 1024) + b'"}'
    answer = error_of(post(served, slug, huge), 413)
    assert answer["code"] == "body_too_large" and "4,194,304" in answer["message"]

    def chunks():  # no Content-Length: counted as it arrives
        yield b'{"version": 1, "pad": "'
        for _ in range(50):
            yield b"y" * 100_000
        yield b'"}'

    assert error_of(post(served, slug, chunks()), 413)["code"] == "body_too_large"
    too_many = batch_json(many_checkins(1001, "desk-1"))
    details = error_of(post(served, slug, too_many), 422)
    assert details["code"] == "invalid_body" and "entries" in details["message"]


def test_malformed_and_invalid_bodies_say_where(served):
    slug = served.new_event()
    broken = error_of(post(served, slug, b'{"version": 1, "entries": [}'), 400)
    assert broken["code"] == "malformed_json"
    body = batch_json(many_checkins(3, "desk-1"))
    body["entries"][2]["payload"]["day"] = "2026-13-40"
    invalid = error_of(post(served, slug, body), 422)
    assert invalid["code"] == "invalid_body"
    assert invalid["message"].startswith("entries.2.checkin.payload.day")
    assert (
        error_of(post(served, slug, batch_json(many_checkins(1, "d"), version=2)), 400)["code"]
        == "unsupported_version"
    )
    body = batch_json(many_checkins(1, "desk-1"))
    body["entries"][0]["entity"] = "badge"
    assert "entity" in error_of(post(served, slug, body), 422)["message"]
    # nothing of the refused batches was stored
    with HubClient(served.url, served.tokens["desk-1"]) as desk:
        assert desk.pull(slug, since=0).entries == []


def test_unknown_event_and_reused_batch_id(served):
    with HubClient(served.url, served.tokens["desk-1"]) as desk:
        with pytest.raises(HubRefusedError) as unknown:
            desk.push("no-such-event", many_checkins(1, "desk-1"), "desk-1")
        assert (unknown.value.status, unknown.value.code) == (404, "unknown_event")
        slug = served.new_event()
        batch_id = str(uuid.uuid4())
        desk.push(slug, many_checkins(2, "desk-1"), "desk-1", batch_id)
        with pytest.raises(HubRefusedError) as reused:
            desk.push(slug, many_checkins(3, "desk-1"), "desk-1", batch_id)
        assert (reused.value.status, reused.value.code) == (422, "batch_id_reused")
        assert desk.pull(slug, since=0).last_seq == 2
    mismatch = post(
        served,
        slug,
        batch_json(many_checkins(1, "d")),
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert error_of(mismatch, 400)["code"] == "idempotency_key_mismatch"
    assert error_of(requests.get(f"{served.url}/v2/nothing", timeout=5), 404)["code"] == "not_found"


def test_health_and_openapi_need_no_token(served):
    health = requests.get(f"{served.url}/health", timeout=5).json()
    assert health["status"] == "ok" and health["database"] == "ok"
    assert health["protocol_versions"] == [1]
    spec = requests.get(f"{served.url}/openapi.json", timeout=5).json()
    assert "/v1/events/{slug}/entries" in spec["paths"]
    assert "RegistrationEntry" in spec["components"]["schemas"]
    assert requests.get(f"{served.url}/docs", timeout=5).status_code == 200


def test_a_replayed_batch_is_refused_with_its_first_answer(served):
    slug = served.new_event()
    body = batch_json(many_checkins(3, "desk-1"))
    first = post(served, slug, body)
    assert first.status_code == 200, first.text
    replay = error_of(post(served, slug, body), 409)
    assert replay["code"] == "batch_replayed"
    assert "stored before" in replay["message"]
    earlier = replay["details"][0]
    assert earlier["replayed"] is True
    assert earlier["results"] == first.json()["results"]
    assert earlier["stored"] == 3
    with HubClient(served.url, served.tokens["desk-1"]) as desk:
        page = desk.pull(slug, since=0)
    assert len(page.entries) == 3  # nothing stored twice
