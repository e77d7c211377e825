"""Deleted claims, found in the history and brought back from it.

Deleting a claim records everything about it (all fields and its sources) in its
"delete" event; nothing else keeps it. `restore_deleted_claim` rebuilds the claim
and its sources from that event under the same id, and re-anchors it when its
article's text has moved on since, so that its offsets fit the current text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.errors import NotFoundError, ValidationError
from factcheck_gui.core.models import AnchorState, Claim, Source, Stance, Status
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.claims import _claim_fields, _source_fields
from factcheck_gui.core.translatable import translate

if TYPE_CHECKING:
    from factcheck_gui.core.store.claims import Claims
    from factcheck_gui.core.store.scales import Scales
    from factcheck_gui.core.store.versions import Versions


@dataclass(frozen=True, slots=True)
class DeletedClaimInfo:
    """A claim whose last word in the history is its deletion."""

    claim_id: str
    article_id: str
    article_title: str | None  # None when the article was deleted as well
    quote: str
    claim_text: str
    verdict: str | None
    status: str
    source_count: int
    deleted_at: str  # UTC ISO
    deleted_by: str
    event_id: int

    @property
    def restorable(self) -> bool:
        return self.article_title is not None


class Restore:
    """Deleted claims: listed from the history, and brought back from it."""

    def __init__(self, db: Db, claims: Claims, versions: Versions, scales: Scales) -> None:
        self._db = db
        self._claims = claims
        self._versions = versions
        self._scales = scales

    def deleted_claims(self, article_id: str | None = None) -> list[DeletedClaimInfo]:
        """Deleted claims (of one article, or all), most recently deleted first."""
        sql = (
            "SELECT e.*, a.title AS article_title FROM events e"
            " LEFT JOIN articles a ON a.id = e.article_id"
            " WHERE e.entity = 'claim' AND e.action = 'delete'"
            + (" AND e.article_id = ?" if article_id is not None else "")
            + " AND NOT EXISTS (SELECT 1 FROM events l WHERE l.entity_id = e.entity_id"
            "   AND l.id > e.id AND l.entity = 'claim')"
            " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = e.entity_id)"
            " ORDER BY e.id DESC"
        )
        rows = self._db.rows(sql, (article_id,) if article_id is not None else ())
        return [_info(row) for row in rows]

    def restore_deleted_claim(self, claim_id: str) -> Claim:
        """Bring a deleted claim back from its "delete" event, with its sources.

        The claim keeps its id, fields and times; sources keep their ids when the
        event has them (older events do not: those get new ids). A claim deleted
        before its article's text changed is re-anchored onto the current text.
        Refused when the claim exists or its article was deleted.
        """
        with self._db.writing():
            if self._db.row("SELECT 1 FROM claims WHERE id = ?", (claim_id,)):
                raise ValidationError(translate(
                    "Errors", "claim {id} is not deleted; there is nothing to restore").format(
                    id=claim_id))
            event = self._db.row(
                "SELECT * FROM events WHERE entity = 'claim' AND entity_id = ?"
                " ORDER BY id DESC LIMIT 1", (claim_id,))
            if event is None or event["action"] != "delete" or not event["before"]:
                raise NotFoundError(translate(
                    "Errors", "no deleted claim with id {id}").format(id=claim_id))
            before = json.loads(event["before"])
            article_id = before.get("article_id") or event["article_id"]
            article = self._db.row("SELECT current_version_id FROM articles WHERE id = ?",
                                (article_id,))
            if article is None:
                title = self._deleted_title(article_id)
                raise ValidationError((translate(
                    "Errors", "claim {id} cannot be restored: its article “{title}” was deleted")
                    if title else translate(
                    "Errors", "claim {id} cannot be restored: its article was deleted")).format(
                    id=claim_id, title=title))
            current = self._versions.get_version(article["current_version_id"])
            claim = _claim_from_event(claim_id, article_id, before)
            # A verdict from a scale changed since stays, as a retired label.
            claim = replace(claim, verdict=self._scales.keep_verdict(claim.verdict))
            old = self._db.row("SELECT text FROM article_versions WHERE id = ? AND article_id = ?",
                            (claim.version_id, article_id))
            if old is None:  # its version was taken back since: place it on the current one
                claim = _clamped(claim, current.id, len(current.text))
            self._db.table("claims").insert(_claim_fields(claim) | {"id": claim.id})
            source_ids = self._insert_sources(claim.id, before.get("sources") or ())
            self._db.record(
                "claim", claim.id, "restore", None,
                _claim_fields(claim) | {"sources": source_ids, "deleted_event": event["id"]},
                claim_id=claim.id, article_id=article_id,
            )
            if claim.version_id != current.id or old is None:
                from factcheck_gui.core.reanchor import reanchor  # rare: keep start-up light

                placed = reanchor(None if old is None else old["text"], current.text, [claim])[0]
                self._versions.apply(claim, placed, current.id, current.text, utc_now())
            return self._claims.get_claim(claim.id)

    def _insert_sources(self, claim_id: str, sources: Any) -> list[str]:
        ids = []
        items = [s for s in sources if isinstance(s, Mapping) and s.get("url")]
        items.sort(key=_position)
        now = utc_now()
        for position, item in enumerate(items):
            source_id = item.get("id") or new_id()
            if self._db.row("SELECT 1 FROM sources WHERE id = ?", (source_id,)):
                source_id = new_id()
            source = Source(
                id=source_id, claim_id=claim_id, position=position, url=str(item["url"]),
                title=item.get("title"), publisher=item.get("publisher"),
                published=item.get("published"), accessed=item.get("accessed"),
                stance=Stance(item["stance"]) if item.get("stance") in set(Stance) else None,
                note=item.get("note"), created_at=item.get("created_at") or now,
                updated_at=item.get("updated_at") or now,
            )
            self._db.table("sources").insert(_source_fields(source) | {"id": source_id})
            ids.append(source_id)
        return ids

    def _deleted_title(self, article_id: str) -> str:
        row = self._db.row("SELECT before FROM events WHERE entity = 'article' AND entity_id = ?"
                        " AND action = 'delete' ORDER BY id DESC LIMIT 1", (article_id,))
        title = json.loads(row["before"]).get("title") if row and row["before"] else None
        return title or ""


def _position(source: Mapping[str, Any]) -> int:
    position = source.get("position")
    return position if isinstance(position, int) else 0


def _info(row: sqlite3.Row) -> DeletedClaimInfo:
    before = json.loads(row["before"] or "{}")
    return DeletedClaimInfo(
        claim_id=row["entity_id"],
        article_id=before.get("article_id") or row["article_id"],
        article_title=row["article_title"],
        quote=before.get("quote") or "",
        claim_text=before.get("claim_text") or "",
        verdict=before.get("verdict"),
        status=before.get("status") or Status.TO_CHECK.value,
        source_count=len(before.get("sources") or ()),
        deleted_at=row["at"],
        deleted_by=row["actor"],
        event_id=row["id"],
    )


def _claim_from_event(claim_id: str, article_id: str, before: Mapping[str, Any]) -> Claim:
    try:
        return Claim(
            id=claim_id, article_id=article_id, version_id=before["version_id"],
            start=int(before["start"]), end=int(before["end"]), quote=before["quote"],
            prefix=before.get("prefix") or "", suffix=before.get("suffix") or "",
            anchor_state=AnchorState(before.get("anchor_state") or "ok"),
            claim_text=before.get("claim_text") or " ".join(before["quote"].split()),
            claimant=before.get("claimant"), verdict=before.get("verdict"),
            rationale=before.get("rationale"),
            status=Status(before.get("status") or Status.TO_CHECK.value),
            reviewer=before.get("reviewer"), created_at=before.get("created_at") or utc_now(),
            updated_at=before.get("updated_at") or utc_now(),
            original_quote=before.get("original_quote"),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(translate(
            "Errors", "the history of claim {id} does not hold enough to restore it ({error})"
        ).format(id=claim_id, error=error)) from None


def _clamped(claim: Claim, version_id: str, length: int) -> Claim:
    """The claim on another version, its offsets kept inside that text."""
    start = min(max(0, claim.start), max(0, length - 1))
    end = min(max(start + 1, claim.end), length)
    return replace(claim, version_id=version_id, start=start, end=end)
