"""The library's totals kept by triggers (core/store/library_counts.py): right after
every way in and out (the store's, another program's, cascades, undo), and counted
again when the triggers are not what this version wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store, library_counts

TEXT = "The council said fares rose by 18% in January, and more words follow. " * 4


def _counted(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT (SELECT count(*) FROM articles),"
                           " (SELECT count(*) FROM claims)").fetchone()
        return row[0], row[1]
    finally:
        conn.close()


def _kept(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        kept = dict(conn.execute("SELECT name, n FROM library_counts").fetchall())
        return kept["articles"], kept["claims"]
    finally:
        conn.close()


def test_every_way_in_and_out_keeps_the_totals(store: Store, db_path: Path) -> None:
    first = store.articles.add_article(NewArticle(title="One", text=TEXT))
    second = store.articles.add_article(NewArticle(title="Two", text=TEXT))
    claims = [store.claims.add_claim(article.id, n, n + 5)
              for article in (first, second) for n in range(0, 30, 10)]
    assert store.articles.library_totals() == (2, 6) == _kept(db_path)
    deleted = store.claims.delete_claim(claims[0].id)
    assert store.articles.library_totals() == (2, 5)
    store.claims.restore_claim(deleted)  # undo
    assert store.articles.library_totals() == (2, 6)
    store.articles.delete_article(second.id)  # its claims go by cascade
    assert store.articles.library_totals() == (1, 3) == _counted(db_path) == _kept(db_path)
    conn = sqlite3.connect(db_path)  # another program
    with conn:
        conn.execute("DELETE FROM claims WHERE id = ?", (claims[1].id,))
    conn.close()
    assert store.articles.library_totals() == (1, 2) == _counted(db_path)


def test_the_migration_counts_what_is_there(store: Store, db_path: Path) -> None:
    article = store.articles.add_article(NewArticle(title="One", text=TEXT))
    store.claims.add_claim(article.id, 0, 5)
    store.close()
    conn = sqlite3.connect(db_path)
    with conn:
        for name in library_counts.trigger_sql():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE library_counts")
        conn.execute("PRAGMA user_version = 10")
    conn.close()
    with Store.open(db_path, reviewer="ann") as again:
        assert again.articles.library_totals() == (1, 1) == _kept(db_path)


def test_without_its_triggers_the_library_is_counted(store: Store, db_path: Path) -> None:
    article = store.articles.add_article(NewArticle(title="One", text=TEXT))
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DROP TRIGGER library_counts_claims_insert")
    conn.close()
    store.claims.add_claim(article.id, 0, 5)
    assert _kept(db_path) == (1, 0)  # no longer kept...
    assert store.articles.library_totals() == (1, 1)  # ...so counted
