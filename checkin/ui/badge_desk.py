"""Badges at the desk: print (to a printer's queue or a PDF preview), preview, printer health.

The window only says "print this person" or "preview this person"; the badge is drawn in the
desk's badge process (`checkin.badges.render_process`: its Python and Qt text layout never hold
the window's interpreter lock), asked from the print queue's own thread or the runner's I/O
threads; lp runs on the print thread. The badge process is started, and the print queue
loaded, when the desk is on screen (`prepare`), or at the first badge if that comes sooner,
not before the first screen; the process ends with the desk (`stop`). Each badge job (printed or
written as a PDF) is logged in the event file's print log (`DeskPrintLog`), for the reports'
time from check-in to badge queued.
"""

from __future__ import annotations

import importlib
import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from checkin import log
from checkin.desk import Desk
from checkin.desk_edits import STALE_PRINT_S
from checkin.domain.model import PrintRecord, Registration
from checkin.ui.plurals import plurals
from checkin.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from checkin.badges.printers import PrinterInfo
    from checkin.badges.printing import PrintJob, PrintQueue
    from checkin.badges.render import Badge
    from checkin.badges.render_process import BadgeRenderer
    from checkin.badges.template import Colours

Report = Callable[[Callable[[], str], bool], None]  # the text in the current language, a problem
PDF_END_WAIT_S = 2.0  # at close, for a preview PDF asked for but not yet written
NAMES_SHOWN = 5  # the rest are in the print log
AGAIN_MARGIN_S = 1.0  # the second look at unprinted badges comes this long after the bound
RENDERER = "checkin.badges.printing"  # imports the renderer and the templates with it
_log = log.get("print")


def job_text(job: PrintJob) -> str:
    """Say where a badge is, in the user's language."""
    from checkin.badges.printing import JobState

    translate = QCoreApplication.translate
    states = {
        JobState.QUEUED: translate("BadgeDesk", "Badge for {name}: waiting for the printer"),
        JobState.PRINTING: translate("BadgeDesk", "Badge for {name}: printing"),
        JobState.DONE: translate("BadgeDesk", "Badge for {name}: sent to {printer}"),
        JobState.FAILED: translate("BadgeDesk", "Badge for {name} NOT printed: {why}"),
    }
    template = states.get(job.state, "{name}: " + job.state.value)
    printer = job.printer or translate("BadgeDesk", "the default printer")
    name = f"{job.badge.first_name} {job.badge.last_name}".strip()
    if job.state is JobState.FAILED:  # to reprint: which of namesakes (acceptance 5, F-5)
        name = who(name, job.badge.organisation)
    return template.format(name=name, printer=printer, why=job.message)


def not_printed(person: Registration, error: BaseException) -> str:
    """Say whose badge was not made and why (a preview PDF), in the user's language."""
    text = QCoreApplication.translate("BadgeDesk", "Badge for {name} NOT printed: {why}")
    name = who(f"{person.first_name} {person.last_name}".strip(), person.organisation)
    return text.format(name=name, why=error)


def who(name: str, organisation: str) -> str:
    """A name with its organisation, so a namesake is not reprinted instead."""
    return f"{name} ({organisation})" if name and organisation else name


def unprinted_text(names: list[str]) -> str:
    """Say which badges an earlier run of the desk did not print, in the user's language."""
    shown = ", ".join(names[:NAMES_SHOWN]) + (", …" if len(names) > NAMES_SHOWN else "")
    return f"{plurals().unprinted(len(names))} {shown}."


def _badge(desk: Desk, person: Registration) -> Badge:
    from checkin.badges.render import badge_for

    return badge_for(person, desk.ticket_payload(person), desk.event.name)


def template_colours(name: str) -> Colours:
    """A template's category colours (reads its file: call it off the GUI thread)."""
    from checkin.badges.template import load_template

    return load_template(name).colours


def _not_logged(error: BaseException) -> None:
    _log.warning("a badge job was not written to the print log: %s", error)


