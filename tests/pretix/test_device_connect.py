"""``checkin connect pretix --device-token`` against recorded pretix answers on 127.0.0.1.

The replay server (`tests.pretix.replay`) serves what a real pretix 2026.8 answered: the device
set-up (its one-time token spent on the first try, refused after) and the signed event's pull.
The recording's event requests were signed in with a team token; here they are served only to
``Authorization: Device <the device's api_token>``, so a request signed any other way gets no
answer and fails the test. The recording's first pull was cut off after its second page, and so
is the desk's here (pretix's third page was never recorded: the replay answers 599, which the
desk takes as pretix failing, exit 3); the ``sync`` that follows resumes it as the device.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from checkin import cli, config
from checkin.sync import pretix_engine
from checkin.sync.pretix import PretixClient
from checkin.sync.pretix_device import initialize_device
from checkin.sync.pretix_engine import PretixLink, token_secret
from tests.pretix.replay import ReplayServer

INIT = "/device/initialize"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets go to a store of the test's own (never the developer's)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_NO_LOG_FILE", "1")


@pytest.fixture
def device_token(recording) -> str:
    """The api_token pretix gave the recorded device."""
    return next(
        e["response"]["api_token"]
        for e in recording["exchanges"]
        if e["path"] == INIT and e["status"] == 200
    )


@pytest.fixture
def device_replay(recording, device_token, monkeypatch):
    """The recording, its event requests answered only when signed in as the device."""
    exchanges = [
        dict(e, auth=f"Device {device_token}") if e.get("auth") == "Token recorded-token" else e
        for e in recording["exchanges"]
    ]
    page_size = recording["meta"]["page_size"]  # the pages as recorded
    monkeypatch.setattr(
        pretix_engine, "PretixClient", functools.partial(PretixClient, page_size=page_size)
    )
    with ReplayServer(exchanges) as server:
        yield server


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(list(argv))
    return code, out.getvalue()


def last_json(text: str) -> dict[str, Any]:
    return json.loads([line for line in text.splitlines() if line.strip()][-1])


def connect_argv(server: ReplayServer, recording: dict, db: Path, *more: str) -> list[str]:
    return ["connect", "pretix", "--url", server.url, "--event", recording["meta"]["event"],
            "--device-token", recording["meta"]["device_init_token"], "--db", str(db),
            "--desk", "Skranke 2", *more]  # fmt: skip


def options(db: Path) -> dict[str, Any]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return dict(json.loads(conn.execute("SELECT options FROM sync").fetchone()[0]))


def test_the_desk_becomes_the_device_and_syncs_as_it(
    device_replay, recording, device_token, tmp_path
):
    db = tmp_path / "nc27s.checkin"
    code, out = run(*connect_argv(device_replay, recording, db, "--json"))
    assert (code, last_json(out)["status"]) == (3, "unreachable")  # cut off as recorded
    link = PretixLink.from_json(options(db))
    assert (link.organizer, link.auth, link.device) == (
        "nordsign", "Device", {"id": 1, "name": "Skanner 1"})  # fmt: skip
    secret = config.secret_store().get(token_secret(f"pretix:nordsign/nc27s/{link.list_id}",
                                                    "Skranke 2"))  # fmt: skip
    assert secret == device_token
    assert device_token.encode() not in db.read_bytes() and device_token not in out

    before = len(device_replay.seen)
    code, out = run("sync", "--db", str(db), "--once", "--json")
    assert code == 0, out
    assert last_json(out)["pulled"] > 0 and last_json(out)["cursor"]
    signed = {h["Authorization"] for h in device_replay.headers_seen[before:]}
    assert signed == {f"Device {device_token}"}

    code, out = run(*connect_argv(device_replay, recording, db))  # the same command again
    assert code == 0, out
    assert "signed in as pretix device Skanner 1 (id 1)" in out
    assert device_token not in out
    assert sum(key.startswith(f"POST {INIT}") for key in device_replay.seen) == 1


def test_the_json_answer_names_the_device(device_replay, recording, tmp_path):
    db = tmp_path / "nc27s.checkin"
    run(*connect_argv(device_replay, recording, db))  # the first pull, cut off
    code, out = run(*connect_argv(device_replay, recording, db, "--json"))
    answer = last_json(out)
    assert code == 0 and answer["status"] == "connected" and answer["backend"] == "pretix"
    assert answer["device"] == {"id": 1, "name": "Skanner 1"}
    assert answer["event"] == recording["meta"]["event"] and "pulled" in answer


def test_a_used_setup_token_says_so_and_makes_no_file(device_replay, recording, tmp_path, capsys):
    initialize_device(device_replay.url, recording["meta"]["device_init_token"])  # elsewhere
    db = tmp_path / "nc27s.checkin"
    code = cli.main(connect_argv(device_replay, recording, db))
    said = capsys.readouterr()
    assert code == 2
    assert "already been used" in said.err and "--device-token" in said.err
    assert not db.exists()


def test_the_devices_organizer_is_checked(device_replay, recording, tmp_path, capsys):
    db = tmp_path / "nc27s.checkin"
    code = cli.main([*connect_argv(device_replay, recording, db), "--organizer", "nordconf"])
    err = capsys.readouterr().err
    assert code == 2 and "belongs to pretix organizer nordsign, not nordconf" in err
    assert not db.exists()


def test_token_and_device_token_exclude_each_other(tmp_path, capsys):
    base = ["connect", "pretix", "--url", "http://127.0.0.1:9", "--event", "e", "--db",
            str(tmp_path / "x.checkin")]  # fmt: skip
    with pytest.raises(SystemExit) as both:
        cli.main([*base, "--token", "t", "--device-token", "d"])
    assert both.value.code == 2 and "not allowed with" in capsys.readouterr().err
    with pytest.raises(SystemExit) as neither:
        cli.main(base)
    assert neither.value.code == 2 and "--device-token" in capsys.readouterr().err
    code = cli.main(["connect", "http://127.0.0.1:9", "--event", "e", "--device-token", "d",
                     "--db", str(tmp_path / "x.checkin")])  # fmt: skip
    assert code == 2 and "--device-token is for pretix" in capsys.readouterr().err
    assert not (tmp_path / "x.checkin").exists()


def test_help_names_the_device_token(capsys):
    with pytest.raises(SystemExit):
        cli.main(["connect", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--device-token SETUP_TOKEN" in text and "one-time setup token" in text


def test_a_link_without_a_known_sign_in_is_not_guessed():
    data = {"organizer": "o", "event": "e", "list": 1, "auth": "Bearer"}
    with pytest.raises(pretix_engine.NotConnectedError, match="Bearer"):
        PretixLink.from_json(data)
    assert PretixLink.from_json({"organizer": "o", "event": "e", "list": 1}).auth == "Token"
