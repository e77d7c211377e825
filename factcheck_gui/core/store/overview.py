"""Counts over the whole library for the overview: per verdict, status, outlet,
reviewer and day, and the claims behind any bar (see core/overview.py).

Each count is one GROUP BY query; a filter on the outlet becomes a sub-select
on articles, so only the outlet chart itself joins the two tables. On 200,000
claims every query here is well under a second (README "Benchmarks").
"""

from __future__ import annotations

import json

from factcheck_gui.core.models import Status
from factcheck_gui.core.overview import (
    DIMENSIONS,
    NONE,
    STACKS,
    Count,
    DayCount,
    OverviewFilter,
    OverviewRow,
)
from factcheck_gui.core.store.base import Db

# The key of each dimension in SQL (NULL and blank are NONE); _normal in Python.
_KEYS = {
    "verdict": "coalesce(c.verdict, '')",
    "status": "c.status",
    "reviewer": "coalesce(trim(c.reviewer), '')",
}
_STATUS_RANK = "CASE c.status " + " ".join(
    f"WHEN '{status.value}' THEN {n}" for n, status in enumerate(Status)) + " ELSE 99 END"
# Sort keys of the table's columns: the scale's order for verdicts (verdicts not on
# it after, no verdict last), the workflow's order for statuses.
_ORDERS = {
    "quote": ("c.quote COLLATE NOCASE",),
    "article": ("a.title COLLATE NOCASE",),
    "verdict": ("coalesce((SELECT l.position FROM rating_labels l WHERE l.label = c.verdict"
                " AND l.scale_id = (SELECT id FROM rating_scales WHERE active = 1)),"
                " CASE WHEN c.verdict IS NULL THEN 10001 ELSE 10000 END)", "c.verdict"),
    "status": (_STATUS_RANK,),
    "reviewer": ("c.reviewer COLLATE NOCASE",),
    "created": ("c.created_at",),
}
ORDERS = tuple(_ORDERS)
#: How many claims the table fetches at once (overview_rows).
PAGE = 200


def filter_sql(flt: OverviewFilter | None) -> tuple[str, list[object]]:
    """` WHERE ...` (or "") over `claims c`, and its parameters."""
    if flt is None:
        return "", []
    clauses: list[str] = []
    params: list[object] = []
    if flt.verdict is not None:
        if flt.verdict == NONE:
            clauses.append("(c.verdict IS NULL OR c.verdict = '')")
        else:
            clauses.append("c.verdict = ?")
            params.append(flt.verdict)
    if flt.status is not None:
        clauses.append("c.status = ?")
        params.append(flt.status)
    if flt.outlet is not None:
        clauses.append("c.article_id IN (SELECT id FROM articles"
                       " WHERE coalesce(trim(outlet), '') = ?)")
        params.append(flt.outlet)
    if flt.reviewer is not None:
        clauses.append(f"{_KEYS['reviewer']} = ?")
        params.append(flt.reviewer)
    if flt.created_from is not None:
        clauses.append("c.created_at >= ?")
        params.append(flt.created_from)
    if flt.created_until is not None:
        clauses.append("c.created_at < ?")
        params.append(flt.created_until)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


