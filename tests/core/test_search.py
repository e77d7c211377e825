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
