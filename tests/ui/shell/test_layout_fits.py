"""The window at 1280x800 and 1024x640: what must be seen without scrolling is
seen, and nothing is squeezed to uselessness. Geometry of real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from factcheck_gui.ui.claims.claims_model import QUOTE, STATUS, VERDICT
from tests.ui.conftest import select_text

LONG_TITLE = ("Saltmere bus fares to rise by 18% in January as Harbourline blames fuel, "
              "wages and the cost of the new electric fleet that the council approved")
SOURCES = [
    ("https://example.org/harbourline/fare-history",
     "Harbourline fare history 1987-2026, with every change of the single adult fare "
     "and the reasons the board gave for it at the time", "Harbourline Transit"),
    ("https://example.org/courier/1991/04/fares", "Bus fares up by a quarter",
     "The Harbour Courier"),
    ("https://example.org/council/minutes/2026-10-13", "Council minutes, 13 October 2026",
     "Saltmere City Council"),
]


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def in_view(widget: QWidget, area: QWidget, rect: QRect | None = None) -> bool:
    """True if `rect` of `widget` (all of it by default) lies inside `area`."""
    rect = rect if rect is not None else widget.rect()
    top_left = widget.mapTo(area.window(), rect.topLeft())
    bottom_right = widget.mapTo(area.window(), rect.bottomRight())
    seen = QRect(area.mapTo(area.window(), QPoint(0, 0)), area.size())
    return (widget.isVisible() and seen.contains(top_left) and seen.contains(bottom_right))


@pytest.fixture
def window_with_claim(open_window):
    def make(width: int, height: int):
        window = open_window()
        window.act.open_sample.trigger()
        store = window.store
        article_id = window.workspace.article_id
        store.articles.update_article(article_id, title=LONG_TITLE)
        select_text(window, "The rise of 18% is the largest")
        assert window.claims.create_claim()
        claim_id = window.claims_table.current_id()
        store.claims.update_claim(claim_id, verdict="Misleading", status="needs-review",
                                  rationale="The 1987 municipalisation ended private fares; "
                                  "the published fare history shows a 25% rise in 1991, "
                                  "larger than today's 18%.")
        for url, title, publisher in SOURCES:
            store.sources.add_source(claim_id, url, title=title, publisher=publisher,
                                     stance="refutes", published="2026-03-01")
        window.resize(width, height)
        window.article.show_article(article_id)
        window.claims.select_claim(claim_id)
        settle()
        return window
    return make


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_the_inspector_s_fields_and_three_sources_show_without_scrolling(
        window_with_claim, size) -> None:
    window = window_with_claim(*size)
    inspector = window.inspector
    page = inspector.fields_page.viewport()
    for field in (inspector.verdict, inspector.status, inspector.claim_text):
        assert in_view(field, page), field.accessibleName()
    if size == (1280, 800):  # on the small screen the rationale may start lower down
        assert in_view(inspector.rationale, page)
        sources = inspector.sources.view
        assert sources.model().rowCount() == 3
        for row in range(3):
            rect = sources.visualRect(sources.model().index(row, 0))
            assert in_view(sources.viewport(), page, rect), row
            assert sources.viewport().rect().contains(rect), row
    assert inspector.fields_page.verticalScrollBar().value() == 0
    # A long source title is elided, not hidden behind a horizontal scroll bar.
    assert not inspector.sources.view.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_the_quote_column_takes_the_spare_width(window_with_claim, size) -> None:
    window = window_with_claim(*size)
    header = window.claims_table.view.horizontalHeader()
    quote, verdict, status = (header.sectionSize(c) for c in (QUOTE, VERDICT, STATUS))
    assert quote > verdict and quote > status
    assert quote >= 0.3 * window.claims_table.view.viewport().width()


def test_a_long_headline_ends_after_two_lines_whole_in_its_tooltip(window_with_claim) -> None:
    window = window_with_claim(1024, 640)
    title = window.article_view.title
    assert title.is_elided() and title.text().endswith("…")
    assert title.text().count("\n") == 1
    assert "electric fleet that the council approved" in title.toolTip()
    lines = title.fontMetrics().lineSpacing()
    assert title.height() < 3 * lines


def test_the_claims_table_can_sit_beside_the_text_and_stays_there(window_with_claim,
                                                                   open_window) -> None:
    window = window_with_claim(1280, 800)
    view, table = window.article_view, window.claims_table
    assert table.geometry().top() > view.geometry().top()  # below, at first
    window.act.claims_beside.trigger()
    settle()
    assert window.panes.beside()
    assert table.mapTo(window, QPoint(0, 0)).x() > view.mapTo(window, QPoint(0, 0)).x()
    assert table.width() > 150 and view.width() > 300
    window.close()
    again = open_window()
    assert again.panes.beside() and again.act.claims_beside.isChecked()


def test_beside_the_text_the_filters_stack_with_the_assignee_filter(window_with_claim) -> None:
    window = window_with_claim(1024, 640)
    table = window.claims_table
    table.show_assigned_filter(True)  # what a team database shows
    window.act.claims_beside.trigger()
    settle()
    boxes = (table.verdict_filter, table.status_filter, table.link_filter,
             table.assigned_filter)
    assert table.width() < 440  # narrow: one filter under the other
    lefts = {box.mapTo(table, QPoint(0, 0)).x() for box in boxes}
    assert len(lefts) == 1
    assert all(in_view(box, table) for box in boxes)
    assert table.view.height() > 100  # the stacked filters leave room for rows


def test_under_the_text_four_filters_take_two_rows_and_leave_the_heading_whole(
        window_with_claim) -> None:
    window = window_with_claim(1280, 800)
    table = window.claims_table
    table.show_assigned_filter(True)
    settle()
    assert table.heading.width() >= table.heading.sizeHint().width()
    three = (table.verdict_filter, table.status_filter, table.link_filter)
    # One row or two depends on how wide the panes beside the table are; what a
    # user needs is every filter whole, inside the table, none over another.
    boxes = (*three, table.assigned_filter)
    rects = [QRect(box.mapTo(table, QPoint(0, 0)), box.size()) for box in boxes]
    for box, rect in zip(boxes, rects, strict=True):
        assert table.rect().contains(rect), box.accessibleName()
        assert box.width() >= box.minimumSizeHint().width(), box.accessibleName()
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    table.show_assigned_filter(False)  # three fit in one row again
    settle()
    assert table.assigned_filter.isHidden()
    assert grid_rows(table, three) == {0}


def grid_rows(table, boxes) -> set[int]:
    grid = table.filter_grid
    return {grid.getItemPosition(grid.indexOf(box))[0] for box in boxes}