class DeskPrintLog:
    """The print queue's history for the window: each job's state goes to the print log.

    The row is written in the event file of the desk that printed the badge, by that desk on
    the database thread (never on the GUI thread, never on a connection of its own). `record`
    is called on the GUI thread (a job queued) and on the print thread (its later states).
    """

    def __init__(self, runner: TaskRunner) -> None:
        self.runner = runner
        self.desk: Desk | None = None  # the desk of the badge being queued
        self._desks: dict[str, Desk] = {}  # job id: the desk that queued it
        self.closing = False  # the desk closes: only badges made are still written

    def job_ids(self) -> tuple[str, ...]:
        """The ids of the jobs this desk queued (they are its own, whatever their state)."""
        return tuple(self._desks)

    def queued(self, job_id: str, desk: Desk) -> None:
        """Remember which desk's event file a job's later states go to."""
        self._desks[job_id] = desk

    def record(self, entry: PrintRecord) -> None:
        """Hand one job state to the desk's database thread (returns at once)."""
        desk = self._desks.get(entry.id, self.desk)
        if self.closing and entry.state != "done":  # the next open ends it, and says so
            _log.info("badge job %s left %s at close", entry.id, entry.state)
            return
        if desk is not None:
            self.runner.run_db(lambda: desk.record_print(entry), on_error=_not_logged)


