"""Handing one badge to the print system, silently: the chosen printer and paper, no dialog.

Two ways, chosen by what the system has, both run in the print thread:

* `LpSpooler` (CUPS: Linux, macOS): draw the badge into a PDF with QPdfWriter (the desk has
  that done in its badge process, `checkin.badges.render_process`), then
  ``lp -d PRINTER -o PageSize=Custom.90x55mm``. lp says at once whether the printer took the
  job and gives its id; the printer's health is read first, so a stopped, offline or empty
  printer fails the job with a reason instead of holding it unseen in the queue.
* `QtSpooler` (Windows, or no lp): QPainter on a QPrinter. Qt documents painting on a QPrinter
  outside the GUI thread as supported (doc.qt.io "Thread-Support in Qt Modules"), and
  tests/integration/test_print_cups.py prints through it from a worker thread.

Job titles carry the job id, never the attendee's name: CUPS logs titles. The spool's PDFs
are owner-only: the folder comes from ``mkdtemp`` (0700) and each file from
`checkin.atomic_files` (0600), whatever the umask.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.badges.printers import has_cups, printer_status
from checkin.badges.render import Badge, page_size, paint_badges, render_pdf
from checkin.badges.template import BadgeTemplate
from checkin.errors import UserError

LP_TIMEOUT_S = 15.0
UNFIT = ("stopped", "offline", "out_of_media")
_REQUEST = re.compile(r"request id is (\S+)")
DrawPdf = Callable[[Sequence[Badge], BadgeTemplate, Path], object]  # as `render_pdf`


class PrintError(UserError):
    """The printer or the print system refused or could not take a job; the text says why."""


class Spooler(Protocol):
    """Something that hands a badge to a printer and says what became of it."""

    def spool(self, badge: Badge, template: BadgeTemplate, printer: str | None, title: str) -> str:
        """Send one badge; return a sentence for the user, or raise PrintError."""
        ...

    def close(self) -> None:
        """Free what the spooler holds (temporary files)."""
        ...


def _check_printer(printer: str | None) -> None:
    status = printer_status(printer)
    if status is None:
        if printer is None:
            raise PrintError("No printer chosen and no default printer set: choose a printer.")
        raise PrintError(f"There is no printer called '{printer}': choose another printer.")
    if status.health in UNFIT:
        raise PrintError(f"{status.message}. Fix it, then retry or choose another printer.")


def cups_page_size(template: BadgeTemplate) -> str:
    """Return the PageSize option of a template's page: A4, or Custom.WxHmm."""
    width, height = template.page_mm
    if template.sheet is not None and (width, height) == (210.0, 297.0):
        return "A4"
    return f"Custom.{width:g}x{height:g}mm"


class LpSpooler:
    """Print through CUPS's ``lp``: a PDF per badge, sent with the exact page size.

    Args:
        draw: what writes the PDF: `render_pdf` on this thread, or the desk's badge process
            (`checkin.badges.render_process.BadgeRenderer.pdf`).
    """

    def __init__(self, draw: DrawPdf = render_pdf) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="checkin-print-"))
        self._draw = draw

    def spool(self, badge: Badge, template: BadgeTemplate, printer: str | None, title: str) -> str:
        _check_printer(printer)
        pdf = self._folder / f"{title}.pdf"
        self._draw([badge], template, pdf)
        try:
            return self._send(pdf, template, printer, title)
        finally:
            pdf.unlink(missing_ok=True)

    def _send(self, pdf: Path, template: BadgeTemplate, printer: str | None, title: str) -> str:
        command = ["lp", "-t", title, "-o", f"PageSize={cups_page_size(template)}", str(pdf)]
        if printer:
            command[1:1] = ["-d", printer]
        env = dict(os.environ, LANG="C", LC_ALL="C")
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, env=env, timeout=LP_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired:
            raise PrintError(f"The print system did not answer in {LP_TIMEOUT_S:g} s.") from None
        except OSError as error:
            raise PrintError(f"Cannot run lp: {error.strerror}.") from None
        request = _REQUEST.search(done.stdout)
        if done.returncode != 0 or request is None:
            reason = done.stderr.strip().removeprefix("lp: ") or "no reason given"
            raise PrintError(f"{printer or 'The default printer'} refused the badge: {reason}")
        return f"Sent to {printer or 'the default printer'} as job {request.group(1)}."

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)


class QtSpooler:
    """Print with QPrinter from the print thread (where there is no ``lp``)."""

    def spool(self, badge: Badge, template: BadgeTemplate, printer: str | None, title: str) -> str:
        info = QPrinterInfo.printerInfo(printer) if printer else QPrinterInfo.defaultPrinter()
        if info.isNull():
            _check_printer(printer)  # raises with the reason
        _check_printer(info.printerName())
        device = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        layout = QPageLayout(
            page_size(template), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
        device.setPageLayout(layout)
        device.setFullPage(True)
        device.setDocName(title)
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(f"{info.printerName()} refused the badge (the printer did not open).")
        try:
            paint_badges(painter, [badge], template, device.resolution(), device.newPage)
        finally:
            done = painter.end()
        if not done or device.printerState() == QPrinter.PrinterState.Error:
            raise PrintError(f"{info.printerName()} reported an error while printing.")
        return f"Sent to {info.printerName()}."

    def close(self) -> None:
        """Nothing to clean up."""


def default_spooler(draw: DrawPdf = render_pdf) -> LpSpooler | QtSpooler:
    """Return the spooler for this system: lp where CUPS is, QPrinter elsewhere.

    Args:
        draw: what writes lp's PDFs (QPrinter's badges are painted on the print thread).
    """
    return LpSpooler(draw) if has_cups() else QtSpooler()
