"""View > Library Overview: its charts show the database's numbers, a click on a bar
or column filters the claims table to exactly the matching claims, filters combine
and come off again, a claim opens in the main window, and untrusted names stay text."""

from __future__ import annotations

import html
import itertools
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette

from factcheck_gui.core.overview import NONE
from factcheck_gui.ui.overview.window import OverviewWindow
from scripts.screenshot import dark_palette
from tests.helpers.overview_library import OUTLETS, REVIEWERS, build_library


def plain_ids(db_path: Path, where: str = "1", params: tuple = ()) -> list[str]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id"
                        f" WHERE {where}", params).fetchall()
    conn.close()
    return sorted(r[0] for r in rows)


@pytest.fixture
def overview(qtbot, open_window, db_path: Path):
    """The main window over a generated library, and its overview shown."""
    build_library(db_path)
    window = open_window()
    shown = window.overview.show_overview()
    qtbot.waitExposed(shown)
    return window, shown


def click(qtbot, widget, rect) -> None:
    assert not rect.isEmpty()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_charts_show_the_databases_counts(overview, db_path: Path) -> None:
    _window, shown = overview
    conn = sqlite3.connect(db_path)
    queries = {
        "verdict": "SELECT coalesce(verdict, ''), count(*) FROM claims GROUP BY 1",
        "status": "SELECT status, count(*) FROM claims GROUP BY 1",
        "reviewer": "SELECT coalesce(trim(reviewer), ''), count(*) FROM claims GROUP BY 1",
        "outlet": "SELECT coalesce(trim(a.outlet), ''), count(*) FROM claims c"
                  " JOIN articles a ON a.id = c.article_id GROUP BY 1",
    }
    for dimension, sql in queries.items():
        expected = dict(conn.execute(sql).fetchall())
        bars = {b.key: b.count for b in shown.charts[dimension].bars if b.count}
        assert bars == expected, dimension
    total = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    conn.close()
    assert sum(b.total for b in shown.timeline.buckets) == total
    assert shown.model.rowCount() == total
    assert shown.summary.text() == f"{total} claims in the library"


def test_verdicts_follow_the_scale_with_retired_and_unknown_ones_shown(overview) -> None:
    window, shown = overview
    labels = [b.label for b in shown.charts["verdict"].bars]
    scale = [label.label for label in window.store.scales.active_scale().labels]
    assert labels[:len(scale)] == [f"{s} (retired)" if s == "Misleading" else s for s in scale]
    assert labels[len(scale):] == ["Mostly true (not on the scale)", "Not judged"]


def test_clicking_bars_filters_the_table_to_exactly_those_claims(qtbot, overview,
                                                                 db_path: Path) -> None:
    _window, shown = overview
    verdicts = shown.charts["verdict"]
    click(qtbot, verdicts, verdicts.bar_rect("False"))
    assert shown.filter.verdict == "False"
    assert sorted(shown.shown_claim_ids()) == plain_ids(db_path, "c.verdict = 'False'")
    assert shown.chip_buttons["verdict"].isVisible()

    outlets = shown.charts["outlet"]
    click(qtbot, outlets, outlets.bar_rect(OUTLETS[0]))  # AND: verdict and outlet
    assert sorted(shown.shown_claim_ids()) == plain_ids(
        db_path, "c.verdict = 'False' AND a.outlet = ?", (OUTLETS[0],))
    assert shown.summary.text().startswith(f"{len(shown.shown_claim_ids())} of 120")

    click(qtbot, outlets, outlets.bar_rect(NONE))  # another bar of the same chart
    assert sorted(shown.shown_claim_ids()) == plain_ids(
        db_path, "c.verdict = 'False' AND coalesce(trim(a.outlet), '') = ''")

    chip = shown.chip_buttons["verdict"]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # the chip removes its filter
    assert shown.filter.verdict is None
    assert sorted(shown.shown_claim_ids()) == plain_ids(
        db_path, "coalesce(trim(a.outlet), '') = ''")

    click(qtbot, outlets, outlets.bar_rect(NONE))  # the chosen bar again: off
    assert shown.filter.is_empty and len(shown.shown_claim_ids()) == 120


