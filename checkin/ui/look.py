"""How the desk's widgets look, set through fonts, palettes and painting, not style sheets.

A style sheet is parsed and the widget re-polished on every change; the window changes its
colours on every check-in and had 27 style sheets to apply before its first paint. Fonts and
palettes cost next to nothing; the rounded, coloured panels (card, banners) paint themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget


def set_font(widget: QWidget, pixels: int, bold: bool = False) -> None:
    """Text of ``pixels`` pixels, bold or not."""
    font = widget.font()
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    widget.setFont(font)


def set_colours(widget: QWidget, text: str | None = None, background: str | None = None) -> None:
    """Text and background colours ("#rrggbb"); a background is filled in, None left alone."""
    palette = widget.palette()
    if text is not None:
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(text))
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
    widget.setPalette(palette)
    widget.setAutoFillBackground(background is not None)


class RoundedPanel(QWidget):
    """A widget painted as a rounded rectangle in its own colour (`set_fill`)."""

    RADIUS = 8.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill = QColor("#ffffff")

    def set_fill(self, colour: str) -> None:
        if QColor(colour) != self.fill:
            self.fill = QColor(colour)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.fill)
        painter.drawRoundedRect(QRectF(self.rect()), self.RADIUS, self.RADIUS)
        painter.end()
