"""Read-only views over the whole database: history, search, report rows, checks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import Event, ReportRow, Source, Stance, Status
from factcheck_gui.core.store.articles import article_from_row
from factcheck_gui.core.store.base import StoreBase
from factcheck_gui.core.store.claims import claim_filter, claim_from_row
from factcheck_gui.core.store.connection import translate
from factcheck_gui.core.store.quote_check import mismatched_quotes
from factcheck_gui.core.workflow import correction_from_event

_REPORT_SQL = """
SELECT c.*,
       a.id AS a_id, a.title AS a_title, a.outlet AS a_outlet, a.author AS a_author,
       a.url AS a_url, a.published AS a_published, a.language AS a_language,
       a.imported_at AS a_imported_at, a.source_filename AS a_source_filename,
       a.source_sha256 AS a_source_sha256, a.extractor AS a_extractor,
       a.current_version_id AS a_current_version_id, a.updated_at AS a_updated_at,
       (SELECT json_group_array(json_array(s.id, s.position, s.url, s.title, s.publisher,
                                           s.published, s.accessed, s.stance, s.note,
                                           s.created_at, s.updated_at))
          FROM (SELECT * FROM sources WHERE claim_id = c.id ORDER BY position) AS s
       ) AS sources_json,
       (SELECT json_group_array(json_array(e.at, e.actor, e.before, e.after))
          FROM (SELECT at, actor, before, after FROM events
                 WHERE claim_id = c.id AND action = 'correct' ORDER BY id) AS e
       ) AS corrections_json
FROM claims c JOIN articles a ON a.id = c.article_id
"""


# The flat report, one tuple per claim, in the CSV report's column order
# (io/records.py COLUMNS; a test keeps the two in step). Sources are formatted
# here as `url — title (stance)` lines, like csv_export.format_source, and
# corrections one per line like workflow.format_correction: building
# domain objects for 200,000 claims only to flatten them again cost as much as
# the query itself (README "Benchmarks").
REPORT_CELL_COLUMNS = (
    "claim_id", "article_id", "article_title", "article_outlet", "article_url",
    "article_published", "quote", "start", "end", "claim_text", "claimant", "verdict",
    "rating_value", "rationale", "status", "sources", "source_count", "reviewer",
    "created_at", "updated_at", "anchor_state", "corrections",
)  # fmt: skip
_CELLS_SQL = """
SELECT c.id, a.id, a.title, a.outlet, a.url, a.published, c.quote, c.start, c."end",
       c.claim_text, c.claimant, c.verdict,
       CASE WHEN l.value = CAST(l.value AS INTEGER) THEN CAST(l.value AS INTEGER)
            ELSE l.value END,
       c.rationale, c.status,
       (SELECT group_concat(s.url
                || CASE WHEN coalesce(s.title, '') != '' THEN ' — ' || s.title ELSE '' END
                || CASE WHEN coalesce(s.stance, '') != '' THEN ' (' || s.stance || ')'
                        ELSE '' END, char(10))
          FROM (SELECT url, title, stance FROM sources WHERE claim_id = c.id
                ORDER BY position) AS s),
       (SELECT count(*) FROM sources WHERE claim_id = c.id),
       c.reviewer, c.created_at, c.updated_at, c.anchor_state,
       (SELECT group_concat(substr(e.at, 1, 16) || 'Z · ' || e.actor || ' · '
                || (SELECT group_concat(CASE WHEN j.key = 'rationale' THEN 'rationale edited'
                           ELSE j.key || ': ' || coalesce(j.value, '—') || ' → '
                                || coalesce(json_extract(e.after, '$.' || j.key), '—') END, '; ')
                      FROM (SELECT key, value FROM json_each(e.before)
                             ORDER BY key != 'verdict', key) AS j)
                || ' · note: ' || coalesce(json_extract(e.after, '$.correction_note'), ''),
                char(10))
          FROM (SELECT at, actor, before, after FROM events
                 WHERE claim_id = c.id AND action = 'correct' ORDER BY id) AS e)
FROM claims c JOIN articles a ON a.id = c.article_id
LEFT JOIN rating_labels l ON l.label = c.verdict
     AND l.scale_id = (SELECT id FROM rating_scales WHERE active = 1)
