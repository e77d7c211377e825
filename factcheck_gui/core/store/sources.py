"""Sources attached to a claim, kept in the order the user gives them."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import new_id, today, utc_now
from factcheck_gui.core.errors import NotFoundError, StaleEditError, ValidationError
from factcheck_gui.core.models import Source, Stance
from factcheck_gui.core.store.base import Db, not_found, require
from factcheck_gui.core.store.stale import changed_meanwhile, last_change
from factcheck_gui.core.textclean import field_text
from factcheck_gui.core.translatable import translate
from factcheck_gui.core.urls import normalize_source_url

if TYPE_CHECKING:
    from factcheck_gui.core.store.workflow import Workflow

SOURCE_FIELDS = ("url", "title", "publisher", "published", "accessed", "stance", "note")


class Sources:
    """A claim's sources, in the order the user gives them."""

    def __init__(self, db: Db, workflow: Workflow) -> None:
        self._db = db
        self._workflow = workflow

    def add_source(
        self,
        claim_id: str,
        url: str,
        *,
        title: str | None = None,
        publisher: str | None = None,
        published: str | None = None,
        accessed: str | None = None,
        stance: Stance | str | None = None,
        note: str | None = None,
        position: int | None = None,
        source_id: str | None = None,
    ) -> Source:
        """Attach a source; `accessed` defaults to today, position to the end."""
        values = _clean_fields(
            {"url": url, "title": title, "publisher": publisher, "published": published,
             "accessed": accessed or today(), "stance": stance, "note": note}
        )
        now = utc_now()
        source_id = source_id or new_id()
        with self._db.writing():
            article_id = self.article_of(claim_id)
            if article_id is None:
                raise NotFoundError(not_found("claim", claim_id))
            count = self._db.one("SELECT count(*) AS n FROM sources WHERE claim_id = ?",
                              (claim_id,))["n"]
            position = count if position is None else max(0, min(position, count))
            self._db.conn.execute(
                "UPDATE sources SET position = position + 1 WHERE claim_id = ? AND position >= ?",
                (claim_id, position),
            )
            self._db.table("sources").insert(
                values | {"id": source_id, "claim_id": claim_id, "position": position,
                          "created_at": now, "updated_at": now}
            )
            source = self.get_source(source_id)
            self._db.record("source", source_id, "create", None, source_fields(source),
                         claim_id=claim_id, article_id=article_id)
        return source

    def get_source(self, source_id: str) -> Source:
        row = self._db.row("SELECT * FROM sources WHERE id = ?", (source_id,))
        return source_from_row(require(row, "source", source_id))

    def list_sources(self, claim_id: str) -> list[Source]:
        return [
            source_from_row(row)
            for row in self._db.rows(
                "SELECT * FROM sources WHERE claim_id = ? ORDER BY position", (claim_id,)
            )
        ]

    def update_source(self, source_id: str, **fields: Any) -> Source:
        unknown = set(fields) - set(SOURCE_FIELDS)
        if unknown:
            raise ValidationError(translate("Errors", "sources have no field(s) {fields}").format(
                fields=", ".join(sorted(unknown))))
        new = _clean_fields(fields)
        with self._db.writing():
            old = self.get_source(source_id)
            old_fields = source_fields(old)
            before = {k: old_fields[k] for k in new if old_fields[k] != new[k]}
            if not before:
                return old
            after = {k: new[k] for k in before}
            assignments = ", ".join(f"{k} = ?" for k in after)
            self._db.conn.execute(
                f"UPDATE sources SET {assignments}, updated_at = ? WHERE id = ?",
                (*after.values(), utc_now(), source_id),
            )
            self._db.record("source", source_id, "update", before, after,
                         claim_id=old.claim_id, article_id=self.article_of(old.claim_id))
            return self.get_source(source_id)

    def require_unchanged(self, source_id: str, expected: dict[str, Any],
                          what: str = "Undo") -> None:
        """StaleEditError, naming who changed what, unless the source still holds
        `expected` (an undo or redo about to write over it). Call it inside the
        same write (`store.batch()`)."""
        row = self._db.row("SELECT * FROM sources WHERE id = ?", (source_id,))
        if row is None:
            raise StaleEditError(translate("Errors", "Redo refused: the source was removed"
                                           " meanwhile") if what == "Redo" else translate(
                "Errors", "Undo refused: the source was removed meanwhile"))
        stored = source_fields(source_from_row(row))
        for field, value in _clean_fields(expected).items():
            if stored[field] == value:
                continue
            who = last_change(self._db, "source", source_id, field)
            raise StaleEditError(changed_meanwhile(what, "source", field, who, stored[field]))

    def move_source(self, source_id: str, position: int) -> Source:
        """Move a source to `position` (0-based) in its claim's list."""
        with self._db.writing():
            source = self.get_source(source_id)
            ids = [s.id for s in self.list_sources(source.claim_id)]
            position = max(0, min(position, len(ids) - 1))
            if ids.index(source_id) == position:
                return source
            ids.remove(source_id)
            ids.insert(position, source_id)
            for index, ident in enumerate(ids):
                self._db.conn.execute("UPDATE sources SET position = ? WHERE id = ?", (index,
                                                                                       ident))
            self._db.record("source", source_id, "move", {"position": source.position},
                         {"position": position}, claim_id=source.claim_id,
                         article_id=self.article_of(source.claim_id))
            return self.get_source(source_id)

    def delete_source(self, source_id: str) -> Source:
        """Remove a source; returns it so that undo can put it back."""
        with self._db.writing():
            source = self.get_source(source_id)
            self._workflow.watch_final(source.claim_id, becoming=False)
            self._db.conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            self._db.conn.execute(
                "UPDATE sources SET position = position - 1 WHERE claim_id = ? AND position > ?",
                (source.claim_id, source.position),
            )
            self._db.record("source", source_id, "delete", source_fields(source), None,
                         claim_id=source.claim_id, article_id=self.article_of(source.claim_id))
        return source

    def article_of(self, claim_id: str) -> str | None:
        """The claim's article id (None when there is no such claim)."""
        row = self._db.row("SELECT article_id FROM claims WHERE id = ?", (claim_id,))
        return None if row is None else row["article_id"]


def source_from_row(row: sqlite3.Row) -> Source:
    return Source(
        id=row["id"],
        claim_id=row["claim_id"],
        position=row["position"],
        url=row["url"],
        title=row["title"],
        publisher=row["publisher"],
        published=row["published"],
        accessed=row["accessed"],
        stance=Stance(row["stance"]) if row["stance"] else None,
        note=row["note"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def source_fields(source: Source) -> dict[str, Any]:
    """A source's editable fields as stored (stance as text), in SOURCE_FIELDS order."""
    return {
        "url": source.url, "title": source.title, "publisher": source.publisher,
        "published": source.published, "accessed": source.accessed,
        "stance": source.stance.value if source.stance else None, "note": source.note,
    }


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "url":
            clean[key] = normalize_source_url(value)
        elif key == "stance":
            clean[key] = _stance(value)
        elif key == "note":
            text = field_text(value or "").strip()
            clean[key] = text or None
        else:
            text = " ".join(field_text(str(value or "")).split())
            clean[key] = text or None
    return clean


def _stance(value: Stance | str | None) -> str | None:
    if value is None or isinstance(value, Stance):
        return value.value if value else None
    text = str(value).strip().lower()
    if not text:
        return None
    try:
        return Stance(text).value
    except ValueError:
        known = ", ".join(s.value for s in Stance)
        raise ValidationError(translate(
            "Errors", "unknown stance {value} (expected one of: {known})").format(
            value=repr(value), known=known)) from None
