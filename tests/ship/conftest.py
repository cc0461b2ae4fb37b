"""A demo session run as a person runs it: real ``checkin`` processes under umask 022.

`desk_session` makes a demo event, imports a CSV into a second event, checks people in, takes
one back, corrects an e-mail, reports, exports CSV and XLSX, writes badges and tickets,
prints a badge to the real CUPS queue (through an ``lp`` that first notes the spool file's
mode, then runs the real one), saves settings with a PIN and a hub token, and holds an event
file open so its -wal/-shm files can be looked at. Every process gets the usual umask 022 and
its own configuration, state and data folders, so the tests can stat every file it left.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PRINTER = "BadgePDF"
WATCHING_LP = textwrap.dedent(
    """\
    #!/bin/sh
    # notes the mode of the file handed to lp and of its folder, then runs the real lp
    for last in "$@"; do :; done
    stat -c '%a %n' "$last" "$(dirname "$last")" >> "$LP_SEEN"
    exec {real} "$@"
    """
)
HOLD_OPEN = textwrap.dedent(
    """
    import sys
    from checkin.desk import Desk
    from checkin.domain.model import Method
    desk = Desk.open(sys.argv[1], "hold")
    desk.check_in(sys.argv[2], Method.HANDHELD)
    print("open", flush=True)
    sys.stdin.readline()
    desk.close()
    """
)
SAVE_SETTINGS = textwrap.dedent(
    """
    from checkin import config
    from checkin.secrets_pin import Pin
    pin = Pin("2468")
    config.save(config.Settings(desk_name="Skranke 1", pin_hash=pin.digest.hex(),
                                pin_salt=pin.salt.hex(), hub_token="hub-token-Z7q0xK3m"))
    """
)
IMPORT_CSV = (
    "Billettnummer;Fornavn;Etternavn;Organisasjon;E-post\n"
    "IMP-000101;Sigrun;Bjørheim-Bøe;Haukeland universitetssjukehus;sigrun.bb@helse-bergen.no\n"
    "IMP-000102;Trygve;Aasen Ødegård;Bergen kommune;trygve.odegard@bergen.kommune.no\n"
)


def _umask_022() -> None:
    os.umask(0o022)


@dataclass
class Session:
    """What the session left, and where."""

    root: Path
    env: dict[str, str]
    event: Path
    imported: Path
    made: list[Path] = field(default_factory=list)  # folders and files the test made itself
    runs: list[subprocess.CompletedProcess[str]] = field(default_factory=list)
    open_modes: dict[str, int] = field(default_factory=dict)  # while the event file was open
    lp_seen: Path | None = None

    def run(self, *argv: object, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = checkin(self.env, *argv)
        self.runs.append(done)
        if check:
            assert done.returncode in (0, 1), (argv, done.stderr)
        return done

    @property
    def log_file(self) -> Path:
        return next((self.root / "state").rglob("checkin.log"))

    def people(self) -> list[tuple[str, str, str, str]]:
        """(code, first name, last name, e-mail) of everyone in both event files."""
        rows = []
        for path in (self.event, self.imported):
            if not path.exists():
                continue
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)  # makes no file
            try:
                rows += conn.execute(
                    "SELECT code, first_name, last_name, email FROM registrations"
                ).fetchall()
            finally:
                conn.close()
        return rows


def checkin(env: dict[str, str], *argv: object) -> subprocess.CompletedProcess[str]:
    """Run ``checkin`` with umask 022, as a desk's shell would."""
    return subprocess.run(
        [sys.executable, "-m", "checkin", *map(str, argv)],
        env=env, capture_output=True, text=True, preexec_fn=_umask_022, timeout=180,
        check=False,
    )  # fmt: skip


def _environment(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("CONFIG", "STATE", "DATA"):
        env[f"XDG_{name}_HOME"] = str(root / name.lower())
    env.pop("CHECKIN_NO_LOG_FILE", None)
    real_lp = shutil.which("lp")
    if real_lp:
        folder = root / "bin"
        folder.mkdir()
        wrapper = folder / "lp"
        wrapper.write_text(WATCHING_LP.format(real=real_lp))
        wrapper.chmod(0o755)
        env["PATH"] = f"{folder}{os.pathsep}{env['PATH']}"
        env["LP_SEEN"] = str(root / "lp-seen.txt")
    return env


def _hold_open(session: Session, code: str) -> None:
    """Stat the event file and its -wal/-shm while a desk holds it open."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(session.event), code], env=session.env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, preexec_fn=_umask_022,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        for suffix in ("", "-wal", "-shm"):
            path = session.event.with_name(session.event.name + suffix)
            session.open_modes[suffix or "main"] = path.stat().st_mode & 0o777
    finally:
        holder.communicate("\n", timeout=60)


def _script(session: Session, work: Path) -> None:
    event, imported = session.event, session.imported
    session.run("demo-data", "--db", event, "--size", 40, "--seed", 5)
    codes = [row[0] for row in session.people()]
    session.run("new", "--db", imported, "--name", "Innovasjonsuka", "--days", "2026-06-01")
    session.run("import", work.parent / "inputs" / "people.csv", "--db", imported)
    session.run("info", "--db", event)
    session.run("search", "bjorheim", "--db", event)
    session.run("--verbose", "admit", *codes[:5], "NO-SUCH-TICKET", "--db", event)
    session.run("undo", codes[0], "--db", event)
    session.run("edit", codes[1], "--set", "email=ny.adresse@example.no", "--db", event)
    session.run("edit", codes[1], "--set", "email", "--db", event, check=False)  # refused
    session.run("report", "--db", event, "--all-days")
    session.run("export", work / "attendance.csv", "--db", event)
    session.run("export", work / "attendance.xlsx", "--db", event)
    session.run("badge", "--all", "--out", work / "badges.pdf", "--db", event)
    session.run("tickets", "--out", work / "tickets", "--db", event)
    if "LP_SEEN" in session.env:
        session.run("print", codes[2], "--printer", PRINTER, "--db", event, check=False)
    done = subprocess.run(
        [sys.executable, "-c", SAVE_SETTINGS], env=session.env, preexec_fn=_umask_022,
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    _hold_open(session, codes[3])


@pytest.fixture(scope="session")
def desk_session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    root = tmp_path_factory.mktemp("desk-session")
    env = _environment(root)
    work, inputs = root / "work", root / "inputs"
    for folder in (work, inputs):
        folder.mkdir()
    (inputs / "people.csv").write_text(IMPORT_CSV, encoding="utf-8")
    session = Session(root, env, work / "event.sqlite", work / "made" / "later" / "new.sqlite")
    session.made = [root, work, inputs, root / "bin"]
    session.lp_seen = Path(env["LP_SEEN"]) if "LP_SEEN" in env else None
    _script(session, work)
    return session
