"""What later features keep in the working copy travels too: blind review passes,
kept copies of sources (without the original bytes) and link checks."""

from __future__ import annotations

import hashlib

from factcheck_gui.core.models import LinkCheck, WebFetch


def test_review_passes_copies_and_link_checks_reach_the_other_copy(member) -> None:
    alice = member("alice", sample=True)
    article = alice.articles.list_articles()[0]
    review = alice.reviews.start_pass(article.id, "carol")
    alice.reviews.add_pass_claim(review.id, 0, 20, verdict="False", rationale="carol's call")
    alice.reviews.set_done(review.id, True)
    claim = alice.claims.add_claim(article.id, 0, 20)
    source = alice.sources.add_source(claim.id, "https://example.org/fares")
    page = b"<html><body>Fares rose by a quarter in 1991.</body></html>"
    fetched = WebFetch("https://example.org/fares", "https://example.org/fares", 200,
                       "2026-12-01T10:00:00Z", "text/html", hashlib.sha256(page).hexdigest(),
                       page)
    alice.web.keep_copy(source.id, fetched, title="Fares", text="Fares rose by a quarter in 1991.")
    alice.web.record_checks([LinkCheck(source.id, "moved", "2026-12-01T11:00:00Z", 301,
                                       "https://example.org/fares-1991")])
    alice.team.sync()

    bob = member("bob")
    [passed] = bob.reviews.list_passes(article.id)
    assert (passed.id, passed.reviewer) == (review.id, "carol") and passed.done_at
    [pass_claim] = bob.reviews.pass_claims(review.id)
    assert (pass_claim.start, pass_claim.end, pass_claim.verdict) == (0, 20, "False")
    copy = bob.web.copy_of(source.id)
    assert copy is not None and copy.text == "Fares rose by a quarter in 1991."
    assert copy.sha256 == fetched.sha256
    assert bob.web.copy_body(source.id) is None  # the original bytes stay where fetched
    assert alice.web.copy_body(source.id) == page
    assert bob.web.claims_with_copy_matching("quarter") == [claim.id]  # searchable there too
    assert bob.web.checks_of([source.id])[source.id].state == "moved"
