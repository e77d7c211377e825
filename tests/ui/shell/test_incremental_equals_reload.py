"""What the window shows after each edit, applied in place, equals what a window
opened afresh on the same database shows: library entries, status bar totals,
claims table, highlights and inspector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from factcheck_gui.app import create_main_window
from factcheck_gui.core.models import Status
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import WorkflowRules
from factcheck_gui.ui.dialogs.article_metadata import ArticleMetadataDialog
from factcheck_gui.ui.dialogs.preferences import PreferencesDialog
from factcheck_gui.ui.library.model import details_line, progress_line
from factcheck_gui.ui.scales.editor import ScaleEditor
from factcheck_gui.ui.shell.main_window import MainWindow
from tests.ui.article.versions_helpers import current_text, edited, sample_with_claims
from tests.ui.conftest import select_text

QUOTE = "the first fare increase in three years"
OTHER = "Trams return to Saltmere in May. The city says 40 trams will run.\n"


def screen(window: MainWindow) -> dict[str, object]:
    """What a reader sees of the library, the article and the selected claim."""
    QApplication.processEvents()
    library = [(s.id, s.title, s.claim_count, s.counts_by_status, details_line(s),
                progress_line(s)) for s in window.library.model.articles()]
    table = window.claims_table.view.model()
    rows = [tuple(table.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                  for c in range(table.columnCount(QModelIndex())))
            for r in range(table.rowCount(QModelIndex()))]
    pane = window.article_view.pane
    inspector = window.inspector
    sources = inspector.sources.model
    filters = window.claims_table
    return {
        "filters": [[combo.itemText(i) for i in range(combo.count())]
                    for combo in (filters.verdict_filter, filters.status_filter)],
        "library": library,
        "library current": window.library.current_id(),
        "totals": window.counts_label.text(),
        "article": window.workspace.article_id,
        "table": rows,
        "highlights": sorted((c.id, c.start, c.end, c.verdict) for c in pane.claims),
        "selected": window.workspace.selected_claim_id,
        "inspector": None if inspector.claim is None else (
            inspector.claim.id, inspector.claim_text.toPlainText(),
            inspector.verdict.currentText(), inspector.status.currentText(),
            inspector.status_hint.text(), inspector.sources_hint.text(),
            [inspector.status.itemText(i) for i in range(inspector.status.count())],
            [sources.index(r, 0).data() for r in range(sources.rowCount())]),
    }


def fresh_screen(qtbot, db_path: Path, window: MainWindow) -> dict[str, object]:
    """The same screen, built by a new window over the same file."""
    store = Store.open(db_path, reviewer="ann")
    fresh = create_main_window(store)
    qtbot.addWidget(fresh)
    try:
        fresh.library.set_sort(window.library.model.sort_name())
        fresh.library_list.refresh()
        article_id, claim_id = window.workspace.article_id, window.workspace.selected_claim_id
        assert article_id is not None
        if claim_id is not None:
            assert fresh.library_list.open_claim(article_id, claim_id)
        else:
            assert fresh.library_list.select(article_id)
        return screen(fresh)
    finally:
        fresh.disconnect_store()
        fresh.hide()
        store.close()


@pytest.mark.parametrize("sort", ["Newest first", "Most claims to do"])
def test_each_edit_shows_what_a_fresh_window_shows(open_window, db_path, qtbot,
                                                   sort) -> None:
    window = open_window()
    QApplication.clipboard().setText(OTHER)
    window.act.paste_article.trigger()  # a second article, so counts have a neighbour
    window.act.open_sample.trigger()
    window.library.set_sort(sort)
    window.library_list.refresh()
    sample = window.workspace.article_id
    assert sample is not None

    def check(step: str) -> None:
        assert screen(window) == fresh_screen(qtbot, db_path, window), step

    check("opened")
    select_text(window, QUOTE)
    assert window.claims.create_claim()
    check("claim added")
    select_text(window, "Councillors voted 27 to 19")
    assert window.claims.create_claim()
    check("second claim added")
    assert window.claims.set_verdict_number(1)
    check("verdict set")
    window.inspector.sources.add_requested.emit({"url": "https://example.org/minutes"})
    check("source added")
    assert window.claims.set_field("status", Status.IN_PROGRESS.value)
    check("status set")
    assert window.claims.delete_selected_claim()
    check("claim deleted")
    for step in ("delete", "status", "source", "verdict"):
        assert window.edits.undo()
        check(f"undo {step}")
    for step in ("verdict", "source", "status", "delete"):
        assert window.edits.redo()
        check(f"redo {step}")


def test_writes_from_elsewhere_and_while_correcting_show_as_a_fresh_window(
        open_window, db_path, qtbot) -> None:
    """Writes not made by the window's commands (another process, a script) and
    writes made while the text is being corrected reach the same screen."""
    window = open_window()
    QApplication.clipboard().setText(OTHER)
    window.act.paste_article.trigger()
    other = window.workspace.article_id
    window.act.open_sample.trigger()
    sample = window.workspace.article_id
    assert other is not None and sample is not None and other != sample
    store = window.store

    def check(step: str) -> None:
        assert screen(window) == fresh_screen(qtbot, db_path, window), step

    claim = store.claims.add_claim(other, 0, 12)
    check("claim added to the other article")
    store.claims.update_claim(claim.id, status=Status.IN_PROGRESS.value)
    check("claim of the other article edited")
    mine = store.claims.add_claim(sample, 0, 8)
    check("claim added to the article on screen")
    window.act.edit_text.trigger()
    assert window.workspace.is_correcting()
    store.claims.update_claim(mine.id, status=Status.IN_PROGRESS.value)
    store.claims.add_claim(other, 13, 20)
    window.act.cancel_edit.trigger()
    assert not window.workspace.is_correcting()
    check("written while correcting")


def test_edits_after_a_new_text_version_show_as_a_fresh_window(
        open_window, db_path, qtbot) -> None:
    """With claims the new text kept, changed and lost, an edit updates the counts
    as a full reload counts them."""
    window = open_window()
    ids = sample_with_claims(window)

    def check(step: str) -> None:
        assert screen(window) == fresh_screen(qtbot, db_path, window), step

    QApplication.clipboard().setText(edited(current_text(window)))
    assert window.versions.update_from_clipboard()
    check("text updated")
    window.claims.select_claim(ids["ok"])
    assert window.claims.set_field("status", Status.IN_PROGRESS.value)
    check("kept claim edited")
    window.claims.select_claim(ids["orphan"])
    assert window.claims.set_field("status", Status.IN_PROGRESS.value)
    check("lost claim edited")
    assert window.claims.delete_selected_claim()
    check("lost claim deleted")
    assert window.edits.undo()
    check("lost claim back")


def test_rules_and_deletions_from_elsewhere_show_as_a_fresh_window(
        open_window, db_path, qtbot) -> None:
    window = open_window()
    QApplication.clipboard().setText(OTHER)
    window.act.paste_article.trigger()
    other = window.workspace.article_id
    window.act.open_sample.trigger()
    sample = window.workspace.article_id
    assert other is not None and sample is not None
    store = window.store

    def check(step: str) -> None:
        assert screen(window) == fresh_screen(qtbot, db_path, window), step

    select_text(window, QUOTE)
    assert window.claims.create_claim()
    store.workflow.set_workflow_rules(WorkflowRules(min_sources=2, publishes=False))
    check("workflow rules changed")
    store.articles.delete_article(other)
    check("the other article deleted")
    store.articles.delete_article(sample)
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.empty_state
    assert window.counts_label.text() == "0 articles · 0 claims"
    assert window.workspace.article_id is None and window.inspector.claim is None


def test_scale_import_and_properties_with_undo_show_as_a_fresh_window(
        open_window, db_path, qtbot, monkeypatch) -> None:
    """Commands that are not claim edits (the rating scale, the article's details,
    a new article, the workflow rules), each done, undone and redone."""
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, QUOTE)
    assert window.claims.create_claim()
    assert window.claims.set_verdict_number(3)  # Misleading, which the preset maps
    sample, claim_id = window.workspace.article_id, window.workspace.selected_claim_id
    assert sample is not None and claim_id is not None

    def check(step: str) -> None:
        assert screen(window) == fresh_screen(qtbot, db_path, window), step
        verdicts = [a.text() for a in window.act.verdicts]
        fresh_store = Store.open(db_path, reviewer="ann")
        try:
            scale = fresh_store.scales.active_scale()
        finally:
            fresh_store.close()
        assert verdicts == [label.label for label in scale.labels if not label.retired], step

    def scripted(dialog: ScaleEditor) -> int:
        dialog.load_start("snopes-style")
        dialog.apply()
        dialog.mapping.choose("Misleading", "Mixture")
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(ScaleEditor, "exec", scripted)
    assert window.scales.edit_rating_scale()
    check("scale changed")
    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(
        lambda cls, parent, values, **kwargs: {**values, "title": "Fares: the vote",
                                               "outlet": "The Gazette"}))
    assert window.importing.edit_article_properties()
    check("properties edited")
    QApplication.clipboard().setText(OTHER)
    window.act.paste_article.trigger()
    check("article pasted")
    assert window.library_list.open_claim(sample, claim_id)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(
        lambda cls, *a, **k: ("ann", WorkflowRules(min_sources=2, publishes=False))))
    window.act.preferences.trigger()
    check("workflow rules changed")
    for step in ("rules", "paste", "properties", "scale"):
        assert window.edits.undo()
        check(f"undo {step}")
    for step in ("scale", "properties", "paste", "rules"):
        assert window.edits.redo()
        check(f"redo {step}")
