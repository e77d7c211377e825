"""Clicking highlights, overlaps, the claims table, its models and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from factcheck_gui.core.models import Status
from factcheck_gui.core.workflow import WorkflowRules
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.article.highlight import HighlightLayer, OffsetMap
from factcheck_gui.ui.claims.claims_model import UNJUDGED, ClaimsFilterProxy, ClaimsTableModel
from factcheck_gui.ui.inspector.sources_editor import SourcesModel
from tests.ui.conftest import click_text

OUTER = "The rise of 18% is the largest since the network was brought into municipal"
INNER = "rise of 18%"
LATE = "Others were more forgiving"


def add_claims(store) -> dict[str, str]:
    # About highlights and the table, not the workflow: a final claim without sources.
    store.workflow.set_workflow_rules(WorkflowRules(enabled=False))
    article = add_sample_article(store)
    text = store.versions.current_version(article.id).text
    ids = {}
    for quote, verdict, status in ((OUTER, "Misleading", "needs-review"),
                                   (INNER, "True", "final"), (LATE, None, "to-check")):
        start = text.index(quote)
        ids[quote] = store.claims.add_claim(article.id, start, start + len(quote), verdict=verdict,
                                            status=status).id
    return ids


def test_clicking_a_highlight_selects_its_claim_everywhere(open_window, qtbot) -> None:
    window = open_window()
    ids = add_claims(window.store)
    window.feed.apply()
    window.article.show_article(window.workspace.article_id)
    pane = window.article_view.pane
    click_text(qtbot, window, pane.text.index("largest"))
    assert window.workspace.selected_claim_id == ids[OUTER]
    assert window.claims_table.current_id() == ids[OUTER]
    assert window.inspector.claim_text.toPlainText().startswith("The rise of 18%")
    assert pane.selected_id == ids[OUTER]
    # The selected claim stands out: a stronger mark drawn over its text.
    marks = pane.extraSelections()
    assert len(marks) == 1 and marks[0].cursor.selectedText() == OUTER
    # Clicking plain text keeps the selection (it is how one starts a new one).
    click_text(qtbot, window, pane.text.index("according to figures"))
    assert window.workspace.selected_claim_id == ids[OUTER]


def test_overlapping_claims_are_each_reachable_by_clicking_again(open_window, qtbot) -> None:
    window = open_window()
    ids = add_claims(window.store)
    window.feed.apply()
    window.article.show_article(window.workspace.article_id)
    pane = window.article_view.pane
    spot = pane.text.index(INNER) + len("rise of ")
    assert [c.id for c in pane.claims_at(pane.span_rects(spot, spot + 1)[0].center()
                                          .toPoint())] == [ids[INNER], ids[OUTER]]
    click_text(qtbot, window, spot)
    assert window.workspace.selected_claim_id == ids[INNER]  # the innermost first
    qtbot.wait(QApplicationDoubleClickGap)
    click_text(qtbot, window, spot)
    assert window.workspace.selected_claim_id == ids[OUTER]  # the same spot again: the next one
    qtbot.wait(QApplicationDoubleClickGap)
    click_text(qtbot, window, spot)
    assert window.workspace.selected_claim_id == ids[INNER]
    # Both are in the tooltip.
    from factcheck_gui.ui.article.highlight import claims_tooltip

    tip = claims_tooltip(pane.claims_at(pane.span_rects(spot, spot + 1)[0].center().toPoint()))
    assert "True" in tip and "Misleading" in tip


QApplicationDoubleClickGap = 450  # ms: two clicks slower than a double click


def test_choosing_a_table_row_scrolls_to_and_flashes_the_highlight(open_window, qtbot) -> None:
    window = open_window()
    ids = add_claims(window.store)
    window.feed.apply()
    window.article.show_article(window.workspace.article_id)
    window.resize(1000, 560)
    pane = window.article_view.pane
    bar = pane.verticalScrollBar()
    bar.setValue(0)
    table = window.claims_table
    row = table.proxy.mapFromSource(table.model.index(table.model.row_of(ids[LATE]), 0))
    rect = table.view.visualRect(row)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.selected_claim_id == ids[LATE]
    assert bar.value() > 0
    late = pane.span_rects(pane.text.index(LATE), pane.text.index(LATE) + 3)[0]
    assert pane.viewport().rect().contains(late.center().toPoint())
    assert pane.flashing()
    qtbot.waitUntil(lambda: not pane.flashing(), timeout=3000)


def test_table_sorts_and_filters_by_verdict_and_status(open_window) -> None:
    window = open_window()
    add_claims(window.store)
    window.feed.apply()
    window.article.show_article(window.workspace.article_id)
    table = window.claims_table
    assert table.proxy.rowCount() == 3
    table.verdict_filter.setCurrentIndex(table.verdict_filter.findData(UNJUDGED))
    assert [table.model.claim_at(0).quote] != [] and table.proxy.rowCount() == 1
    assert table.heading.text() == "Claims (1 of 3)"
    table.verdict_filter.setCurrentIndex(0)
    table.status_filter.setCurrentIndex(table.status_filter.findData(Status.FINAL.value))
    assert [table.proxy.index(0, 0).data() for _ in range(1)] == [INNER]
    table.status_filter.setCurrentIndex(0)
    table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # verdict, in scale order
    verdicts = [table.proxy.index(r, 1).data() for r in range(3)]
    assert verdicts == ["True", "Misleading", UNJUDGED]


def test_every_item_model_passes_the_model_tester(open_window, qtmodeltester) -> None:
    window = open_window()
    ids = add_claims(window.store)
    window.store.sources.add_source(ids[INNER], "https://example.org/a")
    window.feed.apply()
    window.article.show_article(window.workspace.article_id)
    rows = list(window.store.reports.report_rows())
    model = ClaimsTableModel()
    model.set_rows(rows, window.store.scales.active_scale())
    qtmodeltester.check(model)
    proxy = ClaimsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters("True", Status.FINAL)
    qtmodeltester.check(proxy)
    sources = SourcesModel()
    sources.set_sources(window.store.sources.list_sources(ids[INNER]))
    qtmodeltester.check(sources)
    # ...and the live ones inside the window.
    qtmodeltester.check(window.claims_table.proxy)
    window.claims.select_claim(ids[INNER])
    qtmodeltester.check(window.inspector.sources.model)


def test_adding_a_claim_repaints_only_its_own_text(qapp) -> None:
    from factcheck_gui.core.models import AnchorState, Claim

    text = "word " * 2000
    layer = HighlightLayer()  # claims are drawn from the layer, not formatted into text

    def claim(i: int, start: int, end: int) -> Claim:
        return Claim(f"c{i}", "a", "v", start, end, text[start:end], "", "", AnchorState.OK,
                     "x", None, None, None, Status.TO_CHECK, None, "t", "t")

    claims = [claim(i, i * 10, i * 10 + 4) for i in range(900)]
    layer.reset(OffsetMap(text), claims, None, False, fresh=True)
    assert layer.segments_formatted == 900
    assert layer.update([*claims, claim(999, 5002, 5014)]) == 1
    assert layer.segments_formatted <= 4  # not 901
    assert layer.update(claims) == 1  # and removing it again
    assert layer.format_at(5009).underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def test_moving_a_claim_unpaints_where_it_was(qapp) -> None:
    from dataclasses import replace

    from factcheck_gui.core.models import AnchorState, Claim

    text = "alpha beta gamma delta epsilon"
    layer = HighlightLayer()
    claim = Claim("c1", "a", "v", 0, 5, "alpha", "", "", AnchorState.OK, "x", None, None,
                  None, Status.TO_CHECK, None, "t", "t")
    layer.reset(OffsetMap(text), [claim], None, False, fresh=True)

    def underline(offset: int) -> QTextCharFormat.UnderlineStyle:
        return layer.format_at(offset).underlineStyle()

    assert underline(2) == QTextCharFormat.UnderlineStyle.DotLine
    assert layer.update([replace(claim, start=11, end=16)]) == 1
    assert underline(2) == QTextCharFormat.UnderlineStyle.NoUnderline
    assert underline(12) == QTextCharFormat.UnderlineStyle.DotLine


def test_typing_then_clicking_another_claim_saves_and_selects_consistently(
    open_window, qtbot
) -> None:
    window = open_window()
    ids = add_claims(window.store)
    window.feed.apply()
    window.article.show_article(window.workspace.article_id)
    window.claims.select_claim(ids[LATE])
    window.inspector.claimant.setFocus()
    qtbot.keyClicks(window.inspector.claimant, "Tomas Breen")
    pane = window.article_view.pane
    bar = pane.verticalScrollBar()
    click_text(qtbot, window, pane.text.index("largest"))
    assert window.store.claims.get_claim(ids[LATE]).claimant == "Tomas Breen"
    assert window.workspace.selected_claim_id == ids[OUTER]
    assert pane.selected_id == ids[OUTER]
    assert window.claims_table.current_id() == ids[OUTER]
    assert window.inspector.claim.id == ids[OUTER]
    assert window.inspector.claimant.text() == ""
    # Saving typing does not scroll the text away from where the reader is.
    window.inspector.rationale.setFocus()
    top = bar.value()
    qtbot.keyClicks(window.inspector.rationale, "Figures from 1987.")
    assert window.inspector.flush()
    assert bar.value() == top
