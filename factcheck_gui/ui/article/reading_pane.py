"""The article's text as a read-only, centred column with its claims drawn under it.

Article text is untrusted: it only ever reaches Qt through `setPlainText`, never
as HTML, so nothing in it can load files or run links.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QLineF, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from factcheck_gui.core.contrast import OUTLINE_FACTOR, SELECTED_ALPHA
from factcheck_gui.core.graphemes import cluster_end, cluster_start
from factcheck_gui.core.models import Claim, RatingScale
from factcheck_gui.ui.article.caret_claim import caret_description
from factcheck_gui.ui.article.highlight import (
    HighlightLayer,
    OffsetMap,
    claims_tooltip,
    depth_key,
    is_dark,
    readable_tint,
    verdict_colour,
)
from factcheck_gui.ui.article.spans import snap_to_words
from factcheck_gui.ui.article.text_geometry import Fragment, line_fragments, visible_blocks
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.suggestions.marks import (
    SuggestionMarks,
    suggestion_tooltip,
)
from factcheck_gui.ui.widgets.announce import describe
from factcheck_gui.ui.widgets.viewport import viewport_of

if TYPE_CHECKING:
    from factcheck_gui.core.suggest import Suggestion

READING_FAMILIES = ["Charter", "Georgia", "Source Serif 4", "Literata", "Noto Serif",
                    "DejaVu Serif"]
READING_POINT_SIZE = 12.0
COLUMN_CHARS = 72  # average characters per line at most
LINE_HEIGHT = 150  # percent of the font's line spacing
SIDE_PADDING = 28  # pixels at least between the column and the pane edge
TOP_PADDING, BOTTOM_PADDING = 18, 64
TITLE_SCALE = 1.6
NARROW_TITLE_SCALE = 1.3  # on a column narrower than 4/5 of the reading width
FLASH_MS, FLASH_TIMES = 140, 3
# PySide's setLineHeight() takes the height type as a plain int.
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


def reading_font() -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(READING_POINT_SIZE)
    return font


class ReadingPane(QTextEdit):
    """A read-only text column; claims are drawn under the text from a HighlightLayer
    (the document holds the text and its typesetting only)."""

    column_changed = Signal()
    claim_clicked = Signal(str)
    context_menu_requested = Signal(QMenu)
    zoom_requested = Signal(int)  # Ctrl+wheel: +1 larger, -1 smaller (remembered elsewhere)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        viewport_of(self)  # wrapped by name: later viewport() calls find it (widgets/viewport.py)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(translate("ReadingPane", "Article text"))
        self.setCursorWidth(2)  # the caret, seen at a glance in a read-only text
        self.document().setDefaultFont(reading_font())
        self.document().setDocumentMargin(0)
        self.layer = HighlightLayer()
        self.text = ""
        self.offsets = OffsetMap("")
        self.scale: RatingScale | None = None
        self.selected_id: str | None = None
        self._margin = -1
        self._fresh = False  # new text, no claims painted yet
        self._press: QPoint | None = None
        self._last_click: tuple[QPoint, list[str], int] | None = None
        self._flash_left = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        self.column_chars = COLUMN_CHARS  # the reading width (View > Reading settings)
        self._heading = False
        self._title_scale = TITLE_SCALE
        self.marks = SuggestionMarks()  # suggested claims, painted over the text
        self.caret_placed = False  # by the user (or a command), since the text came
        self._underlines: dict[str, tuple[float, float]] = {}
        self.cursorPositionChanged.connect(self._caret_moved)

    @property
    def claims(self) -> list[Claim]:
        return list(self.layer.claims.values())

    # -- column ------------------------------------------------------------------
    def column_width(self) -> int:
        metrics = QFontMetricsF(self.document().defaultFont())
        return round(metrics.averageCharWidth() * self.column_chars)

    def set_reading(self, font: QFont, column_chars: int) -> None:
        """Typeset the text in `font` on a column of `column_chars` characters at most."""
        self.column_chars = column_chars
        self.document().setDefaultFont(font)
        if self._heading and self.document().blockCount() > 0:
            self._style_heading()
        self._margin = -1
        self.update_column()
        self.viewport().update()

    def column_margin(self) -> int:
        """Space between the pane's edges (scroll bar aside) and the text column."""
        return max(self._margin, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.update_column()
        super().resizeEvent(event)

    def update_column(self) -> None:
        """Centre the column in the whole pane. Measured without the scroll bar, which
        comes and goes with the text's height, so that showing it moves nothing."""
        width = self.width() - 2 * self.frameWidth()
        margin = max(SIDE_PADDING, (width - self.column_width()) // 2)
        narrow = width - 2 * margin < 0.8 * self.column_width()
        scale = NARROW_TITLE_SCALE if narrow else TITLE_SCALE
        if scale != self._title_scale:
            self._title_scale = scale
            if self._heading and self.document().blockCount() > 0:
                self._style_heading()
        if margin == self._margin:
            return
        self._margin = margin
        frame = self.document().rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        fmt.setTopMargin(TOP_PADDING)
        fmt.setBottomMargin(BOTTOM_PADDING)
        frame.setFrameFormat(fmt)
        self.column_changed.emit()

    # -- text and claims -----------------------------------------------------------
    def show_text(self, text: str, *, heading: bool) -> None:
        """Show `text` typeset for reading; `heading` styles its first line as a title."""
        self._margin = -1
        self.selected_id = None
        self.layer.clear()
        self.marks.set([])
        self.setPlainText(text)
        self.caret_placed = False
        self.text = text
        self.offsets = OffsetMap(text)
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(LINE_HEIGHT, PROPORTIONAL)
        cursor.mergeBlockFormat(block_format)
        # Blank lines between paragraphs: a little less than a full line.
        gap = QTextBlockFormat()
        gap.setLineHeight(70, PROPORTIONAL)
        block = document.begin()
        while block.isValid():
            if block.length() == 1:
                QTextCursor(block).setBlockFormat(gap)
            block = block.next()
        self._heading = heading
        if heading and document.blockCount() > 0:
            self._style_heading()
        cursor.endEditBlock()
        self.update_column()
        self.verticalScrollBar().setValue(0)
        self._fresh = True

    def _style_heading(self) -> None:
        """The first line as the title, in proportion to the text's size."""
        first = QTextCursor(self.document().begin())
        first.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        title = QTextCharFormat()
        title.setFontPointSize(self.document().defaultFont().pointSizeF() * self._title_scale)
        title.setFontWeight(QFont.Weight.Bold)
        first.mergeCharFormat(title)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(120, PROPORTIONAL)
        spacing.setBottomMargin(4)
        first.mergeBlockFormat(spacing)

    def set_claims(self, claims: list[Claim], scale: RatingScale | None) -> None:
        """Paint `claims`: everything after new text or a new scale, else only changes."""
        if self._fresh or scale != self.scale:
            self.layer.reset(self.offsets, claims, scale, is_dark(self.palette()),
                             fresh=self._fresh)
            self._fresh = False
        else:
            self.layer.update(claims)
        self.scale = scale
        if self.selected_id not in self.layer.claims:
            self.selected_id = None
        self._update_selection_marks()
        self._describe_caret()

    def apply_claims(self, changed: list[Claim], removed: list[str]) -> None:
        """Take just these changes (see HighlightLayer.apply)."""
        self.layer.apply(changed, removed)
        if self.selected_id not in self.layer.claims:
            self.selected_id = None
        self._update_selection_marks()
        self._describe_caret()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._fresh:
            self.layer.restyle(self.scale, is_dark(self.palette()))
            self._update_selection_marks()

    def format_at(self, offset: int) -> QTextCharFormat:
        """How the character at code-point `offset` looks: its typesetting from the
        document with the claims' background and underline drawn over it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(offset) + 1)
        fmt = cursor.charFormat()
        fmt.merge(self.layer.format_at(offset))
        return fmt

    def claim(self, claim_id: str | None) -> Claim | None:
        return self.layer.claims.get(claim_id) if claim_id else None

    def select_claim(self, claim_id: str | None, *, scroll: bool = False,
                     flash: bool = False) -> None:
        """Mark `claim_id` as the selected claim (stronger colour and an outline)."""
        self.selected_id = claim_id if claim_id in self.layer.claims else None
        claim = self.claim(self.selected_id)
        if claim is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_qt(claim.start))
            self.setTextCursor(cursor)
            self._scroll_into_view(claim)
        self._flash_left = 2 * FLASH_TIMES if (flash and claim) else 0
        if self._flash_left:
            self._flash_timer.start()
        self._update_selection_marks()

    def _scroll_into_view(self, claim: Claim) -> None:
        self.scroll_span_into_view(claim.start, claim.end)

    def scroll_span_into_view(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(end))
        end_rect = self.cursorRect(cursor)
        cursor.setPosition(self.offsets.to_qt(start))
        start_rect = self.cursorRect(cursor)
        view = self.viewport().rect()
        if start_rect.top() < view.top() + 20 or end_rect.bottom() > view.bottom() - 20:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + start_rect.top() - view.height() // 3)

    def _flash_step(self) -> None:
        self._flash_left -= 1
        if self._flash_left <= 0:
            self._flash_timer.stop()
        self._update_selection_marks()

    def flashing(self) -> bool:
        return self._flash_left > 0

    def _update_selection_marks(self) -> None:
        claim = self.claim(self.selected_id)
        selections = []
        if claim is not None:
            colour = verdict_colour(claim, self.scale)
            background = QColor(colour)
            lit = self._flash_left % 2 == 1
            dark = is_dark(self.palette())
            background.setAlphaF(0.85 if lit else readable_tint(colour, dark,
                                                                SELECTED_ALPHA[dark]))
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            if lit:
                fmt.setForeground(self.palette().highlightedText())
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_qt(claim.start))
            cursor.setPosition(self.offsets.to_qt(claim.end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        pieces = self._claim_pieces(event.rect())
        if pieces:
            self._paint_backgrounds(pieces, event.rect())  # under the text
        super().paintEvent(event)
        if pieces:
            self._paint_underlines(pieces, event.rect())
        self.marks.paint(self, self.current_suggestion())
        claim = self.claim(self.selected_id)
        if claim is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = verdict_colour(claim, self.scale)
        colour = (colour.lighter(OUTLINE_FACTOR[True]) if is_dark(self.palette())
                  else colour.darker(OUTLINE_FACTOR[False]))
        painter.setPen(QPen(colour, 1.6))
        for rect in self.span_rects(claim.start, claim.end):
            painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """One viewport rectangle per line fragment of [start, end) (code points)."""
        return [QRectF(x + x1, y + line.y(), x2 - x1, line.ascent() + line.descent() + 2)
                for x, y, line, x1, x2, _block in self._fragments(start, end)]

    def _fragments(self, start: int, end: int) -> Iterator[Fragment]:
        """The line fragments of [start, end) in code points (see text_geometry)."""
        return line_fragments(self, self.offsets.to_qt(start), self.offsets.to_qt(end))

    def visible_span(self, rect: QRect | None = None) -> tuple[int, int]:
        """The code points of the blocks shown in `rect` of the viewport (all of it
        by default): what a paint has to draw. Found by bisecting the blocks' laid
        out positions, a few steps whatever the article's length (QTextEdit's
        cursorForPosition walks the document and costs milliseconds on 1 MB)."""
        rect = rect or self.viewport().rect()
        first, last = visible_blocks(self, rect.top(), rect.bottom())
        return (self.offsets.from_qt(first.position()),
                self.offsets.from_qt(last.position() + last.length()))

    def _claim_pieces(self, rect: QRect) -> list[_Piece]:
        """What the claims in `rect` look like, line fragment by line fragment: the
        background box (whole pixels outward over the glyphs' height, as Qt fills a
        format's background) and the underline where Qt would draw a format's."""
        if not self.layer.claims:
            return []
        start, end = self.visible_span(rect)
        segments = self.layer.segments(start, min(end, len(self.text)))
        if not segments:
            return []
        # The selected claim's own background replaces these (an extra selection's
        # format overrides the text's), so none is drawn under it.
        selected = self.claim(self.selected_id)
        hole = (selected.start, selected.end) if selected else (0, -1)
        pieces = []
        for left, right, fmt in _split(segments, hole):
            shown = not (hole[0] <= left and right <= hole[1])
            for x, y, line, x1, x2, block in self._fragments(left, right):
                x2 = min(x2, line.x() + line.naturalTextWidth())  # Qt leaves a wrap's space
                if x2 <= x1:
                    continue
                top = y + line.y()
                box = QRectF(x + x1, top, x2 - x1, line.ascent() + line.descent())
                offset, width = self._underline(block)
                base = top + line.ascent() + offset
                pieces.append(_Piece(box.toAlignedRect() if shown else None, fmt,
                                     QLineF(math.floor(x + x1), base, math.floor(x + x2), base),
                                     width))
        return pieces

    def _paint_backgrounds(self, pieces: list[_Piece], rect: QRect) -> None:
        painter = QPainter(self.viewport())
        painter.setClipRect(rect)
        for piece in pieces:
            if piece.box is not None:
                painter.fillRect(piece.box, piece.format.background())
        painter.end()

    def _paint_underlines(self, pieces: list[_Piece], rect: QRect) -> None:
        """Over the text, as Qt draws a format's underline after the glyphs."""
        painter = QPainter(self.viewport())
        painter.setClipRect(rect)
        pen = QPen()
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        for piece in pieces:
            pen.setColor(piece.format.underlineColor())
            pen.setStyle(Qt.PenStyle.SolidLine if piece.format.underlineStyle()
                         == QTextCharFormat.UnderlineStyle.SingleUnderline
                         else Qt.PenStyle.DotLine)
            pen.setWidthF(piece.width)
            painter.setPen(pen)
            painter.drawLine(piece.underline)
        painter.end()

    def _underline(self, block: QTextBlock) -> tuple[float, float]:
        """(offset below the baseline, thickness) of an underline in `block`'s font,
        placed as Qt places a format's underline."""
        fragment = block.begin().fragment() if block.length() > 1 else None
        font = fragment.charFormat().font() if fragment else self.document().defaultFont()
        key = font.key()
        found = self._underlines.get(key)
        if found is None:
            metrics = QFontMetricsF(font)
            position = metrics.underlinePos()
            offset = math.ceil(position) + 0.5
            if position <= metrics.descent():
                offset = min(offset, metrics.descent() - 0.5)
            found = self._underlines[key] = (offset, metrics.lineWidth())
        return found

    # -- selection ---------------------------------------------------------------
    def selected_span(self, *, exact: bool = False) -> tuple[int, int] | None:
        """The text selection in code points, snapped to whole words unless `exact`."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offsets.from_qt(cursor.selectionStart())
        end = self.offsets.from_qt(cursor.selectionEnd())
        if not exact:
            start, end = snap_to_words(self.text, start, end)
        else:  # exact still never splits a letter from its marks
            start, end = cluster_start(self.text, start), cluster_end(self.text, end)
        return (start, end) if end > start else None

    def clear_text_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    # -- mouse -------------------------------------------------------------------
    def offset_at(self, viewport_pos: QPoint) -> int | None:
        """The code point of the character under a point (None past a line's end)."""
        cursor = self.cursorForPosition(viewport_pos)
        rect = self.cursorRect(cursor)
        if abs(rect.center().x() - viewport_pos.x()) > 2 * rect.height():
            return None  # beyond the end of a line
        offset = self.offsets.from_qt(cursor.position())
        # The cursor lands between characters: take the character under the pointer.
        if rect.center().x() > viewport_pos.x() and offset > 0:
            offset -= 1
        return offset

    def claims_at(self, viewport_pos: QPoint) -> list[Claim]:
        """Claims under a point, innermost first."""
        offset = self.offset_at(viewport_pos)
        if offset is None:
            return []
        # The layer's start index, not a scan of every claim (this runs per hover).
        return sorted(self.layer.covering(offset, offset + 1), key=depth_key)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        moved = (pos - self._press).manhattanLength() > 4
        self._press = None
        if moved or self.textCursor().hasSelection():
            return
        hits = self.claims_at(pos)
        if not hits:
            self._last_click = None
            return
        ids = [c.id for c in hits]
        index = 0
        if self._last_click is not None:
            last_pos, last_ids, last_index = self._last_click
            if last_ids == ids and (last_pos - pos).manhattanLength() <= 6:
                index = (last_index + 1) % len(ids)  # click again: the next claim here
        self._last_click = (pos, ids, index)
        self.claim_clicked.emit(ids[index])

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel changes the text size the way Ctrl++ / Ctrl+- do (and is
        remembered with it), instead of QTextEdit's own zoom."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self.zoom_requested.emit(1 if step > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.marks.items and not self.textCursor().hasSelection():
            # A right click on a suggestion makes it the one the menu acts on.
            offset = self.offset_at(event.pos())
            if offset is not None and self.marks.at(offset) is not None:
                self.move_caret(offset)
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu_requested.emit(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- suggestions ----------------------------------------------------------------
    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        """Show these suggested claims (an empty list hides them)."""
        self.marks.set(suggestions)
        self.viewport().update()

    def _caret_moved(self) -> None:
        self.caret_placed = True
        if self.marks.items:
            self.viewport().update()
        self._describe_caret()

    def _describe_caret(self) -> None:
        """Which claim the caret is in, for screen readers: the claims are drawn
        over the text, not formats a reader could report."""
        offset = self.caret_offset()
        describe(self, caret_description(self.layer.covering(offset, offset + 1), offset))

    def caret_offset(self) -> int:
        """The text cursor in code points (the start of a selection)."""
        return self.offsets.from_qt(self.textCursor().selectionStart())

    def current_suggestion(self) -> Suggestion | None:
        """The suggestion under the text cursor."""
        return self.marks.at(self.caret_offset()) if self.marks.items else None

    def move_caret(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(offset))
        self.setTextCursor(cursor)

    def tooltip_at(self, viewport_pos: QPoint) -> str:
        """Rich text about the claims and the suggestion under a point ("" if none)."""
        parts = []
        claims = self.claims_at(viewport_pos)
        if claims:
            parts.append(claims_tooltip(claims))
        offset = self.offset_at(viewport_pos) if self.marks.items else None
        suggestion = self.marks.at(offset) if offset is not None else None
        if (suggestion is not None and offset is not None
                and suggestion.start <= offset < suggestion.end):
            parts.append(suggestion_tooltip(suggestion, self.marks.hint))
        return "<hr>".join(parts)


class _Piece(NamedTuple):
    """One line fragment of a claim segment, ready to draw (box None: not filled)."""

    box: QRect | None
    format: QTextCharFormat
    underline: QLineF
    width: float


def _split(segments: list[tuple[int, int, QTextCharFormat]], hole: tuple[int, int]
           ) -> list[tuple[int, int, QTextCharFormat]]:
    """`segments` cut at the edges of `hole`, so each lies wholly inside or outside it."""
    low, high = hole
    if high <= low:
        return segments
    out = []
    for left, right, fmt in segments:
        cuts = sorted({left, right, *(e for e in (low, high) if left < e < right)})
        out += [(a, b, fmt) for a, b in pairwise(cuts)]
    return out
