"""Blind review: domain objects for reviewers' independent passes over an article.

A *pass* is one reviewer's independent check of one article version. Its claims
are kept apart from the article's curated claims (the ones every other view
shows) until a curator takes them over. While a reviewer's pass is open the
article is *blind* for that reviewer: no view, export or command run under
their name shows the article's claims or anyone else's pass.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReviewPass:
    """One reviewer's independent check of one article version."""

    id: str
    article_id: str
    version_id: str
    reviewer: str
    started_at: str
    started_by: str
    done_at: str | None = None
    #: Where the pass came from when imported from another database's export.
    origin: str | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True, slots=True)
class PassSource:
    """A source attached to a claim of a review pass."""

    url: str
    title: str | None = None
    stance: str | None = None


@dataclass(frozen=True, slots=True)
class PassClaim:
    """A claim marked in a review pass."""

    id: str
    pass_id: str
    reviewer: str
    start: int
    end: int
    quote: str
    claim_text: str
    verdict: str | None
    rationale: str | None
    status: str
    sources: tuple[PassSource, ...]
    created_at: str
    updated_at: str

    @property
    def source_urls(self) -> tuple[str, ...]:
        return tuple(s.url for s in self.sources)
