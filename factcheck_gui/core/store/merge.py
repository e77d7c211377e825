"""Writes for importing another database's work: ids and times kept, newer wins.

The importer places each claim first (offsets into the article's current text,
or an orphan); these methods then store it. A claim or source that already
exists is updated only when the incoming one was modified later; either way the
value that lost stays in the history, so nothing a reviewer wrote is lost.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, Literal

from factcheck_gui.core.anchoring import anchor_at
from factcheck_gui.core.errors import NotFoundError, ValidationError
from factcheck_gui.core.models import AnchorState, Article, ArticleVersion, Claim, Source
from factcheck_gui.core.store.articles import article_from_row
from factcheck_gui.core.store.base import Db, event_json, not_found
from factcheck_gui.core.store.claims import _plain, claim_from_row
from factcheck_gui.core.store.scope import parse_status
from factcheck_gui.core.store.sources import (
    SOURCE_FIELDS,
    _clean_fields,
    source_fields,
    source_from_row,
)
from factcheck_gui.core.store.text import clean_text as _text
from factcheck_gui.core.translatable import translate
from factcheck_gui.core.workflow import correction_fields

if TYPE_CHECKING:
    from factcheck_gui.core.store.claims import Claims
    from factcheck_gui.core.store.scales import Scales
    from factcheck_gui.core.store.sources import Sources
    from factcheck_gui.core.store.versions import Versions
    from factcheck_gui.core.store.workflow import Workflow

MergeResult = Literal["created", "updated", "unchanged", "held"]

_CLAIM_COLUMNS = ("start", "end", "quote", "prefix", "suffix", "anchor_state", "claim_text",
                  "claimant", "verdict", "rationale", "status", "reviewer")


class Merge:
    """Another database's work brought in: ids and times kept, newer wins."""

    def __init__(self, db: Db, claims: Claims, sources: Sources, versions: Versions,
                 scales: Scales, workflow: Workflow) -> None:
        self._db = db
        self._claims = claims
        self._sources = sources
        self._versions = versions
        self._scales = scales
        self._workflow = workflow
        # The current version last read (see _current_version_once).
        self._text_memo: ArticleVersion | None = None

    def find_articles_by_url(self, url: str) -> list[Article]:
        """Articles whose URL is `url` (ignoring a trailing slash or #fragment)."""
        key = _url_key(url)
        if not key:
            return []
        rows = self._db.rows("SELECT * FROM articles WHERE url IS NOT NULL ORDER BY imported_at")
        return [article_from_row(row) for row in rows if _url_key(row["url"]) == key]

    def find_articles_by_sha256(self, digest: str) -> list[Article]:
        """Articles whose current text has this SHA-256 (hex)."""
        rows = self._db.rows(
            "SELECT a.* FROM articles a JOIN article_versions v ON v.id = a.current_version_id"
            " WHERE v.sha256 = ? ORDER BY a.imported_at",
            (digest.lower(),),
        )
        return [article_from_row(row) for row in rows]

    def merge_claim(self, incoming: Claim, *, corrected: frozenset[str] = frozenset()
                    ) -> tuple[MergeResult, Claim]:
        """Insert `incoming` with its id and times, or update the stored claim if
        `incoming.updated_at` is later. `version_id` is ignored: offsets are into
        the article's current text. Orphans keep their quote and context, with
        offsets clamped into the text.

        A newer change to the verdict or rationale of a claim that is (or was)
        final here is a correction: it is applied only for the fields the
        incoming file's correction notes account for (`corrected`, recorded by
        `Workflow.merge_corrections`); otherwise nothing changes, the incoming values go
        into the history as "merge-held", and the result is "held"."""
        with self._db.writing():
            values = self._claim_values(incoming)
            row = self._db.row("SELECT * FROM claims WHERE id = ?", (incoming.id,))
            if row is None:
                _insert(self._db.conn, "claims", values | {
                    "id": incoming.id, "article_id": incoming.article_id,
                    "created_at": incoming.created_at, "updated_at": incoming.updated_at,
                })
                claim = self._claims.get_claim(incoming.id)
                self._db.record("claim", claim.id, "import", None, _claim_fields(claim),
                             claim_id=claim.id, article_id=claim.article_id)
                return "created", claim
            old = claim_from_row(row)
            if old.article_id != incoming.article_id:
                raise ValidationError(translate(
                    "Errors", "claim {id} belongs to another article here").format(
                    id=incoming.id))
            old_values = {k: _plain(getattr(old, k)) for k in _CLAIM_COLUMNS}
            version_id = values.pop("version_id")
            changed = [k for k in _CLAIM_COLUMNS if old_values[k] != values[k]]
            if not changed:
                return "unchanged", old
            theirs = {k: values[k] for k in changed} | {"updated_at": incoming.updated_at}
            ours = {k: old_values[k] for k in changed} | {"updated_at": old.updated_at}
            judged = set(correction_fields(changed)) - corrected
            newer = incoming.updated_at > old.updated_at
            if newer and judged and self._workflow.once_final(old.id):
                self._record_once("claim", old.id, theirs, ours, old.id, old.article_id,
                                  action="merge-held")
                return "held", old
            if incoming.updated_at > old.updated_at:
                if {"start", "end"} & set(changed):
                    theirs["version_id"] = version_id
                assignments = ", ".join(f'"{k}" = ?' for k in theirs)
                self._db.conn.execute(f"UPDATE claims SET {assignments} WHERE id = ?",
                                   (*theirs.values(), old.id))
                theirs.pop("version_id", None)
                self._db.record("claim", old.id, "merge", ours, theirs,
                             claim_id=old.id, article_id=old.article_id)
                return "updated", self._claims.get_claim(old.id)
            self._record_once("claim", old.id, theirs, ours, old.id, old.article_id)
            return "unchanged", old

    def merge_source(self, incoming: Source) -> MergeResult:
        """Insert `incoming` (appended to its claim's list) or update it if newer."""
        values = _clean_fields({k: getattr(incoming, k) for k in SOURCE_FIELDS})
        with self._db.writing():
            article_id = self._sources.article_of(incoming.claim_id)
            if article_id is None:
                raise NotFoundError(not_found("claim", incoming.claim_id))
            claim_id = incoming.claim_id
            row = self._db.row("SELECT * FROM sources WHERE id = ?", (incoming.id,))
            if row is None:
                count = self._db.one("SELECT count(*) AS n FROM sources WHERE claim_id = ?",
                                  (claim_id,))["n"]
                _insert(self._db.conn, "sources", values | {
                    "id": incoming.id, "claim_id": claim_id, "position": count,
                    "created_at": incoming.created_at, "updated_at": incoming.updated_at,
                })
                self._db.record("source", incoming.id, "import", None, values,
                             claim_id=claim_id, article_id=article_id)
                return "created"
            old = source_from_row(row)
            if old.claim_id != claim_id:
                raise ValidationError(translate(
                    "Errors", "source {id} belongs to another claim here").format(
                    id=incoming.id))
            old_values = source_fields(old)
            changed = [k for k in SOURCE_FIELDS if old_values[k] != values[k]]
            if not changed:
                return "unchanged"
            theirs = {k: values[k] for k in changed} | {"updated_at": incoming.updated_at}
            ours = {k: old_values[k] for k in changed} | {"updated_at": old.updated_at}
            if incoming.updated_at > old.updated_at:
                assignments = ", ".join(f'"{k}" = ?' for k in theirs)
                self._db.conn.execute(f"UPDATE sources SET {assignments} WHERE id = ?",
                                   (*theirs.values(), old.id))
                self._db.record("source", old.id, "merge", ours, theirs,
                             claim_id=claim_id, article_id=article_id)
                return "updated"
            self._record_once("source", old.id, theirs, ours, claim_id, article_id)
            return "unchanged"

    def _claim_values(self, incoming: Claim) -> dict[str, Any]:
        version = self._current_version_once(incoming.article_id)
        text = version.text
        state = AnchorState(incoming.anchor_state)
        if state is AnchorState.ORPHANED:
            start = min(max(0, incoming.start), len(text) - 1)
            end = min(max(start + 1, incoming.end), len(text))
            quote, prefix, suffix = incoming.quote, incoming.prefix, incoming.suffix
            if not quote:
                raise ValidationError(translate("Errors", "claim {id} has no quote").format(
                    id=incoming.id))
        else:
            anchor = anchor_at(text, incoming.start, incoming.end)
            start, end = anchor.start, anchor.end
            quote, prefix, suffix = anchor.quote, anchor.prefix, anchor.suffix
        return {
            "version_id": version.id, "start": start, "end": end, "quote": quote,
            "prefix": prefix, "suffix": suffix, "anchor_state": state.value,
            "claim_text": _text(incoming.claim_text) or " ".join(quote.split()),
            "claimant": _text(incoming.claimant),
            "verdict": self._scales.check_verdict(
                incoming.verdict, allow_retired=True),  # retired labels still export
            "rationale": _text(incoming.rationale, keep_lines=True),
            "status": parse_status(incoming.status).value,
            "reviewer": _text(incoming.reviewer),
        }

    def _current_version_once(self, article_id: str) -> ArticleVersion:
        """The article's current version, its text read from the file only when the
        version changed (a version's text never changes): a merge of 100,000
        claims on one 3 MB article would otherwise read 300 GB."""
        row = self._db.row("SELECT current_version_id FROM articles WHERE id = ?",
                           (article_id,))
        if row is None:
            raise NotFoundError(not_found("article", article_id))
        memo = self._text_memo
        if memo is None or memo.id != row["current_version_id"]:
            memo = self._versions.current_version(article_id)
            self._text_memo = memo
        return memo

    def _record_once(self, entity: str, entity_id: str, theirs: dict[str, Any],
                     ours: dict[str, Any], claim_id: str, article_id: str,
                     action: str = "merge-older") -> None:
        """Keep an incoming value that was not applied in the history (once, however
        often imported)."""
        if self._db.row(
            "SELECT 1 FROM events WHERE entity_id = ? AND action = ? AND before = ?",
            (entity_id, action, event_json(theirs)),
        ):
            return
        self._db.record(entity, entity_id, action, theirs, ours,
                     claim_id=claim_id, article_id=article_id)


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> None:
    """A plain INSERT: sqlite-utils' insert reads the table's schema on every call,
    a millisecond each, which a merge of 100,000 claims feels."""
    columns = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))


def _claim_fields(claim: Claim) -> dict[str, Any]:
    return {k: _plain(getattr(claim, k)) for k in (*_CLAIM_COLUMNS, "created_at", "updated_at")}


def _url_key(url: str | None) -> str:
    """`https://Example.org/a/#x` and `https://example.org/a` are the same page."""
    text = (url or "").strip().split("#", 1)[0].rstrip("/")
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"
