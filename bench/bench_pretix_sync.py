"""pretix sync through the desk's event file: connect pulls 5,000 tickets, sync uploads 1,000.

The end-to-end path a desk takes (`checkin connect pretix`, `checkin sync`), against a real
local pretix 2026.8 (scripts/pretix.sh --reset --bench: an event of 5,000 paid orders). The peer
is the same pretix work through `PretixClient` alone, with no event file: the ratio is what the
desk's side (mapping kept, upserts, search index, outbox, nonces, notices) adds. The same work
through the project's hub is bench/bench_sync.py (figures side by side in bench/RESULTS.md).
Prints one JSON object.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin import cli
from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Status
from checkin.sync.pretix import PretixClient
from checkin.sync.pretix_http import PretixConfig
from checkin.sync.pretix_upload import QueuedCheckIn, new_nonce
from tests.pretix.admin import start

UPLOADS = 1000
DAY1 = date(2027, 6, 1)


def cli_json(*argv: str) -> dict[str, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = cli.main([*argv, "--json"])
    if code != 0:
        raise SystemExit(f"checkin {argv[0]} exited {code}: {out.getvalue()}")
    return dict(json.loads(out.getvalue().splitlines()[-1]))


def timed(work: Any) -> tuple[Any, float]:
    begin = time.perf_counter()
    result = work()
    return result, time.perf_counter() - begin


def main() -> None:
    servers = start(reset=True, bench=True)
    event = servers["events"]["bench"]
    folder = Path(tempfile.mkdtemp(prefix="bench-pretix-sync-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["CHECKIN_NO_LOG_FILE"] = "1"
    path = folder / "bench.checkin"
    argv = ["connect", "pretix", "--url", servers["base_url"], "--organizer", event["organizer"],
            "--event", event["event"], "--token", event["token"], "--db", str(path)]  # fmt: skip
    connected, connect_s = timed(lambda: cli_json(*argv, "--desk", "b"))
    config = PretixConfig(servers["base_url"], event["token"], event["organizer"], event["event"])
    with PretixClient(config) as client:
        catalogue = client.catalogue(event["checkinlist_id"])
        start_cursor = client.start_cursor(event["checkinlist_id"])
        pages, bare_pull_s = timed(lambda: list(client.pull(catalogue, start_cursor)))
        valid = {r.code for page in pages for r in page.registrations if r.status is Status.VALID}
        codes = sorted(valid)  # the desk admits only valid tickets
        ours, others = codes[:UPLOADS], codes[UPLOADS : 2 * UPLOADS]
        at = datetime(2027, 6, 1, 7, 0, tzinfo=UTC)
        clock = FixedClock(at)
        desk = Desk.open(path, "b", clock=clock)
        for index, code in enumerate(ours):
            clock.at = at + timedelta(seconds=index)
            desk.check_in(code, day=DAY1)
        desk.close()
        synced, sync_s = timed(lambda: cli_json("sync", "--db", str(path), "--once"))
        queue = [QueuedCheckIn(new_nonce(), code, event["checkinlist_id"], at) for code in others]
        _, bare_upload_s = timed(lambda: list(client.upload(queue)))
    start(reset=True)
    print(json.dumps({
        "positions": connected["pulled"], "connect_s": round(connect_s, 2),
        "bare_pull_s": round(bare_pull_s, 2), "pull_ratio": round(connect_s / bare_pull_s, 2),
        "uploaded": synced["pushed"], "sync_s": round(sync_s, 2),
        "bare_upload_s": round(bare_upload_s, 2), "upload_ratio": round(sync_s / bare_upload_s, 2),
        "uploads_per_s": round(synced["pushed"] / sync_s, 1),
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
