"""File > Export PDF: the HTML report laid out by Qt's rich-text engine and printed
to PDF, with every resource load refused (docs/decisions.md: a QTextDocument would otherwise
read `file:///...` images named in the HTML from the local disk on its own).

Pages are drawn one by one (not by QTextDocument.print_) so that each gets a footer:
the database's name and the date on the left, "Page 3 of 7" on the right. Each
article starts on a new page (a single article follows its summary)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from factcheck_gui.io.atomic import atomic_write


class InertDocument(QTextDocument):
    """A QTextDocument that never loads anything: no files, no network, no images.
    It records what was asked for, so tests can prove nothing was read."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        self.requested.append(url.toString() if isinstance(url, QUrl) else url)
        return None


# Qt's rich-text engine understands a subset of CSS 2.1: the report's own style sheet
# (flex, grid, custom properties) falls back to these simpler rules for print.
PRINT_CSS = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; color: #1d1d1f; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; }
h2 { font-size: 14pt; margin: 14pt 0 4pt 0; }
h3 { font-size: 11pt; margin: 10pt 0 2pt 0; }
.kicker, .meta { color: #555; font-size: 9pt; }
a { color: #1a4f8b; }
.badge, .status { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; }
.status, .byline, .src-meta, .src-url, .toc-n, .bar-n { color: #555; }
.bar-label { font-weight: normal; }
.quote { font-style: italic; }
.text { white-space: pre-wrap; }
.lbl { font-weight: bold; }
.id { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }
.num { font-weight: bold; }
"""

_FILL = re.compile(r'<span class="fill" style="width:([0-9.]+)%;--c:(#[0-9a-fA-F]{3,8})"></span>')
_BAR_TABLE = '<table class="bars"'
_BAR_LABEL = '<th class="bar-label" scope="row">'
_ARTICLE = re.compile(r'<section class="article" id="article-([0-9]+)">')
_CONTENTS = '<nav class="summary toc"'
FOOTER_MM = 9.0  # the footer's band at the bottom of each page's printable area
FOOTER_PT = 7.5
_MARK = re.compile(r'<mark class="hl" style="--c:#([0-9a-fA-F]{6})"')
_LABEL = re.compile(r'<span class="lbl">([A-Za-z ]+)</span>')
_NUM = re.compile(r'<span class="num">[0-9]+</span>')
_CUSTOM = re.compile(r'style="--c:(#[0-9a-fA-F]{3,8})(?:;--ink:(#[0-9a-fA-F]{3,8}))?"')


def qt_friendly(html: str) -> str:
    """The report's markup with what Qt's rich-text engine lacks spelt out: it has no
    CSS custom properties (the highlight and badge colours), no widths on inline
    boxes (the summary bars) and no flex gaps (spaces between the head's parts).
    Only our own tags are touched: user text in the report is escaped, so none of
    these patterns can come from it."""
    def bar(match: re.Match[str]) -> str:  # a filled cell and an empty one, in shares
        width = min(100, max(1, round(float(match.group(1)))))
        rest = (f'<td width="{100 - width}%" style="font-size:6pt">&nbsp;</td>'
                if width < 100 else "")
        return (f'<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
                f'<td width="{width}%" style="background-color:{match.group(2)};'
                f' font-size:6pt">&nbsp;</td>{rest}</tr></table>')

    def colours(match: re.Match[str]) -> str:
        ink = f";color:{match.group(2)}" if match.group(2) else ""
        return f'style="background-color:{match.group(1)}{ink}"'

    def tint(match: re.Match[str]) -> str:  # a light wash, as on screen, so text stays legible
        rgb = [int(match.group(1)[i:i + 2], 16) for i in (0, 2, 4)]
        light = "".join(f"{round(255 - (255 - c) * 0.35):02x}" for c in rgb)
        return f'<mark class="hl" style="background-color:#{light}"'

    html = _FILL.sub(bar, html)
    html = html.replace(_BAR_TABLE, f'{_BAR_TABLE} width="100%" cellspacing="3" cellpadding="1"')
    html = html.replace(_BAR_LABEL, '<th class="bar-label" width="28%" align="right">')
    html = html.replace('<td class="track">', '<td class="track" width="64%">')
    # Each article on a new page; the first too when the summary has a contents list.
    first_breaks = _CONTENTS in html

    def article(match: re.Match[str]) -> str:
        if match.group(1) == "1" and not first_breaks:
            return match.group(0)
        return (f'<div class="article" id="article-{match.group(1)}"'
                ' style="page-break-before: always">')

    html = _ARTICLE.sub(article, html)
    html = html.replace('<h3 class="claims-title">',  # the sheet's rem margins: lost on Qt
                        '<h3 class="claims-title" style="margin-top:14pt">')
    # Qt knows neither <section> nor <nav>, and drops their styles: blocks as <div>s.
    for tag in ("section", "nav"):
        html = html.replace(f"<{tag} ", "<div ").replace(f"</{tag}>", "</div>")
    html = _MARK.sub(tint, html)
    html = _NUM.sub("", html)  # the list already numbers the claims
    html = _LABEL.sub(r'<span class="lbl">\1:</span> ', html)
    html = _CUSTOM.sub(colours, html)
    return html.replace("</span><span", "</span>&nbsp;&nbsp;<span").replace(
        '</span><a class="fn"', '</span>&nbsp;&nbsp;<a class="fn"')


def footer_text(page: int, pages: int, note: str | None) -> tuple[str, str]:
    """(left, right) of a page's footer: the note (database and date), "Page 3 of 7"."""
    return note or "", f"Page {page} of {pages}"


def pdf_bytes(html: str, *, title: str = "Fact-check report",
              footer: str | None = None) -> tuple[bytes, InertDocument]:
    """The PDF of `html` (our own generated, escaped report) and the document used.
    `footer` is printed at the bottom left of every page, page numbers at the right."""
    document = InertDocument()
    document.setDefaultStyleSheet(PRINT_CSS)
    document.setHtml(qt_friendly(html))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Factcheck GUI")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 12), QPageLayout.Unit.Millimeter))
    _paint_pages(document, writer, footer)
    del writer  # finishes the PDF
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data()), document


def _paint_pages(document: QTextDocument, writer: QPdfWriter, footer: str | None) -> None:
    dpi = writer.resolution()
    area = writer.pageLayout().paintRectPixels(dpi)
    band = FOOTER_MM / 25.4 * dpi
    body = QSizeF(area.width(), area.height() - band)
    document.documentLayout().setPaintDevice(writer)  # fonts measured at the printer's dpi
    document.setPageSize(body)
    pages = max(1, document.pageCount())
    font = QFont("DejaVu Sans")
    font.setPointSizeF(FOOTER_PT)
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * body.height())
            document.drawContents(painter, QRectF(0, index * body.height(),
                                                  body.width(), body.height()))
            painter.restore()
            left, right = footer_text(index + 1, pages, footer)
            line_y = body.height() + band * 0.25
            painter.setPen(QPen(QColor("#c9ccd2"), dpi / 300))
            painter.drawLine(0, round(line_y), round(body.width()), round(line_y))
            painter.setPen(QColor("#555a62"))
            painter.setFont(font)
            text_box = QRectF(0, line_y, body.width(), band * 0.75)
            align = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_box, align | Qt.AlignmentFlag.AlignLeft, left)
            painter.drawText(text_box, align | Qt.AlignmentFlag.AlignRight, right)
    finally:
        painter.end()


def write_pdf(html: str, path: Path, *, title: str = "Fact-check report",
              footer: str | None = None) -> InertDocument:
    """Render `html` to a PDF at `path`, atomically; returns the document used."""
    data, document = pdf_bytes(html, title=title, footer=footer)
    with atomic_write(path) as handle:
        handle.write(data)
    return document
