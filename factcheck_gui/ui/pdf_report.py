"""File > Export PDF: the HTML report laid out by Qt's rich-text engine and printed
to PDF, with every resource load refused (FACTS.md: a QTextDocument would otherwise
read `file:///...` images named in the HTML from the local disk on its own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from factcheck_gui.io.atomic import atomic_write


class InertDocument(QTextDocument):
    """A QTextDocument that never loads anything: no files, no network, no images.
    It records what was asked for, so tests can prove nothing was read."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, url: QUrl) -> object:
        self.requested.append(url.toString())
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
"""


def pdf_bytes(html: str, *, title: str = "Fact-check report") -> tuple[bytes, InertDocument]:
    """The PDF of `html` (our own generated, escaped report) and the document used."""
    document = InertDocument()
    document.setDefaultStyleSheet(PRINT_CSS)
    document.setHtml(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Factcheck GUI")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    # print() paginates the document onto the writer's pages, with page numbers.
    document.setPageSize(QSizeF(writer.width(), writer.height()))
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
