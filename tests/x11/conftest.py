"""The real desk program under a private Xvfb: its event file, its log, its screen."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from checkin import APP_NAME, config
from checkin.demo import make_demo
from checkin.domain.model import Registration
from checkin.ui.dialogs import Pin
from tests.x11.xdriver import Screen, share_of, wait_for, xvfb

PIN = "4711"
DESK = "Skranke X"
OK_GREEN = "#1e7d3a"  # the card of an admitted ticket


@pytest.fixture(scope="module")
def screen():
    """This module's own X server (never the shared :99)."""
    with xvfb() as name:
        screen = Screen(name)
        yield screen
        screen.close()


@dataclass
class People:
    """Demo attendees whose codes a keyboard can type (NHI-1000xx)."""

    plain: list[Registration]
    student: Registration  # their ticket type carries the note "Sjekk studentbevis"


@dataclass
class Desk:
    """The running program: its event file, log and window."""

    db: Path
    log: Path
    texts: Path
    process: subprocess.Popen
    screen: Screen
    people: People
    window: object = field(default=None)

    def rows(self, sql: str) -> list[tuple]:
        with closing(sqlite3.connect(self.db, timeout=10)) as conn:  # closed: the desk's
            return conn.execute(sql).fetchall()  # close then is the file's last (no -wal left)

    def checkins(self) -> list[tuple[str, str, str]]:
        return self.rows("SELECT code, method, kind FROM checkins ORDER BY seq")

    def attempts(self) -> list[str]:
        return [row[0] for row in self.rows("SELECT text FROM attempts")]

    def wait_checkins(self, count: int) -> list[tuple[str, str, str]]:
        return wait_for(
            f"{count} check-in rows", lambda: len(self.checkins()) >= count and self.checkins()
        )

    def card_shown(self, colour: str = OK_GREEN) -> None:
        """Wait until the window shows a result card of this colour on screen.

        The event file has a check-in first (the database thread writes it); the window takes
        the result after it, on the GUI thread. Ctrl+Z pressed in between found nothing to
        undo (no PIN box: a 60 s wait failed under load). Keys meant for the result wait here.
        """
        shot = self.db.parent / "card.png"
        wait_for(f"a card in {colour}",
                 lambda: share_of(self.screen.screenshot(shot), colour) > 0.03)  # fmt: skip

    def focus(self) -> None:
        self.window = self.screen.window("Helseinnovasjonskonferansen")  # in every language
        self.screen.focus(self.window)


def _people(path: Path) -> People:
    desk = make_demo(path, size=80, seed=4)
    try:
        valid = [
            p
            for p in desk.registrations()
            if p.status.value == "valid"
            and p.code.startswith("NHI-")
            and not p.ticket_type.startswith("Dagsbillett")
        ]
        plain = [p for p in valid if p.category != "Student"]
        student = next(p for p in valid if p.ticket_type == "Studentbillett")
    finally:
        desk.close()
    return People(plain, student)


@pytest.fixture
def start_desk(screen, tmp_path):
    """Start `checkin run --db E --no-camera` on this module's display; stop it afterwards."""
    started: list[Desk] = []

    def start(language: str = "en", focus: bool = True) -> Desk:
        db = tmp_path / "event.sqlite"
        people = _people(db)
        home = tmp_path / "home"
        pin = Pin(PIN)
        settings = config.Settings(
            language=language, desk_name=DESK, auto_print=False, sounds=False,
            pin_hash=pin.digest.hex(), pin_salt=pin.salt.hex(),
        )  # fmt: skip
        config.save(settings, home / "config" / APP_NAME / "settings.toml")
        texts, log = tmp_path / "texts.json", tmp_path / "desk.log"
        env = dict(os.environ, DISPLAY=screen.name, XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), CHECKIN_VISIBLE_TEXTS=str(texts))  # fmt: skip
        env.pop("QT_QPA_PLATFORM", None)
        with log.open("wb") as out:
            command = ["--verbose", "run", "--db", str(db), "--no-camera"]
            process = subprocess.Popen(
                [sys.executable, "-m", "checkin", *command],
                env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        desk = Desk(db, log, texts, process, screen, people)
        started.append(desk)
        if focus:  # else nobody gives the window the keyboard: it must take it itself
            desk.focus()
        else:
            desk.window = screen.window("Helseinnovasjonskonferansen")
        return desk

    yield start
    for desk in started:
        desk.process.send_signal(signal.SIGTERM)
        try:
            desk.process.wait(10)
        except subprocess.TimeoutExpired:
            desk.process.kill()
            desk.process.wait(10)
