"""The bulk path: many rows at once, as given, all or none."""

from __future__ import annotations

import pytest

from factcheck_gui.core.clock import sha256_text
from factcheck_gui.core.errors import DatabaseError
from factcheck_gui.core.models import (
    AnchorState,
    Article,
    ArticleVersion,
    Claim,
    Event,
    Provenance,
    Source,
    Stance,
    Status,
)
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.bulk import Loaded

TEXT = "Fares rose by 18% last year. Ridership fell by a tenth."
NOW = "2026-11-01T12:00:00Z"


def _library(n: int) -> dict[str, list]:
    articles, versions, claims, sources = [], [], [], []
    for i in range(n):
        articles.append(Article(f"a{i}", f"Article {i}", "Courier", None, None, None, "en",
                                NOW, Provenance(extractor="test"), f"v{i}", NOW))
        versions.append(ArticleVersion(f"v{i}", f"a{i}", 1, TEXT, sha256_text(TEXT), NOW))
        claims.append(Claim(f"c{i}", f"a{i}", f"v{i}", 0, 27, TEXT[:27], "", TEXT[27:59],
                            AnchorState.OK, TEXT[:27], None, "False", None, Status.FINAL,
                            "ann", NOW, NOW))
        sources.append(Source(f"s{i}", f"c{i}", 0, "https://example.org/a",
                              stance=Stance.REFUTES, created_at=NOW, updated_at=NOW))
    return {"articles": articles, "versions": versions, "claims": claims, "sources": sources}


def test_loaded_rows_read_back_like_any_others(store: Store) -> None:
    events = [Event(0, NOW, "bob", "claim", "c1", "update", {"verdict": "True"},
                    {"verdict": "False"}, "c1", "a1")]
    before = store.connection.execute("SELECT count(*) FROM events").fetchone()[0]
    loaded = store.bulk.load(**_library(3), events=events)
    assert loaded == Loaded(articles=3, versions=3, claims=3, sources=3, events=1)
    assert store.claims.get_claim("c2").verdict == "False"
    assert store.sources.list_sources("c2")[0].stance is Stance.REFUTES
    assert store.versions.current_version("a0").text == TEXT
    assert [e.action for e in store.events.for_claim("c1")] == ["update"]
    assert store.connection.execute("SELECT count(*) FROM events").fetchone()[0] == before + 1
    assert store.claims.search_claims("fares") != []  # the search index is kept by triggers
    assert store.integrity_problems() == []
    store.bulk.analyze()


def test_a_failing_row_stores_nothing(store: Store) -> None:
    rows = _library(2)
    rows["sources"].append(rows["sources"][0])  # the same id twice
    with pytest.raises(DatabaseError):
        store.bulk.load(**rows)
    assert store.articles.list_articles() == []
