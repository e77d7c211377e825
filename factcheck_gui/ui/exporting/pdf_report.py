"""File > Export PDF: the HTML report laid out by Qt's rich-text engine and printed
to PDF, with every resource load refused (FACTS.md: a QTextDocument would otherwise
read `file:///...` images named in the HTML from the local disk on its own)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

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
.badge, .status, .rating { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; }
.status, .rating, .byline, .src-meta, .src-url { color: #555; }
.quote { font-style: italic; }
.text { white-space: pre-wrap; }
.lbl { font-weight: bold; }
.id { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }
.num { font-weight: bold; }
"""

_FILL = re.compile(r'<span class="fill" style="width:([0-9.]+)%;--c:(#[0-9a-fA-F]{3,8})"></span>')
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
    def bar(match: re.Match[str]) -> str:
        cells = max(1, round(float(match.group(1)) / 4))
        return f' <span style="background-color:{match.group(2)}">{"&nbsp;" * cells}</span> '

    def colours(match: re.Match[str]) -> str:
        ink = f";color:{match.group(2)}" if match.group(2) else ""
        return f'style="background-color:{match.group(1)}{ink}"'

    def tint(match: re.Match[str]) -> str:  # a light wash, as on screen, so text stays legible
        rgb = [int(match.group(1)[i:i + 2], 16) for i in (0, 2, 4)]
        light = "".join(f"{round(255 - (255 - c) * 0.35):02x}" for c in rgb)
        return f'<mark class="hl" style="background-color:#{light}"'

    html = _FILL.sub(bar, html)
    html = _MARK.sub(tint, html)
    html = _NUM.sub("", html)  # the list already numbers the claims
    html = _LABEL.sub(r'<span class="lbl">\1:</span> ', html)
    html = _CUSTOM.sub(colours, html)
    return html.replace("</span><span", "</span>&nbsp;&nbsp;<span").replace(
        '</span><a class="fn"', '</span>&nbsp;&nbsp;<a class="fn"')


def pdf_bytes(html: str, *, title: str = "Fact-check report") -> tuple[bytes, InertDocument]:
    """The PDF of `html` (our own generated, escaped report) and the document used."""
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
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data()), document


def write_pdf(html: str, path: Path, *, title: str = "Fact-check report") -> InertDocument:
    """Render `html` to a PDF at `path`, atomically; returns the document used."""
    data, document = pdf_bytes(html, title=title)
    with atomic_write(path) as handle:
        handle.write(data)
    return document
