"""`export claimreview`: schema.org ClaimReview JSON-LD for claims with a verdict.

Each record: `claimReviewed` (the claim text), `reviewRating` (a Rating with
`alternateName` and, when the verdict has a number on the scale, `ratingValue`,
`bestRating`, `worstRating`), `itemReviewed` (a Claim with its `author`, its
`appearance` in the article and `datePublished` when known), `author` (the
reviewing organisation or person), `datePublished` and `url` when known.

Claims that cannot make a valid record (no verdict, a verdict that is not on
the active scale, no claim text) are left out with a warning rather than
written half-valid. The output is a JSON array, written record by record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from factcheck_gui.core.models import RatingScale, ReportRow
from factcheck_gui.core.urls import is_openable
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.json_text import safe_dumps
from factcheck_gui.io.progress import Progress, counted, text_over
from factcheck_gui.io.records import drop_none

SCHEMA = "https://schema.org"


@dataclass
class ClaimReviewResult:
    written: int = 0
    left_out: int = 0
    warnings: list[str] = field(default_factory=list)


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _party(name: str | None, kind: str) -> dict[str, Any] | None:
    return {"@type": kind, "name": name} if name else None


def claim_review(
    row: ReportRow,
    scale: RatingScale | None,
    *,
    organization: str | None = None,
    url_template: str | None = None,
) -> tuple[dict[str, Any] | None, str | None]:
    """The record for one claim, or (None, why it cannot be written)."""
    claim, article = row.claim, row.article
    if not claim.verdict:
        return None, "it has no verdict"
    if not claim.claim_text.strip():
        return None, "it has no claim text (claimReviewed is required)"
    label = scale.find(claim.verdict) if scale else None
    if label is None:
        return None, f"its verdict {claim.verdict!r} is not on the active rating scale"
    value = _number(label.value)
    rating = drop_none({
        "@type": "Rating",
        "alternateName": label.alternate_name or label.label,
        "ratingValue": value,
        "bestRating": _number(scale.best_rating) if value is not None and scale else None,
        "worstRating": _number(scale.worst_rating) if value is not None and scale else None,
    })
    # Stored before addresses were checked on the way in: still never handed on.
    page = article.url if article.url and is_openable(article.url) else None
    appearance = drop_none({
        "@type": "CreativeWork", "url": page, "headline": article.title,
        "author": _party(article.author, "Person"),
        "publisher": _party(article.outlet, "Organization"),
        "datePublished": article.published,
    }) if page or article.title else None
    item = drop_none({
        "@type": "Claim",
        "author": _party(claim.claimant, "Person"),
        "datePublished": article.published,
        "appearance": appearance,
    })
    author = (_party(organization, "Organization") if organization
              else _party(claim.reviewer, "Person"))
    url = (url_template.replace("{claim_id}", claim.id).replace("{article_id}", article.id)
           if url_template else None)
    return drop_none({
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.claim_text,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": author,
        "datePublished": claim.updated_at[:10] or None,
        "identifier": claim.id,
    }), None


def write_claimreview(
    rows: Iterable[ReportRow],
    out: BinaryIO,
    *,
    scale: RatingScale | None,
    organization: str | None = None,
    url_template: str | None = None,
    progress: Progress | None = None,
) -> ClaimReviewResult:
    """Write a JSON array of ClaimReview records; warnings say what was left out."""
    result = ClaimReviewResult()
    unverdicted = 0
    with text_over(out, encoding="utf-8", newline="\n") as text:
        text.write("[")
        for row in counted(rows, progress):
            record, why = claim_review(row, scale, organization=organization,
                                       url_template=url_template)
            if record is None:
                result.left_out += 1
                if row.claim.verdict:
                    result.warnings.append(f"claim {row.claim.id} left out: {why}")
                else:
                    unverdicted += 1
                continue
            body = safe_dumps(record, indent=2).replace("\n", "\n  ")
            text.write(("," if result.written else "") + "\n  " + body)
            result.written += 1
        text.write("\n]\n" if result.written else "]\n")
    if unverdicted:
        result.warnings.append(f"{unverdicted} claim(s) without a verdict left out")
    if result.written and not url_template:
        result.warnings.append("the records have no url (the page publishing each review); "
                               "search engines require it: give a URL template")
    if result.written and not organization:
        result.warnings.append("author is the reviewer as a Person; give the organisation "
                               "publishing the reviews if there is one")
    return result


def export_claimreview(rows: Iterable[ReportRow], path: Path, **options: Any) -> ClaimReviewResult:
    with atomic_write(path) as handle:
        return write_claimreview(rows, handle, **options)
