"""Drawing badges with QtGui (never widgets): one badge on a painter, a PDF of many, a PNG.

Everything is drawn in a coordinate system of 1/100 mm with fonts sized in those units, so the
widths the layout measures are the widths drawn on any device (PDF at 1200 dpi, a 150 dpi
preview, a printer). The QR code is one image, never a rectangle per module: printed through
CUPS/Ghostscript, per-module rectangles leave hairline seams that stop it decoding.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import qrcode
import qrcode.constants
from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from checkin.atomic_files import atomic_path, ends_with
from checkin.badges.layout import Measure, PlacedLine, fill, fit_line, place_block
from checkin.badges.template import Align, BadgeTemplate, LineSpec
from checkin.badges.template_file import ASSETS
from checkin.domain.model import Registration
from checkin.errors import UserError
from checkin.messages import _
from checkin.progress import NoProgress, Progress

UNITS_PER_MM = 100.0
PT_MM = 25.4 / 72
PDF_DPI = 1200
_QR_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
}
_TEXT_FLAGS = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip | Qt.TextFlag.TextSingleLine


@dataclass(frozen=True)
class Badge:
    """What one badge shows: the attendee's fields, the event, and what the QR code carries."""

    first_name: str
    last_name: str
    organisation: str
    category: str
    ticket_type: str
    qr_payload: str
    event_name: str
    code: str = ""

    def values(self) -> dict[str, str]:
        """Return the fields a template's patterns may name."""
        fields = asdict(self)
        fields["name"] = f"{self.first_name} {self.last_name}".strip()
        return fields


def badge_for(reg: Registration, qr_payload: str, event_name: str) -> Badge:
    """Make the badge of a registration."""
    return Badge(
        reg.first_name, reg.last_name, reg.organisation, reg.category, reg.ticket_type,
        qr_payload, event_name, reg.code,
    )  # fmt: skip


def ensure_gui() -> None:
    """Make sure a QGuiApplication exists (fonts need one) and the bundled fonts are loaded.

    Call it on the GUI (main) thread before painting anywhere else. Without a window (the
    command line, tests) the application is made on the offscreen platform: drawing badges
    needs no display.
    """
    _application()
    _load_fonts()


@lru_cache(maxsize=1)
def _application() -> QGuiApplication:
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([])  # kept by the cache for the life of the program


