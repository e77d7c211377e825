"""One claim as a flat record under the report's column names (CSV and `--json`)."""

from __future__ import annotations

from typing import Any

from factcheck_gui.core.models import Correction, ReportRow, Source

# The CSV report's columns, in order: INTERFACES.md's fixed ones, then what was
# added since (`corrections`: one line per correction). Add, never rename.
COLUMNS: tuple[str, ...] = (
    "claim_id", "article_id", "article_title", "article_outlet", "article_url",
    "article_published", "quote", "start", "end", "claim_text", "claimant", "verdict",
    "rating_value", "rationale", "status", "sources", "source_count", "reviewer",
    "created_at", "updated_at", "anchor_state", "corrections",
)  # fmt: skip

# With one row per source, these follow the fixed columns (empty for a claim
# that has no source: every claim still gets a row).
SOURCE_COLUMNS: tuple[str, ...] = (
    "source_url", "source_title", "source_publisher", "source_published", "source_accessed",
    "source_stance", "source_note",
)  # fmt: skip


def drop_none(data: dict[str, Any]) -> dict[str, Any]:
    """JSON-LD leaves unknown properties out rather than writing null."""
    return {k: v for k, v in data.items() if v is not None}


def source_record(source: Source) -> dict[str, Any]:
    return {
        "id": source.id, "url": source.url, "title": source.title,
        "publisher": source.publisher, "published": source.published,
        "accessed": source.accessed, "stance": source.stance.value if source.stance else None,
        "note": source.note,
    }  # fmt: skip


def correction_record(correction: Correction) -> dict[str, Any]:
    """A correction for JSON: when, who, what changed (before/after per field), note."""
    return {
        "at": correction.at, "reviewer": correction.reviewer,
        "changes": {key: {"before": old, "after": new} for key, old, new in correction.changes},
        "note": correction.note,
    }


def claim_record(row: ReportRow) -> dict[str, Any]:
    """The report's fields; missing values are None, `sources` a list of dicts."""
    claim, article = row.claim, row.article
    value = row.rating_value
    return {
        "claim_id": claim.id,
        "article_id": article.id,
        "article_title": article.title,
        "article_outlet": article.outlet,
        "article_url": article.url,
        "article_published": article.published,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "claim_text": claim.claim_text,
        "claimant": claim.claimant,
        "verdict": claim.verdict,
        "rating_value": int(value) if value is not None and float(value).is_integer() else value,
        "rationale": claim.rationale,
        "status": claim.status.value,
        "sources": [source_record(s) for s in row.sources],
        "source_count": len(row.sources),
        "reviewer": claim.reviewer,
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
        "anchor_state": claim.anchor_state.value,
        "corrections": [correction_record(c) for c in row.corrections],
    }
