"""A desk connects to an HTTPS hub with a self-signed certificate once; later syncs (the
command line's and the window's) trust the same certificate without being told again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checkin.hub import db
from checkin.ui.sync_worker import run_sync
from tests.hub.conftest import Setup, start_hub
from tests.hub.test_https import self_signed

from .conftest import DAY1, open_desk, run_json, sync

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_the_certificate_given_to_connect_is_kept_for_later_syncs(tmp_path: Path) -> None:
    setup = Setup("sqlite", str(tmp_path / "hub.sqlite"))
    engine = setup.engine()
    db.migrate(engine)
    engine.dispose()
    slug = setup.new_event((DAY1,))
    token = setup.add_token("desk-1")
    certfile, keyfile = self_signed(tmp_path)
    hub = start_hub(setup.db_url, tmp_path, "--certfile", str(certfile), "--keyfile",
                    str(keyfile), scheme="https", verify=str(certfile))  # fmt: skip
    path = tmp_path / "desk-1.checkin"
    try:
        code, refused = run_json("connect", hub.url, "--event", slug, "--token", token,
                                 "--db", str(path), "--desk", "desk-1")  # fmt: skip
        assert code == 3 and "not trusted" in refused["error"]  # an unknown certificate
        code, made = run_json("connect", hub.url, "--event", slug, "--token", token, "--db",
                              str(path), "--desk", "desk-1", "--cafile", str(certfile))  # fmt: skip
        assert code == 0 and made["status"] == "connected"
        desk = open_desk(path, "desk-1")
        desk.walk_in("Synnøve", "Sæther", "Bergen kommune", day=date.fromisoformat(DAY1))
        desk.close()
        code, report = sync(path)
        assert code == 0 and report["pushed"] == 2  # the walk-in's registration and check-in
        assert run_sync(path).error == ""  # the window's worker
    finally:
        hub.stop()
