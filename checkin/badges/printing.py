"""The print queue: badges go to a worker thread, so the desk never waits for a printer.

``submit`` returns at once with a QUEUED job; the print thread renders it and hands it to the
print system (see `checkin.badges.spool` for how, and why that way), then reports DONE or
FAILED through ``on_state`` (called on the print thread: the window's bridge turns it into a
signal). A failed job keeps its reason and can be retried, on the same or another printer;
a reprint is a new submit.
"""

from __future__ import annotations

import enum
import queue
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from checkin import log
from checkin.badges.printers import PrinterInfo, list_printers
from checkin.badges.render import Badge, ensure_gui
from checkin.badges.spool import Spooler, default_spooler
from checkin.badges.template import load_template
from checkin.domain.model import PrintRecord
from checkin.errors import UserError
from checkin.messages import _

__all__ = ["JobState", "PrintJob", "PrintQueue", "PrinterInfo", "list_printers"]

_log = log.get("print")


class JobState(enum.StrEnum):
    """Where a print job is."""

    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"


FINISHED = (JobState.DONE, JobState.FAILED)


class PrintHistory(Protocol):
    """Where the print thread logs each job's state (`checkin.store.print_log.PrintLog`)."""

    def record(self, entry: PrintRecord) -> None: ...


@dataclass(frozen=True)
class PrintJob:
    """One badge on its way to a printer (printer None: the system's default)."""

    id: str
    badge: Badge
    template: str
    printer: str | None
    state: JobState
    message: str
    created: datetime

    def record(self, now: datetime) -> PrintRecord:
        """Return the print-log row of this job (the ticket code, never the name)."""
        return PrintRecord(
            self.id, self.badge.code, self.printer or "", self.template, self.state.value,
            self.message, self.created.isoformat(), now.isoformat(),
        )  # fmt: skip


class PrintQueue:
    """A print thread with its queue of jobs; the caller never waits for a printer."""

    def __init__(
        self,
        on_state: Callable[[PrintJob], None] | None = None,
        history: PrintHistory | None = None,
        spooler: Spooler | None = None,
    ) -> None:
        ensure_gui()  # fonts and the QGuiApplication must be made on the calling (GUI) thread
        self._on_state = on_state
        self._history = history
        self._spooler: Spooler = spooler or default_spooler()
        self._jobs: dict[str, PrintJob] = {}
        self._lock = threading.Condition()
        self._pending: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="print", daemon=True)
        self._thread.start()

    def submit(self, badge: Badge, template: str, printer: str | None = None) -> PrintJob:
        """Queue one badge for a printer (None: the default printer); returns at once."""
        job = PrintJob(
            uuid.uuid4().hex[:12], badge, template, printer or None, JobState.QUEUED,
            "Waiting for the printer.", datetime.now(UTC),
        )  # fmt: skip
        self._set(job)
        self._pending.put(job.id)
        return job

    def retry(self, job_id: str, printer: str | None = None) -> PrintJob:
        """Queue a failed job again, on another printer if one is given."""
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            raise UserError(_("No print job '{job_id}'.").format(job_id=job_id))
        if job.state is not JobState.FAILED:
            raise UserError(
                _("Print job {job_id} is {value}; only failed jobs retry.").format(
                    job_id=job_id, value=job.state.value
                )
            )
        again = replace(
            job, printer=printer or job.printer, state=JobState.QUEUED, message="Waiting again."
        )
        self._set(again)
        self._pending.put(job_id)
        return again

    def jobs(self) -> list[PrintJob]:
        """Return every job of this session, oldest first."""
        with self._lock:
            return sorted(self._jobs.values(), key=lambda job: job.created)

    def wait(self, job_id: str, timeout: float = 30.0) -> PrintJob:
        """Block until a job is done or failed (the command line waits; the window never does)."""
        with self._lock:
            self._lock.wait_for(lambda: self._jobs[job_id].state in FINISHED, timeout)
            return self._jobs[job_id]

    def drop_pending(self) -> list[PrintJob]:
        """Take the jobs not yet started off the queue (the desk closes); returns them.

        They keep their last state (queued) here and in the print log: the desk ends them
        as failed the next time the event file is opened.
        """
        dropped: list[PrintJob] = []
        while True:
            try:
                job_id = self._pending.get_nowait()
            except queue.Empty:
                break
            if job_id is not None:
                with self._lock:
                    dropped.append(self._jobs[job_id])
        return dropped

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the job in hand, drop the rest, and end the print thread."""
        self.drop_pending()
        self._pending.put(None)
        self._thread.join(timeout)
        self._spooler.close()

    def _set(self, job: PrintJob) -> None:
        with self._lock:
            self._jobs[job.id] = job
            self._lock.notify_all()
        if self._history is not None:
            try:
                self._history.record(job.record(datetime.now(UTC)))
            except Exception:  # the log must never stop a badge being printed
                _log.exception("could not write the print log")
        if self._on_state is not None:
            try:
                self._on_state(job)
            except Exception:  # a listener's bug must not stop the print thread
                _log.exception("print state listener failed")

    def _run(self) -> None:
        while (job_id := self._pending.get()) is not None:
            with self._lock:
                job = self._jobs[job_id]
            self._set(replace(job, state=JobState.PRINTING, message="Printing."))
            self._set(self._print(job))

    def _print(self, job: PrintJob) -> PrintJob:
        title = f"badge-{job.id}"
        try:
            message = self._spooler.spool(
                job.badge, load_template(job.template), job.printer, title
            )
        except UserError as error:  # PrintError, a bad template, a file that cannot be written
            return replace(job, state=JobState.FAILED, message=error.text())
        except Exception as error:  # a bug must not kill the print thread
            _log.exception("print job %s failed", job.id)
            return replace(job, state=JobState.FAILED, message=f"Unexpected error: {error}")
        return replace(job, state=JobState.DONE, message=message)