"""
_REPORT_ORDER = ' ORDER BY a.imported_at, a.id, c.start, c."end", c.created_at'


class QueryOps(StoreBase):
    def history(self, claim_id: str) -> list[Event]:
        """The claim's events and its sources' events, oldest first."""
        return [event_from_row(row) for row in self._rows(
            "SELECT * FROM events WHERE claim_id = ? OR entity_id = ? ORDER BY id",
            (claim_id, claim_id),
        )]

    def search_claims(self, phrase: str, *, limit: int = 200) -> list[str]:
        """Ids of claims whose quote, claim text or rationale, or whose article's
        title, contain every word of `phrase` (best matches first)."""
        query = fts_query(phrase)
        if not query:
            return []
        rows = self._rows(
            """
            SELECT id FROM (
                SELECT c.id, f.rank AS rank FROM claims_fts f JOIN claims c ON c.rowid = f.rowid
                 WHERE claims_fts MATCH :q
                UNION ALL
                SELECT c.id, f.rank + 1000 AS rank FROM articles_fts f
                  JOIN articles a ON a.rowid = f.rowid JOIN claims c ON c.article_id = a.id
                 WHERE articles_fts MATCH :q
            ) GROUP BY id ORDER BY min(rank) LIMIT :limit
            """,
            {"q": query, "limit": limit},
        )
        return [row["id"] for row in rows]

    def report_rows(
        self,
        *,
        article_ids: list[str] | None = None,
        status: Status | str | None = None,
        verdict: str | None = None,
        reviewer: str | None = None,
        updated_since: str | date | None = None,
        updated_until: str | date | None = None,
        claim_ids: Iterable[str] | None = None,
    ) -> Iterator[ReportRow]:
        """Claims with article and sources in reading order, streamed (one query).

        `updated_since` / `updated_until` are ISO dates or date-times (UTC when
        no offset is given); both bounds are inclusive, a date meaning the whole
        day. `claim_ids` limits the report to those claims (e.g. a selection).
        """
        where, params = self._report_filters(
            article_ids=article_ids, status=status, verdict=verdict, reviewer=reviewer,
            updated_since=updated_since, updated_until=updated_until, claim_ids=claim_ids,
        )
        sql = _REPORT_SQL + where + _REPORT_ORDER
        scale = self.active_scale()  # type: ignore[attr-defined]
        values = {label.label: label.value for label in scale.labels} if scale else {}
        # Not a generator itself: bad filters fail here, before anything is written.
        return self._report_iter(sql, params, values)

    def _report_iter(self, sql: str, params: list, values: dict) -> Iterator[ReportRow]:
        article = None
        for row in self._iter(sql, params):
            claim = claim_from_row(row)
            if article is None or article.id != row["a_id"]:
                # Rows come grouped by article: build each Article once (export speed).
                article = article_from_row(_prefixed(row, "a_"))
            data = row["sources_json"]
            fixes = row["corrections_json"]
            yield ReportRow(
                claim=claim,
                article=article,
                sources=tuple(_sources(claim.id, data)) if data != "[]" else (),
                rating_value=values.get(claim.verdict) if claim.verdict else None,
                corrections=tuple(correction_from_event(*item) for item in json.loads(fixes))
                if fixes != "[]" else (),
            )

    def report_cells(self, **scope: Any) -> Iterator[tuple]:
        """The report as flat tuples in REPORT_CELL_COLUMNS order: the same claims,
        order and values as `report_rows`, with the same keyword filters, for
        writers of flat files."""
        where, params = self._report_filters(**scope)
        # Not a generator itself: bad filters fail here, before anything is written.
        return self._cells_iter(_CELLS_SQL + where + _REPORT_ORDER, params)

    def _cells_iter(self, sql: str, params: list) -> Iterator[tuple]:
        cursor = self._conn.cursor()
        cursor.row_factory = None  # plain tuples: no per-row Row object
        try:
            yield from cursor.execute(sql, params)
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def _report_filters(
        self,
        *,
        article_ids: list[str] | None = None,
        status: Status | str | None = None,
        verdict: str | None = None,
        reviewer: str | None = None,
        updated_since: str | date | None = None,
        updated_until: str | date | None = None,
        claim_ids: Iterable[str] | None = None,
    ) -> tuple[str, list]:
        """The WHERE clause (or "") and parameters shared by the two report queries."""
        where, params = claim_filter(None, status, self._canonical_verdict(verdict))
        clauses = [where] if where else []
        if article_ids:
            clauses.append(f"c.article_id IN ({', '.join('?' * len(article_ids))})")
            params.extend(article_ids)
        if reviewer is not None:
            clauses.append("lower(c.reviewer) = lower(?)")
            params.append(" ".join(reviewer.split()))
        if updated_since is not None:
            clauses.append("c.updated_at >= ?")
            params.append(time_bound(updated_since, end=False))
        if updated_until is not None:
            clauses.append("c.updated_at < ?")
            params.append(time_bound(updated_until, end=True))
        if claim_ids is not None:
            # One parameter however many ids (a selection may hold thousands).
            clauses.append("c.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(claim_ids)))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def integrity_problems(
        self, progress: Callable[[int, int], None] | None = None
    ) -> list[str]:
        """Empty when SQLite's integrity and foreign-key checks and our own pass.
        `progress(done, total)` hears about the claims checked, now and then."""
        problems = [row[0] for row in self._rows("PRAGMA integrity_check") if row[0] != "ok"]
        for row in self._rows("PRAGMA foreign_key_check"):
            problems.append(f"{row[0]} row {row[1]} points at a missing {row[2]}")
        for claim_id in mismatched_quotes(self._conn, progress):
            problems.append(f"claim {claim_id}: its quote no longer matches its text span")
        # FTS5's integrity check is written as an INSERT: a read-only file
        # (a snapshot, a read-only share) cannot run it; `check` says so.
        for table in () if getattr(self, "read_only", False) else ("claims_fts", "articles_fts"):
            try:
                self._conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
            except sqlite3.Error as error:
                problems.append(f"the search index {table} is damaged ({error})")
        for row in self._rows(
            "SELECT id FROM articles WHERE current_version_id IS NULL OR current_version_id"
            " NOT IN (SELECT id FROM article_versions)"
        ):
            problems.append(f"article {row['id']} has no current text version")
        return problems


def time_bound(value: str | date, *, end: bool) -> str:
    """A stored-time string to compare `updated_at` with: `>= start`, `< end`.

    A date (or `YYYY-MM-DD`) as an end bound means "through that whole day"; a
    date-time as an end bound includes that instant. Raises ValidationError.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=UTC)
        moment = moment + timedelta(days=1) if end else moment
        return moment.isoformat(timespec="microseconds")
    else:
        text = str(value).strip()
        try:
            if len(text) == 10:
                return time_bound(date.fromisoformat(text), end=end)
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(
                f"{text!r} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    if end:
        moment += timedelta(microseconds=1)
    return moment.isoformat(timespec="microseconds")


def fts_query(phrase: str) -> str:
    """Every word quoted (so `U.S.` or `3.5%` are words, not syntax), all required."""
    words = [word.replace('"', '""') for word in phrase.split()]
    return " ".join(f'"{word}"' for word in words if word.strip('"'))


def event_from_row(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"], at=row["at"], actor=row["actor"], entity=row["entity"],
        entity_id=row["entity_id"], action=row["action"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        claim_id=row["claim_id"], article_id=row["article_id"],
    )




def _prefixed(row: sqlite3.Row, prefix: str) -> dict:
    # sqlite3.Row iterates over values, so .keys() is needed here.
    return {key[len(prefix):]: row[key] for key in row.keys() if key.startswith(prefix)}  # noqa: SIM118


def _sources(claim_id: str, data: str | None) -> Iterator[Source]:
    # Sorted here: SQLite does not promise that json_group_array keeps the
    # subquery's ORDER BY.
    for item in sorted(json.loads(data or "[]"), key=lambda item: item[1]):
        ident, position, url, title, publisher, published, accessed, stance, note, c, u = item
        yield Source(id=ident, claim_id=claim_id, position=position, url=url, title=title,
                     publisher=publisher, published=published, accessed=accessed,
                     stance=Stance(stance) if stance else None, note=note,
                     created_at=c, updated_at=u)
