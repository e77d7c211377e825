"""The claims report: which claims a scope keeps, as domain rows or as flat cells."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter

from factcheck_gui.core.models import ReportRow, Source, SourceWeb, Stance
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store.articles import article_from_row
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.claims import claim_from_row
from factcheck_gui.core.store.connection import database_error
from factcheck_gui.core.store.scales import Scales
from factcheck_gui.core.store.scope import scope_where
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
                                           s.created_at, s.updated_at, k.fetched_at,
                                           k.final_url, k.sha256, lc.state, lc.checked_at))
          FROM (SELECT * FROM sources WHERE claim_id = c.id ORDER BY position) AS s
          LEFT JOIN source_copies k ON k.source_id = s.id
          LEFT JOIN link_checks lc ON lc.source_id = s.id
       ) AS sources_json,
       (SELECT json_group_array(json_array(e.at, e.actor, e.before, e.after))
          FROM (SELECT x.at, x.actor, x.before, x.after FROM events x
                 WHERE x.claim_id = c.id AND x.action = 'correct'
                   AND NOT EXISTS (SELECT 1 FROM events w WHERE w.claim_id = c.id
                       AND w.action = 'withdraw' AND json_extract(w.after, '$.withdrawn') = x.id)
                 ORDER BY x.id) AS e
       ) AS corrections_json
FROM claims c JOIN articles a ON a.id = c.article_id
"""


# Each column of the flat report (io/records.py defines them; a test keeps the
# two in step) as SQL over claims c, articles a and the verdict's label l.
# Sources become `url — title (stance)` lines, like records.format_source, and
# corrections one line each like workflow.format_correction: building domain
# objects for 200,000 claims only to flatten them again cost as much as the
# query itself (README "Benchmarks").
_CELL_SQL: dict[str, str] = {
    "claim_id": "c.id",
    "article_id": "a.id",
    "article_title": "a.title",
    "article_outlet": "a.outlet",
    "article_url": "a.url",
    "article_published": "a.published",
    "quote": "c.quote",
    "start": "c.start",
    "end": 'c."end"',
    "claim_text": "c.claim_text",
    "claimant": "c.claimant",
    "verdict": "c.verdict",
    "rating_value": "CASE WHEN l.value = CAST(l.value AS INTEGER)"
                    " THEN CAST(l.value AS INTEGER) ELSE l.value END",
    "rationale": "c.rationale",
    "status": "c.status",
    "sources": "",  # these four come from _SOURCE_PACK
    "source_count": "",
    "reviewer": "c.reviewer",
    "created_at": "c.created_at",
    "updated_at": "c.updated_at",
    "anchor_state": "c.anchor_state",
    "corrections": """(SELECT group_concat(substr(e.at, 1, 16) || 'Z · ' || e.actor || ' · '
                || (SELECT group_concat(CASE WHEN j.key = 'rationale' THEN 'rationale edited'
                           ELSE j.key || ': ' || coalesce(j.value, '—') || ' → '
                                || coalesce(json_extract(e.after, '$.' || j.key), '—') END, '; ')
                      FROM (SELECT key, value FROM json_each(e.before)
                             ORDER BY key != 'verdict', key) AS j)
                || ' · note: ' || coalesce(json_extract(e.after, '$.correction_note'), ''),
                char(10))
          FROM (SELECT x.at, x.actor, x.before, x.after FROM events x
                 WHERE x.claim_id = c.id AND x.action = 'correct'
                   AND NOT EXISTS (SELECT 1 FROM events w WHERE w.claim_id = c.id
                       AND w.action = 'withdraw' AND json_extract(w.after, '$.withdrawn') = x.id)
                 ORDER BY x.id) AS e)""",
    "source_copies": "",
    "source_links": "",
}
# The four columns made from a claim's sources, in the sources' order, from ONE
# correlated subquery packed as a JSON array (one look-up of the claim's sources
# instead of four; on 200,000 claims the four cost about 40% more CPU than the one):
# `url — title (stance)` lines like records.format_source, the count, and one line
# per source like records.copy_line and records.link_line. A claim without sources
# gives [null, 0, null, null], as the four subqueries did.
_SOURCE_COLUMNS = ("sources", "source_count", "source_copies", "source_links")
_SOURCE_PACK = """(SELECT json_array(
          group_concat(s.url
                || CASE WHEN coalesce(s.title, '') != '' THEN ' — ' || s.title ELSE '' END
                || CASE WHEN coalesce(s.stance, '') != '' THEN ' (' || s.stance || ')'
                        ELSE '' END, char(10)),
          count(*),
          group_concat(CASE WHEN s.fetched_at IS NULL THEN 'no copy'
                ELSE 'kept ' || substr(s.fetched_at, 1, 10) END, char(10)),
          group_concat(CASE WHEN s.state IS NULL THEN 'not checked'
                ELSE s.state || ' ' || substr(s.checked_at, 1, 10) END, char(10)))
        FROM (SELECT x.url, x.title, x.stance, k.fetched_at, lc.state, lc.checked_at
                FROM sources x LEFT JOIN source_copies k ON k.source_id = x.id
                LEFT JOIN link_checks lc ON lc.source_id = x.id
               WHERE x.claim_id = c.id ORDER BY x.position) AS s)"""
