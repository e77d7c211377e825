"""The reading pane: title, details and the article's text with its claims marked.

Article text is untrusted: it only ever reaches Qt through `setPlainText`, never
as HTML, so nothing in it can load files or run links.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import Article, ArticleVersion, Claim, RatingScale
from factcheck_gui.ui.highlight import (
    OffsetMap,
    claim_selections,
    claims_tooltip,
    visible_claims,
)
from factcheck_gui.ui.library_panel import format_date

READING_FAMILIES = [
    "Charter",
    "Georgia",
    "Source Serif 4",
    "Literata",
    "Noto Serif",
    "DejaVu Serif",
]
READING_POINT_SIZE = 12.0
COLUMN_CHARS = 72  # average characters per line at most
LINE_HEIGHT = 150  # percent of the font's line spacing
SIDE_PADDING = 28  # pixels at least between the column and the pane edge
TOP_PADDING, BOTTOM_PADDING = 18, 64
TITLE_SCALE = 1.6
# PySide's setLineHeight() takes the height type as a plain int.
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


def reading_font() -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(READING_POINT_SIZE)
    return font


def same_title(first_line: str, title: str) -> bool:
    return " ".join(first_line.split()).casefold() == " ".join(title.split()).casefold()


class ReadingPane(QTextEdit):
    """A read-only, centred text column; claims are ExtraSelections over it."""

    column_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Article text")
        self.document().setDefaultFont(reading_font())
        self.document().setDocumentMargin(0)
        self.claims: list[Claim] = []
        self.offsets = OffsetMap("")
        self._margin = -1

    def column_width(self) -> int:
        metrics = QFontMetricsF(self.document().defaultFont())
        return round(metrics.averageCharWidth() * COLUMN_CHARS)

    def column_margin(self) -> int:
        """Space between the pane's edges (scroll bar aside) and the text column."""
        return max(self._margin, 0)

    def resizeEvent(self, event: QEvent) -> None:
        self.update_column()
        super().resizeEvent(event)

    def update_column(self) -> None:
        """Centre the column in the whole pane. Measured without the scroll bar, which
        comes and goes with the text's height, so that showing it moves nothing."""
        width = self.width() - 2 * self.frameWidth()
        margin = max(SIDE_PADDING, (width - self.column_width()) // 2)
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

    def show_text(self, text: str, *, heading: bool) -> None:
        """Show `text` typeset for reading; `heading` styles its first line as a title."""
        self._margin = -1
        self.setPlainText(text)
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
        if heading and document.blockCount() > 0:
            first = QTextCursor(document.begin())
            first.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            title = QTextCharFormat()
            title.setFontPointSize(READING_POINT_SIZE * TITLE_SCALE)
            title.setFontWeight(QFont.Weight.Bold)
            first.mergeCharFormat(title)
            spacing = QTextBlockFormat()
            spacing.setLineHeight(120, PROPORTIONAL)
            spacing.setBottomMargin(4)
            first.mergeBlockFormat(spacing)
        cursor.endEditBlock()
        self.update_column()
        self.verticalScrollBar().setValue(0)

    def set_claims(self, claims: list[Claim], scale: RatingScale | None) -> None:
        self.claims = claims
        self.setExtraSelections(
            claim_selections(self.document(), claims, scale, self.offsets, self.palette())
        )

    def claims_at(self, viewport_pos: QPoint) -> list[Claim]:
        position = self.cursorForPosition(viewport_pos).position()
        rect = self.cursorRect(self.cursorForPosition(viewport_pos))
        if abs(rect.center().x() - viewport_pos.x()) > 2 * rect.height():
            return []  # beyond the end of a line
        offset = self.offsets.from_qt(position)
        return [c for c in self.claims if c.start <= offset < c.end]

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            claims = self.claims_at(event.pos())
            if claims:
                QToolTip.showText(event.globalPos(), claims_tooltip(claims), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class ArticleView(QWidget):
    """Title and details above the reading pane, aligned with its text column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.version: ArticleVersion | None = None
        self.details = QLabel()
        self.details.setObjectName("articleDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = reading_font()
        title_font.setPointSizeF(READING_POINT_SIZE * TITLE_SCALE)
        title_font.setWeight(QFont.Weight.Bold)
        self.title.setFont(title_font)
        self.pane = ReadingPane()
        self.header = QWidget()
        self.header.setObjectName("articleHeader")
        # Only as tall as its labels: a shorter title gives the height back to the text.
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        header_layout = QVBoxLayout(self.header)
        header_layout.setSpacing(6)
        header_layout.addWidget(self.details)
        header_layout.addWidget(self.title)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setFrameShadow(QFrame.Shadow.Plain)
        self.rule.setForegroundRole(QPalette.ColorRole.Midlight)
        header_layout.addSpacing(4)
        header_layout.addWidget(self.rule)
        # One sheet of paper: the header shares the text's background.
        for widget in (self, self.header):
            widget.setBackgroundRole(QPalette.ColorRole.Base)
            widget.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pane, 1)
        self.pane.column_changed.connect(self._align_header)
        self.setMinimumWidth(360)
        self._style_details()

    def _style_details(self) -> None:
        font = self.details.font()
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.95))
        self.details.setFont(font)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def show_article(
        self,
        article: Article,
        version: ArticleVersion,
        claims: list[Claim],
        scale: RatingScale | None,
    ) -> None:
        same = (
            self.article is not None
            and self.version is not None
            and (self.article.id == article.id and self.version.id == version.id)
        )
        self.article, self.version = article, version
        self.details.setText(_details_text(article))
        self.details.setVisible(bool(self.details.text()))
        first_line = version.text.split("\n", 1)[0]
        heading = same_title(first_line, article.title)
        self.title.setText(article.title)
        self.title.setVisible(not heading)
        if not same:
            self.pane.show_text(version.text, heading=heading)
        self.set_claims(claims, scale)
        self._align_header()

    def set_claims(self, claims: list[Claim], scale: RatingScale | None) -> None:
        if self.version is None:
            return
        shown = visible_claims(claims, self.version.id, len(self.version.text))
        self.pane.set_claims(shown, scale)

    def clear(self) -> None:
        self.article = self.version = None
        self.details.clear()
        self.title.clear()
        self.pane.clear()
        self.pane.set_claims([], None)

    def _align_header(self) -> None:
        """Give the header the text column's edges (as if the scroll bar were shown)."""
        inset = self.pane.frameWidth() + self.pane.column_margin()
        scroll_bar = self.pane.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.header.layout().setContentsMargins(inset, 22, inset + scroll_bar, 0)


def _details_text(article: Article) -> str:
    first = " · ".join(
        part for part in (article.outlet, article.author, format_date(article.published)) if part
    )
    return "\n".join(part for part in (first, article.url) if part)
