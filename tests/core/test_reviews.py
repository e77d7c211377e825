"""Review passes in the store: kept apart from curated claims, blind until done,
curation links, and agreement figures over what the store holds."""

from __future__ import annotations

import pytest

from factcheck_gui.core.errors import BlindReviewError, ValidationError
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.review import PassSource
from factcheck_gui.core.review_selection import calibrations, selection_agreement
from factcheck_gui.core.store import Store
from tests.core.conftest import ARTICLE_TEXT, span

FARES = span(ARTICLE_TEXT, "Bus fares will rise by 18% in January")
RIDERS = span(ARTICLE_TEXT, "Ridership fell from 17.9 million journeys in 2019")


def two_blind_passes(store: Store, article_id: str):
    ann = store.reviews.start_pass(article_id, "ann")
    bob = store.reviews.start_pass(article_id, "bob")
    store.reviews.add_pass_claim(ann.id, *FARES, verdict="True", rationale="budget",
                                 sources=["https://example.org/budget"])
    store.reviews.add_pass_claim(ann.id, *RIDERS, verdict="False")
    store.reviews.add_pass_claim(bob.id, FARES[0], FARES[1] - 3, verdict="True",
                                 sources=[PassSource("https://example.org/minutes", "Minutes")])
    return ann, bob


def test_pass_claims_stay_out_of_the_articles_claims_and_reports(store, article) -> None:
    store.claims.add_claim(article.id, *FARES, verdict="Mostly true")
    two_blind_passes(store, article.id)
    assert len(store.claims.list_claims(article.id)) == 1
    assert len(list(store.reports.report_rows(ReportScope()))) == 1


def test_blind_reviewer_sees_no_claims_of_the_article_until_done(store, article) -> None:
    store.claims.add_claim(article.id, *FARES, verdict="Mostly true")
    ann, bob = two_blind_passes(store, article.id)
    assert list(store.reports.report_rows(ReportScope(blind_for="ANN"))) == []
    with pytest.raises(BlindReviewError):
        store.reviews.pass_claims(bob.id, viewer="ann")
    assert len(store.reviews.pass_claims(ann.id, viewer="ann")) == 2  # her own
    store.reviews.set_done(ann.id, True)
    assert len(list(store.reports.report_rows(ReportScope(blind_for="ann")))) == 1
    assert len(store.reviews.pass_claims(bob.id, viewer="ann")) == 1
    # Bob is still blind.
    with pytest.raises(BlindReviewError):
        store.reviews.pass_claims(ann.id, viewer="bob")
    assert store.reviews.blind_articles("bob") == {article.id}


def test_a_done_pass_takes_no_new_claims_and_one_open_pass_per_reviewer(store, article) -> None:
    ann = store.reviews.start_pass(article.id, "ann")
    with pytest.raises(ValidationError):
        store.reviews.start_pass(article.id, " Ann ")
    store.reviews.set_done(ann.id, True)
    with pytest.raises(ValidationError):
        store.reviews.add_pass_claim(ann.id, *FARES)
    again = store.reviews.start_pass(article.id, "ann")  # a later pass
    assert again.id != ann.id
    with pytest.raises(ValidationError):
        store.reviews.add_pass_claim(again.id, 0, len(ARTICLE_TEXT) + 1)


def test_pass_claims_keep_quote_sources_and_history(store, article) -> None:
    ann, _bob = two_blind_passes(store, article.id)
    first = store.reviews.pass_claims(ann.id)[0]
    assert first.quote == ARTICLE_TEXT[FARES[0]:FARES[1]]
    assert first.source_urls == ("https://example.org/budget",)
    changed = store.reviews.update_pass_claim(first.id, verdict="False",
                                              sources=["https://example.org/x"])
    assert changed.verdict == "False" and changed.source_urls == ("https://example.org/x",)
    deleted = store.reviews.delete_pass_claim(first.id)
    store.reviews.restore_pass_claim(deleted)
    assert store.reviews.get_pass_claim(first.id).verdict == "False"
    actions = [e.action for e in store.events.for_article(article.id)
               if e.entity == "review-claim" and e.entity_id == first.id]
    assert actions == ["create", "update", "delete", "restore"]


def test_curation_link_is_in_the_claims_history(store, article) -> None:
    ann, bob = two_blind_passes(store, article.id)
    taken = [store.reviews.pass_claims(ann.id)[0], store.reviews.pass_claims(bob.id)[0]]
    with store.batch():
        claim = store.claims.add_claim(article.id, *FARES, verdict="True")
        store.reviews.link_curated(claim.id, article.id, "merge", taken)
    links = store.reviews.curated_from(claim.id)
    assert links[0]["how"] == "merge"
    assert {o["reviewer"] for o in links[0]["from"]} == {"ann", "bob"}
    assert [e.action for e in store.events.for_claim(claim.id)] == ["create", "curate"]


def test_agreement_over_the_store(store, article) -> None:
    ann, bob = two_blind_passes(store, article.id)
    with pytest.raises(BlindReviewError):
        selection_agreement(store, [article.id], viewer="ann")
    store.reviews.set_done(ann.id, True)
    store.reviews.set_done(bob.id, True)
    figures = selection_agreement(store, [article.id], viewer="ann")
    assert figures.reviewers == ("ann", "bob")
    assert figures.found == {"all": 1, "some": 0, "one": 1}
    assert figures.found_by_all == 0.5
    assert figures.verdict_same == 1.0
    assert figures.span_alpha is not None and 0 < figures.span_alpha < 1


def test_calibration_against_the_curated_claims(store, article) -> None:
    ann, bob = two_blind_passes(store, article.id)
    store.reviews.set_done(ann.id, True)
    store.reviews.set_done(bob.id, True)
    store.claims.add_claim(article.id, *FARES, verdict="True")
    store.claims.add_claim(article.id, *RIDERS, verdict="Mostly true")
    by_reviewer = {c.reviewer: c for c in calibrations(store)}
    assert by_reviewer["ann"].found == 1.0 and by_reviewer["ann"].verdict_same == 0.5
    assert by_reviewer["bob"].found == 0.5 and by_reviewer["bob"].verdict_same == 1.0


def test_overview_and_claim_memory_leave_out_blind_articles(store, article) -> None:
    from factcheck_gui.core.similar import similar_to_text

    store.reviewer = "editor"
    store.claims.add_claim(article.id, *FARES, verdict="True")
    store.reviews.start_pass(article.id, "ann")
    quote = "Bus fares will rise by 18% in January"
    assert store.overview.overview_total() == 1
    assert len(similar_to_text(store, quote)) == 1
    store.reviewer = "ann"
    assert store.overview.overview_total() == 0
    assert similar_to_text(store, quote) == []


def test_deleting_the_article_takes_its_passes(store, article) -> None:
    two_blind_passes(store, article.id)
    store.articles.delete_article(article.id)
    assert store.reviews.list_passes() == []
    assert store.integrity_problems() == []


def test_library_counts_of_a_blind_article_are_hidden(store, article) -> None:
    store.claims.add_claim(article.id, *FARES, verdict="True")
    store.reviews.start_pass(article.id, "ann")
    assert store.articles.list_articles()[0].claim_count == 0  # the store's reviewer is ann
    assert store.articles.library_totals() == (1, 0)
    store.reviewer = "editor"
    assert store.articles.list_articles()[0].claim_count == 1
    assert store.articles.library_totals() == (1, 1)
