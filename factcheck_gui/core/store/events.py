"""The history as stored (the events table): every event about a claim or an article."""

from __future__ import annotations

import json
import sqlite3

from factcheck_gui.core.models import Event
from factcheck_gui.core.store.base import Db


class Events:
    def __init__(self, db: Db) -> None:
        self._db = db

    def for_claim(self, claim_id: str) -> list[Event]:
        """The claim's events and its sources' events, oldest first."""
        return [event_from_row(row) for row in self._db.rows(
            "SELECT * FROM events WHERE claim_id = ? OR entity_id = ? ORDER BY id",
            (claim_id, claim_id),
        )]

    def for_article(self, article_id: str) -> list[Event]:
        """Every event about the article and its claims, oldest first."""
        return [event_from_row(row) for row in self._db.rows(
            "SELECT * FROM events WHERE article_id = ? ORDER BY id", (article_id,))]


def event_from_row(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"], at=row["at"], actor=row["actor"], entity=row["entity"],
        entity_id=row["entity_id"], action=row["action"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        claim_id=row["claim_id"], article_id=row["article_id"],
    )
