"""The report PDF's pen: the bundled fonts, lines and cells down an A4 page, column headers.

In points (72 a inch) on the bundled DejaVu fonts, so æ, ø and å print on every machine
(`checkin.reports.pdf` lays the report out with it).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPainter

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 48.0  # A4 in points
ROW_H = 15.0  # a table's row
INK, GREY = QColor("#1a202c"), "#5a6472"


class Pen:
    """A painter with the report's fonts, writing lines down the page from ``y``."""

    def __init__(self, painter: QPainter, family: str) -> None:
        self.painter, self.family, self.y = painter, family, MARGIN

    def font(self, size: float, bold: bool = False) -> None:
        font = QFont(self.family)
        font.setPixelSize(round(size))
        font.setBold(bold)
        self.painter.setFont(font)

    def text(self, x: float, width: float, text: str, right: bool = False) -> None:
        flags = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        )
        shown = self.painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))
        self.painter.drawText(QRectF(x, self.y, width, ROW_H), int(flags), shown)

    def line(self, text: str, size: float, bold: bool = False, grey: bool = False) -> None:
        """Write a sentence from the left margin, wrapped inside the margins; move below it.

        Lines break between words (a word wider than the page breaks anywhere); each line is
        ``size * 1.5`` points tall.
        """
        self.font(size, bold)
        self.painter.setPen(QColor(GREY) if grey else INK)
        width = PAGE_W - 2 * MARGIN
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWrapAnywhere) if any(
            self.painter.fontMetrics().horizontalAdvance(word) > width for word in text.split()
        ) else int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)  # fmt: skip
        lines = line_count(self.painter, text, width, flags)
        self.painter.drawText(QRectF(MARGIN, self.y, width, lines * size * 1.5), flags, text)
        self.y += lines * size * 1.5


def line_count(painter: QPainter, text: str, width: float, flags: int) -> int:
    """How many lines ``text`` takes in the painter's font, wrapped (``flags``) in ``width``."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    wrapped = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    return max(1, round(wrapped.height() / metrics.lineSpacing()))


def ensure_gui() -> str:
    """Make sure a QGuiApplication exists (fonts need one); return the font family to use."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        _application()
    return _family()


@lru_cache(maxsize=1)
def _application() -> QGuiApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([])  # kept by the cache for the life of the program


@lru_cache(maxsize=1)
def _family() -> str:
    families: list[str] = []
    for path in sorted(FONTS.glob("DejaVuSans*.ttf")):
        found = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(found) if found >= 0 else [])
    return "DejaVu Sans" if "DejaVu Sans" in families else (families or ["Sans"])[0]


def header_row(pen: Pen, cells: Sequence[tuple[float, float, str, bool]]) -> None:
    """Draw column headers (x, width, text, right-aligned) in one font, never elided.

    A header too wide for its column wraps onto a second line; if one still does not fit (a
    long word), the whole row is drawn smaller, so its headers keep one size. The row is as
    tall as its tallest header; ``pen.y`` moves below it.
    """
    base = QFont(pen.painter.font())
    font = header_font(pen.painter, base, [(width, text) for _, width, text, _ in cells])
    lines = [fitted(pen.painter, font, width, text)[1] for _, width, text, _ in cells]
    height = ROW_H * max(lines, default=1)
    pen.painter.setFont(font)
    for x, width, text, right in cells:
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        flags = align | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        pen.painter.drawText(QRectF(x, pen.y, width, height), int(flags), text)
    pen.painter.setFont(base)
    pen.y += height


def header_font(painter: QPainter, base: QFont, cells: Sequence[tuple[float, str]]) -> QFont:
    """The one font a row of headers (width, text) is drawn in.

    The base font, or the smallest `fitted` gives any of them (one header that does not fit
    makes the whole row smaller, never itself alone).
    """
    sizes = [fitted(painter, base, width, text)[0].pixelSize() for width, text in cells]
    font = QFont(base)
    font.setPixelSize(min(sizes, default=base.pixelSize()))
    return font


def fitted(painter: QPainter, base: QFont, width: float, text: str) -> tuple[QFont, int]:
    """Return the font (the base one, or smaller) in which ``text`` fits ``width`` on <= 2 lines."""
    font = QFont(base)
    while True:
        metrics = QFontMetricsF(font, painter.device())
        widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)
        wrapped = metrics.boundingRect(QRectF(0, 0, width, 1000),
                                       int(Qt.TextFlag.TextWordWrap), text)  # fmt: skip
        lines = max(1, round(wrapped.height() / metrics.lineSpacing()))
        if (widest <= width and lines <= 2) or font.pixelSize() <= 5:
            return font, lines
        font.setPixelSize(font.pixelSize() - 1)
