"""The badge process (`checkin.badges.render_process`): real spawned processes, real PDFs.

Each test starts the real process (a fresh interpreter with Qt on the offscreen platform and the
bundled fonts), reads its PDFs back with poppler (pdftotext, pdfinfo), and kills it with
SIGKILL as the kernel's OOM killer or a crash would.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from checkin import messages
from checkin.badges.render import Badge
from checkin.badges.render_process import BadgeRenderer, BadgeRenderError
from checkin.badges.template import load_template

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)"),
]
QR = "CK1:0000000042:MFRGGZDFMZTWQ2LKNNWG"
ÅSE = Badge("Åse Kjærstad", "Ødegård-Bø", "Haukeland universitetssjukehus", "Deltaker", "", QR,
            "Helsekonferansen 2026", "0000000042")  # fmt: skip


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    (count,) = [line.split()[1] for line in info.stdout.splitlines() if line.startswith("Pages")]
    return int(count)


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie, dead but not yet waited for, counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def wait_gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not alive(pid)


def die_at_once(pipe: object) -> None:
    """A badge process that dies as it starts (a broken installation, a crash at start)."""
    os._exit(3)


@pytest.fixture
def renderer():
    made = BadgeRenderer()
    made.start()
    yield made
    made.stop()


def test_a_badge_pdf_made_in_the_spawned_process_holds_the_name_with_æøå(renderer, tmp_path):
    out = renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "badge.pdf")
    assert out == tmp_path / "badge.pdf" and pages(out) == 1
    text = pdf_text(out)
    assert "Åse Kjærstad" in text and "Ødegård-Bø" in text and "Haukeland" in text
    assert renderer.pid not in (None, os.getpid())
    command = Path(f"/proc/{renderer.pid}/cmdline").read_bytes().split(b"\0")
    assert any(b"spawn_main" in part for part in command), command  # a fresh interpreter
    assert oct((tmp_path / "badge.pdf").stat().st_mode & 0o777) == "0o600"  # as render_pdf
    png = renderer.png(ÅSE, load_template("90x55"))
    assert png.startswith(b"\x89PNG")


def test_killed_mid_run_the_badges_are_made_by_a_new_process(renderer, tmp_path):
    out = tmp_path / "badges.pdf"
    first = renderer.pid
    assert first is not None
    killed = threading.Event()

    def kill_when_writing() -> None:  # the part file appears once it is painting the PDF
        while not list(tmp_path.glob(".badges.pdf.*.part")):
            time.sleep(0.005)
        os.kill(first, signal.SIGKILL)
        killed.set()

    threading.Thread(target=kill_when_writing, daemon=True).start()
    renderer.pdf([ÅSE] * 300, load_template("90x55"), out)  # about 1.5 s of drawing
    assert killed.is_set() and not alive(first)
    assert pages(out) == 300 and pdf_text(out).count("Åse Kjærstad") == 300
    assert renderer.starts == 2 and renderer.pid != first
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]  # the dead one's part removed


def test_a_process_killed_while_idle_is_replaced_for_the_next_badge(renderer, tmp_path):
    renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "one.pdf")
    os.kill(renderer.pid, signal.SIGKILL)
    time.sleep(0.2)
    renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "two.pdf")
    assert "Ødegård-Bø" in pdf_text(tmp_path / "two.pdf") and renderer.starts == 2


def test_a_stuck_process_is_replaced_after_its_time_not_a_minute(renderer, tmp_path):
    """A process that stops answering (frozen: SIGSTOP) holds a badge about ten seconds."""
    renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "one.pdf")
    stuck = renderer.pid
    assert stuck is not None
    os.kill(stuck, signal.SIGSTOP)
    try:
        start = time.monotonic()
        renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "two.pdf")
        waited = time.monotonic() - start
    finally:
        with contextlib.suppress(ProcessLookupError):  # the renderer has ended it
            os.kill(stuck, signal.SIGCONT)
    assert not alive(stuck)
    assert "Ødegård-Bø" in pdf_text(tmp_path / "two.pdf")
    assert renderer.starts == 2 and renderer.pid != stuck
    assert waited < 30  # was 60 s: the whole queue of badges waited behind it


def test_a_file_that_cannot_be_written_is_a_clear_error_and_the_process_goes_on(renderer, tmp_path):
    pid = renderer.pid
    with pytest.raises(BadgeRenderError, match="nowhere"):
        renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "nowhere" / "badge.pdf")
    renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "badge.pdf")
    assert renderer.pid == pid and renderer.starts == 1


def test_a_process_that_dies_twice_fails_the_badge_in_the_users_language(tmp_path):
    renderer = BadgeRenderer(target=die_at_once)
    messages.use("nb")
    try:
        with pytest.raises(BadgeRenderError) as failed:
            renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "badge.pdf")
    finally:
        messages.use("en")
        renderer.stop()
    assert "Navneskiltet ble ikke laget" in failed.value.text()
    assert "Innsjekkingen er lagret" in failed.value.text()
    assert renderer.starts == 2 and not (tmp_path / "badge.pdf").exists()


def test_stop_ends_the_process_and_a_later_badge_fails_clearly(tmp_path):
    renderer = BadgeRenderer()
    renderer.start()
    renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "badge.pdf")
    pid = renderer.pid
    assert pid is not None and alive(pid)
    renderer.stop()
    assert not alive(pid) and renderer.pid is None  # waited for, not left as a zombie
    with pytest.raises(BadgeRenderError, match="closing"):
        renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "later.pdf")


def test_stop_lets_the_badge_in_hand_finish(tmp_path):
    renderer = BadgeRenderer()
    renderer.start()
    out = tmp_path / "badges.pdf"
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(
        renderer.pdf([ÅSE] * 60, load_template("90x55"), out)))  # fmt: skip
    worker.start()
    while not list(tmp_path.glob(".badges.pdf.*.part")):
        time.sleep(0.005)
    pid = renderer.pid
    renderer.stop()
    worker.join(10)
    assert done == [out] and pages(out) == 60 and not alive(pid)


def test_the_process_ends_when_the_desk_is_killed(tmp_path):
    """No orphan: a desk killed with SIGKILL (no clean-up ran) leaves no badge process."""
    program = textwrap.dedent("""
        import sys, time
        from checkin.badges.render_process import BadgeRenderer
        if __name__ == "__main__":
            renderer = BadgeRenderer()
            renderer.start()
            print(renderer.pid, flush=True)
            time.sleep(60)
    """)
    script = tmp_path / "desk.py"
    script.write_text(program)
    desk = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))  # fmt: skip
    try:
        pid = int(desk.stdout.readline())
        time.sleep(1.0)  # started, fonts loaded, waiting for a badge
        assert alive(pid)
    finally:
        desk.kill()
        desk.wait(10)
    assert wait_gone(pid), "the badge process outlived the desk"


def test_a_stuck_badge_ended_at_close_fails_as_closing_with_no_lost_warning(tmp_path, caplog):
    """Ended on purpose when the desk closes: no "lost, try 1 of 2" (no try follows)."""
    renderer = BadgeRenderer()
    renderer.start()
    renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "one.pdf")
    stuck = renderer.pid
    assert stuck is not None
    os.kill(stuck, signal.SIGSTOP)
    failed: list[BaseException] = []

    def ask() -> None:
        try:
            renderer.pdf([ÅSE], load_template("90x55"), tmp_path / "two.pdf")
        except BaseException as error:  # the test reads it
            failed.append(error)

    worker = threading.Thread(target=ask)
    worker.start()
    time.sleep(0.3)  # the request is in the stuck process's pipe
    try:
        renderer.stop(bound_s=0.5)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(stuck, signal.SIGCONT)
    worker.join(10)
    assert len(failed) == 1 and isinstance(failed[0], BadgeRenderError)
    assert "closing" in str(failed[0])
    assert not [r for r in caplog.records if "was lost" in r.getMessage()]
    assert not (tmp_path / "two.pdf").exists() and not list(tmp_path.glob("*.part"))
