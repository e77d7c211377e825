"""A verdict colour as the window draws it, on the light and the dark palette, with
what the contrast check says about it (core/contrast.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from factcheck_gui.core.contrast import (
    PALETTES,
    REST_ALPHA,
    UNDERLINE_FACTOR,
    Palette,
    parse_colour,
    readable_alpha,
)
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate

SAMPLE = QT_TRANSLATE_NOOP("ColourPreview", "Fares rose by 18% last year")
PALETTE_NAMES = {"light": QT_TRANSLATE_NOOP("ColourPreview", "Light"),
                 "dark": QT_TRANSLATE_NOOP("ColourPreview", "Dark")}


class ColourPreview(QWidget):
    """Two swatches side by side: a chip and a highlighted, underlined phrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour: str | None = None
        self.label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("ColourPreview",
                                         "How the colour looks on light and dark backgrounds"))

    def set_colour(self, colour: str | None, label: str) -> None:
        self.colour, self.label = colour, label
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, self.fontMetrics().height() * 2 + 20)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = (self.width() - 8) / len(PALETTES)
        for n, palette in enumerate(PALETTES):
            self._paint_one(painter, QRectF(n * (width + 8), 0, width, self.height()), palette)
        painter.end()

    def _paint_one(self, painter: QPainter, rect: QRectF, palette: Palette) -> None:
        base = QColor(palette.base)
        painter.setPen(QPen(QColor("#8c8c8c"), 1))
        painter.setBrush(base)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        metrics = self.fontMetrics()
        name = PALETTE_NAMES.get(palette.name)
        caption = translate("ColourPreview", name) if name else palette.name.capitalize()
        painter.setPen(QColor("#7c8088"))
        painter.drawText(rect.adjusted(0, 0, -10, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, caption)
        right = rect.right() - 20 - metrics.horizontalAdvance(caption)
        rgb = parse_colour(self.colour)
        line = metrics.height()
        y = rect.top() + (rect.height() - line) / 2
        x = rect.left() + 10
        if rgb is None:
            painter.setPen(QColor(palette.text))
            painter.drawText(QRectF(x, y, rect.width() - 20, line),
                             Qt.AlignmentFlag.AlignVCenter,
                             translate("ColourPreview", "No colour"))
            return
        colour = QColor(*rgb)
        side = 12
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(x, y + (line - side) / 2, side, side), 2.5, 2.5)
        x += side + 8
        font = QFont(self.font())
        painter.setFont(font)
        text = metrics.elidedText(translate("ColourPreview", SAMPLE),
                                  Qt.TextElideMode.ElideRight, int(right - x))
        text_width = metrics.horizontalAdvance(text)
        tint = QColor(colour)
        tint.setAlphaF(readable_alpha(rgb, palette, REST_ALPHA[palette.dark]))
        painter.fillRect(QRectF(x - 1, y, text_width + 2, line), tint)
        underline = (colour.lighter(UNDERLINE_FACTOR[True]) if palette.dark
                     else colour.darker(UNDERLINE_FACTOR[False]))
        painter.setPen(QPen(underline, 1))
        baseline = y + metrics.ascent() + 2
        painter.drawLine(int(x), int(baseline), int(x + text_width), int(baseline))
        painter.setPen(QColor(palette.text))
        painter.drawText(QRectF(x, y, text_width + 2, line), Qt.AlignmentFlag.AlignVCenter,
                         text)
