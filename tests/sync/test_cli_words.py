"""What ``checkin sync`` says on the terminal: the hub down in one plain line (the raw
urllib3 cause only in the log), and the watch mode said at start and ended by Ctrl+C.
Real hub processes on 127.0.0.1, ``checkin`` run as a real process where signals matter."""

from __future__ import annotations

import contextlib
import http.server
import io
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from checkin import cli
from checkin.sync.net_reason import reason
from tests.hub import conftest as hub_conftest

from .conftest import Hub, connect, run_json

pytestmark = [pytest.mark.integration]


def _closed_port_error() -> requests.RequestException:
    port = hub_conftest.free_port()
    try:
        requests.get(f"http://127.0.0.1:{port}/", timeout=5)
    except requests.RequestException as error:
        return error
    raise AssertionError("something answered on a free port")


def test_a_refused_connection_is_said_in_two_words() -> None:
    assert reason(_closed_port_error()) == "connection refused"
    assert reason(requests.ConnectTimeout("HTTPConnectionPool(...): timed out")) == (
        "no answer in time"
    )
    assert reason(requests.ConnectionError("something new")) == "no connection"


def test_the_hub_down_is_one_plain_line_and_the_raw_cause_stays_in_the_log(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = hub_conftest.free_port()
    monkeypatch.setattr(hub_conftest, "free_port", lambda: port)
    own = hub_conftest.start_hub(hub.setup.db_url, tmp_path)
    path = tmp_path / "desk-1.checkin"
    code, _ = run_json("connect", own.url, "--event", hub.slug, "--token", hub.token("desk-1"),
                       "--db", str(path), "--desk", "desk-1")  # fmt: skip
    assert code == 0
    own.stop()
    done = _checkin(tmp_path, "sync", "--db", str(path), "--once", "--token", "t")
    out, err = done.stdout, done.stderr
    assert done.returncode == 3, err
    assert err == ""  # urllib3's retry warnings go to the log, not the terminal
    assert out.strip().splitlines() == [
        f"checkin sync: the hub at {own.url} could not be reached (connection refused); "
        "0 changes wait here and go with the next sync."
    ]
    for raw in ("HTTPConnectionPool", "Max retries", "Errno", "NewConnectionError"):
        assert raw not in out
    code, report = run_json("sync", "--db", str(path), "--once")
    assert code == 3 and report["status"] == "unreachable"
    assert report["error"] == f"the hub at {own.url} could not be reached (connection refused)"
    done = _checkin(tmp_path, "--verbose", "sync", "--db", str(path), "--once", "--token", "t")
    assert done.returncode == 3 and "Connection refused" in done.stderr  # the cause, asked for


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "CHECKIN_NO_LOG_FILE": "1"}


def _checkin(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checkin", *argv], capture_output=True,
                          text=True, env=_env(tmp_path), timeout=120)  # fmt: skip


def _watch(hub: Hub, path: Path, tmp_path: Path) -> subprocess.Popen[str]:
    env = _env(tmp_path)
    return subprocess.Popen(
        [sys.executable, "-m", "checkin", "sync", "--db", str(path), "--every", "0.5",
         "--token", hub.token("desk-1")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def test_sync_without_once_says_it_goes_on_and_ctrl_c_ends_it_with_exit_0(
    hub: Hub, tmp_path: Path
) -> None:
    path = tmp_path / "desk-1.checkin"
    connect(hub, path, "desk-1")
    watch = _watch(hub, path, tmp_path)
    assert watch.stderr is not None and watch.stdout is not None
    first = watch.stderr.readline()
    assert first.strip() == "syncing every 0.5 s; Ctrl+C to stop (--once syncs once)"
    said_first = watch.stdout.readline()  # the first run's report (it flushes each one)
    assert said_first.startswith("pushed 0, pulled 0"), said_first
    # two more runs that change nothing, waited for in the event file (a 2 s sleep was too
    # short for even the first run on a loaded machine)
    assert len(_successes(path, runs=3)) == 3
    watch.send_signal(signal.SIGINT)
    out, err = watch.communicate(timeout=30)
    assert watch.returncode == 0, err
    assert "sync stopped" in err and "Traceback" not in err
    assert "pushed" not in out, out  # only the first idle run is printed


def _successes(path: Path, runs: int, timeout: float = 60.0) -> set[str]:
    """The times of the event file's last successful sync, read until ``runs`` differ.

    The sync command writes each run's time into the file's sync state; the one there now
    counts as the first. Gives up after ``timeout`` seconds with what it saw.
    """
    seen: set[str] = set()
    end = time.monotonic() + timeout
    while len(seen) < runs and time.monotonic() < end:
        with contextlib.closing(sqlite3.connect(path, timeout=10)) as conn:
            (last,) = conn.execute("SELECT last_success_at FROM sync").fetchone()
        seen.add(last)
        time.sleep(0.05)
    return seen


def test_sync_help_says_it_goes_on_until_ctrl_c() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        cli.main(["sync", "--help"])
    words = " ".join(out.getvalue().split())
    assert "until Ctrl+C" in words and "exit 0" in words


class NotAHub(http.server.BaseHTTPRequestHandler):
    """A web server that is not a hub: 200 and a page of HTML for everything."""

    def do_GET(self) -> None:
        body = b"<html><body>Welcome to the hotel Wi-Fi</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_connect_to_something_that_is_not_a_hub_says_so_not_internal_error(
    tmp_path: Path,
) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotAHub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        done = _checkin(tmp_path, "connect", url, "--event", "bergen", "--token", "t",
                        "--db", str(tmp_path / "d.checkin"))  # fmt: skip
    finally:
        server.shutdown()
    said = done.stdout + done.stderr
    assert done.returncode == 3, said
    assert "not what a Check-in Desk hub sends" in said and "is the URL right?" in said
    assert "internal error" not in said
