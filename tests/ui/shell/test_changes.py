"""Store changes reach the screen once, and a claim edit does not list the library
again: only that claim's row, highlight and inspector, and the library entry's
counts, change."""

from __future__ import annotations

import pytest

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Change
from factcheck_gui.ui.shell.changes import _claims_of
from tests.ui.conftest import select_text

QUOTE = "the first fare increase in three years"


@pytest.fixture
def counted(open_window, monkeypatch):
    """A window on the sample article, counting library listings and model resets."""
    window = open_window()
    window.act.open_sample.trigger()
    counts = {"listed": 0, "resets": 0}
    articles = window.store.articles
    list_articles = articles.list_articles

    def counting(*args, **kwargs):
        counts["listed"] += 1
        return list_articles(*args, **kwargs)

    monkeypatch.setattr(articles, "list_articles", counting)
    window.library.model.modelReset.connect(lambda: counts.__setitem__(
        "resets", counts["resets"] + 1))
    return window, counts


def test_a_claim_edit_does_not_reload_the_library(counted) -> None:
    window, counts = counted
    reloads = window.library_list.reloads
    article_id = window.workspace.article_id
    select_text(window, QUOTE)
    assert window.claims.create_claim()
    claim_id = window.workspace.selected_claim_id
    assert window.claims.set_verdict_number(1)
    assert window.claims.set_field("status", "in-progress")
    assert window.edits.undo() and window.edits.redo()

    assert counts == {"listed": 0, "resets": 0}
    assert window.library_list.reloads == reloads
    # ...and yet everything shows the edit: the row, the inspector, the library entry.
    claim = window.store.claims.get_claim(claim_id)
    assert claim.status.value == "in-progress"
    assert window.workspace.rows[claim_id].claim.status.value == "in-progress"
    assert window.inspector.verdict.currentData() == claim.verdict
    summary = window.library.model.summary(article_id)
    assert summary is not None and summary.claim_count == 1
    assert summary.counts_by_status == {"in-progress": 1}
    assert window.counts_label.text() == "1 article · 1 claim"


def test_deleting_a_claim_updates_the_counts_without_a_reload(counted) -> None:
    window, counts = counted
    select_text(window, QUOTE)
    assert window.claims.create_claim()
    assert window.claims.delete_selected_claim()
    assert counts == {"listed": 0, "resets": 0}
    assert window.library.model.summary(window.workspace.article_id).claim_count == 0
    assert window.counts_label.text() == "1 article · 0 claims"


def test_a_new_article_still_lists_the_library(counted) -> None:
    window, counts = counted
    window.store.articles.add_article(NewArticle(title="Trams return", text="Trams return in May."))
    window.feed.apply()
    assert counts["listed"] == 1
    assert window.counts_label.text() == "2 articles · 0 claims"


def test_only_claims_of_the_article_on_screen_are_applied_in_place() -> None:
    mine = Change("claim", "update", ("c1",), article_id="a1", claim_id="c1")
    source = Change("source", "create", ("s1",), article_id="a1", claim_id="c2")
    other = Change("claim", "update", ("c3",), article_id="a2", claim_id="c3")
    article = Change("article", "update", ("a1",), article_id="a1")
    assert _claims_of([mine, source], "a1") == {"c1", "c2"}
    assert _claims_of([mine, other], "a1") == set()
    assert _claims_of([mine, article], "a1") == set()
    assert _claims_of([mine], None) == set()
