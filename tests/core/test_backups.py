"""Backups: consistent copies, Anki-style rotation on fixed clocks, safe restore."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factcheck_gui.core import backups
from factcheck_gui.core.errors import CorruptDatabaseError, DatabaseError, DatabaseInUseError
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.core.store.maintenance import restore_file, verify_backup

from .conftest import ARTICLE_TEXT

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]


def with_article(path: Path, title: str = "Fares") -> None:
    with Store.open(path) as store:
        store.articles.add_article(NewArticle(title=title, text=ARTICLE_TEXT + title))


def titles(path: Path) -> list[str]:
    with Store.open(path) as store:
        return [a.title for a in store.articles.list_articles()]


# -- rotation (pure) ----------------------------------------------------------
def test_rotation_keeps_12_daily_10_weekly_9_monthly() -> None:
    times = [NOW - timedelta(hours=6 * i) for i in range(4 * 730)]  # two years, 4 a day
    keep = backups.to_keep(times)
    days = {t.date() for t in keep}
    assert max(keep) == NOW
    # The newest of each of the last 12 days...
    for day in range(12):
        newest = max(t for t in times if t.date() == (NOW - timedelta(days=day)).date())
        assert newest in keep
    # ...of the last 10 ISO weeks and the last 9 months, and nothing else.
    weeks = {t.isocalendar()[:2] for t in keep}
    months = {(t.year, t.month) for t in keep}
    assert len(weeks) >= 10 and len(months) == 9
    assert len(keep) <= 12 + 10 + 9
    assert len(days) == len(keep)  # never two of the same day
    assert min(keep) >= datetime(2026, 3, 1, tzinfo=UTC)  # nine months back: March


def test_rotation_of_few_backups_keeps_them_all() -> None:
    times = [NOW - timedelta(days=d) for d in (0, 3, 40)]
    assert backups.to_keep(times) == set(times)
    assert backups.to_keep([]) == set()


def test_same_day_backups_keep_only_the_newest() -> None:
    times = [NOW - timedelta(minutes=m) for m in (0, 10, 20)]
    assert backups.to_keep(times) == {NOW}


def test_rotate_deletes_files_of_this_database_only(tmp_path: Path) -> None:
    folder = tmp_path / "library-backups"
    folder.mkdir()
    db = tmp_path / "library.db"
    names = [backups.backup_name(db, "auto", NOW - timedelta(hours=h)) for h in (0, 1, 2)]
    others = ["other-auto-20261125T093000Z.db", "library-before-v2-20200101T000000Z.db",
              "notes.txt"]
    for name in names + others:
        (folder / name).write_bytes(b"x")
    deleted = backups.rotate(folder, "library")
    assert [p.name for p in deleted] == sorted(names[1:])
    assert sorted(p.name for p in folder.iterdir()) == sorted([names[0], *others])
    assert backups.rotate(tmp_path / "missing", "library") == []


def test_names_round_trip() -> None:
    name = backups.backup_name(Path("/x/lib.db"), "before-import", NOW)
    assert name == "lib-before-import-20261125T093000Z.db"
    assert backups.parse_name(name) == ("lib", "before-import", NOW)
    assert backups.parse_name("lib-before-v2-20261125T093000Z.db") is None


# -- scheduled and pre-import backups -------------------------------------------
def test_backup_if_due_once_a_day(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path) as store:
        assert backups.backup_if_due(store, NOW) is None  # nothing to lose yet
        store.articles.add_article(NewArticle(title="Fares", text=ARTICLE_TEXT))
        first = backups.backup_if_due(store, NOW)
        assert first is not None and first.parent == backups_folder(db_path)
        assert backups.backup_if_due(store, NOW + timedelta(hours=5)) is None
        second = backups.backup_if_due(store, NOW + timedelta(days=1))
        assert second is not None and second != first
    assert titles(first) == ["Fares"]
    with pytest.raises(ValueError, match="unknown backup kind"):
        backups.backup_now(store, "whenever", NOW)


def test_backup_before_import(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert backups.backup_before_import(store, NOW) is None
        store.articles.add_article(NewArticle(title="Fares", text=ARTICLE_TEXT))
        made = backups.backup_before_import(store, NOW)
    assert made.name == "library-before-import-20261125T093000Z.db"
    with Store.open(db_path, read_only=True) as viewer:
        assert backups.backup_before_import(viewer, NOW) is None
        assert backups.backup_if_due(viewer, NOW + timedelta(days=3)) is None


def test_backup_holds_what_is_still_in_the_wal(db_path: Path, tmp_path: Path) -> None:
    """A file copy of a live WAL database misses committed pages; ours does not."""
    with Store.open(db_path) as store:
        store.connection.execute("PRAGMA wal_autocheckpoint = 0")
        store.articles.add_article(NewArticle(title="Fares", text=ARTICLE_TEXT))
        assert Path(f"{db_path}-wal").stat().st_size > 0
        shutil.copy(db_path, tmp_path / "plain-copy.db")
        store.backup(tmp_path / "backup.db")
    assert titles(tmp_path / "backup.db") == ["Fares"]
    conn = sqlite3.connect(tmp_path / "plain-copy.db")
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchall()
    assert not has_table or conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    conn.close()


# -- restore --------------------------------------------------------------------
def test_restore_puts_the_backup_back_and_keeps_the_current_file(
    db_path: Path, tmp_path: Path
) -> None:
    with_article(db_path, "Before")
    with Store.open(db_path) as store:
        store.backup(tmp_path / "backup.db")
    with_article(db_path, "After")
    saved = restore_file(tmp_path / "backup.db", db_path, backups_folder(db_path))
    assert titles(db_path) == ["Before"]
    assert saved is not None and sorted(titles(saved)) == ["After", "Before"]


def test_restore_over_a_destroyed_file(db_path: Path, tmp_path: Path) -> None:
    with_article(db_path, "Before")
    with Store.open(db_path) as store:
        store.backup(tmp_path / "backup.db")
    db_path.write_bytes(b"garbage" * 1000)
    saved = restore_file(tmp_path / "backup.db", db_path, backups_folder(db_path))
    assert titles(db_path) == ["Before"]
    assert saved.read_bytes() == b"garbage" * 1000
    assert restore_file(tmp_path / "backup.db", tmp_path / "new.db", tmp_path / "b") is None


def test_restore_refuses_damaged_or_foreign_backups(db_path: Path, tmp_path: Path) -> None:
    with_article(db_path)
    before = db_path.read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(DatabaseError, match="not a Factcheck database"):
        restore_file(junk, db_path, tmp_path / "b")
    with pytest.raises(DatabaseError, match="no backup file"):
        restore_file(tmp_path / "missing.db", db_path, tmp_path / "b")
    damaged = tmp_path / "damaged.db"
    with Store.open(db_path) as store:
        store.backup(damaged)
    data = bytearray(damaged.read_bytes())
    for start in range(4096 * 2, len(data) - 4096, 4096):
        data[start + 8 : start + 300] = b"\xa5" * 292
    damaged.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        verify_backup(damaged)
    assert db_path.read_bytes() == before


HOLD_WINDOW = textwrap.dedent("""
    import sys
    from factcheck_gui.core.store import Store
    store = Store.open(sys.argv[1], lock=True)
    print("open", flush=True)
    sys.stdin.readline()
""")


def test_restore_is_refused_while_a_window_has_the_database(db_path: Path, tmp_path: Path):
    with_article(db_path, "Before")
    with Store.open(db_path) as store:
        store.backup(tmp_path / "backup.db")
    with_article(db_path, "After")
    window = subprocess.Popen([sys.executable, "-c", HOLD_WINDOW, str(db_path)], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUseError, match="already open in another"):
            restore_file(tmp_path / "backup.db", db_path, backups_folder(db_path))
    finally:
        window.communicate("\n", timeout=30)
    assert sorted(titles(db_path)) == ["After", "Before"]
