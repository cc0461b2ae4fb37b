"""Printing through a real CUPS queue (cups-pdf turns jobs into PDF files we can read back).

scripts/system_deps.sh sets up the queue and exports CHECKIN_PRINT_QUEUE and CHECKIN_PDF_DIR.
cups-pdf passes every job through pdftops and Ghostscript, which turn glyphs into outlines, so
its output has no extractable text: the page size and the QR code are read from that output,
and the names from the document CUPS received (its spool copy, kept by PreserveJobFiles).
"""

import glob
import os
import re
import shutil
import sqlite3
import subprocess
import threading
import time
from datetime import date
from pathlib import Path

import cv2
import pytest
import zxingcpp

from checkin.badges.printers import health_of, list_printers, parse_accepting, parse_long_listing
from checkin.badges.printing import JobState, PrintQueue
from checkin.badges.render import Badge
from checkin.badges.spool import QtSpooler
from checkin.cli import main
from checkin.desk import Desk
from checkin.errors import UserError

QUEUE = os.environ.get("CHECKIN_PRINT_QUEUE", "")
PDF_DIR = os.environ.get("CHECKIN_PDF_DIR", "")
MM = 72 / 25.4
BADGE = Badge(
    "Åse Kristine", "Ødegård-Bjørkhaug", "Haukeland universitetssjukehus", "Deltaker", "",
    "CK1:ABCDEFGHJK:MFRGGZDFMZTWQ2LK", "Helsekonferansen 2026", "ABCDEFGHJK",
)  # fmt: skip


def _missing():
    if not shutil.which("lpstat"):
        return "cups-client (lpstat) is not installed"
    if not QUEUE or not PDF_DIR:
        return (
            "CHECKIN_PRINT_QUEUE/CHECKIN_PDF_DIR unset: run scripts/system_deps.sh, source env.sh"
        )
    if subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0:
        return f"the CUPS queue {QUEUE} is not there (is cupsd running?)"
    return ""


needs_cups = pytest.mark.skipif(bool(_missing()), reason=f"needs a CUPS queue: {_missing()}")


@pytest.fixture
def history(tmp_path):
    desk = Desk.create(tmp_path / "event.sqlite", "Utskrift", (date(2026, 6, 1),))
    log = desk.print_log()  # the event file's own print log, on a connection of its own
    desk.close()
    yield log
    log.close()


