"""The history on a big events table (1,000,000 events in full mode).

1. Claim > Deleted Claims…: `deleted_claims(article_id)` (the latest delete of each
   claim not back since), against the plainest scan of the delete events.
2. The History tab of a busy claim (500 events): read, turn into words and group
   (`history` + `history_entries` + `group_entries`), against a plain SELECT that
   parses the same JSON.

The events are loaded through `store.bulk` (a shortcut, as datagen takes); what is measured
goes through the real store and core/history.py.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from benchmarks.harness import Context, Result, median_time
from factcheck_gui.core.history import group_entries, history_entries
from factcheck_gui.core.models import Event, NewArticle, Provenance
from factcheck_gui.core.store import Store

BUSY = 500  # events of the claim whose history is shown
AT = "2026-01-01T00:00:00.000000+00:00"


def _events_db(ctx: Context) -> tuple[Path, str, str]:
    """(database, an article with deleted claims, a claim with BUSY events)."""
    def build() -> tuple[Path, str, str]:
        path = ctx.workdir / "history.db"
        for stale in ctx.workdir.glob("history.db*"):
            stale.unlink()
        total = ctx.sizes.articles * ctx.sizes.claims_per_article * 5
        with Store.open(path, reviewer="bench") as store:
            article = store.articles.add_article(NewArticle(
                title="Busy", text="Claims about fares and buses. " * 20, outlet=None,
                author=None, url=None, published=None, language=None,
                provenance=Provenance()))
            busy = store.claims.add_claim(article.id, 0, 6).id
        articles = [str(uuid.uuid4()) for _ in range(max(10, total // 1000))]
        articles[0] = article.id
        claims = max(100, total // 5)
        before = {"quote": "Claims", "start": 0, "end": 6, "verdict": "False",
                  "sources": [{"id": "s", "url": "https://example.org"}]}

        def rows() -> Iterator[Event]:
            for n in range(total):
                claim = busy if n % (total // BUSY) == 0 else f"c{n % claims}"
                where = articles[n % len(articles)] if claim != busy else article.id
                if n % 1000 == 1:
                    yield Event(0, AT, "bob", "claim", claim, "delete", before, None, claim,
                                where)
                else:
                    yield Event(0, AT, "bob", "claim", claim, "update", {"verdict": "True"},
                                {"verdict": "False"}, claim, where)

        with Store.open(path, reviewer="bench") as store:
            store.bulk.load(events=rows())
        return path, article.id, busy

    return ctx.cached("history-events", build)


def deleted_list(ctx: Context) -> Result:
    path, article_id, _busy = _events_db(ctx)
    store = Store.open(path, read_only=True)
    conn = sqlite3.connect(path)
    try:
        def ours() -> None:
            store.restore.deleted_claims(article_id)

        def floor() -> None:
            rows = conn.execute("SELECT * FROM events WHERE entity = 'claim' AND action ="
                                " 'delete' AND article_id = ?", (article_id,)).fetchall()
            [json.loads(row[6]) for row in rows]

        ours()
        floor()
        repeats = ctx.sizes.repeats
        t_ours, t_floor = median_time(ours, repeats), median_time(floor, repeats)
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
        store.close()
    return Result("deleted claims of an article", t_ours, "s", t_floor,
                  "plain scan of delete events", "<= 2x", t_ours <= 2 * t_floor,
                  note=f"{events:,} events")


def busy_history(ctx: Context) -> Result:
    path, _article_id, busy = _events_db(ctx)
    store = Store.open(path, read_only=True)
    conn = sqlite3.connect(path)
    try:
        def ours() -> None:
            list(reversed(group_entries(reversed(history_entries(store.events.for_claim(busy))))))

        def floor() -> None:
            for row in conn.execute("SELECT * FROM events WHERE claim_id = ? OR entity_id = ?"
                                    " ORDER BY id", (busy, busy)):
                json.loads(row[6] or "null")
                json.loads(row[7] or "null")

        ours()
        floor()
        repeats = max(5, ctx.sizes.repeats)
        t_ours, t_floor = median_time(ours, repeats), median_time(floor, repeats)
    finally:
        conn.close()
        store.close()
    return Result(f"history of a claim with {BUSY} events, in words", t_ours, "s", t_floor,
                  "plain SELECT + json.loads", "<= 50 ms", t_ours <= 0.05,
                  note="read, described, typing saves merged, grouped")


SCENARIOS = [deleted_list, busy_history]