def test_a_timeline_column_filters_by_its_period(qtbot, overview, db_path: Path) -> None:
    _window, shown = overview
    timeline = shown.timeline
    index = max(range(len(timeline.buckets)), key=lambda i: timeline.buckets[i].total)
    bucket = timeline.buckets[index]
    click(qtbot, timeline, timeline.column_rect(index))
    assert sorted(shown.shown_claim_ids()) == plain_ids(
        db_path, "c.created_at >= ? AND c.created_at < ?",
        (bucket.start.isoformat(), bucket.end.isoformat()))
    assert len(shown.shown_claim_ids()) == bucket.total
    assert "Created:" in shown.chip_buttons["period"].text()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # Esc clears every filter
    assert shown.filter.is_empty


def test_bars_and_columns_work_from_the_keyboard(qtbot, overview, db_path: Path) -> None:
    _window, shown = overview
    status = shown.charts["status"]
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert "In progress" in status.accessibleDescription()
    qtbot.keyClick(status, Qt.Key.Key_Return)
    assert sorted(shown.shown_claim_ids()) == plain_ids(db_path, "c.status = 'in-progress'")
    qtbot.keyClick(status, Qt.Key.Key_Space)  # again: off
    assert shown.filter.status is None
    timeline = shown.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    qtbot.keyClick(timeline, Qt.Key.Key_Enter)
    assert shown.filter.created_from == timeline.buckets[-1].start.isoformat()


def test_enter_on_a_claim_opens_it_in_the_main_window(qtbot, overview) -> None:
    window, shown = overview
    shown.toggle("reviewer", "Bob Marsh")
    shown.table.setFocus()
    shown.table.setCurrentIndex(shown.model.index(3, 0))
    claim_id = shown.current_claim_id()
    qtbot.keyClick(shown.table, Qt.Key.Key_Return)
    assert window.workspace.selected_claim_id == claim_id
    assert window.workspace.article_id == window.store.claims.get_claim(claim_id).article_id


