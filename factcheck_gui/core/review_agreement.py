"""Agreement between reviewers' passes over one article, and over a selection.

Pure functions over passes and their claims (no store, no Qt):

- *what was marked*: `unitizing_alpha` over the pass version's code points,
  and the proportion of claims found by all (matched across every reviewer,
  core/spanmatch.py);
- *how it was judged*, on matched claims only: verdict as Krippendorff's alpha,
  nominal and ordinal (the rating scale's order, worst first), Cohen's kappa
  when there are exactly two reviewers, and status alpha (nominal). A reviewer
  who left a verdict empty, or did not find that claim, is a missing value.

Over a selection, units from every article are pooled before the figures are
taken (so an article with many claims weighs more), and the spans' alpha is the
length-weighted pool of each article's code points.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from factcheck_gui.core.agreement import (
    cohen_kappa,
    coincidences,
    krippendorff_alpha,
    proportion_agreeing,
    span_units,
)
from factcheck_gui.core.review import PassClaim
from factcheck_gui.core.spanmatch import DEFAULT_THRESHOLD, Group, Mark, found_counts, match


@dataclass(frozen=True, slots=True)
class ArticlePasses:
    """The done passes on one article that are compared: reviewer -> claims."""

    article_id: str
    title: str
    text_length: int
    claims: Mapping[str, Sequence[PassClaim]]


@dataclass(frozen=True, slots=True)
class Agreement:
    reviewers: tuple[str, ...]
    articles: int
    claims: int
    groups: int
    found: dict[str, int]
    found_by_all: float | None
    span_alpha: float | None
    verdict_alpha_nominal: float | None
    verdict_alpha_ordinal: float | None
    verdict_kappa: float | None
    verdict_same: float | None
    status_alpha: float | None
    status_same: float | None
    matched_units: int
    per_article: tuple[tuple[str, str, float | None, float | None], ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        return {
            "reviewers": list(self.reviewers), "articles": self.articles,
            "claims": self.claims, "claim_groups": self.groups,
            "found_by_all": self.found["all"], "found_by_some": self.found["some"],
            "found_by_one": self.found["one"],
            "proportion_found_by_all": _r(self.found_by_all),
            "unitizing_alpha": _r(self.span_alpha),
            "matched_claims": self.matched_units,
            "verdict_alpha_nominal": _r(self.verdict_alpha_nominal),
            "verdict_alpha_ordinal": _r(self.verdict_alpha_ordinal),
            "verdict_cohen_kappa": _r(self.verdict_kappa),
            "verdict_proportion_same": _r(self.verdict_same),
            "status_alpha_nominal": _r(self.status_alpha),
            "status_proportion_same": _r(self.status_same),
            "per_article": [{"article_id": a, "title": t, "unitizing_alpha": _r(s),
                             "verdict_alpha_nominal": _r(v)}
                            for a, t, s, v in self.per_article],
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def groups_of(passes: ArticlePasses, threshold: float = DEFAULT_THRESHOLD) -> list[Group]:
    marks = {r: [Mark(r, c.id, c.start, c.end) for c in claims]
             for r, claims in passes.claims.items()}
    return match(marks, threshold)


def agreement(selection: Sequence[ArticlePasses], order: Sequence[str],
              threshold: float = DEFAULT_THRESHOLD) -> Agreement:
    """Figures pooled over `selection` (see the module doc). `order`: the scale's
    labels worst to best; verdicts not in it count for nominal figures only."""
    reviewers = sorted({r for a in selection for r in a.claims})
    verdict_units: list[list[str | None]] = []
    status_units: list[list[str | None]] = []
    pooled_units: list[tuple[int, ...]] = []
    span_weights: list[float] = []
    found = {"all": 0, "some": 0, "one": 0}
    claims = groups_total = 0
    per_article = []
    for article in selection:
        groups = groups_of(article, threshold)
        coders = sorted(article.claims)
        by_id = {c.id: c for cs in article.claims.values() for c in cs}
        claims += len(by_id)
        groups_total += len(groups)
        for key, value in found_counts(groups, coders).items():
            found[key] += value
        article_verdicts = []
        for group in groups:
            if len(group.marks) < 2:
                continue
            row_v: list[str | None] = []
            row_s: list[str | None] = []
            for reviewer in reviewers:
                mark = group.by(reviewer)
                claim = by_id[mark.key] if mark else None
                row_v.append(claim.verdict if claim else None)
                row_s.append(claim.status if claim else None)
            verdict_units.append(row_v)
            status_units.append(row_s)
            article_verdicts.append(row_v)
        spans = [[(c.start, c.end) for c in article.claims.get(r, ())] for r in reviewers
                 if r in article.claims]
        units, weights = span_units(article.text_length, spans)
        pooled_units += units
        span_weights += weights
        per_article.append((article.article_id, article.title,
                            krippendorff_alpha(units, weights=weights) if len(spans) > 1
                            else None,
                            krippendorff_alpha(article_verdicts)))
    ordinal_units = [[v if v in order else None for v in unit] for unit in verdict_units]
    two = len(reviewers) == 2
    return Agreement(
        reviewers=tuple(reviewers), articles=len(selection), claims=claims,
        groups=groups_total, found=found,
        found_by_all=found["all"] / groups_total if groups_total and len(reviewers) > 1
        else None,
        span_alpha=krippendorff_alpha(pooled_units, weights=span_weights),
        verdict_alpha_nominal=krippendorff_alpha(verdict_units),
        verdict_alpha_ordinal=krippendorff_alpha(ordinal_units, "ordinal", order=list(order)),
        verdict_kappa=cohen_kappa([u[0] for u in verdict_units], [u[1] for u in verdict_units])
        if two else None,
        verdict_same=proportion_agreeing(verdict_units),
        status_alpha=krippendorff_alpha(status_units),
        status_same=proportion_agreeing(status_units),
        matched_units=len(verdict_units),
        per_article=tuple(per_article),
    )


@dataclass(frozen=True, slots=True)
class Calibration:
    """One reviewer's pass against the curated result of that article."""

    reviewer: str
    article_id: str
    title: str
    done_at: str
    found: float | None  # share of the curated claims the reviewer found
    verdict_same: float | None  # of those found, share with the curated verdict
    matched: int