#: The columns `report_cells` can give, in the CSV report's order.
REPORT_CELL_COLUMNS = tuple(_CELL_SQL)
_CELLS_FROM = """
FROM claims c JOIN articles a ON a.id = c.article_id
LEFT JOIN rating_labels l ON l.label = c.verdict
     AND l.scale_id = (SELECT id FROM rating_scales WHERE active = 1)
"""
ALL = ReportScope()
_REPORT_ORDER = ' ORDER BY a.imported_at, a.id, c.start, c."end", c.created_at'


class Reports:
    """The report over claims in reading order: as domain rows, or as flat cells."""

    def __init__(self, db: Db, scales: Scales) -> None:
        self._db = db
        self._scales = scales

    def report_rows(self, scope: ReportScope = ALL) -> Iterator[ReportRow]:
        """The claims `scope` keeps, with article, sources and corrections, in
        reading order, streamed (one query). Raises ValidationError for a bad
        status or date before the first row."""
        where, params = scope_where(scope, self._scales.canonical_verdict)
        sql = _REPORT_SQL + where + _REPORT_ORDER
        scale = self._scales.active_scale()
        values = {label.label: label.value for label in scale.labels} if scale else {}
        # Not a generator itself: bad filters fail here, before anything is written.
        return self._report_iter(sql, params, values)

    def _report_iter(self, sql: str, params: list, values: dict) -> Iterator[ReportRow]:
        article = None
        for row in self._db.iter(sql, params):
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

    def report_cells(self, scope: ReportScope = ALL,
                     columns: Sequence[str] = REPORT_CELL_COLUMNS) -> Iterator[tuple]:
        """The same claims, order and values as `report_rows`, as flat tuples of
        `columns` (names of REPORT_CELL_COLUMNS, any order), for flat files."""
        unknown = [name for name in columns if name not in _CELL_SQL]
        if unknown:
            raise ValueError(f"no report column {unknown[0]!r}")
        where, params = scope_where(scope, self._scales.canonical_verdict)
        plain = [name for name in columns if name not in _SOURCE_COLUMNS]
        exprs = [_CELL_SQL[name] for name in plain]
        if len(plain) < len(columns):  # some come from the sources' pack, at the end
            exprs.append(_SOURCE_PACK)
        sql = "SELECT " + ", ".join(exprs) + _CELLS_FROM + where + _REPORT_ORDER
        # Not a generator itself: bad filters fail here, before anything is written.
        if len(plain) == len(columns):
            return self._cells_iter(sql, params)
        # Each row is the plain cells then the pack's four: pick `columns` from them.
        names = [*plain, *_SOURCE_COLUMNS]
        return self._packed_iter(sql, params, _picker([names.index(name) for name in columns]))

    def _cells_iter(self, sql: str, params: list) -> Iterator[tuple]:
        cursor = self._db.conn.cursor()
        cursor.row_factory = None  # plain tuples: no per-row Row object
        try:
            yield from cursor.execute(sql, params)
        except sqlite3.Error as error:
            raise database_error(error, self._db.path) from error

    def _packed_iter(self, sql: str, params: list,
                     pick: Callable[[tuple], tuple]) -> Iterator[tuple]:
        loads = json.loads
        for row in self._cells_iter(sql, params):
            yield pick(row[:-1] + tuple(loads(row[-1])))


def _picker(indexes: list[int]) -> Callable[[tuple], tuple]:
    """A function giving a row's cells at `indexes`, as a tuple."""
    if len(indexes) == 1:  # itemgetter of one index gives the item, not a tuple
        index = indexes[0]
        return lambda row: (row[index],)
    return itemgetter(*indexes)


def _prefixed(row: sqlite3.Row, prefix: str) -> dict:
    # sqlite3.Row iterates over values, so .keys() is needed here.
    return {key[len(prefix):]: row[key] for key in row.keys() if key.startswith(prefix)}  # noqa: SIM118


def _sources(claim_id: str, data: str | None) -> Iterator[Source]:
    # Sorted here: SQLite does not promise that json_group_array keeps the
    # subquery's ORDER BY.
    for item in sorted(json.loads(data or "[]"), key=lambda item: item[1]):
        ident, position, url, title, publisher, published, accessed, stance, note, c, u = \
            item[:11]
        web = SourceWeb(*item[11:16]) if any(item[11:16]) else None
        yield Source(id=ident, claim_id=claim_id, position=position, url=url, title=title,
                     publisher=publisher, published=published, accessed=accessed,
                     stance=Stance(stance) if stance else None, note=note,
                     created_at=c, updated_at=u, web=web)