def test_double_click_opens_a_claim_too(qtbot, overview) -> None:
    window, shown = overview
    rect = shown.table.visualRect(shown.model.index(0, 0))
    qtbot.mouseClick(shown.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.selected_claim_id is None  # a single click only chooses the row
    qtbot.mouseDClick(shown.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.selected_claim_id == (
        shown.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1))


def test_the_overview_follows_changes_to_the_database(qtbot, overview) -> None:
    window, shown = overview
    shown.toggle("verdict", "False")
    before = len(shown.shown_claim_ids())
    claim = window.store.claims.list_claims(verdict="True")[0]
    window.store.claims.update_claim(claim.id, verdict="False")
    qtbot.waitUntil(lambda: len(shown.shown_claim_ids()) == before + 1)
    assert claim.id in shown.shown_claim_ids()
    assert shown.filter.verdict == "False"  # the filter stays


def test_the_overview_follows_another_database(qtbot, overview, tmp_path: Path) -> None:
    from factcheck_gui.core.store import Store

    window, shown = overview
    other = Store.open(tmp_path / "other.db", reviewer="ann")
    old = window.store
    window.set_store(other)
    old.close()
    assert shown.store is other
    assert shown.pages.currentIndex() == 0  # empty: the helpful text
    window.disconnect_store()
    assert window.store is other


def test_an_empty_database_says_what_the_overview_is_for(qtbot, open_window) -> None:
    window = open_window()
    shown = window.overview.show_overview()
    qtbot.waitExposed(shown)
    assert shown.pages.currentIndex() == 0
    assert shown.empty_heading.isVisible() and shown.empty_heading.text() == "No claims yet"
    assert "counts them by verdict" in shown.empty.text()
    assert shown.model.rowCount() == 0 and not shown.clear_button.isEnabled()


def test_untrusted_names_are_never_markup(qtbot, overview) -> None:
    _window, shown = overview
    outlet, reviewer = OUTLETS[4], REVIEWERS[2]
    outlets, reviewers = shown.charts["outlet"], shown.charts["reviewer"]
    index = [b.key for b in outlets.bars].index(outlet)
    tip = outlets.tooltip_text(index)
    assert html.escape(outlet) in tip and "<b>" not in tip
    index = [b.key for b in reviewers.bars].index(reviewer)
    assert "<img" not in reviewers.tooltip_text(index)
    click(qtbot, reviewers, reviewers.bar_rect(reviewer))
    chip = shown.chip_buttons["reviewer"]
    assert reviewer in chip.text() and "<img" not in chip.toolTip()
    click(qtbot, outlets, outlets.bar_rect(outlet))
    chip = shown.chip_buttons["outlet"]
    assert chip.text().startswith("Outlet: <b>Bold</b> && <i>Co</i>")  # && shows one &
    for row in range(shown.model.rowCount()):
        for column in range(6):
            tip = shown.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""
            assert "<script" not in tip and "<img" not in tip and "<b>" not in tip


def test_long_outlet_names_are_elided_not_clipped(overview) -> None:
    _window, shown = overview
    chart = shown.charts["outlet"]
    chart.resize(300, chart.height())
    label_width, bar_x, _widest = chart._columns()
    assert label_width < chart.fontMetrics().horizontalAdvance(OUTLETS[5])
    assert bar_x + chart.bar_rect(OUTLETS[5]).width() < chart.width()


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


def test_the_charts_paint_in_a_dark_palette(qtbot, dark, overview) -> None:
    _window, shown = overview
    chart = shown.charts["verdict"]
    image = shown.grab().toImage()
    background = QColor(image.pixel(shown.width() - 3, shown.height() // 3))
    assert background.lightness() < 80
    origin = chart.mapTo(shown, QPoint(0, 0))
    row = chart.row_rect(0).translated(origin)
    text = [QColor(image.pixel(x, y)).lightness() for x in range(row.left(), row.left() + 60)
            for y in range(row.top(), row.bottom())]
    assert max(text) > 170  # the label is drawn in the palette's light text colour
    assert chart.palette().color(QPalette.ColorRole.WindowText).lightness() > 170


def test_the_shortcut_is_unique_and_opens_the_overview(qtbot, open_window) -> None:
    window = open_window()
    action = window.act.library_overview
    keys = action.shortcut().toString()
    assert keys == QKeySequence("Ctrl+Shift+L").toString()
    others = [a for name, a in window.act.all.items()
              if name != "library_overview" and hasattr(a, "shortcuts")
              and any(k.toString() == keys for k in a.shortcuts())]
    assert not others
    action.trigger()
    shown = window.overview.overview
    assert isinstance(shown, OverviewWindow) and shown.isVisible()


def test_hovering_shows_an_escaped_tooltip(qtbot, overview) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    _window, shown = overview
    chart = shown.charts["outlet"]
    pos = chart.bar_rect(OUTLETS[4]).center()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert html.escape(OUTLETS[4]) in QToolTip.text()
    assert "Click to show only these claims" in QToolTip.text()
    QToolTip.hideText()
    timeline = shown.timeline
    pos = timeline.column_rect(0).center()
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, pos,
                                                timeline.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert f"{timeline.buckets[0].total} claim" in QToolTip.text()
    QToolTip.hideText()


def test_weekly_columns_label_without_overlap(overview) -> None:
    _window, shown = overview
    shown.period.setCurrentIndex(shown.period.findData("week"))
    timeline = shown.timeline
    assert timeline.granularity == "week" and len(timeline.buckets) > 30
    assert sum(b.total for b in timeline.buckets) == 120
    starts = [b.start for b in timeline.buckets]
    assert all(s.weekday() == 0 for s in starts)  # Mondays
    assert all((b - a).days == 7 for a, b in itertools.pairwise(starts))
    for width in (1100, 600, 300):
        timeline.resize(width, timeline.height())
        rects = [rect for rect, _label in timeline.date_labels()]
        assert len(rects) >= 2
        assert all(not a.intersects(b) for a, b in itertools.pairwise(rects))
        assert all(r.left() >= 0 and r.right() < width for r in rects)


def test_many_outlets_show_the_top_ones_and_all_on_request(qtbot, overview) -> None:
    from factcheck_gui.core.models import NewArticle

    window, shown = overview
    store = window.store
    with store.batch():
        for number in range(12):
            article = store.articles.add_article(NewArticle(title=f"Extra {number}",
                                                            text="A claim about buses. " * 4,
                                                            outlet=f"Small outlet {number:02d}"))
            store.claims.add_claim(article.id, 0, 20)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 132)
    chart, more = shown.charts["outlet"], shown.more["outlet"]
    assert len(chart.bars) == 8 and more.isVisible()
    assert more.text() == "Show all 17 outlets"
    assert chart.total == 132  # shares are of every claim, not of the bars shown
    shown.toggle("outlet", "Small outlet 11")  # chosen below the top 8: still shown
    assert "Small outlet 11" in [b.key for b in chart.bars] and len(chart.bars) == 9
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert len(chart.bars) == 17 and more.text() == "Show the top 8"
