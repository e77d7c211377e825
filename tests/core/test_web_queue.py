"""The queue of fetches waiting for the network, in a real database: a miss queues,
each further miss waits longer (1, 2, 5, then 10 minutes), a page that came or a
refusal takes it off, the network coming back makes everything due, and a deleted
source's wait is hidden until undo brings the source back."""

from __future__ import annotations

from datetime import datetime, timedelta

from factcheck_gui.core.models import LinkCheck, NewArticle, WebFetch
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.web_queue import RETRY_MINUTES

T0 = "2026-12-02T09:00:00.000000+00:00"


def _source(store: Store, url: str = "https://example.org/a") -> str:
    article = store.articles.add_article(NewArticle(title="A", text="The mayor said so."))
    claim = store.claims.add_claim(article.id, 0, 9)
    return store.sources.add_source(claim.id, url).id


def _minutes_after(stamp: str, start: str) -> float:
    return (datetime.fromisoformat(stamp) - datetime.fromisoformat(start)) / timedelta(minutes=1)


def test_each_miss_waits_longer_and_the_first_miss_is_kept(store: Store) -> None:
    source_id = _source(store)
    queue = store.web.queue
    waits, now = [], T0
    for _ in range(6):
        queued = queue.put(source_id, "copy", "https://example.org/a", "unreachable",
                           "could not connect", now=now)
        waits.append(_minutes_after(queued.next_try_at, now))
        now = queued.next_try_at
    assert waits == [*RETRY_MINUTES, RETRY_MINUTES[-1], RETRY_MINUTES[-1]]
    (waiting,) = queue.waiting()
    assert waiting.queued_at == T0 and waiting.tries == 6 and queue.offline_since() == T0
    assert queue.due(now=T0) == [] and queue.due(now=now) == [waiting]
    queue.reset_backoff(now=T0)
    again = queue.put(source_id, "copy", "https://example.org/a", "unreachable", now=T0)
    assert again.tries == 1 and _minutes_after(again.next_try_at, T0) == RETRY_MINUTES[0]


def test_a_copy_kept_or_refused_leaves_the_queue(store: Store) -> None:
    first, second = _source(store), _source(store, "https://example.org/b")
    store.web.copy_failed(first, "https://example.org/a", "could not connect",
                          kind="unreachable")
    store.web.copy_failed(second, "https://example.org/b", "could not connect",
                          kind="unreachable")
    assert store.web.queue.count("copy") == 2
    store.web.copy_failed(second, "https://example.org/b", "HTTP 404 not found", 404,
                          kind="gone")
    assert [q.source_id for q in store.web.queue.waiting()] == [first]
    page = WebFetch("https://example.org/a", "https://example.org/a", 200, T0, "text/html",
                    "ab" * 32, b"<p>page</p>")
    store.web.keep_copy(first, page, title="A", text="page")
    assert store.web.queue.count() == 0


def test_checks_without_an_answer_wait_and_an_answer_clears_them(store: Store) -> None:
    source_id = _source(store)
    store.web.record_checks([LinkCheck(source_id, "unreachable", T0, None,
                                       "https://example.org/a", "could not connect",
                                       kind="unreachable")])
    (queued,) = store.web.queue.waiting("check")
    assert queued.url == "https://example.org/a" and queued.reason == "could not connect"
    assert store.web.checks_of([source_id])[source_id].state == "unreachable"
    store.web.record_checks([LinkCheck(source_id, "unreachable", T0, 503, None,
                                       "HTTP 503 unavailable", kind="http")])
    assert store.web.queue.count() == 0  # the server answered: not a network matter


def test_a_deleted_sources_wait_comes_back_with_it(store: Store) -> None:
    source_id = _source(store)
    store.web.copy_failed(source_id, "https://example.org/a", "offline", kind="unreachable")
    source = store.sources.delete_source(source_id)
    assert store.web.queue.count() == 0 and store.web.queue.waiting() == []
    store.sources.add_source(source.claim_id, source.url, source_id=source.id)
    assert [q.source_id for q in store.web.queue.waiting("copy")] == [source_id]


def test_an_older_database_gets_the_queue(tmp_path, monkeypatch) -> None:
    import sqlite3

    from factcheck_gui.core.store import schema

    path = tmp_path / "old.db"
    older = schema.MIGRATIONS.index(schema._web_queue)
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:older])
        patch.setattr(schema, "LATEST_VERSION", older)
        with Store.open(path) as store:
            source_id = _source(store)
    with Store.open(path) as store:
        assert store.web.queue.count() == 0
        store.web.copy_failed(source_id, "https://example.org/a", "offline",
                              kind="unreachable")
        assert store.web.queue.count("copy") == 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
