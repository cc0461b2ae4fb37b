"""``checkin connect pretix`` and ``checkin sync`` against a real pretix 2026.8 (scripts/pretix.sh).

The desk's event file is made from pretix's event and check-in list; check-ins made at the desk
(through `checkin.desk.Desk`, as the window makes them) go to pretix once each, and are read
back from pretix's own check-in log through its API. pretix going away is a TCP proxy on
127.0.0.1 that refuses connections.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from checkin import cli
from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Outcome
from checkin.sync.pretix_upload import QueuedCheckIn, new_nonce
from tests.pretix.conftest import admin_for, client_for
from tests.sync.faulty_proxy import FaultyProxy

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]

DAY1 = date(2027, 6, 1)
AT = datetime(2027, 6, 1, 7, 30, 0, 123000, tzinfo=UTC)  # 09:30:00.123 in Oslo, on day 1


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens go to a secret store of the test's own (never the developer's)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_NO_LOG_FILE", "1")


def run_json(*argv: str) -> tuple[int, Any]:
    """Run ``checkin ARGV --json`` in this process; the exit code and the last JSON line."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main([*argv, "--json"])
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    return code, json.loads(lines[-1])


def connect(servers: dict, path: Path, url: str = "", desk: str = "desk-a") -> dict[str, Any]:
    event = servers["events"]["random"]
    code, out = run_json(
        "connect", "pretix", "--url", url or servers["base_url"], "--organizer",
        event["organizer"], "--event", event["event"], "--token", event["token"],
        "--db", str(path), "--desk", desk,
    )  # fmt: skip
    assert code == 0, out
    return out


def sync(path: Path, *more: str) -> tuple[int, dict[str, Any]]:
    return run_json("sync", "--db", str(path), "--once", *more)


def check_in(path: Path, code: str, at: datetime = AT) -> None:
    desk = Desk.open(path, "desk-a", clock=FixedClock(at))
    try:
        result = desk.check_in(code, day=DAY1)
    finally:
        desk.close()
    assert result.decision.outcome is Outcome.OK, result


def pretix_checkins(servers: dict, secret: str) -> list[dict[str, Any]]:
    """pretix's successful check-ins of one ticket, from its own log."""
    event = servers["events"]["random"]
    position = next(p for p in servers["events"]["random"]["sample_paid"] if p["secret"] == secret)
    rows = admin_for(servers, "random").checkins(list=event["checkinlist_id"], successful="true")
    return [row for row in rows if row["position"] == position["position_id"]]


def test_connect_pulls_every_position_searchable_with_progress(pretix, tmp_path, capsys):
    event = pretix["events"]["random"]
    path = tmp_path / "nc27.checkin"
    out = connect(pretix, path)
    assert (out["status"], out["backend"]) == ("connected", "pretix")
    with client_for(pretix, "random") as client:  # every position on the list, as pretix has it
        catalogue = client.catalogue(event["checkinlist_id"])
        pages = list(client.pull(catalogue, client.start_cursor(event["checkinlist_id"])))
    expected = len({r.code for page in pages for r in page.registrations})
    assert expected >= event["orders_paid"] + 2  # paid orders, a pending and a canceled one
    assert out["pulled"] == expected and out["applied"]["registrations"] == expected
    assert f"{expected} of {expected} orders read" in capsys.readouterr().err
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == expected
        backend, options = conn.execute("SELECT backend, options FROM sync").fetchone()
        assert "urrs" not in options and event["token"] not in path.read_bytes().decode("latin-1")
    assert (backend, json.loads(options)["list"]) == ("pretix", event["checkinlist_id"])
    code, found = run_json("search", "--db", str(path), "asmund asheim")
    assert code == 0
    assert found[0]["ticket"] == event["sample_paid"][1]["secret"]  # Åsmund Åsheim

    code, again = sync(path)  # only what changed since: nothing
    assert (code, again["pulled"], again["applied"]["registrations"]) == (0, 0, 0)


def test_a_desk_checkin_reaches_pretix_once_even_when_synced_twice(pretix, tmp_path):
    path = tmp_path / "nc27.checkin"
    connect(pretix, path)
    secret = pretix["events"]["random"]["sample_paid"][2]["secret"]
    check_in(path, secret)
    code, first = sync(path)
    assert (code, first["pushed"], first["waiting"], first["notices"]) == (0, 1, 0, [])
    code, second = sync(path)
    assert (code, second["pushed"], second["notices"]) == (0, 0, [])
    rows = pretix_checkins(pretix, secret)
    assert len(rows) == 1
    assert datetime.fromisoformat(rows[0]["datetime"]) == AT
    with sqlite3.connect(path) as conn:  # our own check-in came back with the pull: not twice
        assert (
            conn.execute("SELECT count(*) FROM checkins WHERE code = ?", (secret,)).fetchone()[0]
            == 1
        )


