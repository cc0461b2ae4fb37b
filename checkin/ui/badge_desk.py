"""Badges at the desk: print (to a printer's queue or a PDF preview), preview, printer health.

The window only says "print this person" or "preview this person"; rendering and spooling run
off the GUI thread (the print queue's own thread, or the runner's I/O threads). The badge
renderer and the print queue are loaded when the desk is on screen (`prepare`), or at the
first badge if that comes sooner, not before the first screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from checkin.desk import Desk
from checkin.domain.model import Registration
from checkin.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from checkin.badges.printers import PrinterInfo
    from checkin.badges.printing import PrintJob, PrintQueue
    from checkin.badges.render import Badge
    from checkin.badges.template import Colours

Report = Callable[[Callable[[], str], bool], None]  # the text in the current language, a problem
RENDERER = "checkin.badges.printing"  # imports the renderer and the templates with it


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
    return template.format(name=name, printer=printer, why=job.message)


def _badge(desk: Desk, person: Registration) -> Badge:
    from checkin.badges.render import badge_for

    return badge_for(person, desk.ticket_payload(person), desk.event.name)


def template_colours(name: str) -> Colours:
    """A template's category colours (reads its file: call it off the GUI thread)."""
    from checkin.badges.template import load_template

    return load_template(name).colours


class BadgeDesk:
    """Owns the print queue; prints to PDF files instead when a preview folder is given."""

    def __init__(self, runner: TaskRunner, report: Report, pdf_dir: Path | None = None) -> None:
        self.runner, self.report, self.pdf_dir = runner, report, pdf_dir
        self.template = "90x55"
        self.printer = ""
        self.queue: PrintQueue | None = None
        self.on_job: Callable[[PrintJob], None] | None = None
        self._stopped = False

    def prepare(self) -> None:
        """Load the renderer off the GUI thread, then start the print queue on this one.

        The queue loads the badge fonts, which must be done on the GUI thread.
        """
        self.runner.run_io(lambda: importlib.import_module(RENDERER), lambda _: self._queue())

    def _queue(self) -> PrintQueue | None:
        if self.queue is None and self.pdf_dir is None and not self._stopped:
            from checkin.badges.printing import PrintQueue

            self.queue = PrintQueue(on_state=self._job_changed)
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
        if queue is not None:
            queue.submit(_badge(desk, person), self.template, self.printer or None)
            return
        assert self.pdf_dir is not None
        out = self.pdf_dir / f"badge-{person.code}.pdf"
        template = self.template

        def write() -> None:
            from checkin.badges.render import render_pdf
            from checkin.badges.template import load_template

            render_pdf([_badge(desk, person)], load_template(template), out)

        def done() -> str:
            text = QCoreApplication.translate("BadgeDesk", "Badge preview written: {file}")
            return text.format(file=out.name)

        self.runner.run_io(
            write,
            lambda _: self.report(done, False),
            lambda error: self.report(lambda: str(error), True),
        )

    def preview(self, desk: Desk, person: Registration, show: Callable[[bytes], None]) -> None:
        """Render one badge as a PNG off the GUI thread and hand it to ``show``."""
        template = self.template

        def render() -> bytes:
            from checkin.badges.render import render_png
            from checkin.badges.template import load_template

            return render_png(_badge(desk, person), load_template(template))

        self.runner.run_io(render, show, lambda error: self.report(lambda: str(error), True))

    def printers(self, show: Callable[[list[PrinterInfo]], None]) -> None:
        """List the printers (lpstat can take a while) and hand them to ``show``."""

        def listed() -> list[PrinterInfo]:
            from checkin.badges.printers import list_printers

            return list_printers()

        self.runner.run_io(listed, show, lambda error: show([]))

    def stop(self) -> None:
        self._stopped = True
        if self.queue is not None:
            self.queue.stop()
