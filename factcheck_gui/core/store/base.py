"""The store's shared machinery: write transactions, history events, change notices."""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import DatabaseGoneError, NotFoundError
from factcheck_gui.core.store.connection import translate

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed write changed, for views to refresh just that."""

    entity: str  # "article", "claim", "source", "scale", "setting"
    action: str  # "create", "update", "delete", ...
    ids: tuple[str, ...]
    article_id: str | None = None
    claim_id: str | None = None


@dataclass
class _Pending:
    changes: list[Change] = field(default_factory=list)
    # Claims to check against the workflow rules just before COMMIT (claim id ->
    # whether the claim became final or published in this transaction).
    final_checks: dict[str, bool] = field(default_factory=dict)


Listener = Callable[[list[Change]], None]
log = logging.getLogger(__name__)


class StoreBase:
    """Holds the single writer connection; every write goes through `_writing()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, reviewer: str) -> None:
        conn.row_factory = sqlite3.Row
        self._conn = conn
        self.path = path
        self.reviewer = reviewer
        self._pending: _Pending | None = None
        self._depth = 0
        self._listeners: list[Listener] = []
        self._identity = _file_identity(path)

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for inserts from dicts. Imported
        on first use: it is a tenth of a second of start-up otherwise."""
        import sqlite_utils

        return sqlite_utils.Database(self._conn)

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        if self._conn is not None:
            # No explicit checkpoint: the last connection to close folds the WAL
            # back by itself, and a TRUNCATE checkpoint would wait out the busy
            # timeout whenever another process is reading or writing.
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- notifications -------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after each committed write. Returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # -- reading -------------------------------------------------------------
    def _rows(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def _tuples(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """All rows as plain tuples (no per-row Row object: cheaper for big lists)."""
        cursor = self._conn.cursor()
        cursor.row_factory = None
        try:
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        finally:
            with suppress(sqlite3.Error):
                cursor.close()

    def _row(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _iter(self, sql: str, params: tuple | dict = ()) -> Iterator[sqlite3.Row]:
        """Stream rows. Abandoning the generator (or closing the store first) is fine."""
        try:
            cursor = self._conn.execute(sql, params)
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        try:
            while True:
                try:
                    rows = cursor.fetchmany(500)
                except sqlite3.Error as error:
                    raise translate(error, self.path) from error
                if not rows:
                    return
                yield from rows
        finally:
            with suppress(sqlite3.Error):
                cursor.close()

    # -- writing -------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[_Pending]:
        """One IMMEDIATE transaction; a nested use is a savepoint inside it.

        On any error everything in it, history included, is rolled back and the
        error is re-raised as one of ours (locked, full, read-only...). A nested
        block that fails is undone on its own, so a caller that catches the error
        inside a batch still commits only whole operations.
        """
        if self._pending is not None:
            with self._savepoint(self._pending) as pending:
                yield pending
            return
        pending = _Pending()
        guard = getattr(self, "wal_guard", None)  # its -wal swapped: see wal_guard.py
        if guard is not None:
            guard.check(self._conn)  # outside a transaction: its rescue copy needs that
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        if _file_identity(self.path) != self._identity:
            # On POSIX the open connection would go on writing into the deleted
            # (or replaced) file, where no one would ever find the edit again.
            self._conn.execute("ROLLBACK")
            raise DatabaseGoneError(
                f"{self.path.name} was deleted, moved or replaced while open; nothing was"
                f" saved. Put the file back, or save what is open with a backup to {self.path}."
            )
        self._pending = pending
        try:
            yield pending
            self._before_commit(pending)
            self._conn.execute("COMMIT")
        except BaseException as error:
            if self._conn.in_transaction:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise translate(error, self.path) from error
            raise
        finally:
            self._pending = None
        if pending.changes:
            for listener in list(self._listeners):
                # The write is committed: a failing listener must not make the
                # caller believe it was not.
                try:
                    listener(pending.changes)
                except Exception:
                    log.exception("change listener %r failed", listener)

    @contextmanager
    def _savepoint(self, pending: _Pending) -> Iterator[_Pending]:
        name = f"sp{len(pending.changes)}_{id(pending) % 100000}_{self._depth}"
        self._depth += 1
        mark = len(pending.changes)
        try:
            self._conn.execute(f"SAVEPOINT {name}")
            yield pending
            self._conn.execute(f"RELEASE {name}")
        except BaseException as error:
            if self._conn.in_transaction:
                with suppress(sqlite3.Error):
                    self._conn.execute(f"ROLLBACK TO {name}")
                    self._conn.execute(f"RELEASE {name}")
            del pending.changes[mark:]
            if isinstance(error, sqlite3.Error):
                raise translate(error, self.path) from error
            raise
        finally:
            self._depth -= 1

    def _before_commit(self, pending: _Pending) -> None:
        """Last checks of a whole transaction (a batch included); raising rolls it back."""

    def _record(
        self,
        entity: str,
        entity_id: str,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        *,
        claim_id: str | None = None,
        article_id: str | None = None,
    ) -> None:
        """Append to the history and queue a change notice (inside `_writing`)."""
        assert self._pending is not None, "_record outside a write transaction"
        self._conn.execute(
            "INSERT INTO events (at, actor, entity, entity_id, action, before, after,"
            " claim_id, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                utc_now(),
                self.reviewer,
                entity,
                entity_id,
                action,
                _json(before),
                _json(after),
                claim_id,
                article_id,
            ),
        )
        self._pending.changes.append(
            Change(entity, action, (entity_id,), article_id=article_id, claim_id=claim_id)
        )

    # -- settings ------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._row("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row["value"])

    def set_setting(self, key: str, value: Any) -> None:
        before = self.get_setting(key)
        if before == value:
            return
        with self._writing():
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self._record("setting", key, "update", {"value": before}, {"value": value})


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file, or None when it is missing."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def require(row: sqlite3.Row | None, what: str, ident: str) -> sqlite3.Row:
    """The row, or NotFoundError naming what was looked for."""
    if row is None:
        raise NotFoundError(f"no {what} with id {ident}")
    return row
