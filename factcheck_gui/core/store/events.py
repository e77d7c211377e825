"""The history as stored (the events table): every event about a claim or an article."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from factcheck_gui.core.store.base import Db

if TYPE_CHECKING:
    from factcheck_gui.core.models import Event


class Events:
    def __init__(self, db: Db) -> None:
        self._db = db

    def for_claim(self, claim_id: str) -> list[Event]:
        """The claim's events and its sources' events, oldest first."""
        join, order = history_order(self._db)
        return [event_from_row(row) for row in self._db.rows(
            f"SELECT e.* FROM events e {join} WHERE e.claim_id = ? OR e.entity_id = ? {order}",
            (claim_id, claim_id),
        )]

    def for_article(self, article_id: str) -> list[Event]:
        """Every event about the article and its claims, oldest first."""
        join, order = history_order(self._db)
        return [event_from_row(row) for row in self._db.rows(
            f"SELECT e.* FROM events e {join} WHERE e.article_id = ? {order}", (article_id,))]


def history_order(db: Db, *, newest_first: bool = False) -> tuple[str, str]:
    """(JOIN, ORDER BY) for events `e` oldest first: in a database joined to a team,
    in the team database's order (the same on every copy; events not sent yet
    last), otherwise in the order they were written."""
    joined = db.row("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                    " AND name = 'team_history'") is not None
    way = " DESC" if newest_first else ""
    if not joined:
        return "", f"ORDER BY e.id{way}"
    return ("LEFT JOIN team_history h ON h.event_id = e.id",
            f"ORDER BY h.seq IS NULL{way}, h.seq{way}, e.id{way}")


def event_from_row(row: sqlite3.Row) -> Event:
    from factcheck_gui.core.models import Event  # made on first use (core/rare_models.py)

    return Event(
        id=row["id"], at=row["at"], actor=row["actor"], entity=row["entity"],
        entity_id=row["entity_id"], action=row["action"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        claim_id=row["claim_id"], article_id=row["article_id"],
    )
