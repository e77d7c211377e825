"""Faults around the database file: each gives one clear error, saved work stays
intact, and the edit that failed can be retried once the fault is gone.

At store level "the pending edit is kept" means: the store call raises a
WriteError subclass (the window keeps the edit and offers a retry), nothing of
it is written, and the same call succeeds after the fault is removed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck_gui.core.errors import (
    CorruptDatabaseError,
    DatabaseError,
    DatabaseGoneError,
    DatabaseInUseError,
    DatabaseLockedError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    WriteError,
)
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.core.store import connection as connection_module
from factcheck_gui.core.store.maintenance import backup_file, check_file
from factcheck_gui.core.store.schema import LATEST_VERSION
from tests.helpers.as_nobody import nobody_available, run_as_nobody

from .conftest import ARTICLE_TEXT, span

REPO = Path(__file__).resolve().parents[2]
needs_nobody = pytest.mark.skipif(
    not nobody_available(), reason="needs root and a `nobody` user to drop privileges to")


def saved_library(path: Path) -> tuple[str, str]:
    """A closed database with one article and one claim; returns their ids."""
    with Store.open(path, reviewer="ann") as store:
        article = store.articles.add_article(NewArticle(title="Fares", text=ARTICLE_TEXT))
        claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), verdict="True")
    return article.id, claim.id


def assert_intact(path: Path, article_id: str, claim_id: str) -> None:
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        assert store.articles.get_article(article_id).title == "Fares"
        assert store.claims.get_claim(claim_id).verdict == "True"


# -- disk full ----------------------------------------------------------------
def test_disk_full_refuses_the_edit_and_a_retry_works(db_path: Path) -> None:
    article_id, claim_id = saved_library(db_path)
    big = NewArticle(title="Long", text="A sentence about fares. " * 20_000)
    with Store.open(db_path) as store:
        pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
        store.connection.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(DiskFullError, match=r"disk holding library\.db is full; nothing"):
            store.articles.add_article(big)
        assert [a.title for a in store.articles.list_articles()] == ["Fares"]
        assert store.connection.execute(
            "SELECT count(*) FROM events WHERE entity = 'article'").fetchone()[0] == 1
        store.connection.execute("PRAGMA max_page_count = 1073741823")  # space freed
        store.articles.add_article(big)
    assert_intact(db_path, article_id, claim_id)


# -- locked by another process ------------------------------------------------
HOLD_WRITE = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
""")


def test_locked_database_keeps_a_batch_whole_and_retry_works(db_path: Path, monkeypatch) -> None:
    article_id, claim_id = saved_library(db_path)
    monkeypatch.setattr(connection_module, "BUSY_TIMEOUT_S", 0.2)
    with Store.open(db_path) as store:
        store.connection.execute("PRAGMA busy_timeout = 200")
        holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(db_path)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "locked"

            def edit() -> None:
                with store.batch():
                    claim = store.claims.add_claim(article_id, *span(ARTICLE_TEXT, "Tuesday"))
                    store.sources.add_source(claim.id, "https://example.org/a")

            with pytest.raises(DatabaseLockedError) as caught:
                edit()
            assert isinstance(caught.value, WriteError)
            assert "locked by another program or window; nothing was saved" in str(caught.value)
            assert store.claims.get_claim(claim_id).verdict == "True"  # reading still works
        finally:
            holder.communicate("\n", timeout=30)
        edit()
        assert len(store.claims.list_claims(article_id)) == 2
    assert_intact(db_path, article_id, claim_id)


# -- read-only file and folder ------------------------------------------------
@needs_nobody
def test_read_only_file_is_reported_and_saved_data_kept(shared_folder: Path) -> None:
    folder = shared_folder
    folder.chmod(0o777)
    db = folder / "library.db"
    article_id, claim_id = saved_library(db)
    db.chmod(0o444)

    def as_nobody() -> tuple[str, str]:
        with Store.open(db) as store:
            title = store.articles.get_article(article_id).title
            try:
                store.claims.update_claim(claim_id, verdict="False")
            except ReadOnlyError as error:
                return title, str(error)
        return title, "no error"

    title, message = run_as_nobody(as_nobody)
    assert title == "Fares"
    assert message == "library.db cannot be written (read-only file or folder); nothing was saved."
    assert_intact(db, article_id, claim_id)


