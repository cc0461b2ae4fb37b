"""Real hubs for the desk-side sync tests: `checkin hub serve` on 127.0.0.1 (SQLite, and
PostgreSQL when scripts/postgres.sh has one), an event with registrations imported on the hub,
one token per desk; desks are real event files driven through `checkin connect/sync`."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from checkin import cli
from checkin.desk import Desk
from checkin.domain.clock import Clock
from checkin.hub import db, events, importing
from tests.hub.conftest import (  # noqa: F401  (pg_admin_url: a fixture)
    Setup,
    drop_pg_database,
    make_pg_database,
    pg_admin_url,
    start_hub,
)

DAY1 = "2026-06-01"
PEOPLE = [
    ("NHI-1", "Åse", "Ødegård", "Haukeland universitetssjukehus"),
    ("NHI-2", "Bjørn", "Bjorheim Bøe", "Bergen kommune"),
    ("NHI-3", "Kari", "Nordmann", "Helse Vest"),
    ("NHI-4", "Ola", "Dunk", "Student"),
]


@dataclass
class Hub:
    """A served hub database with one event (registrations imported) and desk tokens."""

    setup: Setup
    slug: str

    @property
    def url(self) -> str:
        return self.setup.url

    def token(self, desk: str) -> str:
        return self.setup.tokens.get(desk) or self.setup.add_token(desk)


def _import_people(setup: Setup, slug: str, folder: Path) -> None:
    csv = folder / "people.csv"
    csv.write_text(
        "code,first_name,last_name,organisation\n"
        + "".join(f"{code},{first},{last},{org}\n" for code, first, last, org in PEOPLE),
        encoding="utf-8",
    )
    engine = setup.engine()
    with db.writing(engine) as conn:
        event = events.get(conn, slug)
        report = importing.import_file(conn, event, csv, datetime.now(UTC))
    engine.dispose()
    assert report["written"], report


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hub_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Setup]:
    if request.param == "sqlite":
        setup = Setup("sqlite", str(tmp_path_factory.mktemp("hub") / "hub.sqlite"))
        dropped = None
    else:
        admin = request.getfixturevalue("pg_admin_url")
        url, dropped = make_pg_database(admin)
        setup = Setup("postgresql", url)
    engine = setup.engine()
    db.migrate(engine)
    engine.dispose()
    setup.hub = start_hub(setup.db_url, tmp_path_factory.mktemp("logs"))
    yield setup
    setup.hub.stop()
    if dropped:
        drop_pg_database(request.getfixturevalue("pg_admin_url"), dropped)


@pytest.fixture
def hub(hub_db: Setup, tmp_path: Path) -> Hub:
    """A fresh event on the module's hub, with four registrations imported on the hub."""
    slug = hub_db.new_event((DAY1, "2026-06-02"))
    _import_people(hub_db, slug, tmp_path)
    return Hub(hub_db, slug)


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens go to a secret store of the test's own (never the developer's)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_NO_LOG_FILE", "1")


def run(*argv: str) -> tuple[int, str]:
    """Run ``checkin ARGV`` in this process; returns the exit code and standard output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(list(argv))
    return code, out.getvalue()


def run_json(*argv: str) -> tuple[int, dict[str, Any]]:
    code, out = run(*argv, "--json")
    lines = [line for line in out.splitlines() if line.strip()]
    return code, json.loads(lines[-1])


def connect(hub: Hub, path: Path, desk: str) -> dict[str, Any]:
    code, out = run_json("connect", hub.url, "--event", hub.slug, "--token", hub.token(desk),
                         "--db", str(path), "--desk", desk)  # fmt: skip
    assert code == 0, out
    return out


def sync(path: Path) -> tuple[int, dict[str, Any]]:
    return run_json("sync", "--db", str(path), "--once")


def open_desk(path: Path, desk: str, clock: Clock | None = None) -> Desk:
    return Desk.open(path, desk, clock=clock)


def snapshot(path: Path) -> dict[str, Any]:
    """What must agree between desks: the check-in log and every registration's fields."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        checkins = set(
            conn.execute(
                "SELECT id, desk, code, day, at, point, kind, coalesce(undoes, '') FROM checkins"
            )
        )
        people = {
            row[0]: tuple(row[1:])
            for row in conn.execute(
                "SELECT code, first_name, last_name, organisation, email, ticket_type, category, "
                "valid_days, status, order_code, note, signed, extra FROM registrations"
            )
        }
    return {"checkins": checkins, "registrations": people}
