"""Writes that cannot happen: a clear error, nothing saved half, a retry that works."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck_gui.core.errors import DatabaseLockedError, ReadOnlyError
from factcheck_gui.core.store import Store
from factcheck_gui.core.store import connection as connection_module

from .conftest import ARTICLE_TEXT, span

HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    """
)


def test_locked_database_is_reported_and_retry_works(db_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(connection_module, "BUSY_TIMEOUT_S", 0.2)
    with Store.open(db_path) as store:
        from factcheck_gui.core.models import NewArticle

        article = store.articles.add_article(NewArticle(title="T", text=ARTICLE_TEXT))
        holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "locked"
            with pytest.raises(DatabaseLockedError, match="locked by another program"):
                store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
        finally:
            holder.communicate("\n", timeout=30)
        assert store.claims.list_claims(article.id) == []
        store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
        assert len(store.claims.list_claims(article.id)) == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores file permissions")
def test_read_only_file_is_reported(db_path: Path) -> None:
    Store.open(db_path).close()
    db_path.chmod(0o444)
    try:
        with Store.open(db_path) as store, pytest.raises(ReadOnlyError):
            store.settings.set_setting("x", 1)
    finally:
        db_path.chmod(0o644)


def test_read_only_connection_is_reported(db_path: Path) -> None:
    """Root ignores permissions, so force read-only through SQLite itself."""
    with Store.open(db_path) as store:
        store.connection.execute("PRAGMA query_only = ON")
        with pytest.raises(ReadOnlyError, match="cannot be written"):
            store.settings.set_setting("x", 1)
        store.connection.execute("PRAGMA query_only = OFF")
        store.settings.set_setting("x", 1)
        assert store.settings.get_setting("x") == 1