class BadgeDesk:
    """Owns the print queue; prints to PDF files instead when a preview folder is given."""

    stale_after_s = STALE_PRINT_S  # a job unmoved this long is no live desk's (print_log)

    def __init__(self, runner: TaskRunner, report: Report, pdf_dir: Path | None = None) -> None:
        self.runner, self.report, self.pdf_dir = runner, report, pdf_dir
        self.template = "90x55"
        self.printer = ""
        self.queue: PrintQueue | None = None
        self.on_job: Callable[[PrintJob], None] | None = None
        self.history = DeskPrintLog(runner)
        self.renderer: BadgeRenderer | None = None  # the badge process's handle, once made
        self._stopped = False
        self._telling: Desk | None = None  # the desk whose unprinted badges are looked for
        self._writing: set[threading.Event] = set()  # preview PDFs being written

    def prepare(self) -> None:
        """Start the badge process and load the print queue off the GUI thread, then the queue.

        The queue is started on the GUI thread: it loads the badge fonts, which must be done
        there.
        """
        renderer = self._renderer()

        def load() -> None:
            renderer.start()  # ready about half a second later, before the first attendee
            importlib.import_module(RENDERER)

        self.runner.run_io(load, lambda _: self._queue())

    def _renderer(self) -> BadgeRenderer:
        """The badge process's handle (made on the GUI thread; the process starts when asked)."""
        if self.renderer is None:
            from checkin.badges.render_process import BadgeRenderer

            self.renderer = BadgeRenderer()
        return self.renderer

    def _queue(self) -> PrintQueue | None:
        if self.queue is None and self.pdf_dir is None and not self._stopped:
            from checkin.badges.printing import PrintQueue
            from checkin.badges.spool import default_spooler

            spooler = default_spooler(self._renderer().pdf)
            self.queue = PrintQueue(self._job_changed, self.history, spooler)
        return self.queue

    def _job_changed(self, job: PrintJob) -> None:
        """Called on the print thread: hand over to the GUI thread through the callback."""
        if self.on_job is not None:
            self.on_job(job)

    def show_job(self, job: PrintJob) -> None:
        """On the GUI thread: tell the volunteer where the badge is."""
        from checkin.badges.printing import JobState

        self.report(lambda: job_text(job), job.state is JobState.FAILED)

    def print(self, desk: Desk, person: Registration) -> None:
        """Print one badge without waiting for the printer."""
        queue = self._queue()
        self.history.desk = desk
        if queue is not None:
            job = queue.submit(_badge(desk, person), self.template, self.printer or None)
            self.history.queued(job.id, desk)
            return
        self._write_pdf(desk, person)

    def _write_pdf(self, desk: Desk, person: Registration) -> None:
        """Write one badge as a PDF file in the preview folder, logged as a print job."""
        assert self.pdf_dir is not None
        out = self.pdf_dir / f"badge-{person.code}.pdf"
        template = self.template
        job = PrintRecord(uuid.uuid4().hex[:12], person.code, "PDF", template, "queued",
                          out.name, datetime.now(UTC).isoformat(), "")  # fmt: skip
        self.history.queued(job.id, desk)
        self._log_pdf(job, "queued")
        renderer, writing = self._renderer(), threading.Event()
        self._writing.add(writing)

        def write() -> None:  # logs on the I/O thread: the window may be gone when it is done
            from checkin.badges.template import load_template

            try:
                renderer.pdf([_badge(desk, person)], load_template(template), out)
            except Exception as error:
                self._log_pdf(replace(job, message=str(error)), "failed")
                raise
            finally:
                writing.set()
            self._log_pdf(job, "done")

        def done() -> str:
            text = QCoreApplication.translate("BadgeDesk", "Badge preview written: {file}")
            return text.format(file=out.name)

        def written(_: object) -> None:
            self._writing.discard(writing)
            self.report(done, False)

        def failed(error: BaseException) -> None:
            self._writing.discard(writing)
            self.report(lambda: not_printed(person, error), True)

        self.runner.run_io(write, written, failed)

    def _log_pdf(self, job: PrintRecord, state: str) -> None:
        now = datetime.now(UTC).isoformat()
        self.history.record(replace(job, state=state, updated_at=now))

    def preview(self, desk: Desk, person: Registration, show: Callable[[bytes], None]) -> None:
        """Render one badge as a PNG in the badge process and hand it to ``show``."""
        template, renderer = self.template, self._renderer()

        def render() -> bytes:
            from checkin.badges.template import load_template

            return renderer.png(_badge(desk, person), load_template(template))

        self.runner.run_io(render, show, lambda error: self.report(lambda: str(error), True))

    def printers(self, show: Callable[[list[PrinterInfo]], None]) -> None:
        """List the printers (lpstat can take a while) and hand them to ``show``."""

        def listed() -> list[PrinterInfo]:
            from checkin.badges.printers import list_printers

            return list_printers()

        self.runner.run_io(listed, show, lambda error: show([]))

    def stop(self) -> None:
        """Stop the print queue, then end the badge process and wait for it.

        The job in hand and a badge being written finish first (at most a few seconds; a stuck
        badge process is killed). A job that did not finish stays queued or printing in the
        print log, and the next open of the event file ends it as failed and says so, once it
        is `stale_after_s` old (`tell_unprinted`); the print thread has ended (its last writes
        are handed to the database thread) when this returns.
        """
        self._stopped = True
        self.history.closing = True
        if self.queue is not None:
            self.queue.drop_pending()
        self._renderer().stop()  # (made stopped if it never was: a late badge then fails clearly)
        if self.queue is not None:
            self.queue.stop()
        for writing in tuple(self._writing):  # preview PDFs: their last state is handed over
            writing.wait(PDF_END_WAIT_S)

    def tell_unprinted(self, desk: Desk, again: bool = True) -> None:
        """End the jobs an earlier run left unfinished in ``desk``'s file; say whose they were.

        Runs on the database thread; the problem strip names the attendees (the print log
        keeps each job's reason). Jobs that moved in the last `stale_after_s` may be another
        desk's on the same file, still printing: they are left, and looked at once more when
        that time has passed (a desk started again right after a crash names its badges then).
        """
        keep = self.history.job_ids()
        self._telling = desk
        if again:
            later_ms = int((self.stale_after_s + AGAIN_MARGIN_S) * 1000)
            QTimer.singleShot(later_ms, lambda: self._tell_again(desk))

        def end() -> list[str]:
            names: list[str] = []
            for job in desk.end_unfinished_prints(keep, self.stale_after_s):
                person = desk.registration(job.code)
                name = f"{person.first_name} {person.last_name}".strip() if person else ""
                name = who(name, person.organisation) if person else name
                if (name or job.code) not in names:
                    names.append(name or job.code)
            return names

        def say(names: list[str]) -> None:
            if names:
                self.report(lambda: unprinted_text(names), True)

        self.runner.run_db(end, say, _not_logged)

    def _tell_again(self, desk: Desk) -> None:
        if not self._stopped and self._telling is desk:  # not closed, nor another event shown
            self.tell_unprinted(desk, again=False)
