"""The domain objects of the paths a window's start does not take: the change
history, article versions, web fetches and kept copies, link checks, imports and
claim memory. Plain, immutable dataclasses, as in `core.models`, which hands them
out under the same names (`from factcheck_gui.core.models import NewArticle`
works): they live here so that they are made only when first asked for. Making a
frozen dataclass compiles its methods (~0.6 ms each on CPython 3.11), and a start
uses none of these (docs/decisions.md, "Start-up").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck_gui.core.models import AnchorState, ArticleVersion, Claim, Provenance, Status
from factcheck_gui.core.transcript import Turn


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