class Overview:
    """Counts over the whole library, and the claims behind any of them."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def _filter(self, flt: OverviewFilter | None) -> tuple[str, list[object]]:
        """`filter_sql`, leaving out the articles the current reviewer reviews blind.

        The blind clause is added only when there are such articles: with no WHERE
        at all, the verdict and status counts are index-only scans (1,000,000
        claims: the five counts took 1.57x plain GROUP BY with an always-present
        clause that matched nothing)."""
        where, params = filter_sql(flt)
        reviewer = " ".join(self._db.reviewer.split())
        pass_open = ("SELECT article_id FROM review_passes"
                     " WHERE done_at IS NULL AND lower(reviewer) = lower(?)")
        if self._db.row(pass_open + " LIMIT 1", (reviewer,)) is None:
            return where, params
        blind = f"c.article_id NOT IN ({pass_open})"
        where = f"{where} AND {blind}" if where else f" WHERE {blind}"
        return where, [*params, reviewer]

    def overview_total(self, flt: OverviewFilter | None = None) -> int:
        where, params = self._filter(flt)
        return int(self._db.one(f"SELECT count(*) AS n FROM claims c{where}", params)["n"])

    def overview_counts(self, dimension: str, flt: OverviewFilter | None = None) -> list[Count]:
        """Claims per value of `dimension` (verdict, status, outlet, reviewer) among
        those `flt` keeps, most first (ties by value). Values with no claims are
        not listed; NONE stands for no verdict / outlet / reviewer."""
        if dimension not in DIMENSIONS:
            raise ValueError(f"no overview dimension {dimension!r}")
        where, params = self._filter(flt)
        if dimension == "outlet":
            # Claims per article first (an index-only scan), then one row per article.
            # (`+`: with a filter, see below.)
            article = ("+" if where else "") + "c.article_id"
            sql = ("SELECT a.outlet AS key, sum(n) AS n FROM"
                   f" (SELECT c.article_id, count(*) AS n FROM claims c{where}"
                   f"  GROUP BY {article}) AS per JOIN articles a ON a.id = per.article_id"
                   " GROUP BY a.outlet")
        else:
            # Raw values are grouped (an index-only scan without a filter) and
            # normalised below. With a filter, `+` keeps SQLite from walking the
            # grouped column's index and fetching every row it points at (4x slower).
            column = ("+" if where else "") + f"c.{dimension}"
            sql = f"SELECT {column} AS key, count(*) AS n FROM claims c{where} GROUP BY {column}"
        merged: dict[str, int] = {}
        for row in self._db.rows(sql, params):
            key = _normal(row["key"], dimension)
            merged[key] = merged.get(key, 0) + int(row["n"])
        counts = [Count(key, n) for key, n in merged.items()]
        return sorted(counts, key=lambda c: (-c.count, c.key.casefold(), c.key))

    def overview_days(self, stack: str, flt: OverviewFilter | None = None) -> list[DayCount]:
        """Claims created per UTC day and value of `stack` (verdict or status)."""
        if stack not in STACKS:
            raise ValueError(f"the timeline stacks by verdict or status, not {stack!r}")
        where, params = self._filter(flt)
        rows = self._db.rows(
            f"SELECT substr(c.created_at, 1, 10) AS day, {_KEYS[stack]} AS key, count(*) AS n"
            f" FROM claims c{where} GROUP BY day, key ORDER BY day", params)
        return [DayCount(row["day"], row["key"], int(row["n"])) for row in rows]

    def overview_claim_ids(
        self, flt: OverviewFilter | None = None, *, order: str = "created",
        descending: bool = True,
    ) -> list[str]:
        """Ids of the claims `flt` keeps, sorted by one of ORDERS (ties: newest first)."""
        if order not in _ORDERS:
            raise ValueError(f"cannot sort the overview by {order!r}")
        where, params = self._filter(flt)
        join = " JOIN articles a ON a.id = c.article_id" if order == "article" else ""
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT c.id FROM claims c{join}{where}"
               " ORDER BY " + ", ".join(f"{key} {direction}" for key in _ORDERS[order]) + ","
               " c.created_at DESC, c.id")
        cursor = self._db.conn.cursor()
        cursor.row_factory = None
        try:
            return [row[0] for row in cursor.execute(sql, params)]
        finally:
            cursor.close()

    def overview_rows(self, claim_ids: list[str]) -> dict[str, OverviewRow]:
        """The table's columns for these claims (missing ids are left out)."""
        if not claim_ids:
            return {}
        rows = self._db.rows(
            "SELECT c.id, c.article_id, substr(c.quote, 1, 400) AS quote, a.title, a.outlet,"
            " c.verdict, c.status, c.reviewer, c.created_at FROM claims c"
            " JOIN articles a ON a.id = c.article_id"
            " WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps(claim_ids),))
        return {row["id"]: OverviewRow(
            claim_id=row["id"], article_id=row["article_id"], quote=row["quote"],
            article_title=row["title"], outlet=row["outlet"], verdict=row["verdict"],
            status=row["status"], reviewer=row["reviewer"], created_at=row["created_at"],
        ) for row in rows}


def _normal(value: str | None, dimension: str) -> str:
    """A grouped value as its key: what `_KEYS` computes in SQL (trim() trims spaces)."""
    if value is None:
        return NONE
    return value.strip(" ") if dimension in ("outlet", "reviewer") else value
