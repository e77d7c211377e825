"""A label that wraps its text to at most a few lines and ends the last with "…";
the whole text is its tooltip when it is cut."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QWidget

from factcheck_gui.ui.widgets.safe_text import tooltip


class ElidedLabel(QLabel):
    def __init__(self, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._refit()

    def is_elided(self) -> bool:
        return self.text() != self.full_text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event: object) -> None:  # a new font: the lines change
        super().changeEvent(event)  # type: ignore[arg-type]
        self._refit()

    def _refit(self) -> None:
        text = self.full_text
        width = self.contentsRect().width()
        shown = text
        if width > 20 and text:
            layout = QTextLayout(text, self.font())
            layout.beginLayout()
            starts = []
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                starts.append(line.textStart())
            layout.endLayout()
            if len(starts) > self.max_lines:
                last = starts[self.max_lines - 1]
                kept = [text[a:b].strip()
                        for a, b in pairwise(starts[:self.max_lines])]
                tail = self.fontMetrics().elidedText(" ".join(text[last:].split()),
                                                     Qt.TextElideMode.ElideRight, width - 2)
                shown = "\n".join([*kept, tail])
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(tooltip(text) if shown != text else "")
