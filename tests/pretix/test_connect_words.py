"""What `checkin connect pretix` says when it cannot start is said in the desk's language, whole."""

from __future__ import annotations

import socket

import pytest

from checkin import messages
from checkin.cli import main


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then let go)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def norwegian(monkeypatch):
    monkeypatch.setenv("CHECKIN_LANGUAGE", "nb")
    yield
    messages.use("en")  # the process's language back for the next test


def test_pretix_out_of_reach_at_connect_is_said_in_norwegian_with_no_file_to_wait_in(
    tmp_path, capsys, norwegian
):
    url = f"http://127.0.0.1:{closed_port()}"
    db = tmp_path / "P.sqlite"
    args = ["connect", "pretix", "--url", url, "--device-token", "abc", "--event", "conf"]
    assert main([*args, "--db", str(db)]) == 3
    said = capsys.readouterr().out.strip()
    assert said.startswith(f"checkin connect: pretix: pretix på {url} kan ikke nås (")
    assert "cannot" not in said and "endringer venter" not in said and ".;" not in said
    assert not db.exists()


def test_connect_with_a_setup_token_but_no_address_shows_the_setup_token_way(
    tmp_path, capsys, norwegian
):
    args = ["connect", "pretix", "--device-token", "abc", "--event", "conf"]
    assert main([*args, "--db", str(tmp_path / "P.sqlite")]) == 2
    said = capsys.readouterr()
    assert "--device-token SETUP_TOKEN" in said.out + said.err
    assert "--token T" not in said.out + said.err