def calibration(reviewer: str, article_id: str, title: str, done_at: str,
                mine: Sequence[PassClaim], curated: Sequence[tuple[str, int, int, str | None]],
                threshold: float = DEFAULT_THRESHOLD) -> Calibration:
    """`curated`: the article's claims as (id, start, end, verdict)."""
    marks = {"\x00curated": [Mark("\x00curated", i, s, e) for i, s, e, _v in curated],
             reviewer: [Mark(reviewer, c.id, c.start, c.end) for c in mine]}
    verdicts = {c.id: c.verdict for c in mine} | {i: v for i, _s, _e, v in curated}
    groups = [g for g in match(marks, threshold) if len(g.marks) == 2]
    same = [verdicts[g.marks[0].key] == verdicts[g.marks[1].key] for g in groups
            if verdicts[g.marks[0].key] is not None]
    return Calibration(reviewer, article_id, title, done_at,
                       found=len(groups) / len(curated) if curated else None,
                       verdict_same=sum(same) / len(same) if same else None,
                       matched=len(groups))


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def agreement_lines(figures: Agreement) -> list[tuple[str, str]]:
    """The figures as (name, value) lines: the CLI's text output and the reports'."""
    return [
        ("reviewers", ", ".join(figures.reviewers) or "-"),
        ("articles", str(figures.articles)),
        ("claims", str(figures.claims)),
        ("found by all / some / one",
         f"{figures.found['all']} / {figures.found['some']} / {figures.found['one']}"),
        ("proportion found by all", fmt(figures.found_by_all)),
        ("unitizing alpha (spans)", fmt(figures.span_alpha)),
        ("matched claims", str(figures.matched_units)),
        ("verdict alpha, nominal", fmt(figures.verdict_alpha_nominal)),
        ("verdict alpha, ordinal", fmt(figures.verdict_alpha_ordinal)),
        ("verdict Cohen's kappa", fmt(figures.verdict_kappa)),
        ("verdict same", fmt(figures.verdict_same)),
        ("status alpha, nominal", fmt(figures.status_alpha)),
        ("status same", fmt(figures.status_same)),
    ]


__all__ = ["Agreement", "ArticlePasses", "Calibration", "agreement", "agreement_lines",
           "calibration",
           "coincidences", "groups_of"]
