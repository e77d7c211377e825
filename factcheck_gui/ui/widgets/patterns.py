"""Fills that tell series apart by pattern as well as colour.

Stacked columns whose parts differ only in hue are unreadable to the one reader in
twelve who does not see those hues apart (and on a grey-scale printout). Each series
gets a hatching drawn over its colour, the same in the legend's swatch, so the legend
still says which part is which.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

# The first series stays plain; the others get hatchings that differ in direction.
PATTERNS = (
    Qt.BrushStyle.NoBrush,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense6Pattern,
)


def pattern_for(index: int) -> Qt.BrushStyle:
    return PATTERNS[index % len(PATTERNS)]


def fill_patterned(painter: QPainter, rect: QRect, colour: QColor, index: int) -> None:
    """`rect` in `colour`, hatched with the `index`-th pattern in a tone that shows on it."""
    painter.fillRect(rect, colour)
    style = pattern_for(index)
    if style == Qt.BrushStyle.NoBrush:
        return
    ink = QColor("#000000" if colour.lightnessF() > 0.55 else "#ffffff")
    ink.setAlphaF(0.55 * colour.alphaF())
    painter.fillRect(rect, QBrush(ink, style))
