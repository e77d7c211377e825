"""Many records stored at once, exactly as given: generated libraries for benchmarks
and demonstrations, where calling `add_claim` 200,000 times would take minutes.

Nothing is checked beyond what the schema itself enforces (keys, references,
value checks): ids, times, offsets and quotes are the caller's. No history
event is written for the rows, since they were not edited here; `events`
loads history rows as given too. One transaction: all of it or none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck_gui.core.models import Article, ArticleVersion, Claim, Event, Source
from factcheck_gui.core.store.base import Db, event_json
from factcheck_gui.core.store.connection import database_error


@dataclass(frozen=True, slots=True)
class Loaded:
    """How many rows of each kind `Bulk.load` stored."""

    articles: int = 0
    versions: int = 0
    claims: int = 0
    sources: int = 0
    events: int = 0


class Bulk:
    def __init__(self, db: Db) -> None:
        self._db = db

    def load(
        self,
        *,
        articles: Iterable[Article] = (),
        versions: Iterable[ArticleVersion] = (),
        claims: Iterable[Claim] = (),
        sources: Iterable[Source] = (),
        events: Iterable[Event] = (),
    ) -> Loaded:
        """Store the records (read lazily, in this order); returns the counts."""
        conn = self._db.conn
        with self._db.writing():
            done = [
                conn.executemany(
                    "INSERT INTO articles (id, title, outlet, author, url, published, language,"
                    " imported_at, source_filename, source_sha256, extractor,"
                    " current_version_id, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    ((a.id, a.title, a.outlet, a.author, a.url, a.published, a.language,
                      a.imported_at, a.provenance.source_filename, a.provenance.source_sha256,
                      a.provenance.extractor, a.current_version_id, a.updated_at)
                     for a in articles)).rowcount,
                conn.executemany(
                    "INSERT INTO article_versions (id, article_id, number, text, sha256,"
                    " created_at, note) VALUES (?,?,?,?,?,?,?)",
                    ((v.id, v.article_id, v.number, v.text, v.sha256, v.created_at, v.note)
                     for v in versions)).rowcount,
                conn.executemany(
                    'INSERT INTO claims (id, article_id, version_id, start, "end", quote,'
                    " prefix, suffix, anchor_state, claim_text, claimant, verdict, rationale,"
                    " status, reviewer, created_at, updated_at, original_quote)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    ((c.id, c.article_id, c.version_id, c.start, c.end, c.quote, c.prefix,
                      c.suffix, c.anchor_state.value, c.claim_text, c.claimant, c.verdict,
                      c.rationale, c.status.value, c.reviewer, c.created_at, c.updated_at,
                      c.original_quote) for c in claims)).rowcount,
                conn.executemany(
                    "INSERT INTO sources (id, claim_id, position, url, title, publisher,"
                    " published, accessed, stance, note, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    ((s.id, s.claim_id, s.position, s.url, s.title, s.publisher, s.published,
                      s.accessed, s.stance.value if s.stance else None, s.note, s.created_at,
                      s.updated_at) for s in sources)).rowcount,
                conn.executemany(
                    "INSERT INTO events (at, actor, entity, entity_id, action, before, after,"
                    " claim_id, article_id) VALUES (?,?,?,?,?,?,?,?,?)",
                    ((e.at, e.actor, e.entity, e.entity_id, e.action, event_json(e.before),
                      event_json(e.after), e.claim_id, e.article_id) for e in events)).rowcount,
            ]
        return Loaded(*done)


    def analyze(self) -> None:
        """Gather SQLite's table statistics for its query planner (after a big load)."""
        try:
            self._db.conn.execute("ANALYZE")
        except sqlite3.Error as error:
            raise database_error(error, self._db.path) from error