def test_checked_in_on_pretix_first_gives_the_also_admitted_notice(pretix, tmp_path):
    event = pretix["events"]["random"]
    path = tmp_path / "nc27.checkin"
    connect(pretix, path)
    secret = event["sample_paid"][0]["secret"]
    earlier = AT - timedelta(minutes=10)
    with client_for(pretix, "random") as client:  # another scanner, while this desk is offline
        list(client.upload([QueuedCheckIn(new_nonce(), secret, event["checkinlist_id"], earlier)]))
    check_in(path, secret)
    code, out = sync(path)
    assert code == 0 and out["pushed"] == 1
    [notice] = out["notices"]
    assert (notice["code"], notice["desk"], notice["here_desk"]) == (secret, "pretix", "desk-a")
    assert notice["first_here"] is False
    assert notice["at"].startswith("2027-06-01T07:20:00") and notice["name"] == "Marte Sæther"
    code, again = sync(path)
    assert (code, again["notices"]) == (0, [])  # shown once
    assert len(pretix_checkins(pretix, secret)) == 2  # the other scanner's and ours


def test_pretix_down_is_exit_3_nothing_lost_and_the_next_sync_uploads(pretix, tmp_path):
    port = int(pretix["base_url"].rsplit(":", 1)[1])
    proxy = FaultyProxy(port, rate=0.0, seed=1)
    try:
        path = tmp_path / "nc27.checkin"
        connect(pretix, path, url=proxy.url)
        secret = pretix["events"]["random"]["sample_paid"][1]["secret"]
        check_in(path, secret)
        proxy._fate = lambda: "refuse"  # type: ignore[method-assign]
        code, out = sync(path)
        assert (code, out["status"], out["waiting"]) == (3, "unreachable", 1)
        assert pretix_checkins(pretix, secret) == []
        proxy._fate = lambda: "pass"  # type: ignore[method-assign]
        code, out = sync(path)
        assert (code, out["pushed"], out["waiting"]) == (0, 1, 0)
        code, out = sync(path)
        assert (code, out["pushed"]) == (0, 0)
    finally:
        proxy.stop()
    rows = pretix_checkins(pretix, secret)
    assert len(rows) == 1 and datetime.fromisoformat(rows[0]["datetime"]) == AT


def test_a_refused_token_is_exit_2_and_a_walk_in_stays_refused_with_why(pretix, tmp_path):
    path = tmp_path / "nc27.checkin"
    connect(pretix, path)
    code, out = sync(path, "--token", "not-a-token")
    assert (code, out["status"]) == (2, "token_refused")
    desk = Desk.open(path, "desk-a", clock=FixedClock(AT))
    try:
        walk_in = desk.walk_in("Ola", "Nordmann", day=DAY1)
    finally:
        desk.close()
    code, out = sync(path)
    assert (code, out["refused"], out["waiting"]) == (1, 1, 0)  # pretix does not know its code
    with sqlite3.connect(path) as conn:
        [why] = conn.execute(
            "SELECT refused FROM changes WHERE entity = 'checkin' AND refused IS NOT NULL"
        ).fetchone()
    assert why.startswith("pretix: unknown") and walk_in is not None


def test_the_windows_sync_worker_serves_a_pretix_file(pretix, tmp_path):
    from checkin.ui.sync_worker import run_sync  # the window's worker: PySide6 (offscreen)

    path = tmp_path / "nc27.checkin"
    connect(pretix, path)
    secret = pretix["events"]["random"]["sample_paid"][2]["secret"]
    check_in(path, secret)
    outcome = run_sync(path)
    assert outcome.error == "" and outcome.report is not None
    assert (outcome.report.pushed, outcome.state.waiting) == (1, 0)
    assert outcome.state.link is not None and outcome.state.link.backend == "pretix"
    assert len(pretix_checkins(pretix, secret)) == 1


def test_an_unknown_check_in_list_is_named_with_the_events_lists(pretix, tmp_path, capsys):
    event = pretix["events"]["random"]
    code = cli.main(["connect", "pretix", "--url", pretix["base_url"], "--organizer",
                     event["organizer"], "--event", event["event"], "--token", event["token"],
                     "--list", "999", "--db", str(tmp_path / "x.checkin")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "no check-in list 999" in err
    assert f"{event['checkinlist_id']} (" in err and not (tmp_path / "x.checkin").exists()


def test_connect_to_an_unknown_event_says_so_and_a_wrong_token_is_exit_2(pretix, tmp_path, capsys):
    event = pretix["events"]["random"]
    base = ["connect", "pretix", "--url", pretix["base_url"], "--organizer", event["organizer"],
            "--db", str(tmp_path / "x.checkin")]  # fmt: skip
    code = cli.main([*base, "--event", "no-such-event", "--token", event["token"]])
    said = capsys.readouterr()  # pretix answers 403 for an event the team cannot see
    assert code == 2 and "no-such-event" in said.out + said.err
    code = cli.main([*base, "--event", event["event"], "--token", "wrong"])
    assert code == 2 and "token" in capsys.readouterr().out
    assert not (tmp_path / "x.checkin").exists()
