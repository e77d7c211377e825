"""Full-text search over claim quotes, claim texts, rationales and article titles."""

from __future__ import annotations

import pytest

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.claims import fts_query

from .conftest import ARTICLE_TEXT, span


@pytest.fixture
def claims(store: Store, article):
    fares = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Bus fares will rise by 18%"),
                                   rationale="The U.S. comparison uses 3.5% inflation.")
    ridership = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Ridership fell"),
                                       claim_text="Passenger numbers dropped sharply")
    return fares, ridership


def test_finds_quote_claim_text_and_rationale(store: Store, claims) -> None:
    fares, ridership = claims
    assert store.claims.search_claims("fares rise")[0] == fares.id  # both: the title matches too
    assert store.claims.search_claims("passenger numbers") == [ridership.id]
    assert store.claims.search_claims("U.S. 3.5%") == [fares.id]


def test_finds_claims_through_their_article_title(store: Store, claims, article) -> None:
    assert set(store.claims.search_claims("Fares to rise")) >= {c.id for c in claims}
    other = store.articles.add_article(NewArticle(title="Harbour dredging", text="Nothing to see."))
    store.claims.add_claim(other.id, 0, 7)
    assert len(store.claims.search_claims("dredging")) == 1


def test_accents_and_case_do_not_matter(store: Store, claims) -> None:
    assert store.claims.search_claims("RIDERSHIP") == [claims[1].id]
    store.claims.update_claim(claims[1].id, claimant="Zoë Núñez")
    store.claims.update_claim(claims[1].id, rationale="Núñez misread the figures")
    assert store.claims.search_claims("nunez") == [claims[1].id]


def test_edits_and_deletes_reach_the_index(store: Store, claims) -> None:
    fares, _ = claims
    store.claims.update_claim(fares.id, rationale="Checked against the budget book")
    assert store.claims.search_claims("inflation") == []
    assert store.claims.search_claims("budget book") == [fares.id]
    store.claims.delete_claim(fares.id)
    assert store.claims.search_claims("budget book") == []


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "fares AND", "(", "-x", "'; DROP", ""])
def test_syntax_looking_input_is_just_words(store: Store, claims, query: str) -> None:
    assert isinstance(store.claims.search_claims(query), list)
    assert store.integrity_problems() == []


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('say "hi" U.S.') == '"say" """hi""" "U.S."'
    assert fts_query("   ") == ""


def _harbour_article(store: Store, text: str) -> str:
    article = store.articles.add_article(NewArticle(title="Port news", text=text))
    return store.claims.add_claim(article.id, 0, len(text)).id


def test_the_claims_own_words_rank_before_titles_and_the_best_first(store: Store) -> None:
    titled = store.articles.add_article(NewArticle(title="Harbour fees", text="Fees rose."))
    by_title = store.claims.add_claim(titled.id, 0, 10)
    weak = _harbour_article(store, "The new budget mentions the harbour once among many words.")
    strong = _harbour_article(store, "Harbour harbour harbour.")
    assert store.claims.search_claims("harbour") == [strong, weak, by_title.id]
    assert store.claims.search_claims("harbour", limit=2) == [strong, weak]


def test_only_the_newest_matches_are_ranked_when_there_are_many(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Ranking costs per match: past RANKED_AT_MOST matches of one index, the best of
    # the newest are shown (a million-claim library stays quick; README "Benchmarks").
    import factcheck_gui.core.store.claims as claims_module

    oldest_best = _harbour_article(store, "Harbour harbour harbour.")
    middle = _harbour_article(store, "A long sentence that names the harbour just once here.")
    newest = _harbour_article(store, "Harbour harbour, said the minister.")
    assert store.claims.search_claims("harbour", limit=3) == [oldest_best, newest, middle]
    monkeypatch.setattr(claims_module, "RANKED_AT_MOST", 2)
    assert store.claims.search_claims("harbour", limit=2) == [newest, middle]
    # Never fewer than asked for because of the cap.
    assert store.claims.search_claims("harbour", limit=3) == [oldest_best, newest, middle]
