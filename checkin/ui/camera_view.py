"""The live camera picture, with the outline of the code the scanner found."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from checkin.ui.look import set_colours


class CameraView(QLabel):
    """Shows the newest frame scaled to fit; draws detected codes in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_colours(self, text="#cccccc", background="#111111")
        self.frames = 0
        self.retranslate()

    def retranslate(self) -> None:
        if not self.frames:
            self.setText(self.tr("No camera"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(QImage, object)
    def show_frame(self, image: QImage, outlines: tuple) -> None:
        self.frames += 1
        if outlines:
            painter = QPainter(image)
            painter.setPen(QPen(QColor("#2ecc40"), max(3, image.width() // 200)))
            for points in outlines:
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
            painter.end()
        scaled = QPixmap.fromImage(image).scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.setPixmap(scaled)
