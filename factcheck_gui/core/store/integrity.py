"""The checks `check` runs on a database the store could open."""

from __future__ import annotations

import sqlite3

from factcheck_gui.core.store.base import Db


def integrity_problems(db: Db) -> list[str]:
    """Empty when SQLite's integrity and foreign-key checks and our own pass."""
    problems = [row[0] for row in db.rows("PRAGMA integrity_check") if row[0] != "ok"]
    for row in db.rows("PRAGMA foreign_key_check"):
        problems.append(f"{row[0]} row {row[1]} points at a missing {row[2]}")
    # Compared inside SQLite: pulling each claim's article text into Python
    # would copy a 1 MB text once per claim.
    for row in db.rows(
        "SELECT c.id FROM claims c JOIN article_versions v ON v.id = c.version_id"
        " WHERE c.anchor_state != 'orphaned'"
        ' AND substr(v.text, c.start + 1, c."end" - c.start) IS NOT c.quote'
    ):
        problems.append(f"claim {row['id']}: its quote no longer matches its text span")
    for table in ("claims_fts", "articles_fts"):
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


