"""A read-only text with coloured spans: the review windows' own simple view.

Kept apart from the article pane's highlighting on purpose: it paints a few
hundred spans with `ExtraSelection`s (about 0.33 s for 5,000 on 1 MB, fine for
one article's review claims) and knows nothing of claims, only spans.
Offsets are code points; Qt counts UTF-16 units, so astral characters are
mapped (`_qt`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

# Fill colours by what a span is; a light and a dark set, picked by the palette.
LIGHT = {"all": "#bfe5c9", "some": "#f6dd9c", "one": "#f5c0bd", "mine": "#cfe0f7",
         "current": "#8fb8ee"}
DARK = {"all": "#2f5a3c", "some": "#6a5421", "one": "#6b2f2c", "mine": "#2c4566",
        "current": "#3f6aa5"}


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


def colours(widget: QWidget) -> dict[str, str]:
    return DARK if is_dark(widget) else LIGHT


class SpanView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text = ""
        self._units: list[int] = [0]

    def set_text(self, text: str) -> None:
        self.text = text
        units = [0]
        for ch in text:
            units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
        self._units = units
        self.setPlainText(text)

    def _qt(self, offset: int) -> int:
        return self._units[max(0, min(offset, len(self._units) - 1))]

    def paint(self, spans: Sequence[tuple[int, int, str]]) -> None:
        """Colour each (start, end, kind) span; kind is a key of the colour sets."""
        fills = colours(self)
        selections = []
        for start, end, kind in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._qt(start))
            cursor.setPosition(self._qt(end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(fills.get(kind, fills["one"])))
            if kind == "current":
                fmt.setFontUnderline(True)
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    def show_span(self, start: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._qt(start))
        self.setTextCursor(cursor)
        self.centerCursor()

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        lo, hi = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        start = bisect.bisect_left(self._units, lo)
        end = bisect.bisect_left(self._units, hi)
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._qt(start))
        cursor.setPosition(self._qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
