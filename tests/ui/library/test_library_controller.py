"""The library controller and the change feed without a main window: a claim
written to the store updates the article's entry and the totals in place; a new
article lists the library again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.article.article_view import ArticleView
from factcheck_gui.ui.article.controller import ArticleController
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.claims.controller import ClaimsController
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.library.controller import LibraryController
from factcheck_gui.ui.library.empty_state import EmptyState
from factcheck_gui.ui.library.panel import LibraryPanel
from factcheck_gui.ui.shell.actions import ActionRegistry
from factcheck_gui.ui.shell.changes import ChangeFeed
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace


@pytest.fixture
def parts(qtbot, tmp_path: Path):
    with Store.open(tmp_path / "library.db", reviewer="ann") as store:
        article = add_sample_article(store)
        host = QMainWindow()
        qtbot.addWidget(host)
        ws, undo, messages = Workspace(store), UndoController(store), Messages(host)
        view, table = ArticleView(), ClaimsTable()
        inspector = Inspector(undo)
        claims = ClaimsController(ws, undo, messages, ActionRegistry(host), view, table,
                                  inspector, lambda _name: None)
        article_part = ArticleController(ws, messages, view, table, claims, claims.set_scale)
        panel, stack, pane, empty = LibraryPanel(), QStackedWidget(), QWidget(), EmptyState()
        stack.addWidget(empty)
        stack.addWidget(pane)
        counts = QLabel()
        library = LibraryController(ws, messages, panel, stack, pane, empty, counts,
                                    article_part, claims)
        feed = ChangeFeed(ws, undo, library, article_part, claims, lambda: None)
        feed.follow(store)
        library.refresh(first_screenful=True)
        yield store, ws, library, feed, counts, article.id
        feed.stop()
        inspector.memory.stop()


def test_a_claim_written_to_the_store_updates_its_entry_in_place(parts) -> None:
    store, ws, library, feed, counts, article_id = parts
    assert ws.article_id == article_id and counts.text() == "1 article · 0 claims"
    reloads = library.reloads
    claim = store.claims.add_claim(article_id, 0, 6)
    assert feed.apply()
    assert library.reloads == reloads
    assert claim.id in ws.rows
    assert library.panel.model.summary(article_id).claim_count == 1
    assert counts.text() == "1 article · 1 claim"
    store.claims.update_claim(claim.id, status="in-progress")
    assert feed.apply() and library.reloads == reloads
    assert library.panel.model.summary(article_id).counts_by_status == {"in-progress": 1}


def test_a_new_article_lists_the_library_and_held_changes_wait(parts) -> None:
    store, ws, library, feed, counts, article_id = parts
    reloads = library.reloads
    with feed.held():
        store.articles.add_article(NewArticle(title="Trams return", text="Trams return in May."))
        assert not feed.apply()  # a batch is writing: shown at its end
    assert feed.apply()
    assert library.reloads == reloads + 1
    assert counts.text() == "2 articles · 0 claims"
    assert ws.article_id == article_id  # the article on screen stays
