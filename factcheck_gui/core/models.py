"""Domain objects returned by the store. Plain, immutable dataclasses.

Times are ISO 8601 strings in UTC (``2026-11-25T13:09:15.123456+00:00``); dates
(published, accessed) are ISO dates or whatever partial date the user knows.
Offsets are Unicode code points into the article version's text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # made on first use: see `__getattr__` at the end
    from factcheck_gui.core.rare_models import (  # noqa: F401  (handed out by name)
        ClaimCandidate,
        CopiedJudgement,
        Event,
        LinkCheck,
        NewArticle,
        SavedAnchor,
        SourceCopy,
        VersionUpdate,
        WebFetch,
    )


class AnchorState(StrEnum):
    OK = "ok"
    MOVED = "moved"
    FUZZY = "fuzzy"
    ORPHANED = "orphaned"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class Status(StrEnum):
    TO_CHECK = "to-check"
    IN_PROGRESS = "in-progress"
    NEEDS_REVIEW = "needs-review"
    FINAL = "final"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()

    @classmethod
    def parse(cls, text: str) -> Status:
        """Accept `final`, `Final`, `in progress`, `in_progress`, `In-progress`."""
        key = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
        try:
            return cls(key)
        except ValueError:
            known = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown status {text!r} (expected one of: {known})") from None


# The status names as the window shows them, marked for translation (context
# "Status"); `Status.label` gives the same English words to the CLI and the reports.
STATUS_LABELS = {
    Status.TO_CHECK: QT_TRANSLATE_NOOP("Status", "To check"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "In progress"),
    Status.NEEDS_REVIEW: QT_TRANSLATE_NOOP("Status", "Needs review"),
    Status.FINAL: QT_TRANSLATE_NOOP("Status", "Final"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an article's text came from."""

    source_filename: str | None = None
    source_sha256: str | None = None
    extractor: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article in the library: its metadata; its text is in its versions."""

    id: str
    title: str
    outlet: str | None
    author: str | None
    url: str | None
    published: str | None
    language: str | None
    imported_at: str
    provenance: Provenance
    current_version_id: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class ArticleVersion:
    """One immutable text of an article. Versions are numbered from 1."""

    id: str
    article_id: str
    number: int
    text: str
    sha256: str
    created_at: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library list: an article and its claim counts."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    imported_at: str
    claim_count: int
    counts_by_status: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SourceWeb:
    """What reports say about a source's page: its kept copy and its last link check."""

    copy_kept_at: str | None = None
    copy_final_url: str | None = None
    copy_sha256: str | None = None
    link_state: str | None = None
    link_checked_at: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """A source attached to a claim, in the claim's order (`position`)."""

    id: str
    claim_id: str
    position: int
    url: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    accessed: str | None = None
    stance: Stance | None = None
    note: str | None = None
    created_at: str = ""
    updated_at: str = ""
    # Filled in by the reports only (copy and link check); None elsewhere.
    web: SourceWeb | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim: a span of an article version, and the check made of it."""

    id: str
    article_id: str
    version_id: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    anchor_state: AnchorState
    claim_text: str
    claimant: str | None
    verdict: str | None
    rationale: str | None
    status: Status
    reviewer: str | None
    created_at: str
    updated_at: str
    # The wording the claim covered before a fuzzy re-anchoring changed it.
    original_quote: str | None = None




@dataclass(frozen=True, slots=True)
class RatingLabel:
    """One verdict of a rating scale, as ClaimReview needs it."""

    label: str
    value: float | None
    position: int
    description: str | None = None
    colour: str | None = None
    alternate_name: str | None = None
    retired: bool = False


@dataclass(frozen=True, slots=True)
class RatingScale:
    """A rating scale: its verdict labels in order, and its best and worst ratings."""

    id: str
    name: str
    best_rating: float | None
    worst_rating: float | None
    labels: tuple[RatingLabel, ...]
    description: str | None = None

    def find(self, label: str) -> RatingLabel | None:
        """The label whose name matches `label`, ignoring case and spacing."""
        wanted = " ".join(label.split()).casefold()
        for item in self.labels:
            if item.label.casefold() == wanted:
                return item
        return None



@dataclass(frozen=True, slots=True)
class Correction:
    """A change of verdict or rationale made after the claim was final (IFCN):
    recorded as one "correct" event. `changes` holds (field, before, after)."""

    at: str
    reviewer: str
    changes: tuple[tuple[str, object, object], ...]
    note: str


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One claim with its article and sources, as every report needs it."""

    claim: Claim
    article: Article
    sources: tuple[Source, ...]
    rating_value: float | None
    corrections: tuple[Correction, ...] = ()


# The objects of the paths a start does not take live in core/rare_models.py and are
# made when first asked for, by this name or that (a module's own `__getattr__`).
_RARE = frozenset({"ClaimCandidate", "CopiedJudgement", "Event", "LinkCheck", "NewArticle",
                   "SavedAnchor", "SourceCopy", "VersionUpdate", "WebFetch"})


def __getattr__(name: str) -> object:
    if name in _RARE:
        from factcheck_gui.core import rare_models

        value = getattr(rare_models, name)
        globals()[name] = value  # asked once
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
