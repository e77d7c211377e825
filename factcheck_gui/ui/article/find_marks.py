"""Find matches painted over a text view, never as character formats.

A transparent sheet lies on the view's viewport and paints a tint over each
match in view (the current one outlined). The document is never touched, so
claim highlights, suggestions and the undo history stay as they are, and
marking a thousand matches in a 1 MB article costs only the few in view.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTextEdit, QWidget

from factcheck_gui.ui.article.highlight import is_dark
from factcheck_gui.ui.article.text_geometry import line_fragments, visible_blocks

# Amber: no verdict colour and no suggestion mark uses it.
MATCH_FILL = {False: QColor(255, 190, 0, 95), True: QColor(255, 170, 40, 80)}
CURRENT_LINE = {False: QColor("#b36b00"), True: QColor("#ffc04d")}


class FindMarks(QWidget):
    """The matches of one view, as sorted (start, end) document positions."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view.viewport())
        self.setObjectName("findMarks")
        self.view = view
        self.spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.current = -1
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.viewport().installEventFilter(self)
        # Scrolling moves the viewport's children with its pixels: put the sheet back.
        view.verticalScrollBar().valueChanged.connect(self._follow)
        view.horizontalScrollBar().valueChanged.connect(self._follow)
        self.setGeometry(view.viewport().rect())
        self.hide()

    def set_spans(self, spans: list[tuple[int, int]], current: int) -> None:
        """Document (Qt) positions of every match; `current` indexes them (-1: none)."""
        self.spans = spans
        self._starts = [start for start, _end in spans]
        self.current = current
        self.setVisible(bool(spans))
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

    def _follow(self) -> None:
        self.setGeometry(self.view.viewport().rect())
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.spans:
            return
        view = self.view
        first, last = visible_positions(view)
        low = max(0, bisect_left(self._starts, first) - 1)
        high = bisect_right(self._starts, last)
        dark = is_dark(view.palette())
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MATCH_FILL[dark])
        for index in range(low, high):
            if index == self.current:
                continue  # the view's selection shows it; a tint on top would blur it
            start, end = self.spans[index]
            for rect in text_rects(view, start, end):
                painter.drawRect(rect)
        if low <= self.current < high:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(CURRENT_LINE[dark], 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            start, end = self.spans[self.current]
            for rect in text_rects(view, start, end):
                painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)
        painter.end()


def visible_positions(view: QTextEdit) -> tuple[int, int]:
    """The document (Qt) positions of the blocks shown in the view's viewport."""
    rect = view.viewport().rect()
    first, last = visible_blocks(view, rect.top(), rect.bottom())
    return first.position(), last.position() + last.length()


def text_rects(view: QTextEdit, start: int, end: int) -> list[QRectF]:
    """One viewport rectangle per line fragment of document positions [start, end)."""
    return [QRectF(x + x1, y + line.y(), x2 - x1, line.ascent() + line.descent())
            for x, y, line, x1, x2, _block in line_fragments(view, start, end)]
