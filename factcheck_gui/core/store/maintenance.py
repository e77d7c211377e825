"""Check, back up and restore a database file that may be damaged.

These work on a plain SQLite connection, without migrations or the app's
defaults, so that they still help when `Store.open` refuses the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from factcheck_gui.core.errors import (
    CorruptDatabaseError,
    DatabaseError,
    FactcheckError,
    NewerSchemaError,
    NotADatabaseError,
)
from factcheck_gui.core.store.connection import (
    backup_to,
    check_header,
    check_ours,
    connect_read_only,
    database_error,
)
from factcheck_gui.core.store.lock import WriterLock
from factcheck_gui.core.translatable import translate

RESTORE_LOCK_TIMEOUT_S = 2.0


def check_file(path: Path) -> list[str]:
    """SQLite's own integrity check on `path`; empty when it is fine.

    For files the store can open, prefer `Store.integrity_problems()`, which
    also checks the app's own rules.
    """
    check_header(path)
    try:
        conn = connect_read_only(path)
    except CorruptDatabaseError as error:
        return [f"SQLite cannot read the file's table list: {error}"]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as error:
        return [f"SQLite cannot read the file: {error}"]
    finally:
        conn.close()
    return [row[0] for row in rows if row[0] != "ok"]


def backup_file(path: Path, target: Path) -> Path:
    """A page-by-page copy of `path` through SQLite's backup API, damage included
    (a damaged file is still worth keeping before anyone tries to repair it)."""
    conn = connect_read_only(path, verify=False)
    try:
        return backup_to(conn, target)
    finally:
        conn.close()


def verify_backup(backup: Path) -> None:
    """Refuse a backup that is damaged, foreign or from a newer app."""
    if not backup.is_file():
        raise DatabaseError(translate("Errors", "no backup file at {path}").format(path=backup))
    check_header(backup)
    conn = connect_read_only(backup)
    try:
        try:
            check_ours(conn, backup)
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        except sqlite3.Error as error:
            raise CorruptDatabaseError(translate(
                "Errors", "the backup {name} is damaged: {error}").format(
                name=backup.name, error=error)) from error
    finally:
        conn.close()
    if problems:
        raise CorruptDatabaseError(translate(
            "Errors", "the backup {name} is damaged ({problem}); choose another backup").format(
            name=backup.name, problem=problems[0]))


def restore_file(backup: Path, path: Path, backups: Path) -> Path | None:
    """Put `backup` in place of the database at `path`, safely.

    The backup is checked first; nothing happens while another process has the
    database open for writing (its writer lock, or an open transaction). The
    current file, if readable, is kept as `<name>-before-restore-<time>.db` in
    `backups`, whose path is returned. The copy goes through SQLite's backup API,
    so readers of the file never see half of it.
    """
    verify_backup(backup)
    with WriterLock(path) as lock:
        if not lock.held and path.exists() and not _writable(path):
            raise DatabaseError(translate(
                "Errors", "{path} cannot be written (read-only file or folder)").format(path=path))
        saved = _save_current(path, backups)
        if path.exists() and not _sqlite_readable(path):
            # Not SQLite, or the header is destroyed: SQLite cannot write into it.
            path.unlink()
            for suffix in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(path, timeout=RESTORE_LOCK_TIMEOUT_S, isolation_level=None)
        try:
            target.execute("BEGIN IMMEDIATE")  # nobody else is mid-write
            target.execute("ROLLBACK")
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise database_error(error, path) from error
        finally:
            source.close()
            target.close()
    return saved


def _save_current(path: Path, backups: Path) -> Path | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"{path.stem}-before-restore-{stamp}.db"
    try:
        return backup_file(path, target)
    except FactcheckError:
        # Unreadable as SQLite: keep its bytes as they are (no WAL to lose here,
        # since SQLite could not open it).
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
        return target


def _sqlite_readable(path: Path) -> bool:
    try:
        check_header(path)
        conn = connect_read_only(path)
    except (NotADatabaseError, NewerSchemaError, DatabaseError):
        return False
    conn.close()
    return True


def _writable(path: Path) -> bool:
    with contextlib.suppress(OSError), path.open("r+b"):
        return True
    return False


__all__ = ["backup_file", "check_file", "restore_file", "verify_backup"]
