"""The history: one event per change, in the change's own transaction."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck_gui.core.errors import DiskFullError, ValidationError
from factcheck_gui.core.store import Store

from .conftest import ARTICLE_TEXT, span


def _event_count(store: Store) -> int:
    return store.connection.execute("SELECT count(*) FROM events").fetchone()[0]


def test_every_change_writes_one_event(store: Store, article) -> None:
    before = _event_count(store)
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    source = store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="Budget p. 4", status="final")
    store.sources.update_source(source.id, title="Budget report")
    store.claims.set_claim_span(claim.id, *span(ARTICLE_TEXT, "by 18%"))
    store.sources.move_source(store.sources.add_source(claim.id, "https://example.org/b").id, 0)
    store.sources.delete_source(source.id)
    store.articles.update_article(article.id, outlet="Courier")
    deleted = store.claims.delete_claim(claim.id)
    store.claims.restore_claim(deleted)
    assert _event_count(store) - before == 11
    actions = [(e.entity, e.action) for e in store.events.for_claim(claim.id)]
    assert actions == [
        ("claim", "create"), ("source", "create"), ("claim", "update"), ("source", "update"),
        ("claim", "respan"), ("source", "create"), ("source", "move"), ("source", "delete"),
        ("claim", "delete"), ("claim", "restore"),
    ]


def test_update_records_only_what_changed(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    store.claims.update_claim(claim.id, verdict="False", claimant=None)
    store.claims.update_claim(claim.id, verdict="false")  # same label: no change, no event
    event = store.events.for_claim(claim.id)[-1]
    assert (event.before, event.after) == ({"verdict": None}, {"verdict": "False"})
    assert event.actor == "ann"
    assert len(store.events.for_claim(claim.id)) == 2


def test_refused_change_writes_nothing(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    before = _event_count(store)
    with pytest.raises(ValidationError, match="not a verdict"):
        store.claims.update_claim(claim.id, verdict="Pants on fire")
    with pytest.raises(ValidationError, match="unknown status"):
        store.claims.update_claim(claim.id, status="done-ish")
    with pytest.raises(ValidationError):
        store.sources.add_source(claim.id, "javascript:alert(1)")
    assert _event_count(store) == before
    assert store.claims.get_claim(claim.id) == claim


def test_failed_write_rolls_back_change_and_event(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    before = _event_count(store)
    conn = store.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="full"):
        store.claims.update_claim(claim.id, rationale="x" * 200_000)
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert _event_count(store) == before
    assert store.claims.get_claim(claim.id).rationale is None
    store.claims.update_claim(claim.id, rationale="retry works")
    assert store.claims.get_claim(claim.id).rationale == "retry works"


def test_batch_is_all_or_nothing(store: Store, article) -> None:
    before = _event_count(store)
    with pytest.raises(ValidationError), store.batch():
        claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
        store.sources.add_source(claim.id, "not a url at all")
    assert store.claims.list_claims(article.id) == []
    assert _event_count(store) == before


def test_history_cannot_be_rewritten(store: Store, article) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.connection.execute("DELETE FROM events")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.connection.execute("UPDATE events SET actor = 'mallory'")


def test_listeners_hear_committed_changes_only(store: Store, article) -> None:
    heard = []
    unsubscribe = store.subscribe(heard.append)
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    with pytest.raises(ValidationError):
        store.claims.update_claim(claim.id, verdict="nonsense")
    unsubscribe()
    store.claims.update_claim(claim.id, verdict="True")
    assert [[(c.entity, c.action, c.ids) for c in changes] for changes in heard] == [
        [("claim", "create", (claim.id,))]
    ]
    assert heard[0][0].article_id == article.id


def test_deleted_claim_comes_back_with_its_sources(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), verdict="False")
    sources = [store.sources.add_source(claim.id, f"https://example.org/{n}") for n in range(3)]
    deleted = store.claims.delete_claim(claim.id)
    assert store.claims.list_claims(article.id) == []
    restored = store.claims.restore_claim(deleted)
    assert restored == claim
    assert store.sources.list_sources(claim.id) == sources
    assert store.resolve_history_claim_id(claim.id[:8]) == claim.id
