"""QR tickets to send out: a PNG of the code and an A6 PDF (event, QR, name) per registration.

For organisers without a ticketing system. The QR carries what the desk scans: the plain code
for imported registrations, ``CK1:<CODE>:<SIGNATURE>`` for codes this program made and signed
(`checkin.domain.signing`), which a desk verifies offline. Files are named by ticket code,
never by name; ``index.csv`` lists who has which files, for a mail merge. Every file appears
whole or not at all (`checkin.atomic_files`); ``index.csv`` is written last, so a list is
never there without its tickets.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt

from checkin.atomic_files import atomic_open, make_folder, write_bytes
from checkin.badges.render import badge_for, ensure_gui, image_png, qr_image, render_pdf
from checkin.badges.template import Align, BadgeTemplate, Box, LineSpec, QrSpec, TextBlock, VAlign
from checkin.domain.model import Registration
from checkin.errors import StorageError, Trouble, UserError, explain
from checkin.export import safe_cell
from checkin.messages import ngettext
from checkin.progress import NoProgress, Progress

PNG_MODULE_PX = 10  # pixels per QR module in the PNG: sharp when mailed and printed
INDEX_HEADER = ("code", "first_name", "last_name", "email", "png", "pdf")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def _block(y: float, height: float, *lines: LineSpec, colour: str = "#111111") -> TextBlock:
    return TextBlock(Box(8, y, 89, height), lines, Align.CENTER, VAlign.CENTER, 1.2, colour)


TICKET = BadgeTemplate(
    name="ticket-a6",
    source="checkin.tickets",
    width_mm=105,
    height_mm=148,
    blocks=(
        _block(8, 18, LineSpec("{event_name}", 14, 9, bold=True, max_lines=3)),
        _block(
            101,
            28,
            LineSpec("{name}", 18, 11, bold=True, max_lines=2),
            LineSpec("{organisation}", 11, 8, max_lines=2, colour="#3D4650"),
            LineSpec("{ticket_type}", 10, 8, colour="#3D4650"),
        ),
        _block(131, 9, LineSpec("{code}", 10, 7), colour="#5A6470"),
    ),
    qr=QrSpec(Box(20, 28, 65, 65), quiet_zone=4, error_correction="M"),
)


@dataclass(frozen=True)
class TicketReport:
    """What `write_tickets` made."""

    count: int
    folder: Path
    index: Path


def file_stem(code: str) -> str:
    """Return a file name for a ticket code that is safe on every system and unique."""
    stem = _UNSAFE.sub("_", code.strip())[:80] or "ticket"
    if stem != code:  # two codes could tidy to the same name: keep them apart
        stem += "-" + hashlib.sha1(code.encode()).hexdigest()[:6]
    return stem


def ticket_png(payload: str) -> bytes:
    """Return the QR code of a ticket payload as a PNG with a 4-module quiet zone."""
    ensure_gui()
    image = qr_image(payload, quiet_zone=4)
    size = image.width() * PNG_MODULE_PX
    return image_png(image.scaled(size, size, mode=Qt.TransformationMode.FastTransformation))


def write_ticket(
    registration: Registration, payload: str, event_name: str, folder: Path
) -> tuple[Path, Path]:
    """Write one registration's PNG and PDF ticket; return their paths."""
    stem = file_stem(registration.code)
    png, pdf = folder / f"{stem}.png", folder / f"{stem}.pdf"
    write_bytes(png, ticket_png(payload))
    render_pdf([badge_for(registration, payload, event_name)], TICKET, pdf)
    return png, pdf


def _made(folder: Path) -> Path:
    if folder.exists() and not folder.is_dir():
        message = f"{folder} is a file, not a folder: choose a folder for the tickets."
        raise StorageError(Trouble.MISSING, folder, message)
    try:
        make_folder(folder)  # owner-only when made here: the tickets carry names
    except OSError as error:
        raise (explain(error, folder) or error) from error
    return folder


def write_tickets(
    tickets: Iterable[tuple[Registration, str]],
    event_name: str,
    folder: Path,
    total: int,
    progress: Progress | None = None,
) -> TicketReport:
    """Write a PNG and a PDF per (registration, QR payload), then index.csv listing them.

    Raises:
        UserError: the user cancelled.
        StorageError: the folder cannot be made or written (full, read-only, no permission);
            the tickets written before stay whole, index.csv is not written.
    """
    progress = progress or NoProgress()
    folder = _made(Path(folder))
    rows: list[list[str]] = []
    for registration, payload in tickets:
        if progress.cancelled():
            raise UserError(
                ngettext(
                    "Cancelled after {count} ticket; it is in {folder}.",
                    "Cancelled after {count} tickets; they are in {folder}.",
                    len(rows),
                ).format(count=len(rows), folder=folder)
            )
        try:
            png, pdf = write_ticket(registration, payload, event_name, folder)
        except StorageError as error:
            done = f" ({len(rows)} of {total} tickets were written; index.csv was not.)"
            raise StorageError(error.trouble, error.path, error.text() + done) from error
        fields = (registration.code, registration.first_name, registration.last_name)
        rows.append([safe_cell(v) for v in (*fields, registration.email)] + [png.name, pdf.name])
        progress.set(len(rows) / max(total, 1), f"{len(rows)}/{total}")
    index = folder / "index.csv"
    with atomic_open(index, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(INDEX_HEADER)
        writer.writerows(rows)
    return TicketReport(len(rows), folder, index)
