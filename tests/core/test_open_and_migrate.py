"""Opening files: new, ours, newer, foreign, corrupt; migrations with backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factcheck_gui.core.errors import (
    CorruptDatabaseError,
    DatabaseError,
    NewerSchemaError,
    NotADatabaseError,
)
from factcheck_gui.core.store import Store, backups_folder, schema
from factcheck_gui.core.store import connection as connection_module


def _pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_file_gets_schema_scale_and_durable_settings(db_path: Path) -> None:
    with Store.open(db_path) as store:
        conn = store.connection
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.scales.active_scale() is not None
    assert _pragma(db_path, "user_version") == schema.LATEST_VERSION
    assert _pragma(db_path, "application_id") == schema.APPLICATION_ID
    assert not backups_folder(db_path).exists()  # nothing to back up in a new file


def test_empty_existing_file_is_initialised(db_path: Path) -> None:
    db_path.touch()
    with Store.open(db_path) as store:
        assert store.articles.list_articles() == []


def test_newer_schema_is_refused_and_left_alone(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes\n" * 100)
    with pytest.raises(NotADatabaseError, match="not a Factcheck database"):
        Store.open(path)
    assert path.read_text().startswith("just some notes")


def test_other_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="another program"):
        Store.open(path)


def test_corrupt_file_gives_a_clear_error(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.settings.set_setting("x", 1)
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    db_path.write_bytes(bytes(data))
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        Store.open(db_path)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "x.db")


def test_migration_takes_a_consistent_backup_first(db_path: Path, monkeypatch) -> None:
    with Store.open(db_path) as store:
        store.settings.set_setting("kept", "yes")
    shipped = schema.LATEST_VERSION
    calls = []

    def v2(db) -> None:
        # The backup must already exist when a migration step runs.
        calls.append(list(backups_folder(db_path).glob("*.db")))
        db.execute("CREATE TABLE extra (id TEXT PRIMARY KEY)")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, v2))
    monkeypatch.setattr(schema, "LATEST_VERSION", len(schema.MIGRATIONS))
    with Store.open(db_path) as store:
        backup = store.last_migration_backup
        assert store.settings.get_setting("kept") == "yes"
    assert calls and calls[0] == [backup]
    assert _pragma(db_path, "user_version") == shipped + 1
    assert _pragma(backup, "user_version") == shipped
    with sqlite3.connect(backup) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = 'kept'").fetchone()
    assert row == ('"yes"',)


def test_failed_migration_leaves_the_old_version(db_path: Path, monkeypatch) -> None:
    Store.open(db_path).close()

    def broken(db) -> None:
        db.execute("CREATE TABLE half_done (id TEXT)")
        db.execute("THIS IS NOT SQL")

    shipped = schema.LATEST_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "LATEST_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(DatabaseError):
        Store.open(db_path)
    assert _pragma(db_path, "user_version") == shipped
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone() \
        == (0,)
    conn.close()


def test_backup_is_complete_while_wal_is_unchecked(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path) as store:
        for n in range(50):
            store.settings.set_setting(f"k{n}", n)
        target = store.backup(tmp_path / "copy.db")
        with Store.open(target) as copy:
            assert copy.settings.get_setting("k49") == 49
        with pytest.raises(DatabaseError, match="will not overwrite"):
            store.backup(target)


def test_busy_timeout_is_set(db_path: Path) -> None:
    with Store.open(db_path) as store:
        timeout = store.connection.execute("PRAGMA busy_timeout").fetchone()[0]
    assert timeout == int(connection_module.BUSY_TIMEOUT_S * 1000)


def test_a_v1_database_gains_the_dismissed_suggestions_table(db_path: Path,
                                                             monkeypatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        patch.setattr(schema, "LATEST_VERSION", 1)
        with Store.open(db_path) as store:
            store.settings.set_setting("kept", "yes")
    assert _pragma(db_path, "user_version") == 1
    with Store.open(db_path) as store:
        assert store.settings.get_setting("kept") == "yes"
        assert store.last_migration_backup is not None
        assert store.memory.dismissed_suggestions("any") == set()
    assert _pragma(db_path, "user_version") == schema.LATEST_VERSION
