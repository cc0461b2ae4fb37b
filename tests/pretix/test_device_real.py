"""``checkin connect pretix --device-token`` against the real pretix 2026.8 (scripts/pretix.sh).

The demo data holds one device per organizer, created in pretix and never set up (its setup
token in the servers file, as pretix shows it under Organizer → Devices); data reset per test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin import cli
from tests.pretix.test_device_connect import last_json, run
from tests.pretix.test_pretix_sync import check_in, pretix_checkins

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_NO_LOG_FILE", "1")


def test_a_desk_set_up_as_a_device_checks_in_as_that_device(pretix, tmp_path, monkeypatch, capsys):
    event = pretix["events"]["random"]
    db = tmp_path / "nc27.checkin"
    argv = ["connect", "pretix", "--url", pretix["base_url"], "--event", event["event"],
            "--device-token", event["device_init_token"], "--db", str(db),
            "--desk", "desk-a"]  # fmt: skip
    code, out = run(*argv, "--json")
    answer = last_json(out)
    assert code == 0, out
    assert answer["pulled"] == event["orders_paid"] + 2 and answer["device"]["id"] > 0
    device = answer["device"]["id"]

    secret = event["sample_paid"][0]["secret"]
    check_in(db, secret)
    code, out = run("sync", "--db", str(db), "--once", "--json")
    assert (code, last_json(out)["pushed"]) == (0, 1), out
    assert [row["device"] for row in pretix_checkins(pretix, secret)] == [device]

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another-laptop"))
    code = cli.main([*argv[:-4], "--db", str(tmp_path / "other.checkin")])
    err = capsys.readouterr().err
    assert code == 2 and "already been used" in err and "--device-token" in err
    assert not (tmp_path / "other.checkin").exists()
