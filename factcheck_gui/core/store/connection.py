"""Opening the database file safely: checks, pragmas, migrations, backups.

One `sqlite3.Connection` per store is the single writer (docs/decisions.md: several
writers on one file risk SQLite's WAL-reset bug, and deferred transactions fail
at once on lock contention). Python's implicit transactions are switched off
(`isolation_level=None`); the store opens `BEGIN IMMEDIATE` itself.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from factcheck_gui.core.errors import (
    CorruptDatabaseError,
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    WriteError,
)
from factcheck_gui.core.store import schema
from factcheck_gui.core.translatable import translate

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


def database_error(error: sqlite3.Error, path: Path) -> DatabaseError:
    """Turn SQLite's exception into one of ours, with a message for a person."""
    # Python 3.11 names SQLite's result code; older messages are matched as text.
    code = getattr(error, "sqlite_errorname", "") or ""
    text = f"{code} {error}".lower()
    name = path.name
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return DatabaseLockedError(translate(
            "Errors", "{name} is locked by another program or window; nothing was saved."
            " Close the other program, then try again.").format(name=name))
    if code == "SQLITE_FULL" or "full" in text:
        return DiskFullError(translate(
            "Errors", "the disk holding {name} is full; nothing was saved. Free some space,"
            " then try again.").format(name=name))
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return ReadOnlyError(translate(
            "Errors", "{name} cannot be written (read-only file or folder); nothing was saved."
        ).format(name=name))
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or (
        "not a database" in text or "corrupt" in text
    ):
        return CorruptDatabaseError(translate(
            "Errors", "{name} is damaged ({error}). Run `check`, and restore a backup if needed."
        ).format(name=name, error=error))
    if "unable to open" in text:
        return DatabaseError(translate("Errors", "cannot open {path}: {error}").format(
            path=path, error=error))
    if isinstance(error, sqlite3.OperationalError) and "disk i/o" in text:
        return WriteError(translate(
            "Errors", "the disk reported an error while writing {name}: {error}").format(
            name=name, error=error))
    return DatabaseError(translate("Errors", "database error in {name}: {error}").format(
        name=name, error=error))


def _not_factcheck(path: Path) -> str:
    return translate(
        "Errors", "{name} is not a Factcheck database (not an SQLite file, or damaged)"
    ).format(name=path.name)


def check_header(path: Path) -> None:
    """Refuse a non-empty file that does not start with SQLite's magic bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseError(translate("Errors", "cannot read {path}: {reason}").format(
            path=path, reason=error.strerror or error)) from error
    if head and head != SQLITE_MAGIC:
        raise NotADatabaseError(translate(
            "Errors", "{name} is not a Factcheck database (not an SQLite file)").format(
            name=path.name))


def connect(path: Path, *, read_only: bool = False) -> tuple[sqlite3.Connection, bool]:
    """Open (creating if needed) and configure the writer connection.

    Returns the connection and whether it is read-only: asked for, or because
    the file or its folder cannot be written (then reading still works).
    """
    check_header(path)
    if not path.parent.is_dir():
        raise DatabaseError(translate(
            "Errors", "cannot create {path}: the folder {folder} does not exist").format(
            path=path, folder=path.parent))
    if read_only or (path.is_file() and not _writable_place(path)):
        # Asked for, or a read-only file, folder or file system: SQLite would
        # open it read-write and fail at the first write (or at the WAL setup).
        return connect_read_only(path), True
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as error:
        raise database_error(error, path) from error
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn)
        # FULL: a transaction reported as committed survives power loss too.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        conn.close()
        if "not a database" in str(error).lower():
            raise NotADatabaseError(_not_factcheck(path)) from error
        problem = database_error(error, path)
        if path.is_file() and (isinstance(problem, ReadOnlyError) or not _writable_place(path)):
            # A read-only folder or file system (a snapshot, a read-only share):
            # WAL cannot create its -shm file even to read ("unable to open").
            return connect_read_only(path), True
        raise problem from error
    return conn, False


def _writable_place(path: Path) -> bool:
    """Whether the file and its folder may be written (false on a read-only file
    system, whoever asks: access() reports EROFS even to root)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect_read_only(path: Path, *, verify: bool = True) -> sqlite3.Connection:
    """A connection that never writes, also in a read-only folder.

    `mode=ro` first; if SQLite cannot set up WAL's shared memory there (no -shm
    file and no right to create one), `immutable=1`, which tells SQLite that no
    one changes the file while it is open: true in a folder no one may write.
    An immutable open ignores a -wal file, so when one with content lies beside
    the file (a snapshot taken while the app was writing) the two are read from
    a private copy instead, never without the WAL's edits.
    """
    if not path.is_file():
        raise DatabaseError(translate("Errors", "cannot open {path}: no such file").format(
            path=path))
    path = path.absolute()  # a file: URI cannot be relative
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        if "immutable" in query and _has_wal_content(path):
            path = _private_copy(path)
            query = "mode=ro"
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True,
                                   timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as error:
            last = error
            continue
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            # The schema is read here; `verify=False` (a rescue backup) skips it,
            # since SQLite's backup copies pages without reading the schema.
            conn.execute("SELECT count(*) FROM sqlite_master" if verify else "SELECT 1")
        except sqlite3.Error as error:
            conn.close()
            last = error
            if "not a database" in str(error).lower():
                break
            continue
        return conn
    assert last is not None
    if "not a database" in str(last).lower():
        raise NotADatabaseError(_not_factcheck(path)) from last
    raise database_error(last, path) from last


