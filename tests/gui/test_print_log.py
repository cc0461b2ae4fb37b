"""Badges the window prints are in the event file's print log, written on the database thread.

The reports' "to badge queued (s)" per desk reads that log (`checkin.store.report_data.badges`):
a desk window that printed without logging left the figure empty. Real event file, real worker
threads; the badge goes to the real CUPS queue (cups-pdf) or, as the demo does, to a PDF file.
"""

import json
import sqlite3
import threading
from datetime import datetime

from checkin import config
from checkin.cli import main
from checkin.demo import make_demo
from checkin.desk import Desk
from checkin.domain.model import Outcome
from checkin.ui.app import DeskApp
from tests.gui.test_window import a_valid, scan
from tests.integration.test_print_cups import QUEUE, needs_cups


def _app(qtbot, tmp_path, printer="", pdf=False):
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=4)
    settings = config.Settings(language="en", desk_name="Skranke 3", printer=printer, sounds=False)
    app = DeskApp(desk, None, settings=settings, settings_path=tmp_path / "settings.toml",
                  pdf_dir=tmp_path if pdf else None)  # fmt: skip
    qtbot.addWidget(app.current)
    app.current.show()
    qtbot.waitExposed(app.current)
    return app


def _jobs(path, code):
    with sqlite3.connect(path) as conn:
        sql = "SELECT code, state, created_at FROM print_jobs WHERE code = ?"
        return conn.execute(sql, (code,)).fetchall()


def _check_in_and_log(app, qtbot, tmp_path):
    """Check one person in by a scan; wait for the finished job's row; return the person."""
    window = app.current
    person = a_valid(window)
    writers = set()

    def watch(sql):
        if "print_jobs" in sql:
            writers.add(threading.current_thread().name)

    window.runner.run_db(lambda: window.desk.conn.set_trace_callback(watch))
    scan(window, window.desk.ticket_payload(person))
    qtbot.waitUntil(lambda: window.card.outcome is Outcome.OK, timeout=10000)
    path = tmp_path / "event.sqlite"
    finished = ("done", "failed")
    qtbot.waitUntil(lambda: any(row[1] in finished for row in _jobs(path, person.code)),
                    timeout=30000)  # fmt: skip
    assert writers and all(name.startswith("db") for name in writers), writers
    return person


def _assert_logged(path, person):
    ((code, state, created),) = _jobs(path, person.code)
    assert (code, state) == (person.code, "done")
    assert datetime.fromisoformat(created).tzinfo is not None
    desk = Desk.open(path)
    try:
        assert len(desk.attendance().badges[person.code]) == 1
    finally:
        desk.close()


def _badge_s(path, capsys):
    capsys.readouterr()
    assert main(["report", "--db", str(path), "--all-days", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (desk,) = [d for d in report["pace"]["desks"] if d["desk"] == "Skranke 3"]
    return desk["badge_s"]


@needs_cups
def test_a_badge_printed_by_the_window_is_logged_for_the_report(qtbot, tmp_path, capsys):
    app = _app(qtbot, tmp_path, printer=QUEUE)
    try:
        person = _check_in_and_log(app, qtbot, tmp_path)
    finally:
        app.stop()
    _assert_logged(tmp_path / "event.sqlite", person)
    badge_s = _badge_s(tmp_path / "event.sqlite", capsys)
    assert badge_s is not None and 0 <= badge_s < 10


def test_a_badge_written_as_pdf_by_the_demo_is_logged_for_the_report(qtbot, tmp_path, capsys):
    app = _app(qtbot, tmp_path, pdf=True)
    try:
        person = _check_in_and_log(app, qtbot, tmp_path)
    finally:
        app.stop()
    assert list(tmp_path.glob(f"badge-{person.code}.pdf"))
    _assert_logged(tmp_path / "event.sqlite", person)
    badge_s = _badge_s(tmp_path / "event.sqlite", capsys)
    assert badge_s is not None and 0 <= badge_s < 10