def output_of(job_id, timeout=30.0):
    """Wait for cups-pdf to write the job's PDF (its file name starts with the job title)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = glob.glob(os.path.join(PDF_DIR, f"badge-{job_id}*.pdf"))
        if found and os.path.getsize(found[0]) > 0:
            time.sleep(0.2)  # cups-pdf may still be closing the file
            return Path(found[0])
        time.sleep(0.1)
    pytest.fail(f"no PDF for job {job_id} in {PDF_DIR}: " + subprocess.run(
        ["lpstat", "-W", "all", "-o"], capture_output=True, text=True).stdout)  # fmt: skip


def media_box(pdf):
    out = subprocess.run(["pdfinfo", "-box", str(pdf)], capture_output=True, text=True).stdout
    x0, y0, x1, y1 = map(float, re.search(r"MediaBox:\s+(.*)", out).group(1).split())
    return x1 - x0, y1 - y0


def qr_in(pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(tmp_path / "p")],
                   check=True, capture_output=True)  # fmt: skip
    return [r.text for r in zxingcpp.read_barcodes(cv2.imread(str(tmp_path / "p.png")))]


def assert_badge_page(pdf, tmp_path):
    width, height = media_box(pdf)
    assert abs(width - 90 * MM) <= 1 and abs(height - 55 * MM) <= 1, (width, height)
    assert qr_in(pdf, tmp_path) == [BADGE.qr_payload]


@needs_cups
def test_badge_goes_through_lp_to_the_queue(qapp, tmp_path, history):
    queue = PrintQueue(history=history)
    try:
        job = queue.wait(queue.submit(BADGE, "90x55", QUEUE).id)
    finally:
        queue.stop()
    assert job.state is JobState.DONE, job.message
    request = re.search(rf"as job ({QUEUE}-(\d+))", job.message)
    assert request, job.message
    assert_badge_page(output_of(job.id), tmp_path)
    spooled = Path(f"/var/spool/cups/d{int(request.group(2)):05d}-001")
    if os.access(spooled, os.R_OK):  # the document as CUPS received it
        text = subprocess.run(
            ["pdftotext", str(spooled), "-"], capture_output=True, text=True
        ).stdout
        assert "Åse Kristine" in text and "Ødegård-Bjørkhaug" in text
    (record,) = history.for_code("ABCDEFGHJK")
    assert (record.state, record.printer, record.template) == ("done", QUEUE, "90x55")
    assert "Åse" not in " ".join(record.__dict__.values())  # the log never holds the name


@needs_cups
def test_qprinter_prints_from_the_print_thread(qapp, tmp_path):
    threads = []
    queue = PrintQueue(
        on_state=lambda job: threads.append((job.state, threading.current_thread().name)),
        spooler=QtSpooler(),
    )
    try:
        job = queue.wait(queue.submit(BADGE, "90x55", QUEUE).id)
    finally:
        queue.stop()
    assert job.state is JobState.DONE, job.message
    assert (JobState.PRINTING, "print") in threads and (JobState.DONE, "print") in threads
    assert_badge_page(output_of(job.id), tmp_path)


@needs_cups
def test_a_missing_printer_fails_clearly_and_the_job_can_go_elsewhere(qapp):
    queue = PrintQueue()
    try:
        failed = queue.wait(queue.submit(BADGE, "90x55", "NoSuchPrinter").id)
        assert failed.state is JobState.FAILED
        assert "no printer called 'NoSuchPrinter'" in failed.message
        with pytest.raises(UserError, match="only failed jobs"):
            queue.retry(queue.submit(BADGE, "90x55", QUEUE).id)
        again = queue.retry(failed.id, QUEUE)
        assert (again.id, again.state, again.printer) == (failed.id, JobState.QUEUED, QUEUE)
        assert queue.wait(failed.id).state is JobState.DONE
    finally:
        queue.stop()


@pytest.fixture
def spare_queue():
    name = f"BadgeSpare{os.getpid()}"
    made = subprocess.run(
        ["lpadmin", "-p", name, "-E", "-v", "cups-pdf:/",
         "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"], capture_output=True, text=True,
    )  # fmt: skip
    if made.returncode != 0:
        pytest.skip(f"cannot add a CUPS queue (lpadmin: {made.stderr.strip()})")
    yield name
    subprocess.run(["lpadmin", "-x", name], capture_output=True)


@needs_cups
def test_a_stopped_printer_says_why_and_the_job_waits_for_a_retry(qapp, spare_queue):
    subprocess.run(["cupsdisable", "-r", "Papirstopp i skuff 2", spare_queue], check=True)
    (printer,) = [p for p in list_printers() if p.name == spare_queue]
    assert printer.health == "stopped"
    assert "Papirstopp i skuff 2" in printer.message
    queue = PrintQueue()
    try:
        job = queue.wait(queue.submit(BADGE, "90x55", spare_queue).id)
        assert job.state is JobState.FAILED
        assert "stopped: Papirstopp i skuff 2" in job.message
        subprocess.run(["cupsenable", spare_queue], check=True)
        assert queue.wait(queue.retry(job.id).id).state is JobState.DONE
    finally:
        queue.stop()


@needs_cups
def test_a_printer_that_refuses_jobs_is_reported(qapp, spare_queue):
    subprocess.run(["cupsreject", "-r", "Tomt for etiketter", spare_queue], check=True)
    (printer,) = [p for p in list_printers() if p.name == spare_queue]
    assert printer.health == "stopped"
    assert "does not accept jobs" in printer.message


@pytest.fixture
def event(tmp_path, capsys):
    db = tmp_path / "event.sqlite"
    assert main(["new", "--db", str(db), "--name", "Helsekonferansen", "--days", "2026-06-01"]) == 0
    source = tmp_path / "deltakere.csv"
    source.write_text("Billettnummer;Fornavn;Etternavn\nT1;Åse;Ødegård\n", encoding="utf-8")
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


@needs_cups
def test_cli_print_reports_the_job_and_exits_1_when_refused(event, capsys):
    import json

    assert main(["print", "T1", "--db", str(event), "--printer", QUEUE, "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["state"] == "done" and done["printer"] == QUEUE and QUEUE in done["message"]
    assert main(["print", "T1", "--db", str(event), "--printer", "Nope", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["state"] == "failed"
    assert main(["print", "T9", "--db", str(event)]) == 2
    with sqlite3.connect(event) as conn:
        states = [
            row[0] for row in conn.execute("SELECT state FROM print_jobs ORDER BY created_at")
        ]
    assert states == ["done", "failed"]
    assert main(["printers", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (mine,) = [p for p in listed if p["name"] == QUEUE]
    assert mine["health"] in ("ready", "printing")


# -- reading lpstat: recorded outputs, because no real printer here runs out of labels --------

LONG_LISTING = """printer Brother_QL is idle.  enabled since Mon 01 Jun 2026 08:00:00 CEST
\tMedia empty or missing
\tForm mounted:
\tContent types: any
\tAlerts: media-empty-error media-needed-warning
printer Laser now printing Laser-12.  enabled since Mon 01 Jun 2026 08:00:00 CEST
\tForm mounted:
\tAlerts: none
printer Kort disabled since Mon 01 Jun 2026 08:00:00 CEST -
\tPapirstopp
\tForm mounted:
\tAlerts: paused
printer Nett now printing Nett-3.  enabled since Mon 01 Jun 2026 08:00:00 CEST
\tThe printer may not exist or is unavailable at this time.
\tForm mounted:
\tAlerts: none
printer Klar is idle.  enabled since Mon 01 Jun 2026 08:00:00 CEST
\tForm mounted:
\tAlerts: none
"""


def test_lpstat_listing_gives_each_printers_health():
    health = {s.name: health_of(s) for s in parse_long_listing(LONG_LISTING)}
    assert health["Brother_QL"] == (
        "out_of_media",
        "Brother_QL is out of labels or paper: Media empty or missing",
    )
    assert health["Laser"] == ("printing", "Laser is printing")
    assert health["Kort"] == ("stopped", "Kort is stopped: Papirstopp")
    assert health["Nett"][0] == "offline"
    assert health["Klar"] == ("ready", "Klar is ready")


def test_lpstat_accepting_and_a_refusing_printer():
    accepting = parse_accepting(
        "Klar accepting requests since Mon 01 Jun 2026\n"
        "Full not accepting requests since Mon 01 Jun 2026 -\n\tTomt for etiketter\n"
    )
    assert accepting == {"Klar": True, "Full": False}
    (status,) = parse_long_listing("printer Full is idle.  enabled since x\n\tAlerts: none\n")
    assert health_of(status, accepting["Full"]) == (
        "stopped",
        "Full is stopped and does not accept jobs",
    )


class BrokenSpooler:
    """A spooler that fails with a bug on its first job: no real printer does that on demand."""

    def __init__(self):
        self.calls = 0

    def spool(self, badge, template, printer, title):
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("driver crashed")
        return "Sent."

    def close(self):
        pass


def test_a_bug_in_one_job_or_in_a_listener_does_not_stop_the_print_thread(qapp):
    def listener(job):
        raise ValueError("listener bug")

    queue = PrintQueue(on_state=listener, spooler=BrokenSpooler())
    try:
        first = queue.wait(queue.submit(BADGE, "90x55").id)
        second = queue.wait(queue.submit(BADGE, "no-such-template").id)
        third = queue.wait(queue.submit(BADGE, "90x55").id)
    finally:
        queue.stop()
    assert (first.state, first.message) == (JobState.FAILED, "Unexpected error: driver crashed")
    assert second.state is JobState.FAILED and "No badge template called" in second.message
    assert (third.state, third.message) == (JobState.DONE, "Sent.")
    assert [job.id for job in queue.jobs()] == [first.id, second.id, third.id]
