"""Domain objects returned by the store. Plain, immutable dataclasses.

Times are ISO 8601 strings in UTC (``2026-11-25T13:09:15.123456+00:00``); dates
(published, accessed) are ISO dates or whatever partial date the user knows.
Offsets are Unicode code points into the article version's text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from factcheck_gui.core.transcript import Turn
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP


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
class SavedAnchor:
    """A claim's anchor as it was before a new version (to undo the update)."""

    claim_id: str
    version_id: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    anchor_state: str
    original_quote: str | None


@dataclass(frozen=True, slots=True)
class VersionUpdate:
    """What storing a new article version did to the article's claims."""

    version: ArticleVersion
    ids_by_state: dict[str, list[str]] = field(default_factory=dict)
    previous_version_id: str = ""
    previous_anchors: tuple[SavedAnchor, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Claims per anchor state, every state listed (ok, moved, fuzzy, orphaned)."""
        return {state.value: len(self.ids_by_state.get(state.value, []))
                for state in AnchorState}


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
class Event:
    """One entry of the append-only change history."""

    id: int
    at: str
    actor: str
    entity: str
    entity_id: str
    action: str
    before: dict | None
    after: dict | None
    claim_id: str | None = None
    article_id: str | None = None


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


@dataclass(frozen=True, slots=True)
class WebFetch:
    """What one fetch of a web address gave: where it ended up and the exact bytes."""

    requested_url: str
    final_url: str
    status: int
    fetched_at: str
    content_type: str  # the media type as sent ("text/html"), "" when none was sent
    sha256: str  # of `body`, the bytes as received (after HTTP compression is undone)
    body: bytes = b""
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class SourceCopy:
    """The kept copy of a source's page, or why it could not be fetched."""

    source_id: str
    requested_url: str
    attempted_at: str
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None  # None: no copy was ever kept (see `error`)
    content_type: str | None = None
    sha256: str | None = None
    title: str | None = None
    text: str | None = None
    body_size: int = 0  # compressed bytes kept (0: none, e.g. over the budget)
    error: str | None = None  # why the last attempt failed; an older copy stays

    @property
    def kept(self) -> bool:
        return self.fetched_at is not None


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """The last check of a source's address."""

    source_id: str
    state: str  # ok, moved, changed, gone, unreachable
    checked_at: str
    status: int | None = None
    final_url: str | None = None
    detail: str | None = None
    #: Why the fetch failed, as FetchError.kind ("unreachable": no answer at all, so
    #: the check waits for the network); "" when a page came. Not stored.
    kind: str = ""


@dataclass(frozen=True, slots=True)
class NewArticle:
    """What an importer hands the store: text plus whatever metadata it found."""

    title: str
    text: str
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    # Transcripts: where each turn's words are in `text`, who said them, when.
    turns: tuple[Turn, ...] = ()
    # What the importer could not read as it should (malformed lines), for the user.
    notes: tuple[str, ...] = ()
    # Fetched from the web: the fetch, kept with the version it makes.
    fetched: WebFetch | None = None


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    """A stored claim offered by the full-text search for claim memory."""

    claim_id: str
    claim_text: str
    quote: str
    verdict: str | None
    status: Status
    article_id: str
    article_title: str
    article_published: str | None
    created_at: str
    rank: float  # bm25: lower is a better match


@dataclass(frozen=True, slots=True)
class CopiedJudgement:
    """What `store.memory.copy_judgement` changed, so that it can be undone exactly."""

    claim: Claim
    from_claim_id: str
    previous_verdict: str | None
    previous_rationale: str | None
    added_source_ids: tuple[str, ...]
