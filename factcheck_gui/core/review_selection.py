"""Gathering passes from a store for agreement figures and calibration.

For each article the latest *done* pass of each reviewer is compared; passes
still open are never shown to anyone but their reviewer, so they do not count.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck_gui.core.review import ReviewPass
from factcheck_gui.core.review_agreement import (
    Agreement,
    ArticlePasses,
    Calibration,
    agreement,
    agreement_lines,
    calibration,
)
from factcheck_gui.core.store import Store


def latest_done(store: Store, article_id: str, reviewers: Sequence[str] = ()
                ) -> dict[str, ReviewPass]:
    wanted = {" ".join(r.split()).lower() for r in reviewers}
    latest: dict[str, ReviewPass] = {}
    for review in store.reviews.list_passes(article_id, done=True):
        if wanted and review.reviewer.lower() not in wanted:
            continue
        latest[review.reviewer] = review  # listed oldest first
    return latest


def article_passes(store: Store, article_id: str, reviewers: Sequence[str] = (),
                   viewer: str | None = None) -> ArticlePasses:
    """The article's latest done pass per reviewer. With `viewer`, refused
    (BlindReviewError) while the viewer's own pass on it is open."""
    if viewer is not None:
        store.reviews.require_not_blind(article_id, viewer)
    article = store.articles.get_article(article_id)
    passes = latest_done(store, article_id, reviewers)
    length = max((len(store.reviews.pass_text(p)) for p in passes.values()), default=0)
    return ArticlePasses(article_id, article.title, length,
                         {r: store.reviews.pass_claims(p.id) for r, p in passes.items()})


def reviewed_articles(store: Store) -> list[str]:
    """Articles with at least one done pass, in the order their first pass started."""
    seen: dict[str, None] = {}
    for review in store.reviews.list_passes(done=True):
        seen.setdefault(review.article_id)
    return list(seen)


def scale_order(store: Store) -> list[str]:
    """The active scale's labels, worst first (by rating value where it has them)."""
    scale = store.scales.active_scale()
    if scale is None:
        return []
    labels = [label for label in scale.labels if label.value is not None]
    return [label.label for label in sorted(labels, key=lambda label: label.value or 0)]


def selection_agreement(store: Store, articles: Sequence[str] | None = None,
                        reviewers: Sequence[str] = (), viewer: str | None = None
                        ) -> Agreement:
    """Figures over `articles` (None: every reviewed article)."""
    ids = list(articles) if articles is not None else reviewed_articles(store)
    selection = [article_passes(store, a, reviewers, viewer) for a in ids]
    return agreement([s for s in selection if s.claims], scale_order(store))


def calibrations(store: Store, reviewer: str | None = None) -> list[Calibration]:
    """Every done pass against the curated claims of its article, oldest first."""
    result = []
    for review in store.reviews.list_passes(reviewer=reviewer, done=True):
        curated = [(c.id, c.start, c.end, c.verdict)
                   for c in store.claims.list_claims(review.article_id)
                   if c.version_id == review.version_id]
        if not curated:
            continue
        title = store.articles.get_article(review.article_id).title
        result.append(calibration(review.reviewer, review.article_id, title,
                                  review.done_at or "", store.reviews.pass_claims(review.id),
                                  curated))
    result.sort(key=lambda c: c.done_at)
    return result


def report_agreement(store: Store, articles: Sequence[str] | None
                     ) -> list[tuple[str, str]] | None:
    """The agreement lines for a report over `articles` (None: the whole library),
    or None when fewer than two reviewers' done passes are among them. Articles the
    store's reviewer checks blind are left out."""
    blind = store.reviews.blind_articles(store.reviewer)
    reviewed = [a for a in reviewed_articles(store) if a not in blind]
    if articles is not None:
        wanted = set(articles)
        reviewed = [a for a in reviewed if a in wanted]
    if not reviewed:
        return None
    figures = selection_agreement(store, reviewed)
    return agreement_lines(figures) if len(figures.reviewers) > 1 else None
