"""Claims are drawn over the reading pane's text, never formatted into its document."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication

from benchmarks.workspace import fake_claims, make_spans, make_text
from factcheck_gui.core.scales import load_preset
from factcheck_gui.ui.article.caret_claim import NOT_IN_A_CLAIM
from factcheck_gui.ui.article.reading_pane import ReadingPane

SCALE = load_preset()
LABELS = [label.label for label in SCALE.labels]


def _pane(qtbot, text: str) -> ReadingPane:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    pane.show_text(text, heading=False)
    return pane


def _pixel_at(pane: ReadingPane, offset: int) -> QColor:
    """The colour drawn a little above the baseline's underline, at `offset`."""
    [rect] = pane.span_rects(offset, offset + 1)[:1]
    image = pane.viewport().grab().toImage()
    return QColor(image.pixel(QPoint(round(rect.left()) + 1, round(rect.top()) + 2)))


def test_adding_and_removing_a_claim_leaves_the_document_alone(qtbot) -> None:
    text = make_text(20_000)
    pane = _pane(qtbot, text)
    pane.set_claims(fake_claims(text, make_spans(text, 50), LABELS), SCALE)
    document = pane.document()
    revision, formats = document.revision(), len(document.allFormats())
    middle = len(text) // 2
    [extra] = fake_claims(text, [(middle, middle + 40)], LABELS[:1])
    pane.apply_claims([extra], [])
    assert pane.format_at(middle + 5).underlineStyle() != (
        QTextCharFormat.UnderlineStyle.NoUnderline)
    pane.apply_claims([], [extra.id])
    assert (document.revision(), len(document.allFormats())) == (revision, formats)
    assert pane.layer.changed == [(middle, middle + 40)]  # what asks to be drawn again


def test_a_claim_is_drawn_in_its_colour_and_gone_when_removed(qtbot) -> None:
    text = "Plain words here and then a claim about fares rising by 18% in January."
    pane = _pane(qtbot, text)
    start = text.index("fares")
    [claim] = fake_claims(text, [(start, start + 20)], ["False"])
    claim = replace(claim, verdict="False")  # the first fake claim is unjudged
    plain = _pixel_at(pane, start)
    pane.set_claims([claim], SCALE)
    QApplication.processEvents()
    drawn = _pixel_at(pane, start)
    assert drawn != plain
    assert drawn.red() > drawn.blue()  # the scale's red for False, tinted
    pane.apply_claims([], [claim.id])
    QApplication.processEvents()
    assert _pixel_at(pane, start) == plain


def test_only_the_text_in_view_is_drawn(qtbot) -> None:
    text = make_text(200_000)
    pane = _pane(qtbot, text)
    pane.set_claims(fake_claims(text, make_spans(text, 1_000), LABELS), SCALE)
    QApplication.processEvents()  # as before a paint: the text in view is laid out
    start, end = pane.visible_span()
    assert start == 0 and 0 < end < 20_000
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum() // 2)
    start, end = pane.visible_span()
    assert len(text) // 4 < start < end < len(text) * 3 // 4


def test_the_claims_under_the_caret_are_in_the_accessible_description(qtbot) -> None:
    text = "Plain words here and then a claim about fares rising by 18% in January."
    pane = _pane(qtbot, text)
    start = text.index("fares")
    [claim] = fake_claims(text, [(start, start + 20)], ["False"])
    pane.set_claims([claim], SCALE)
    pane.move_caret(start + 3)
    assert pane.accessibleDescription().startswith("In claim ")
    assert "fares rising by 18%" in pane.accessibleDescription()
    pane.move_caret(2)
    assert pane.accessibleDescription() == NOT_IN_A_CLAIM
