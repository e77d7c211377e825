"""Sample contents for dialogs that need more than a claim: passes of a blind review,
a kept copy of a source's page. Built through the store, as the app builds them."""

from __future__ import annotations

import hashlib

from factcheck_gui.core.models import Claim, Source, SourceCopy, WebFetch
from factcheck_gui.core.review import ReviewPass
from factcheck_gui.core.store import Store

QUOTES = ("The rise of 18% is the largest", "rise of 18% is the largest",
          "Others were more forgiving")


def _span(store: Store, article_id: str, quote: str) -> tuple[int, int]:
    text = store.versions.current_version(article_id).text
    start = text.index(quote)
    return start, start + len(quote)


def done_passes(store: Store, article_id: str) -> None:
    """Two reviewers' done passes: one claim found by both, one by bob alone."""
    marks = {"bob": [(QUOTES[0], "Misleading", "the budget says 16%"),
                     (QUOTES[2], "True", "quoted in the press release")],
             "cy": [(QUOTES[1], "False", "the operator's figure is 16%")]}
    for who, claims in marks.items():
        review = store.reviews.start_pass(article_id, who)
        for quote, verdict, rationale in claims:
            store.reviews.add_pass_claim(review.id, *_span(store, article_id, quote),
                                         verdict=verdict, rationale=rationale,
                                         sources=[f"https://example.org/{who}"])
        store.reviews.set_done(review.id, True)


def open_pass(store: Store, article_id: str) -> ReviewPass:
    """The store's reviewer's own pass, still open, with one claim marked."""
    review = store.reviews.start_pass(article_id, store.reviewer)
    store.reviews.add_pass_claim(review.id, *_span(store, article_id, QUOTES[1]),
                                 verdict="False", rationale="the operator's figure is 16%",
                                 sources=["https://example.org/operator"])
    return store.reviews.get_pass(review.id)


def kept_copy(store: Store, claim: Claim) -> tuple[Source, SourceCopy]:
    """A source of `claim` with its page kept, as a fetch would keep it."""
    url = "https://example.org/fares.html"
    source = store.sources.add_source(claim.id, url)
    body = b"<html><body><p>Fares rise by 18% from January.</p></body></html>"
    fetched = WebFetch(url, url, 200, "2026-12-02T10:00:00+00:00", "text/html",
                       hashlib.sha256(body).hexdigest(), body)
    copy = store.web.keep_copy(source.id, fetched, title="Fares rise",
                               text="Fares rise by 18% from January.")
    return source, copy
