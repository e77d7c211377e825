"""ui/article/text_geometry.py: line fragments found from the line holding the span's
start are the ones a walk over every line of every block finds."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from factcheck_gui.ui.article.text_geometry import line_fragments, x_of

TEXT = "\n".join(
    " ".join(f"word{n}" for n in range(start, start + length))
    for start, length in ((0, 120), (200, 3), (300, 0), (400, 260), (700, 1), (800, 90)))


def every_line(view: QTextEdit, start: int, end: int) -> list[tuple[float, ...]]:
    """The plain walk: each line of each block from `start`'s, kept where it overlaps."""
    document = view.document()
    layout = document.documentLayout()
    found: list[tuple[float, ...]] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        origin = layout.blockBoundingRect(block).topLeft()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            a = max(start, block.position() + line.textStart())
            b = min(end, block.position() + line.textStart() + line.textLength())
            if a < b:
                found.append((origin.x(), origin.y(), float(i),
                              x_of(line.cursorToX(a - block.position())),
                              x_of(line.cursorToX(b - block.position()))))
        block = block.next()
    return found


def test_fragments_are_those_of_every_line(qtbot: QtBot) -> None:
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(360, 300)
    view.setPlainText(TEXT)
    view.show()
    qtbot.waitExposed(view)
    length = view.document().characterCount() - 1
    spans = [(0, length), (0, 1), (length - 1, length), (5, 5)]
    rng = random.Random(7)
    for _ in range(300):
        a = rng.randrange(length)
        spans.append((a, min(length, a + rng.choice((1, 7, 40, 300, 3000)))))
    block = view.document().findBlockByNumber(3)  # a line's exact start and end
    line = block.layout().lineAt(2)
    edge = block.position() + line.textStart()
    spans += [(edge, edge + 5), (edge - 5, edge), (edge, edge + line.textLength())]
    assert block.layout().lineCount() > 5  # the paragraph wraps
    for start, end in spans:
        found = [(x, y, float(line.lineNumber()), x1, x2)
                 for x, y, line, x1, x2, _block in line_fragments(view, start, end)]
        assert found == every_line(view, start, end), (start, end)
