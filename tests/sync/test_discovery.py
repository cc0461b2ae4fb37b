"""Finding hubs by mDNS: real `checkin hub serve` processes announce themselves on the loopback
(the hub binds 127.0.0.1, so it announces there only), real python-zeroconf listens there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.hub.advertise import addresses_for
from checkin.sync.discovery import ENV_INTERFACES, find_hubs
from tests.hub.conftest import start_hub

from .conftest import Hub, run
from .mdns import loopback_multicast

pytestmark = [pytest.mark.integration]
LISTEN_S = 3.0


@pytest.fixture(scope="module", autouse=True)
def _loopback_only() -> Iterator[None]:
    """Multicast on the loopback (set as root if it is off), and mDNS searched there only."""
    problem = loopback_multicast()
    if problem:
        pytest.skip(problem)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_INTERFACES, "127.0.0.1")
        yield


def test_a_served_hub_is_found_with_its_url_and_goes_away_when_it_stops(
    hub: Hub, tmp_path: Path
) -> None:
    own = start_hub(hub.setup.db_url, tmp_path)
    silent = start_hub(hub.setup.db_url, tmp_path, "--no-advertise")
    try:
        found = {f.url: f for f in find_hubs(LISTEN_S)}
        assert hub.url in found and own.url in found
        assert silent.url not in found
        port = own.url.rsplit(":", 1)[1]
        assert found[own.url].name.startswith("Check-in hub on ")
        assert found[own.url].name.endswith(f":{port}")
        assert found[own.url].version
    finally:
        own.stop()
        silent.stop()
    assert own.process.returncode == 0, own.log.read_text()
    assert "Traceback" not in own.log.read_text()
    assert own.url not in {f.url for f in find_hubs(LISTEN_S)}  # it said goodbye


def test_checkin_hubs_lists_them_in_words_and_json(hub: Hub) -> None:
    code, out = run("hubs", "--timeout", str(LISTEN_S), "--json")
    assert code == 0
    listed = json.loads(out.strip().splitlines()[-1])
    assert hub.url in [entry["url"] for entry in listed]
    assert {"name", "url", "version"} <= set(listed[0])
    code, out = run("hubs", "--timeout", str(LISTEN_S))
    assert code == 0 and f"\t{hub.url}" in out


def test_the_addresses_announced_follow_the_bound_address() -> None:
    assert addresses_for("127.0.0.1") == (["127.0.0.1"], ["127.0.0.1"])
    every, interfaces = addresses_for("0.0.0.0")
    assert not isinstance(interfaces, list)  # all of them
    assert all(not address.startswith("127.") for address in every)
