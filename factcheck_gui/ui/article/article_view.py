"""The reading pane with the article's title and details above it, aligned with its column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QStyle, QVBoxLayout, QWidget

from factcheck_gui.core.models import Article, ArticleVersion, Claim, RatingScale
from factcheck_gui.ui.article.highlight import visible_claims
from factcheck_gui.ui.article.reading_pane import (
    TITLE_SCALE,
    ReadingPane,
    reading_font,
)
from factcheck_gui.ui.library.model import format_date
from factcheck_gui.ui.widgets.elided_label import ElidedLabel

__all__ = ["ArticleView", "ReadingPane", "same_title"]


def same_title(first_line: str, title: str) -> bool:
    return " ".join(first_line.split()).casefold() == " ".join(title.split()).casefold()


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
        # At most two lines: a long headline ends in "…", whole in its tooltip.
        self.title = ElidedLabel(max_lines=2)
        self.title.setObjectName("articleTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._set_title_font(reading_font())
        self.pane = ReadingPane()
        self.header = QWidget()
        self.header.setObjectName("articleHeader")
        # Only as tall as its labels: a shorter title gives the height back to the text.
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.header_layout = header_layout = QVBoxLayout(self.header)
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
        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pane, 1)
        self.pane.column_changed.connect(self._align_header)
        self.setMinimumWidth(290)
        self._style_details()

    def _set_title_font(self, font: QFont) -> None:
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        title_font.setWeight(QFont.Weight.Bold)
        self.title.setFont(title_font)

    def set_reading(self, font: QFont, column_chars: int) -> None:
        """The article's font (family and size) and its column's width in characters."""
        self._set_title_font(font)
        self.pane.set_reading(font, column_chars)
        self._align_header()

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
        self.title.set_full_text(article.title)
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

    def update_claims(self, changed: list[Claim], removed: list[str]) -> None:
        """Repaint only `changed` and `removed` claims."""
        if self.version is None:
            return
        shown = visible_claims(changed, self.version.id, len(self.version.text))
        hidden = {c.id for c in changed} - {c.id for c in shown}
        self.pane.apply_claims(shown, [*removed, *hidden])

    def clear(self) -> None:
        self.article = self.version = None
        self.details.clear()
        self.title.set_full_text("")
        self.pane.show_text("", heading=False)
        self.pane.set_claims([], None)

    def insert_strip(self, widget: QWidget) -> None:
        """A strip (the text-correction bar) above the article's header."""
        self.column.insertWidget(0, widget)

    def _align_header(self) -> None:
        """Give the header the text column's edges (as if the scroll bar were shown)."""
        inset = self.pane.frameWidth() + self.pane.column_margin()
        scroll_bar = self.pane.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.header_layout.setContentsMargins(inset, 22, inset + scroll_bar, 0)


def _details_text(article: Article) -> str:
    first = " · ".join(
        part for part in (article.outlet, article.author, format_date(article.published)) if part
    )
    return "\n".join(part for part in (first, article.url) if part)
