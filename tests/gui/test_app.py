"""The whole desk: a video file as the camera, through scanner, bridge and window, to the card."""

import pytest

from checkin import config
from checkin.demo import make_demo
from checkin.domain.model import Outcome
from checkin.scan.sources import open_source
from checkin.ui.app import DeskApp
from tests.integration.qr_media import write_video


def test_video_camera_to_green_card_and_badge_pdf(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=60, seed=2)
    person = next(
        p
        for p in desk.registrations()
        if p.status.value == "valid"
        and not p.ticket_type.startswith("Dagsbillett")
        and p.category != "Student"
    )
    video = write_video(
        tmp_path / "camera.avi", [[]] * 10 + [[(desk.ticket_payload(person), 80, 60)]] * 30
    )
    settings = config.Settings(language="en", desk_name="Skranke 1")
    app = DeskApp(
        desk,
        open_source(str(video)),
        settings=settings,
        settings_path=tmp_path / "settings.toml",
        pdf_dir=tmp_path,
    )
    try:
        qtbot.addWidget(app.current)
        with qtbot.waitSignal(app.current.result_shown, timeout=10000) as shown:
            pass
        result = shown.args[0]
        assert result.ticket == person.code
        assert app.current.card.outcome is Outcome.OK
        assert result.checkin.desk == "Skranke 1"
        qtbot.waitUntil(lambda: (tmp_path / f"badge-{person.code}.pdf").exists(), timeout=10000)
        qtbot.waitUntil(lambda: app.current.camera.frames > 0)
    finally:
        app.stop()


def test_settings_apply_language_pin_and_desk_name(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=20, seed=2)
    path = tmp_path / "settings.toml"
    app = DeskApp(desk, None, settings=config.Settings(language="en"), settings_path=path)
    try:
        qtbot.addWidget(app.current)
        from checkin.ui.dialogs import Pin

        pin = Pin("2468")
        app.apply(
            config.Settings(
                language="nn",
                desk_name="Skranke 3",
                sounds=False,
                pin_hash=pin.digest.hex(),
                pin_salt=pin.salt.hex(),
            )
        )
        qtbot.waitUntil(lambda: app.current.recent_title.text() == "Siste innsjekkingar")
        assert app.current.pin.matches("2468")
        assert not app.current.pin.matches("0000")
        # each lands on its own thread, after the window shows the change: waited for apart
        qtbot.waitUntil(lambda: app.current.desk.desk_name == "Skranke 3")  # database thread
        qtbot.waitUntil(lambda: path.exists() and config.load(path).language == "nn")  # I/O
    finally:
        app.stop()


def test_the_demo_event_is_reused_while_its_days_last(tmp_path):
    from datetime import date

    from checkin.commands.gui import open_demo
    from checkin.desk import Desk

    path = tmp_path / "demo.sqlite"
    first = open_demo(path, renew=True)
    event_id = first.event.id
    first.close()
    again = open_demo(path, renew=True)
    assert again.event.id == event_id  # the same demo, not a new file each start
    again.close()
    assert sorted(p.name for p in tmp_path.glob("*.sqlite")) == ["demo.sqlite"]
    old = tmp_path / "old.sqlite"
    Desk.create(old, "Gammel demo", (date(2020, 1, 6),)).close()
    renewed = open_demo(old, renew=True)  # its days are over: a new demo in its place
    assert renewed.today() in renewed.event.days
    renewed.close()
    kept = open_demo(old, renew=False)  # a file named with --db is opened as it is
    assert kept.event.id == renewed.event.id
    kept.close()


def test_a_busy_event_file_is_shown_as_waiting_and_the_check_in_lands(qtbot, tmp_path):
    import sqlite3
    import threading

    from checkin.scan.scanner import ScanEvent

    path = tmp_path / "event.sqlite"
    desk = make_demo(path, size=20, seed=2)
    person = next(p for p in desk.registrations() if p.status.value == "valid")
    app = DeskApp(
        desk, None, settings=config.Settings(language="en", desk_name="Skranke 1"),
        settings_path=tmp_path / "settings.toml",
    )  # fmt: skip
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        qtbot.addWidget(app.current)
        other.execute("BEGIN IMMEDIATE")  # another program writes the event file
        app.current.handle_scan(ScanEvent(desk.ticket_payload(person), (), 0.0, 0))
        line = app.current.waiting
        qtbot.waitUntil(lambda: line.isVisibleTo(app.current), timeout=10000)
        assert "Waiting for the event file" in line.text.text()
        threading.Timer(0.5, lambda: other.execute("COMMIT")).start()
        with qtbot.waitSignal(app.current.result_shown, timeout=15000) as shown:
            pass
        assert shown.args[0].decision.outcome is Outcome.OK
        qtbot.waitUntil(lambda: not line.isVisibleTo(app.current), timeout=5000)
    finally:
        other.close()
        app.stop()


@pytest.mark.parametrize(
    ("words", "scan_loaded"),
    [(["run", "--help"], False), (["--wait", "3", "demo", "--help"], False),
     (["--verbose", "scan", "--help"], True), (["search", "--help"], False),
     (["--help"], True)],
)  # fmt: skip
def test_the_window_commands_load_only_their_own_module(words, scan_loaded):
    """A command loads only its own module (OpenCV comes with `scan`); bare --help loads all."""
    import subprocess
    import sys

    program = (
        "import sys\nfrom checkin import cli\ntry:\n    cli.main(sys.argv[1:])\n"
        "except SystemExit:\n    pass\nprint('checkin.commands.scan' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", program, *words], capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == str(scan_loaded)
    assert "usage: checkin" in done.stdout
