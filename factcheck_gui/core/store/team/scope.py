"""Joining only part of a team database: some outlets, a range of dates.

An article is in the part when it arrives with one of the chosen outlets and a
date (published, or imported when it has none) in the range; everything that
hangs off an article (versions, claims, their sources, history, review passes,
kept copies, link checks) follows its article. Scales, rules and assignments
are the whole team's and always come. Later syncs keep to the same part; what
this copy makes itself is always sent, whatever part it holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from factcheck_gui.core.store.base import Db

#: Where a table's rows hang: straight off an article, or off a parent row.
_ARTICLE_CHILDREN = frozenset({"article_versions", "claims", "dismissed_suggestions",
                               "review_passes", "web_fetches", "events"})
_PARENT = {"article_turns": ("article_versions", "version_id"),
           "sources": ("claims", "claim_id"),
           "pass_claims": ("review_passes", "pass_id"),
           "source_copies": ("sources", "source_id"),
           "link_checks": ("sources", "source_id")}


@dataclass(frozen=True, slots=True)
class Scope:
    outlets: tuple[str, ...] = ()
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None

    @classmethod
    def make(cls, outlets: list[str] | tuple[str, ...] | None = None, since: str | None = None,
             until: str | None = None) -> Scope | None:
        """A scope, or None for the whole team database. ValueError on a bad date."""
        for day in (since, until):
            if day:
                date.fromisoformat(day)
        names = tuple(sorted({o.strip() for o in outlets or () if o.strip()}))
        if not names and not since and not until:
            return None
        return cls(names, since or None, until or None)

    @classmethod
    def loads(cls, text: str | None) -> Scope | None:
        if not text:
            return None
        data = json.loads(text)
        return cls(tuple(data.get("outlets") or ()), data.get("since"), data.get("until"))

    def dumps(self) -> str:
        return json.dumps({"outlets": list(self.outlets), "since": self.since,
                           "until": self.until}, ensure_ascii=False)

    def describe(self) -> str:
        parts = []
        if self.outlets:
            parts.append("outlets " + ", ".join(self.outlets))
        if self.since or self.until:
            parts.append(f"dated {self.since or '…'} to {self.until or '…'}")
        return "; ".join(parts)

    def takes(self, article: dict[str, Any]) -> bool:
        """True if an arriving article belongs to the part."""
        if self.outlets:
            outlet = (article.get("outlet") or "").strip().casefold()
            if outlet not in {o.casefold() for o in self.outlets}:
                return False
        day = str(article.get("published") or article.get("imported_at") or "")[:10]
        if self.since and (not day or day < self.since):
            return False
        return not (self.until and (not day or day > self.until))


class ScopeFilter:
    """Says, for a pulled change, whether this copy takes it (inside one write)."""

    def __init__(self, db: Db, scope: Scope) -> None:
        self._db = db
        self._scope = scope
        self._articles = {row["id"] for row in db.rows("SELECT id FROM articles")}

    def takes(self, table: str, op: str, row: dict[str, Any]) -> bool:
        if table == "articles":
            if row.get("id") in self._articles:
                return True
            if op == "delete" or not self._scope.takes(row):
                return False
            self._articles.add(row.get("id"))
            return True
        if table in _ARTICLE_CHILDREN:
            article_id = row.get("article_id")
            return article_id is None or article_id in self._articles
        if table in _PARENT:
            parent, column = _PARENT[table]
            return self._db.row(f"SELECT 1 FROM {parent} WHERE id = ?",
                                (row.get(column),)) is not None
        return True
