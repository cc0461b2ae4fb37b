"""The desk window's badges through its badge process: killed, failing, ended with the desk.

Real window (offscreen), real event file, real spawned badge process writing real PDFs into the
preview folder (as `checkin demo` does); the process is killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import sqlite3

import pytest

from checkin import config
from checkin.badges.printing import JobState
from checkin.badges.render_process import BadgeRenderer
from checkin.demo import make_demo
from checkin.domain.model import Outcome
from checkin.ui.app import DeskApp
from tests.badges.test_render_process import alive, die_at_once, pdf_text
from tests.gui.test_window import a_valid, scan
from tests.integration.test_print_cups import QUEUE, needs_cups

WAIT_MS = 20_000  # a new badge process on a loaded machine


@pytest.fixture
def make_app(qtbot, tmp_path):
    apps: list[DeskApp] = []

    def make(language: str = "en", renderer: BadgeRenderer | None = None) -> DeskApp:
        desk = make_demo(tmp_path / "event.sqlite", size=40, seed=4)
        settings = config.Settings(language=language, auto_print=True, sounds=False)
        app = DeskApp(desk, None, settings=settings, settings_path=tmp_path / "settings.toml",
                      pdf_dir=tmp_path)  # fmt: skip
        if renderer is not None:
            app.badges.renderer = renderer
        apps.append(app)
        qtbot.addWidget(app.current)
        app.current.show()
        qtbot.waitUntil(lambda: app.badges.renderer is not None, timeout=WAIT_MS)  # `prepare`
        return app

    yield make
    for app in apps:
        app.stop()


def checked_in(path, code: str) -> bool:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT 1 FROM checkins WHERE code = ?", (code,)).fetchone() is not None


def job_states(path, code: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT state FROM print_jobs WHERE code = ?", (code,))
        return {row[0] for row in rows}


def test_the_badge_process_starts_with_the_desk_and_ends_with_it(make_app, qtbot):
    app = make_app()
    renderer = app.badges.renderer
    qtbot.waitUntil(lambda: renderer.pid is not None, timeout=WAIT_MS)  # before any badge
    pid = renderer.pid
    assert pid != os.getpid() and alive(pid)
    app.stop()
    assert not alive(pid), "the badge process outlived the desk"


def test_a_killed_badge_process_is_replaced_and_the_badge_is_made(make_app, qtbot, tmp_path):
    app = make_app()
    window, renderer = app.current, app.badges.renderer
    qtbot.waitUntil(lambda: renderer.pid is not None, timeout=WAIT_MS)
    os.kill(renderer.pid, signal.SIGKILL)
    person = a_valid(window)
    scan(window, window.desk.ticket_payload(person))
    qtbot.waitUntil(lambda: window.card.outcome is Outcome.OK, timeout=WAIT_MS)
    printing = window.status.printing
    qtbot.waitUntil(lambda: "Badge preview written" in printing.text(), timeout=WAIT_MS)
    pdf = tmp_path / f"badge-{person.code}.pdf"
    assert person.last_name in pdf_text(pdf) and renderer.starts == 2
    assert not printing.problem


def test_a_badge_process_that_cannot_start_fails_the_badge_in_norwegian_not_the_check_in(
    make_app, qtbot, tmp_path
):
    app = make_app("nb", BadgeRenderer(target=die_at_once))
    window = app.current
    person = a_valid(window)
    scan(window, window.desk.ticket_payload(person))
    qtbot.waitUntil(lambda: window.card.outcome is Outcome.OK, timeout=WAIT_MS)
    printing = window.status.printing
    qtbot.waitUntil(lambda: printing.problem, timeout=WAIT_MS)
    assert "Navneskiltet ble ikke laget" in printing.text()
    assert f"{person.first_name} {person.last_name} ({person.organisation})" in printing.text()
    strip = window.problem  # the whole sentence above the card until OK (the bar cuts it)
    assert strip.isVisible() and strip.text.text() == printing.text()
    assert "på nytt fra deltakerens detaljer" in strip.text.text()
    assert not (tmp_path / f"badge-{person.code}.pdf").exists()
    qtbot.waitUntil(lambda: checked_in(tmp_path / "event.sqlite", person.code), timeout=WAIT_MS)
    # the job's states reach the event file on the database thread, after the strip shows
    qtbot.waitUntil(lambda: "failed" in job_states(tmp_path / "event.sqlite", person.code),
                    timeout=WAIT_MS)  # fmt: skip
    other = a_valid(window, category="Student")  # the desk goes on: the next check-in lands
    scan(window, window.desk.ticket_payload(other))
    qtbot.waitUntil(lambda: checked_in(tmp_path / "event.sqlite", other.code), timeout=WAIT_MS)


@needs_cups
def test_a_badge_for_the_printer_is_drawn_by_the_badge_process_then_sent_with_lp(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=4)
    settings = config.Settings(language="en", printer=QUEUE, sounds=False)
    app = DeskApp(desk, None, settings=settings, settings_path=tmp_path / "settings.toml")
    states: list[JobState] = []
    app.bridge.print_state.connect(lambda job: states.append(job.state))
    try:
        qtbot.addWidget(app.current)
        app.current.show()
        qtbot.waitUntil(lambda: app.badges.renderer is not None, timeout=WAIT_MS)
        renderer = app.badges.renderer
        qtbot.waitUntil(lambda: renderer.pid is not None, timeout=WAIT_MS)
        os.kill(renderer.pid, signal.SIGKILL)  # the print thread's PDF comes from a new one
        scan(app.current, a_valid(app.current).code)
        qtbot.waitUntil(lambda: JobState.DONE in states or JobState.FAILED in states,
                        timeout=WAIT_MS)  # fmt: skip
        assert JobState.DONE in states, app.current.status.printing.text()
        assert renderer.starts == 2
    finally:
        app.stop()
