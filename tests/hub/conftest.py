"""Real hubs for the tests: `checkin hub serve` as a uvicorn subprocess on a free 127.0.0.1 port,
over an SQLite file and over a real PostgreSQL (scripts/postgres.sh; skipped only without it)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from checkin.hub import db, events, tokens

STATE = Path(
    os.environ.get("CHECKIN_CI_STATE") or Path(os.environ.get("TMPDIR", "/tmp")) / "checkin-ci"
)
ROOT = Path(__file__).resolve().parents[2]


def pg_url() -> str | None:
    """The test cluster's URL: from the environment, else from scripts/postgres.sh's env file."""
    url = os.environ.get("CHECKIN_PG_URL")
    if url:
        return url
    env_file = STATE / "postgres.env"
    if env_file.exists():
        return env_file.read_text().strip().split("=", 1)[1]
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Hub:
    """One `checkin hub serve` process."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def start_hub(
    db_url: str, log_dir: Path, *extra: str, scheme: str = "http", verify: bool | str = True
) -> Hub:
    port = free_port()
    log = log_dir / f"hub-{port}.log"
    command = [
        sys.executable,
        "-m",
        "checkin",
        "hub",
        "serve",
        "--db",
        db_url,
        "--port",
        str(port),
        *extra,
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    hub = Hub(f"{scheme}://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the hub exited with {process.returncode}:\n{log.read_text()}")
        try:
            if requests.get(hub.url + "/health", timeout=1, verify=verify).ok:
                return hub
        except requests.RequestException:
            time.sleep(0.1)
    hub.stop()
    pytest.fail(f"the hub did not answer /health in 30 s:\n{log.read_text()}")


def now_text() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Setup:
    """A migrated hub database with tokens, and (once started) the hub serving it."""

    backend: str
    db_url: str
    tokens: dict[str, str] = field(default_factory=dict)
    hub: Hub | None = None

    @property
    def url(self) -> str:
        assert self.hub is not None
        return self.hub.url

    def engine(self) -> sa.Engine:
        return db.make_engine(self.db_url, pool_size=2)

    def new_event(self, days: tuple[str, ...] = ("2026-06-01", "2026-06-02")) -> str:
        slug = f"ev-{uuid.uuid4().hex[:10]}"
        engine = self.engine()
        with db.writing(engine) as conn:
            events.create(
                conn,
                slug,
                "Helsekonferansen i Bergen",
                tuple(datetime.fromisoformat(d).date() for d in days),
                "Europe/Oslo",
                now_text(),
            )
        engine.dispose()
        return slug

    def add_token(self, name: str, *, admin: bool = False, event: str | None = None) -> str:
        engine = self.engine()
        with db.writing(engine) as conn:
            clear = tokens.add(conn, name, now_text(), admin=admin, event_slug=event)
        engine.dispose()
        self.tokens[name] = clear
        return clear


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = pg_url()
    if not url:
        pytest.skip(
            "no PostgreSQL: scripts/postgres.sh found none and could not install one "
            "(needs root on Debian); see its output in make test"
        )
    try:
        engine = sa.create_engine(db.database_url(url))
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
    except sa.exc.OperationalError as error:
        pytest.skip(f"PostgreSQL at {url} does not answer: {error.orig}")
    return url


def make_pg_database(admin_url: str) -> tuple[str, str]:
    """Create a fresh database for one test module; returns (its URL, its name)."""
    name = f"hub_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(db.database_url(admin_url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name, name


def drop_pg_database(admin_url: str, name: str) -> None:
    engine = sa.create_engine(db.database_url(admin_url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Setup]:
    """A migrated hub database (SQLite file, or a fresh PostgreSQL database) with tokens."""
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
    setup.add_token("admin", admin=True)
    setup.add_token("desk-1")
    setup.add_token("desk-2")
    yield setup
    if dropped:
        drop_pg_database(request.getfixturevalue("pg_admin_url"), dropped)


@pytest.fixture(scope="module")
def served(database: Setup, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """The database above served by one `checkin hub serve` process."""
    database.hub = start_hub(database.db_url, tmp_path_factory.mktemp("logs"))
    yield database
    database.hub.stop()
    database.hub = None