@needs_nobody
def test_read_only_folder_opens_read_only(shared_folder: Path) -> None:
    """A WAL database in a folder nobody may write: SQLite cannot create the -shm
    file even to read; the store falls back to an immutable read-only connection."""
    folder = shared_folder
    folder.chmod(0o777)
    db = folder / "library.db"
    article_id, claim_id = saved_library(db)
    folder.chmod(0o755)

    def as_nobody() -> tuple[bool, str, str]:
        with Store.open(db) as store:
            try:
                store.claims.add_claim(article_id, *span(ARTICLE_TEXT, "Tuesday"))
            except ReadOnlyError as error:
                return store.read_only, store.claims.get_claim(claim_id).verdict, str(error)
        return False, "", "no error"

    read_only, verdict, message = run_as_nobody(as_nobody)
    assert (read_only, verdict) == (True, "True")
    assert "cannot be written (read-only file or folder); nothing was saved" in message
    assert_intact(db, article_id, claim_id)


def test_read_only_open_never_writes(db_path: Path) -> None:
    """Without privileges to drop: `mode=ro` is what the fallback uses, asked for."""
    _article_id, claim_id = saved_library(db_path)
    before = db_path.read_bytes()
    with Store.open(db_path, read_only=True) as store:
        assert store.read_only
        with pytest.raises(ReadOnlyError, match="nothing was saved"):
            store.claims.update_claim(claim_id, verdict="False")
        assert store.claims.get_claim(claim_id).verdict == "True"
    assert db_path.read_bytes() == before
    with Store.open(db_path) as store:  # and the edit can be made once writable
        assert store.claims.update_claim(claim_id, verdict="False").verdict == "False"


