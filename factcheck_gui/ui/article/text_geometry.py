"""Where text lies in a QTextEdit's viewport, found through the document's layout.

Shared by everything painted over the text (claim highlights, suggestion marks,
find matches) so that none of them asks QTextEdit.cursorForPosition, which walks
the document and costs milliseconds a call on a 1 MB article.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QTextBlock, QTextDocument, QTextLine
from PySide6.QtWidgets import QTextEdit

# (block x, block y, line, x from, x to, block), viewport coordinates.
Fragment = tuple[float, float, QTextLine, float, float, QTextBlock]


def block_at_y(document: QTextDocument, y: float) -> QTextBlock:
    """The last block whose top is at or above document height `y`: a bisection
    over the laid-out blocks, a few steps whatever the article's length."""
    layout = document.documentLayout()
    low, high = 0, document.blockCount() - 1
    while low < high:
        middle = (low + high + 1) // 2
        if layout.blockBoundingRect(document.findBlockByNumber(middle)).top() <= y:
            low = middle
        else:
            high = middle - 1
    return document.findBlockByNumber(low)


def visible_blocks(view: QTextEdit, top: float, bottom: float) -> tuple[QTextBlock, QTextBlock]:
    """The first and last block shown between viewport heights `top` and `bottom`."""
    dy = view.verticalScrollBar().value()
    document = view.document()
    return block_at_y(document, top + dy), block_at_y(document, bottom + dy)


def line_fragments(view: QTextEdit, start: int, end: int) -> Iterator[Fragment]:
    """Each line fragment of document (Qt) positions [start, end), as the layout
    placed it."""
    document = view.document()
    layout = document.documentLayout()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    block = document.findBlock(start)
    while block.isValid() and (position := block.position()) <= end:
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        # From the line holding `start` (a paragraph's earlier lines cannot hold
        # any of the span) to the first line past `end`.
        first = text_layout.lineForTextPosition(max(0, start - position)).lineNumber()
        for i in range(max(0, first), text_layout.lineCount()):
            line = text_layout.lineAt(i)
            line_start = position + line.textStart()
            if line_start >= end:
                break
            a = max(start, line_start)
            b = min(end, line_start + line.textLength())
            if a >= b:
                continue
            x1 = x_of(line.cursorToX(a - position))
            x2 = x_of(line.cursorToX(b - position))
            yield origin.x() + dx, origin.y() + dy, line, x1, x2, block
        block = block.next()


def x_of(answer: object) -> float:
    """PySide6 answers QTextLine.cursorToX with (x, position); its stub says object."""
    return float(answer[0]) if isinstance(answer, tuple) else float(str(answer))
