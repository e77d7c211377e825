"""Notice when another program deletes or replaces the database or its `-wal` file.

SQLite keeps writing to the `-wal` it opened. When another program deletes it
(a cleaner, a sync tool, a user tidying up), this connection goes on writing
into the deleted file: every commit succeeds, other processes find a new, empty
`-wal` whose header disagrees with the shared memory and fail ("disk I/O
error") or see none of the new edits, and a crash loses everything since. On a
clean close SQLite checkpoints from the deleted file into the database, so the
edits survive only if the app is not killed first (measured with SQLite 3.40.1).

The database file itself fares the same: once it is deleted, moved away or
replaced, the open connection writes where nobody will look again.

So the guard remembers both files' identities (device and inode) when the store
opens them, and before every write, and on the window's one-second poll,
compares them with what is at the paths. On a mismatch, everything this
connection sees (the deleted files included) is copied once, through SQLite's
backup, to a safe file in the backups folder, and the write is refused with a
message naming that copy. A file moved away and back matches again.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from factcheck_gui.core.errors import DatabaseGoneError, FactcheckError
from factcheck_gui.core.store.connection import backup_to
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate


def file_identity(path: str | Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def wal_identity(db_path: Path) -> tuple[int, int] | None:
    return file_identity(f"{db_path}-wal")


_GONE = {
    ("database", True): QT_TRANSLATE_NOOP(
        "Errors", "{name} was deleted, moved or replaced while open, so new edits would be lost;"
        " nothing more is saved. Everything open here was saved to {path}; close the app and"
        " restore that copy (`restore`)."),
    ("database", False): QT_TRANSLATE_NOOP(
        "Errors", "{name} was deleted, moved or replaced while open, so new edits would be lost;"
        " nothing more is saved. No copy could be saved: use File > Save a Copy or `backup`"
        " now; close the app and restore that copy (`restore`)."),
    ("wal", True): QT_TRANSLATE_NOOP(
        "Errors", "{name}-wal was deleted or replaced by another program while open, so new"
        " edits would be lost; nothing more is saved. Everything open here was saved to {path};"
        " close the app and restore that copy (`restore`)."),
    ("wal", False): QT_TRANSLATE_NOOP(
        "Errors", "{name}-wal was deleted or replaced by another program while open, so new"
        " edits would be lost; nothing more is saved. No copy could be saved: use File > Save a"
        " Copy or `backup` now; close the app and restore that copy (`restore`)."),
}


class WalGuard:
    def __init__(self, conn: sqlite3.Connection, db_path: Path, backups: Path) -> None:
        self.db_path, self.backups = db_path, backups
        self.rescued: Path | None = None
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the -wal
        self.identity = wal_identity(db_path) if str(mode).lower() == "wal" else None
        self.db_identity = file_identity(db_path)

    def gone(self) -> str | None:
        """What was deleted or replaced ("database" or "wal"), or None when all is well."""
        if self.db_identity is not None and file_identity(self.db_path) != self.db_identity:
            return "database"
        if self.identity is not None and wal_identity(self.db_path) != self.identity:
            return "wal"
        return None

    def check(self, conn: sqlite3.Connection) -> None:
        """Raise DatabaseGoneError (after saving a copy) if either file was swapped."""
        gone = self.gone()
        if gone is None:
            return
        if self.rescued is None:
            self.rescued = self._rescue(conn)
        text = translate("Errors", _GONE[gone, self.rescued is not None])
        raise DatabaseGoneError(text.format(name=self.db_path.name, path=self.rescued))

    def _rescue(self, conn: sqlite3.Connection) -> Path | None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.backups / f"{self.db_path.stem}-rescued-{stamp}.db"
        try:
            return backup_to(conn, target)
        except FactcheckError:
            return None
