"""The report's columns, defined once: their names and order, each column's value
in JSON records (`claims --json`) and its cell in the CSV report.

The store computes the same cells in SQL for the fast CSV path, one SQL
expression per column name (`store.reports.report_cells(scope, COLUMNS)`); a
test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck_gui.core.models import Correction, ReportRow, Source
from factcheck_gui.core.workflow import format_correction


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


def copy_record(source: Source) -> dict[str, Any] | None:
    """A source's kept copy for JSON: when, the address it came from, the bytes' hash."""
    web = source.web
    if web is None or web.copy_kept_at is None:
        return None
    return {"source_id": source.id, "kept_at": web.copy_kept_at,
            "final_url": web.copy_final_url, "sha256": web.copy_sha256}


def link_record(source: Source) -> dict[str, Any] | None:
    web = source.web
    if web is None or web.link_state is None:
        return None
    return {"source_id": source.id, "state": web.link_state, "checked_at": web.link_checked_at}


def copy_line(source: Source) -> str:
    """`kept 2026-12-02` or `no copy` (one line per source in the CSV cell)."""
    web = source.web
    return f"kept {web.copy_kept_at[:10]}" if web and web.copy_kept_at else "no copy"


def link_line(source: Source) -> str:
    """`gone 2026-12-02` or `not checked`."""
    web = source.web
    if web is None or web.link_state is None:
        return "not checked"
    return f"{web.link_state} {(web.link_checked_at or '')[:10]}"


def format_source(source: Source) -> str:
    """`URL — title (stance)`: the URL first so that scripts can split it off."""
    text = source.url
    if source.title:
        text += f" — {source.title}"
    if source.stance:
        text += f" ({source.stance.value})"
    return text


def rating_value(row: ReportRow) -> float | int | None:
    """The verdict's rating value; whole numbers without `.0`."""
    return whole_number(row.rating_value)


def whole_number(value: float | None) -> float | int | None:
    """A rating value as the reports give it: a whole number without `.0` (a text
    another program stored in the number column stays as it is)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    #: The value in a JSON record (None when unknown).
    value: Callable[[ReportRow], Any]
    #: The CSV cell, where it is not the value itself (lists become lines of text).
    cell: Callable[[ReportRow], Any] | None = None


# The documented fixed columns (README: The CSV report) in their order, then what was added since
# (`corrections`: one line per correction). Add at the end, never rename.
REPORT_COLUMNS: tuple[Column, ...] = (
    Column("claim_id", lambda r: r.claim.id),
    Column("article_id", lambda r: r.article.id),
    Column("article_title", lambda r: r.article.title),
    Column("article_outlet", lambda r: r.article.outlet),
    Column("article_url", lambda r: r.article.url),
    Column("article_published", lambda r: r.article.published),
    Column("quote", lambda r: r.claim.quote),
    Column("start", lambda r: r.claim.start),
    Column("end", lambda r: r.claim.end),
    Column("claim_text", lambda r: r.claim.claim_text),
    Column("claimant", lambda r: r.claim.claimant),
    Column("verdict", lambda r: r.claim.verdict),
    Column("rating_value", rating_value),
    Column("rationale", lambda r: r.claim.rationale),
    Column("status", lambda r: r.claim.status.value),
    Column("sources", lambda r: [source_record(s) for s in r.sources],
           cell=lambda r: "\n".join(map(format_source, r.sources))),
    Column("source_count", lambda r: len(r.sources)),
    Column("reviewer", lambda r: r.claim.reviewer),
    Column("created_at", lambda r: r.claim.created_at),
    Column("updated_at", lambda r: r.claim.updated_at),
    Column("anchor_state", lambda r: r.claim.anchor_state.value),
    Column("corrections", lambda r: [correction_record(c) for c in r.corrections],
           cell=lambda r: "\n".join(map(format_correction, r.corrections))),
    # Per source, in the sources' order: its kept copy, its last link check.
    Column("source_copies", lambda r: [copy_record(s) for s in r.sources],
           cell=lambda r: "\n".join(map(copy_line, r.sources)) or None),
    Column("source_links", lambda r: [link_record(s) for s in r.sources],
           cell=lambda r: "\n".join(map(link_line, r.sources)) or None),
)
#: Claim columns that list something per source: left out of the one-row-per-source
#: layout, whose SOURCE_COLUMNS carry the same per row.
PER_SOURCE_LISTS = frozenset({"source_copies", "source_links"})
COLUMNS: tuple[str, ...] = tuple(column.name for column in REPORT_COLUMNS)
#: How each CSV cell is made, in COLUMNS order.
CELLS: tuple[Callable[[ReportRow], Any], ...] = tuple(
    column.cell or column.value for column in REPORT_COLUMNS)

# With one row per source, these follow the fixed columns (empty for a claim
# that has no source: every claim still gets a row).
SOURCE_COLUMNS: tuple[str, ...] = (
    "source_url", "source_title", "source_publisher", "source_published", "source_accessed",
    "source_stance", "source_note", "source_copy_kept_at", "source_copy_final_url",
    "source_copy_sha256", "source_link_state", "source_link_checked_at",
)  # fmt: skip


def claim_record(row: ReportRow) -> dict[str, Any]:
    """The report's fields; missing values are None, `sources` a list of dicts."""
    return {column.name: column.value(row) for column in REPORT_COLUMNS}
