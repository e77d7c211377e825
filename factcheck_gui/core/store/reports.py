"""The claims report: which claims a scope keeps, as domain rows or as flat cells."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter

from factcheck_gui.core.models import ReportRow, Source, SourceWeb, Stance
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import report_guard
from factcheck_gui.core.store.articles import article_from_row
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.claims import claim_from_row
from factcheck_gui.core.store.connection import database_error
from factcheck_gui.core.store.report_lines import LineRules, line_sql
from factcheck_gui.core.store.report_sql import (
    CELL_SQL,
    CELLS_FROM,
    CORRECTIONS_FROM,
    RATINGS_SQL,
    REPORT_CELL_COLUMNS,
    REPORT_ORDER,
    SOURCE_COLUMNS,
    SOURCE_PACK,
)
from factcheck_gui.core.store.scales import Scales
from factcheck_gui.core.store.scope import scope_where
from factcheck_gui.core.workflow import correction_from_event

_REPORT_SQL = f"""
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
          {CORRECTIONS_FROM}
       ) AS corrections_json
FROM claims c JOIN articles a ON a.id = c.article_id
"""


ALL = ReportScope()


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
        sql = _REPORT_SQL + where + REPORT_ORDER
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
        unknown = [name for name in columns if name not in CELL_SQL]
        if unknown:
            raise ValueError(f"no report column {unknown[0]!r}")
        where, params = scope_where(scope, self._scales.canonical_verdict)
        sql, pick = _cells_query(columns, where + REPORT_ORDER)
        # Not a generator itself: bad filters fail here, before anything is written.
        if pick is None:
            return self._cells_iter(sql, params)
        return self._packed_iter(sql, params, pick)

    def report_lines(self, scope: ReportScope, rules: LineRules,
                     cell: Callable[[object], str]) -> Iterator[bytes | tuple]:
        """The flat report of `scope` (every column of REPORT_CELL_COLUMNS) as the CSV
        lines SQLite writes (core/store/report_lines.py): per claim, its line as UTF-8
        bytes ending in CRLF, or, for a claim SQL cannot write exactly, its
        `report_cells` tuple for the caller to write. `cell` writes a stored rating
        value as the report's rating cell."""
        where, params = scope_where(scope, self._scales.canonical_verdict)
        ratings = [(row[0], cell(row[1])) for row in self._db.rows(RATINGS_SQL)]
        sql, head = line_sql(rules, ratings, where, REPORT_ORDER,
                             guarded=report_guard.present(self._db.conn))
        # Not a generator itself: bad filters fail here, before anything is written.
        return self._lines_iter(sql, head + params)

    def _lines_iter(self, sql: str, params: list) -> Iterator[bytes | tuple]:
        for (line,) in self._cells_iter(sql, params):
            yield line if line.__class__ is bytes else self._claim_cells(line)

    def _claim_cells(self, rowid: int) -> tuple:
        """The report's cells of the claim with this rowid."""
        sql, pick = _cells_query(REPORT_CELL_COLUMNS, " WHERE c.rowid = ?")
        assert pick is not None  # every column: the sources' four included
        return next(self._packed_iter(sql, [rowid], pick))

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


def _cells_query(columns: Sequence[str],
                 tail: str) -> tuple[str, Callable[[tuple], tuple] | None]:
    """The SELECT giving `columns` per claim (then `tail`: a WHERE, an ORDER BY), and
    the function picking them from a row when some come from the sources' pack
    (None: the row is the columns as they are)."""
    plain = [name for name in columns if name not in SOURCE_COLUMNS]
    exprs = [CELL_SQL[name] for name in plain]
    if len(plain) < len(columns):  # some come from the sources' pack, at the end
        exprs.append(SOURCE_PACK)
    sql = "SELECT " + ", ".join(exprs) + CELLS_FROM + tail
    if len(plain) == len(columns):
        return sql, None
    # Each row is the plain cells then the pack's four: pick `columns` from them.
    names = [*plain, *SOURCE_COLUMNS]
    return sql, _picker([names.index(name) for name in columns])


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
