"""The checks `check` runs on a database the store could open."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.quote_check import mismatched_quotes


def integrity_problems(
    db: Db, progress: Callable[[int, int], None] | None = None, *, read_only: bool = False
) -> list[str]:
    """Empty when SQLite's integrity and foreign-key checks and our own pass.
    `progress(done, total)` hears about the claims checked, now and then."""
    problems = [row[0] for row in db.rows("PRAGMA integrity_check") if row[0] != "ok"]
    for row in db.rows("PRAGMA foreign_key_check"):
        problems.append(f"{row[0]} row {row[1]} points at a missing {row[2]}")
    for claim_id in mismatched_quotes(db.conn, progress):
        problems.append(f"claim {claim_id}: its quote no longer matches its text span")
    # FTS5's integrity check is written as an INSERT: a read-only file
    # (a snapshot, a read-only share) cannot run it; `check` says so.
    for table in () if read_only else ("claims_fts", "articles_fts"):
        try:
            db.conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except sqlite3.Error as error:
            problems.append(f"the search index {table} is damaged ({error})")
    for row in db.rows(
        "SELECT id FROM articles WHERE current_version_id IS NULL OR current_version_id"
        " NOT IN (SELECT id FROM article_versions)"
    ):
        problems.append(f"article {row['id']} has no current text version")
    return problems