def test_read_only_open_of_a_missing_file_is_refused(db_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such file"):
        Store.open(db_path, read_only=True)
    assert not db_path.exists()


# -- deleted or replaced while open -------------------------------------------
def test_deleted_while_open_refuses_writes_and_can_be_saved_again(db_path: Path) -> None:
    article_id, claim_id = saved_library(db_path)
    store = Store.open(db_path)
    try:
        db_path.unlink()
        with pytest.raises(DatabaseGoneError, match="deleted, moved or replaced while open"):
            store.claims.update_claim(claim_id, verdict="False")
        assert store.claims.get_claim(claim_id).verdict == "True"  # the open data is still readable
        store.backup(db_path)  # the rescue the message offers
    finally:
        store.close()
    assert_intact(db_path, article_id, claim_id)


def test_moved_away_and_back_works_again(db_path: Path) -> None:
    _article_id, claim_id = saved_library(db_path)
    with Store.open(db_path) as store:
        db_path.rename(db_path.with_name("elsewhere.db"))
        with pytest.raises(DatabaseGoneError):
            store.claims.update_claim(claim_id, verdict="False")
        db_path.with_name("elsewhere.db").rename(db_path)
        assert store.claims.update_claim(claim_id, verdict="False").verdict == "False"


def test_replaced_while_open_leaves_the_new_file_alone(db_path: Path, tmp_path: Path) -> None:
    _article_id, claim_id = saved_library(db_path)
    other = tmp_path / "other.db"
    saved_library(other)
    with Store.open(db_path) as store:
        os.replace(other, db_path)
        replaced = db_path.read_bytes()
        with pytest.raises(DatabaseGoneError):
            store.claims.update_claim(claim_id, verdict="False")
    assert db_path.read_bytes() == replaced


def test_replaced_while_open_saves_a_copy_of_what_was_open(db_path: Path,
                                                           tmp_path: Path) -> None:
    """Edits that only the open connection still holds (in its -wal, not yet in
    the file) are copied to the backups folder when the file is swapped."""
    _article_id, claim_id = saved_library(db_path)
    other = tmp_path / "other.db"
    saved_library(other)
    with Store.open(db_path) as store:
        store.connection.execute("PRAGMA wal_autocheckpoint = 0")
        store.claims.update_claim(claim_id, verdict="False")  # only in the -wal
        os.replace(other, db_path)
        with pytest.raises(DatabaseGoneError, match="replaced while open") as refused:
            store.claims.update_claim(claim_id, rationale="Why")
        [rescued] = backups_folder(db_path).glob("*-rescued-*.db")
        assert str(rescued) in str(refused.value)
    with sqlite3.connect(rescued) as copy:
        assert copy.execute("SELECT verdict, rationale FROM claims WHERE id = ?",
                            (claim_id,)).fetchone() == ("False", None)
    copy.close()


# -- damaged and foreign files ------------------------------------------------
def _corrupt_pages(path: Path) -> None:
    """Overwrite pages in the middle of the file (not the header page)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for number in range(2, min(len(data) // page, 12)):
        data[number * page + 8 : number * page + 400] = b"\xa5" * 392
    path.write_bytes(bytes(data))


def test_corrupt_pages_give_a_clear_error_and_check_and_backup_still_work(
    db_path: Path, tmp_path: Path
) -> None:
    saved_library(db_path)
    _corrupt_pages(db_path)
    try:  # SQLite may notice the damage on opening, or only when asked
        with Store.open(db_path) as store:
            problems = store.integrity_problems()
    except DatabaseError as error:
        assert isinstance(error, CorruptDatabaseError | NotADatabaseError)
        assert "damaged" in str(error)
        problems = [str(error)]
    assert problems
    assert check_file(db_path)  # SQLite's own check, without the store
    copy = backup_file(db_path, tmp_path / "rescued.db")
    assert copy.read_bytes()[:16] == b"SQLite format 3\x00"


def test_corrupt_header_is_not_a_database(db_path: Path) -> None:
    saved_library(db_path)
    data = bytearray(db_path.read_bytes())
    data[16:24] = b"\xff" * 8  # page size and format bytes: SQLite refuses the file
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotADatabaseError, match="not a Factcheck database"):
        Store.open(db_path)
    assert db_path.read_bytes() == bytes(data)


def test_destroyed_magic_is_not_a_database(db_path: Path) -> None:
    saved_library(db_path)
    data = bytearray(db_path.read_bytes())
    data[0:16] = b"\0" * 16
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotADatabaseError, match="not an SQLite file"):
        Store.open(db_path)


@pytest.mark.parametrize("content", [b"hello, world\n", b"\x89PNG\r\n\x1a\n" + b"\0" * 200,
                                     b"SQLite format 2\x00junk"])
def test_a_file_that_is_not_sqlite_is_refused_unchanged(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="not a Factcheck database"):
        Store.open(db_path)
    assert db_path.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["library.db"]


def test_another_programs_sqlite_file_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(NotADatabaseError, match="database of another program"):
        Store.open(db_path)


def test_newer_schema_is_refused_and_not_touched(db_path: Path) -> None:
    saved_library(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(NewerSchemaError, match="newer version of Factcheck GUI"):
            Store.open(db_path, read_only=read_only)
    assert db_path.read_bytes() == before


# -- two app instances ----------------------------------------------------------
HOLD_WINDOW = textwrap.dedent("""
    import sys
    from factcheck_gui.core.store import Store
    store = Store.open(sys.argv[1], lock=True)
    print("open", flush=True)
    sys.stdin.readline()
""")


def test_second_window_is_refused_while_the_first_has_the_file(db_path: Path) -> None:
    _article_id, claim_id = saved_library(db_path)
    first = subprocess.Popen([sys.executable, "-c", HOLD_WINDOW, str(db_path)], cwd=REPO,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUseError) as caught:
            Store.open(db_path, lock=True)
        message = str(caught.value)
        assert message.startswith("library.db is already open in another Factcheck window")
        assert f"pid {first.pid}" in message
        with Store.open(db_path, read_only=True) as viewer:  # the offered way out
            assert viewer.claims.get_claim(claim_id).verdict == "True"
    finally:
        first.send_signal(signal.SIGKILL)  # a crash must not leave the lock behind
        first.wait(timeout=30)
    with Store.open(db_path, lock=True) as second:
        second.claims.update_claim(claim_id, verdict="False")
    assert_intact_verdict(db_path, claim_id, "False")


def test_two_stores_in_one_process_are_refused_too(db_path: Path) -> None:
    with Store.open(db_path, lock=True), pytest.raises(DatabaseInUseError):
        Store.open(db_path, lock=True)
    Store.open(db_path, lock=True).close()  # released on close


def assert_intact_verdict(path: Path, claim_id: str, verdict: str) -> None:
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        assert store.claims.get_claim(claim_id).verdict == verdict
