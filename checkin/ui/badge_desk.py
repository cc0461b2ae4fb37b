"""Badges at the desk: print (to a printer's queue or a PDF preview), preview, printer health.

The window only says "print this person" or "preview this person"; rendering and spooling run
off the GUI thread (the print queue's own thread, or the runner's I/O threads).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from checkin.badges.printers import PrinterInfo, list_printers
from checkin.badges.printing import JobState, PrintJob, PrintQueue
from checkin.badges.render import Badge, badge_for, render_pdf, render_png
from checkin.badges.template import load_template
from checkin.desk import Desk
from checkin.domain.model import Registration
from checkin.ui.tasks import TaskRunner

Report = Callable[[Callable[[], str], bool], None]  # the text in the current language, a problem


def job_text(job: PrintJob) -> str:
    """Say where a badge is, in the user's language."""
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
    return template.format(name=name, printer=printer, why=job.message)


def _badge(desk: Desk, person: Registration) -> Badge:
    return badge_for(person, desk.ticket_payload(person), desk.event.name)


class BadgeDesk:
    """Owns the print queue; prints to PDF files instead when a preview folder is given."""

    def __init__(self, runner: TaskRunner, report: Report, pdf_dir: Path | None = None) -> None:
        self.runner, self.report, self.pdf_dir = runner, report, pdf_dir
        self.template = "90x55"
        self.printer = ""
        self.queue = PrintQueue(on_state=self._job_changed) if pdf_dir is None else None
        self.on_job: Callable[[PrintJob], None] | None = None

    def _job_changed(self, job: PrintJob) -> None:
        """Called on the print thread: hand over to the GUI thread through the callback."""
        if self.on_job is not None:
            self.on_job(job)

    def show_job(self, job: PrintJob) -> None:
        """On the GUI thread: tell the volunteer where the badge is."""
        self.report(lambda: job_text(job), job.state is JobState.FAILED)

    def print(self, desk: Desk, person: Registration) -> None:
        """Print one badge without waiting for the printer."""
        badge = _badge(desk, person)
        if self.queue is not None:
            self.queue.submit(badge, self.template, self.printer or None)
            return
        assert self.pdf_dir is not None
        out = self.pdf_dir / f"badge-{person.code}.pdf"
        template = self.template

        def done() -> str:
            text = QCoreApplication.translate("BadgeDesk", "Badge preview written: {file}")
            return text.format(file=out.name)

        self.runner.run_io(
            lambda: render_pdf([badge], load_template(template), out),
            lambda _: self.report(done, False),
            lambda error: self.report(lambda: str(error), True),
        )

    def preview(self, desk: Desk, person: Registration, show: Callable[[bytes], None]) -> None:
        """Render one badge as a PNG off the GUI thread and hand it to ``show``."""
        badge = _badge(desk, person)
        template = self.template
        self.runner.run_io(
            lambda: render_png(badge, load_template(template)),
            show,
            lambda error: self.report(lambda: str(error), True),
        )

    def printers(self, show: Callable[[list[PrinterInfo]], None]) -> None:
        """List the printers (lpstat can take a while) and hand them to ``show``."""
        self.runner.run_io(list_printers, show, lambda error: show([]))

    def stop(self) -> None:
        if self.queue is not None:
            self.queue.stop()
