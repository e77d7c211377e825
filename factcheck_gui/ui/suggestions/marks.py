"""Suggested claims drawn in the reading pane: a faint dotted line under the
sentence, a marker in the margin, an explanation on hover.

Suggestions are painted over the text by the pane (`SuggestionMarks.paint`),
never as character formats: the document, its claim highlights and the claims
themselves stay exactly as they are until a suggestion is accepted.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QPolygonF

from factcheck_gui.core import colours
from factcheck_gui.ui.article.highlight import is_dark
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.widgets.safe_text import escape

if TYPE_CHECKING:
    from factcheck_gui.core.suggest import Suggestion
    from factcheck_gui.ui.article.reading_pane import ReadingPane

MARK_COLOUR = colours.SUGGESTION[False]  # a quiet teal: no verdict colour uses it
DOT_TILE = (4, 5)  # one dot every 4 px, in a band 5 px tall below the line


def suggestion_tooltip(suggestion: Suggestion, hint: str = "") -> str:
    """Rich text: the score and every reason for it (all text escaped)."""
    reasons = "".join(
        f"<br>{'+' if r.weight >= 0 else '−'} {escape(_reason(r))}"
        for r in suggestion.reasons
    )
    tail = f"<br><i>{escape(hint)}</i>" if hint else ""
    head = translate("Suggestions", "<b>Suggested claim</b> · check-worthiness {score}").format(
        score=QLocale().toString(suggestion.score, "f", 2))
    return f"<p style='margin:0'>{head}{reasons}{tail}</p>"


def _reason(reason: object) -> str:
    evidence = getattr(reason, "evidence", "")
    label = getattr(reason, "label", str(reason))
    if not evidence:
        return label
    return translate("Suggestions", "{reason} “{evidence}”").format(reason=label, evidence=evidence)


class SuggestionMarks:
    """The suggestions shown in one pane, ordered by position for painting and
    hit-testing (sentences never overlap, so ends are ordered too)."""

    def __init__(self) -> None:
        self.items: list[Suggestion] = []
        self._ends: list[int] = []
        self._tiles: dict[tuple[bool, bool, float], QPixmap] = {}
        self.hint = ""

    def set(self, suggestions: Iterable[Suggestion]) -> None:
        self.items = sorted(suggestions, key=lambda s: s.start)
        self._ends = [s.end for s in self.items]

    def at(self, offset: int) -> Suggestion | None:
        """The suggestion whose sentence holds code point `offset` (its end included,
        so a caret just after the full stop still counts)."""
        i = bisect_left(self._ends, offset)
        if i < len(self.items) and self.items[i].start <= offset <= self.items[i].end:
            return self.items[i]
        return None

    def between(self, start: int, end: int) -> list[Suggestion]:
        i = bisect_left(self._ends, start)
        found = []
        while i < len(self.items) and self.items[i].start <= end:
            found.append(self.items[i])
            i += 1
        return found

    def paint(self, pane: ReadingPane, current: Suggestion | None) -> None:
        """Dotted lines under the suggestions in view; `current` a little stronger."""
        if not self.items:
            return
        viewport = pane.viewport()
        shown = self.between(*pane.visible_span())
        if not shown:
            return
        painter = QPainter(viewport)
        dark = is_dark(pane.palette())
        ratio = viewport.devicePixelRatioF()
        for suggestion in shown:
            strong = current is not None and suggestion.start == current.start
            dots = self._dots(strong, dark, ratio)
            rects = pane.span_rects(suggestion.start, suggestion.end)
            for rect in rects:
                # Tiled dots: ten times cheaper than an antialiased dotted pen.
                x = round(rect.left())
                width = round(rect.right()) - x
                painter.drawTiledPixmap(x, round(rect.bottom()), width, DOT_TILE[1], dots,
                                        x % DOT_TILE[0], 0)
            if strong and rects:  # a marker in the margin: the one A and D act on
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                _margin_marker(painter, pane, rects[0].center().y(), _colour(True, dark))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.end()

    def _dots(self, strong: bool, dark: bool, ratio: float) -> QPixmap:
        key = (strong, dark, ratio)
        tile = self._tiles.get(key)
        if tile is None:
            tile = _dot_tile(_colour(strong, dark), 1.0 if strong or dark else 0.75, ratio)
            self._tiles[key] = tile
        return tile


def _colour(strong: bool, dark: bool) -> QColor:
    colour = QColor(colours.SUGGESTION[dark])  # 3:1 on the text's background, both palettes
    colour.setAlphaF(1.0 if strong else colours.SUGGESTION_WEAK_ALPHA)
    return colour


def _dot_tile(colour: QColor, radius: float, ratio: float) -> QPixmap:
    """One period of the dotted line: a round dot on a transparent tile."""
    width, height = DOT_TILE
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(width / 2, height / 2), radius, radius)
    painter.end()
    return pixmap


def _margin_marker(painter: QPainter, pane: ReadingPane, y: float, colour: QColor) -> None:
    x = pane.column_margin() - pane.horizontalScrollBar().value() - 14
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(x, y - 5), QPointF(x + 6, y), QPointF(x, y + 5)]))