def _has_wal_content(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _private_copy(path: Path) -> Path:
    """The file and its -wal copied into a temporary folder (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="factcheck-read-only-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    try:
        for suffix in ("", "-wal"):
            shutil.copyfile(path.with_name(path.name + suffix), folder / (path.name + suffix))
    except OSError as error:
        raise DatabaseError(translate(
            "Errors", "cannot read {path} and its -wal file: {reason}").format(
            path=path, reason=error.strerror or error)) from error
    return folder / path.name


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL lets the window read while a write is in progress. Falls back quietly
    (read-only folders, some network drives) to the rollback journal."""
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute("PRAGMA journal_mode = WAL").fetchone()


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse other programs' SQLite files and databases from a newer app."""
    # One statement, so one snapshot: read apart, another process creating the
    # same new file could commit its first migration in between, and its tables
    # without our application_id would look like another program's file.
    app_id, tables = conn.execute(
        "SELECT (SELECT application_id FROM pragma_application_id),"
        " (SELECT count(*) FROM sqlite_master)"
    ).fetchone()
    app_id = int(app_id)
    if app_id not in (0, schema.APPLICATION_ID) or (app_id == 0 and tables):
        raise NotADatabaseError(translate(
            "Errors", "{name} is an SQLite database of another program, not a Factcheck"
            " database").format(name=path.name))
    version = schema_version(conn)
    if version > schema.LATEST_VERSION:
        raise NewerSchemaError(translate(
            "Errors", "{name} was written by a newer version of Factcheck GUI (database version"
            " {version}, this app knows up to {latest}); please update the app. The file was"
            " not changed.").format(name=path.name, version=version, latest=schema.LATEST_VERSION))


def migrate(conn: sqlite3.Connection, path: Path, backups: Path) -> Path | None:
    """Bring the schema up to date; back up first if the file holds data.

    Returns the backup's path, if one was taken.
    """
    version = schema_version(conn)
    if version >= schema.LATEST_VERSION:
        return None
    backup = None
    if version > 0:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        base = f"{path.stem}-before-v{schema.LATEST_VERSION}-{stamp}"
        # Processes opening a file that another one is still creating all back it up,
        # possibly within the same second: each takes a name of its own.
        target = backups / f"{base}.db"
        number = 1
        while target.exists() or target.with_name(target.name + ".partial").exists():
            number += 1
            target = backups / f"{base}-{number}.db"
        backup = backup_to(conn, target)
    import sqlite_utils  # only when a migration runs

    db = sqlite_utils.Database(conn)
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Read again under the write lock: another process opening the same
            # new file at the same moment may have migrated it meanwhile.
            step = schema_version(conn)
            if step >= schema.LATEST_VERSION:
                conn.execute("COMMIT")
                return backup
            schema.MIGRATIONS[step](db)
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise database_error(error, path) from error


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A complete, consistent copy through SQLite's online backup (never a file
    copy, which loses a WAL database's un-checkpointed pages)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error
        raise DatabaseError(translate(
            "Errors", "cannot create the folder {folder}: {reason}").format(
            folder=target.parent, reason=reason)) from error
    if target.exists():
        raise DatabaseError(translate(
            "Errors", "will not overwrite the existing file {path}").format(path=target))
    partial = target.with_name(target.name + ".partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        partial.replace(target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise database_error(error, target) from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        reason = error.strerror or error
        raise DatabaseError(translate("Errors", "cannot write the backup {path}: {reason}"
                                      ).format(path=target, reason=reason)) from error
    return target
