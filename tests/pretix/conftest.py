"""Fixtures for the pretix client: recorded answers served on 127.0.0.1, and the real server.

The real server comes from scripts/pretix.sh (pretix 2026.8.0 from PyPI, SQLite, 127.0.0.1).
In CI (``CI`` set) a server that cannot start fails the tests; elsewhere they skip and say why.
"""

from __future__ import annotations

import os

import pytest

from checkin.sync.pretix import PretixClient
from checkin.sync.pretix_http import PretixConfig
from tests.pretix.admin import Admin, ServerUnavailableError, start
from tests.pretix.replay import ReplayServer, load


@pytest.fixture(scope="session")
def recording() -> dict:
    return load("signed_event.json")


@pytest.fixture
def replay(recording):
    with ReplayServer(recording["exchanges"]) as server:
        yield server


@pytest.fixture
def replay_client(replay, recording):
    meta = recording["meta"]
    config = PretixConfig(replay.url, "recorded-token", meta["organizer"], meta["event"])
    with PretixClient(config, page_size=meta["page_size"]) as client:
        yield client


@pytest.fixture(scope="session")
def real_pretix() -> dict:
    try:
        return start(reset=False)
    except ServerUnavailableError as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the real pretix server and it did not start: {error}")
        pytest.skip(f"no real pretix server here (scripts/pretix.sh could not start it): {error}")


@pytest.fixture
def pretix(real_pretix) -> dict:
    """The real server with its demo data as first made (reset before each test)."""
    return start(reset=True)


def client_for(servers: dict, name: str, **kwargs) -> PretixClient:
    event = servers["events"][name]
    config = PretixConfig(servers["base_url"], event["token"], event["organizer"], event["event"])
    return PretixClient(config, **kwargs)


def admin_for(servers: dict, name: str) -> Admin:
    return Admin(servers["base_url"], servers["events"][name])