@lru_cache(maxsize=1)
def _load_fonts() -> tuple[str, ...]:
    families: list[str] = []
    for path in sorted((ASSETS / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
    return tuple(dict.fromkeys(families))


class _ThreadFonts(threading.local):
    """Fonts and metrics cached per thread: a QFont's engine cache is tied to its thread."""

    def __init__(self) -> None:
        self.fonts: dict[tuple[str, float, bool], QFont] = {}
        self.metrics: dict[tuple[str, float, bool], QFontMetricsF] = {}


_THREAD_FONTS = _ThreadFonts()


def font_for(family: str, size_pt: float, bold: bool) -> QFont:
    """Return the font for a size in points, sized in 1/100 mm units (see the module note)."""
    key = (family, size_pt, bold)
    font = _THREAD_FONTS.fonts.get(key)
    if font is None:
        font = _THREAD_FONTS.fonts[key] = _make_font(family, size_pt, bold)
    return font


def metrics_for(family: str, size_pt: float, bold: bool) -> QFontMetricsF:
    """Return the metrics of `font_for` (in 1/100 mm)."""
    key = (family, size_pt, bold)
    metrics = _THREAD_FONTS.metrics.get(key)
    if metrics is None:
        metrics = _THREAD_FONTS.metrics[key] = QFontMetricsF(font_for(family, size_pt, bold))
    return metrics


def _make_font(family: str, size_pt: float, bold: bool) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(size_pt * PT_MM * UNITS_PER_MM)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


class QtMeasure:
    """Text widths from Qt's font metrics, in mm; what `layout` fits with."""

    def __init__(self, family: str) -> None:
        self.family = family

    def width(self, text: str, size_pt: float, bold: bool) -> float:
        return metrics_for(self.family, size_pt, bold).horizontalAdvance(text) / UNITS_PER_MM

    def line_height(self, size_pt: float, bold: bool) -> float:
        return metrics_for(self.family, size_pt, bold).height() / UNITS_PER_MM


@lru_cache(maxsize=8)
def measure_for(family: str) -> QtMeasure:
    return QtMeasure(family)


def qr_image(payload: str, quiet_zone: int = 2, level: str = "M") -> QImage:
    """Return the QR code of ``payload`` as a greyscale image, one pixel per module."""
    code = qrcode.QRCode(error_correction=_QR_LEVELS[level], border=quiet_zone, box_size=1)
    code.add_data(payload)
    code.make(fit=True)
    modules = np.asarray(code.get_matrix(), dtype=bool)
    size = modules.shape[0]
    stride = (size + 3) // 4 * 4  # QImage wants 32-bit aligned rows
    pixels = np.full((size, stride), 255, dtype=np.uint8)
    pixels[:, :size][modules] = 0
    return QImage(pixels.tobytes(), size, size, stride, QImage.Format.Format_Grayscale8).copy()


def _rect(x: float, y: float, width: float, height: float) -> QRectF:
    return QRectF(x * UNITS_PER_MM, y * UNITS_PER_MM, width * UNITS_PER_MM, height * UNITS_PER_MM)


def _text_colour_on(background: str) -> QColor:
    colour = QColor(background)
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#000000") if luminance > 0.55 else QColor("#FFFFFF")


def _draw_lines(painter: QPainter, lines: Sequence[PlacedLine], family: str) -> None:
    for line in lines:
        painter.setFont(font_for(family, line.size_pt, line.bold))
        painter.setPen(QColor(line.colour))
        rect = _rect(line.x, line.y, line.width, line.height)
        painter.drawText(rect, _ALIGN[line.align] | _TEXT_FLAGS, line.text)


def _draw_band(painter: QPainter, badge: Badge, template: BadgeTemplate, colour: str) -> None:
    band = template.band
    if band is None:
        return
    painter.fillRect(_rect(band.box.x, band.box.y, band.box.width, band.box.height), QColor(colour))
    text = fill(band.line.text, badge.values()) if band.line else ""
    if not band.line or not text:
        return
    spec: LineSpec = band.line
    text = text.upper() if spec.upper else text
    room = band.box.width - 2 * min(2.0, band.box.height / 4)
    fitted = fit_line(text, spec, room, measure_for(template.font))
    painter.setFont(font_for(template.font, fitted.size_pt, spec.bold))
    painter.setPen(QColor(spec.colour) if spec.colour else _text_colour_on(colour))
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip
    rect = _rect(band.box.x, band.box.y, band.box.width, band.box.height)
    painter.drawText(rect, flags, "\n".join(fitted.lines))


def _draw_qr(painter: QPainter, badge: Badge, template: BadgeTemplate) -> None:
    if template.qr is None or not badge.qr_payload:
        return
    box = template.qr.box
    image = qr_image(badge.qr_payload, template.qr.quiet_zone, template.qr.error_correction)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(_rect(box.x, box.y, box.width, box.height), image)


@lru_cache(maxsize=16)
def _logo_image(path: str) -> QImage:
    return QImage(path)


def _draw_logo(painter: QPainter, template: BadgeTemplate) -> None:
    if template.logo is None:
        return
    image = _logo_image(str(template.logo.file))
    if image.isNull():
        return
    box = template.logo.box
    scale = min(box.width / image.width(), box.height / image.height())
    width, height = image.width() * scale, image.height() * scale
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(_rect(box.x, box.y + (box.height - height) / 2, width, height), image)


def layout_badge(badge: Badge, template: BadgeTemplate) -> list[PlacedLine]:
    """Return every text line of a badge, fitted and placed (mm)."""
    measure: Measure = measure_for(template.font)
    colour = template.colours.for_category(badge.category)
    values = badge.values()
    return [line for b in template.blocks for line in place_block(b, values, measure, colour)]


def render(painter: QPainter, badge: Badge, template: BadgeTemplate) -> None:
    """Draw one badge; the painter's units must be 1/100 mm with the badge's corner at 0,0."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(
        _rect(0, 0, template.width_mm, template.height_mm), QColor(template.background)
    )
    colour = template.colours.for_category(badge.category)
    _draw_band(painter, badge, template, colour)
    _draw_logo(painter, template)
    _draw_qr(painter, badge, template)
    _draw_lines(painter, layout_badge(badge, template), template.font)


def _paint_at(painter: QPainter, dpi: float, corner_mm: tuple[float, float]) -> None:
    painter.resetTransform()
    scale = dpi / 25.4 / UNITS_PER_MM
    painter.scale(scale, scale)
    painter.translate(corner_mm[0] * UNITS_PER_MM, corner_mm[1] * UNITS_PER_MM)


def page_size(template: BadgeTemplate) -> QPageSize:
    width, height = template.page_mm
    return QPageSize(
        QSizeF(width, height), QPageSize.Unit.Millimeter, f"{template.name}",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )  # fmt: skip


def render_pdf(
    badges: Sequence[Badge], template: BadgeTemplate, out: Path, progress: Progress | None = None
) -> None:
    """Write badges to one PDF: a page each, or N to a page with a sheet template.

    The file appears only when complete (`checkin.atomic_files`): the painter must end
    cleanly, every byte Qt wrote must be on the disk, and the PDF must have its trailer.

    Raises:
        UserError: no badges, or the user cancelled.
        StorageError: the file cannot be written whole (disk full, read-only, no folder).
    """
    if not badges:
        raise UserError(_("No badges to write: the list is empty."))
    ensure_gui()
    progress = progress or NoProgress()
    out = Path(out)
    with atomic_path(out, check=ends_with(b"%%EOF")) as partial:
        _write_pdf(badges, template, partial, progress)
        if progress.cancelled():
            raise UserError(_("Cancelled: no badge PDF was written."))


def _write_pdf(
    badges: Sequence[Badge], template: BadgeTemplate, partial: Path, progress: Progress
) -> None:
    """Paint the badges into a PDF file; OSError when Qt could not write all of it."""
    device = QFile(str(partial))
    if not device.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
        raise OSError(f"cannot open the file ({device.errorString()})")
    writer = QPdfWriter(device)
    writer.setResolution(PDF_DPI)
    writer.setPageSize(page_size(template))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setCreator("Check-in Desk")
    writer.setTitle(f"Badges ({template.name})")
    painter = QPainter()
    if not painter.begin(writer):
        device.close()
        raise OSError("the PDF writer could not start")
    try:
        paint_badges(painter, badges, template, PDF_DPI, writer.newPage, progress)
    finally:
        ended = painter.end()
    written, flushed = device.pos(), device.flush()
    trouble = device.errorString().lower() if device.error() != QFile.FileError.NoError else ""
    device.close()
    if not (ended and flushed) or trouble or partial.stat().st_size != written:
        code = (
            errno.ENOSPC if "space" in trouble else errno.EFBIG if "large" in trouble else errno.EIO
        )
        raise OSError(code, f"the PDF was not written whole: {trouble or 'a write failed'}")


def paint_badges(
    painter: QPainter,
    badges: Sequence[Badge],
    template: BadgeTemplate,
    dpi: float,
    new_page: Callable[[], object],
    progress: Progress | None = None,
) -> None:
    """Paint badges on any paged device (PDF writer, printer): N to a page with a sheet."""
    progress = progress or NoProgress()
    slots = template.slots()
    for index, badge in enumerate(badges):
        slot = index % len(slots)
        if index and slot == 0:
            new_page()
        _paint_at(painter, dpi, slots[slot])
        render(painter, badge, template)
        if index % 10 == 9 or index == len(badges) - 1:
            progress.set((index + 1) / len(badges), f"{index + 1}/{len(badges)}")
            if progress.cancelled():
                return


def render_image(badge: Badge, template: BadgeTemplate, dpi: int = 150) -> QImage:
    """Draw one badge into an image at ``dpi`` (for previews and tests)."""
    ensure_gui()
    width = round(template.width_mm / 25.4 * dpi)
    height = round(template.height_mm / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor(template.background))
    painter = QPainter(image)
    _paint_at(painter, dpi, (0.0, 0.0))
    render(painter, badge, template)
    painter.end()
    return image


def render_png(badge: Badge, template: BadgeTemplate, dpi: int = 150) -> bytes:
    """Return one badge as PNG bytes (the window's preview)."""
    return image_png(render_image(badge, template, dpi))


def image_png(image: QImage) -> bytes:
    """Encode an image as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; only str works
    buffer.close()
    return bytes(data.data())
