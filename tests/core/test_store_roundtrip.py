"""Every entity written, the database closed and reopened, and read back equal."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.models import AnchorState, Stance, Status
from factcheck_gui.core.store import Store

from .conftest import ARTICLE_TEXT, span


def test_article_and_version_survive_reopen(db_path: Path, store: Store, article) -> None:
    version = store.versions.current_version(article.id)
    store.close()
    with Store.open(db_path) as again:
        assert again.articles.get_article(article.id) == article
        assert again.versions.current_version(article.id) == version
        assert again.versions.list_versions(article.id) == [version]
    assert version.text == ARTICLE_TEXT
    assert version.number == 1
    assert article.provenance.source_filename == "fares.md"


def test_claim_survives_reopen(db_path: Path, store: Store, article) -> None:
    start, end = span(ARTICLE_TEXT, "Bus fares will rise by 18% in January")
    claim = store.claims.add_claim(article.id, start, end, claimant="the council",
                                   verdict="Mostly true",
                            rationale="Line one.\nLine two.", status="in progress")
    store.close()
    with Store.open(db_path) as again:
        assert again.claims.get_claim(claim.id) == claim
    assert claim.quote == ARTICLE_TEXT[start:end]
    assert claim.prefix == ""
    assert claim.suffix == ARTICLE_TEXT[end : end + 32]
    assert claim.claim_text == claim.quote
    assert claim.status is Status.IN_PROGRESS
    assert claim.anchor_state is AnchorState.OK
    assert claim.reviewer == "ann"


def test_sources_survive_reopen_in_order(db_path: Path, store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    first = store.sources.add_source(claim.id, "https://example.org/a", title="A",
                                     stance="supports",
                             publisher="Council", published="2026-10-01", note="p. 4")
    second = store.sources.add_source(claim.id, "example.org/b", stance=Stance.REFUTES)
    zeroth = store.sources.add_source(claim.id, "https://example.org/c", position=0)
    store.close()
    with Store.open(db_path) as again:
        assert [s.id for s in again.sources.list_sources(claim.id)] == [zeroth.id, first.id,
                                                                        second.id]
        assert again.sources.get_source(first.id).note == "p. 4"
        assert again.sources.get_source(second.id).url == "https://example.org/b"
        assert again.sources.get_source(second.id).accessed  # defaults to today


def test_scale_and_settings_survive_reopen(db_path: Path, store: Store) -> None:
    scale = store.scales.active_scale()
    store.settings.set_setting("min_sources", 2)
    store.close()
    with Store.open(db_path) as again:
        assert again.scales.active_scale() == scale
        assert again.settings.get_setting("min_sources") == 2
        assert again.settings.get_setting("missing", "fallback") == "fallback"
    assert [label.label for label in scale.labels][:2] == ["True", "Mostly true"]


def test_history_survives_reopen(db_path: Path, store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    store.claims.update_claim(claim.id, verdict="False")
    store.close()
    with Store.open(db_path) as again:
        actions = [(e.entity, e.action) for e in again.events.for_claim(claim.id)]
    assert actions == [("claim", "create"), ("claim", "update")]


def test_overlapping_claims_are_allowed(store: Store, article) -> None:
    outer = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Bus fares will rise by 18%"))
    inner = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "rise by 18% in January"))
    assert {c.id for c in store.claims.list_claims(article.id)} == {outer.id, inner.id}


def test_ids_are_uuids_and_prefixes_resolve(store: Store, article) -> None:
    assert len(article.id) == 36 and article.id.count("-") == 4
    assert store.resolve_id("article", article.id[:8]) == article.id
