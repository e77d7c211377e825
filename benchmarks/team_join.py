"""Joining a big team database: 200,000 claims on 1,000 articles in full mode.

The team database is filled by SQL on the server (the administrator's role, one
statement per table), so what is measured is the join alone: a fresh working
copy pulls and applies every change with progress, as `team join` does. The
floor writes the same rows into a fresh local database with plain executemany
in one transaction: the least any way of getting them into SQLite costs.
No target: the row tells what a newcomer to a big desk waits for.
"""

from __future__ import annotations

import hashlib

from benchmarks.harness import Context, Result, timed
from benchmarks.team_sync import _cluster, _no_server, _team
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import server

TEXT = "The minister said fares rose by 27 percent while buses ran late. " * 40
NOW = "2026-12-01T10:00:00.000000+00:00"


def _rows(articles: int, per_article: int) -> tuple[list[dict], list[dict], list[dict]]:
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    arts, versions, claims = [], [], []
    for a in range(articles):
        aid, vid = f"a{a:06d}", f"v{a:06d}"
        arts.append({"id": aid, "title": f"Article {a}", "outlet": f"Outlet {a % 7}",
                     "published": f"2026-{1 + a % 12:02d}-01", "imported_at": NOW,
                     "updated_at": NOW, "current_version_id": vid})
        versions.append({"id": vid, "article_id": aid, "number": 1, "text": TEXT,
                         "sha256": sha, "created_at": NOW})
        for c in range(per_article):
            start = (c * 13) % (len(TEXT) - 40)
            claims.append({"id": f"c{a:06d}{c:04d}", "article_id": aid, "version_id": vid,
                           "start": start, "end": start + 30, "quote": TEXT[start:start + 30],
                           "claim_text": f"claim {c}", "rationale": f"reason {c}",
                           "status": "to-check", "created_at": NOW, "updated_at": NOW})
    return arts, versions, claims


def _fill_server(url: str, tables: list[tuple[str, list[dict]]]) -> None:
    import json
    import uuid

    conn = server.connect(url)
    client = str(uuid.uuid4())
    try:
        with conn.transaction():
            for table, rows in tables:
                for at in range(0, len(rows), 20_000):
                    payload = json.dumps([{"new": row} for row in rows[at:at + 20_000]])
                    conn.execute(
                        "INSERT INTO factcheck.changes (id, client, base_seq, tbl, op, data)"
                        " SELECT gen_random_uuid(), %s::uuid, 0, %s, 'insert', x"
                        " FROM jsonb_array_elements(%s::jsonb) WITH ORDINALITY AS t(x, i)"
                        " ORDER BY i", (client, table, payload))
    finally:
        conn.close()


def _floor(ctx: Context, tables: list[tuple[str, list[dict]]]) -> float:
    path = ctx.workdir / "join-floor.db"
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    with Store.open(path) as store:
        conn = store.connection

        def write() -> None:
            conn.execute("BEGIN")
            for table, rows in tables:
                names = list(rows[0])
                conn.executemany(
                    f"INSERT INTO {table} ({', '.join(chr(34) + n + chr(34) for n in names)})"
                    f" VALUES ({', '.join('?' for _ in names)})",
                    [tuple(row.get(n) for n in names) for row in rows])
            conn.execute("COMMIT")

        return timed(write)


def join_big(ctx: Context) -> list[Result]:
    articles, per_article = (20, 100) if ctx.quick else (1_000, 200)
    total = articles * per_article
    name = f"join a team database of {total:,} claims ({articles:,} articles)"
    cluster = _cluster(ctx)
    if cluster is None:
        return [_no_server(name, "")]
    team = _team(cluster)
    arts, versions, claims = _rows(articles, per_article)
    tables = [("articles", arts), ("article_versions", versions), ("claims", claims)]
    _fill_server(cluster.url(team), tables)
    floor = _floor(ctx, tables)
    path = ctx.workdir / "join-bob.db"
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    steps: list[int] = []
    with Store.open(path) as bob:
        took = timed(lambda: bob.team.join(cluster.url(team, "bob"),
                                           progress=lambda *_: steps.append(1)))
        assert len(bob.claims.list_claims()) == total
    return [Result(name, took, "s", floor, "the same rows by executemany, one transaction",
                   note=f"{len(steps)} progress reports; {total / took:,.0f} claims/s")]


SCENARIOS = [join_big]
