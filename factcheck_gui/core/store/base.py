"""The store's shared machinery: one connection, its write transactions, the event
log and change notices. Every part of the store (core/store/__init__.py) is given
the same `Db` and reads and writes only through it."""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import DatabaseError, DatabaseGoneError, NotFoundError
from factcheck_gui.core.store.connection import database_error
from factcheck_gui.core.store.wal_guard import WalGuard
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import sqlite_utils
    import sqlite_utils.db


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed write changed, for views to refresh just that."""

    entity: str  # "article", "claim", "source", "scale", "setting"
    action: str  # "create", "update", "delete", ...
    ids: tuple[str, ...]
    article_id: str | None = None
    claim_id: str | None = None


@dataclass
class Pending:
    """What the open transaction changed, told to listeners after COMMIT."""

    changes: list[Change] = field(default_factory=list)
    # Claims to check against the workflow rules just before COMMIT (claim id ->
    # whether the claim became final or published in this transaction).
    final_checks: dict[str, bool] = field(default_factory=dict)


Listener = Callable[[list[Change]], None]
#: Query parameters: positional, or by name.
Params = Sequence[Any] | Mapping[str, Any]
#: Called with the whole transaction just before COMMIT; raising rolls it back.
CommitCheck = Callable[[Pending], None]
log = logging.getLogger(__name__)


class Db:
    """The single writer connection; every write goes through `writing()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, reviewer: str) -> None:
        conn.row_factory = sqlite3.Row
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.reviewer = reviewer
        self._pending: Pending | None = None
        self._depth = 0
        self._listeners: list[Listener] = []
        self._commit_checks: list[CommitCheck] = []
        self._identity = _file_identity(path)
        #: Watches the `-wal` file of a writable database (see wal_guard.py).
        self.wal_guard: WalGuard | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise DatabaseError(translate("Errors", "{name} is closed").format(name=self.path.name))
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def pending(self) -> Pending:
        """The open write transaction (only inside `writing()`)."""
        assert self._pending is not None, "outside a write transaction"
        return self._pending

    @functools.cached_property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for inserts from dicts. Imported
        on first use: it is a tenth of a second of start-up otherwise."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def table(self, name: str) -> sqlite_utils.db.Table:
        """A table, for inserts from dicts (inside `writing()`)."""
        return self.utils.table(name)

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        if self._conn is not None:
            # No explicit checkpoint: the last connection to close folds the WAL
            # back by itself, and a TRUNCATE checkpoint would wait out the busy
            # timeout whenever another process is reading or writing.
            self._conn.close()
            self._conn = None

    # -- notifications -------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after each committed write. Returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def check_before_commit(self, check: CommitCheck) -> None:
        """Run `check(pending)` as the last step of every write transaction."""
        self._commit_checks.append(check)

    # -- reading -------------------------------------------------------------
    def rows(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise database_error(error, self.path) from error

    def tuples(self, sql: str, params: Params = ()) -> list[tuple]:
        """All rows as plain tuples (no per-row Row object: cheaper for big lists)."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        try:
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise database_error(error, self.path) from error
        finally:
            with suppress(sqlite3.Error):
                cursor.close()

    def row(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row:
        """The single row of a query that always gives one (an aggregate, say)."""
        row = self.row(sql, params)
        assert row is not None, "the query gave no row"
        return row

    def iter(self, sql: str, params: Params = ()) -> Iterator[sqlite3.Row]:
        """Stream rows. Abandoning the generator (or closing the store first) is fine."""
        try:
            cursor = self.conn.execute(sql, params)
        except sqlite3.Error as error:
            raise database_error(error, self.path) from error
        try:
            while True:
                try:
                    rows = cursor.fetchmany(500)
                except sqlite3.Error as error:
                    raise database_error(error, self.path) from error
                if not rows:
                    return
                yield from rows
        finally:
            with suppress(sqlite3.Error):
                cursor.close()

    # -- writing -------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[Pending]:
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
        pending = Pending()
        if self.wal_guard is not None:
            # Outside a transaction: the rescue copy it may make needs that.
            self.wal_guard.check(self.conn)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise database_error(error, self.path) from error
        if _file_identity(self.path) != self._identity:
            # On POSIX the open connection would go on writing into the deleted
            # (or replaced) file, where no one would ever find the edit again.
            self.conn.execute("ROLLBACK")
            raise DatabaseGoneError(translate(
                "Errors", "{name} was deleted, moved or replaced while open; nothing was saved."
                " Put the file back, or save what is open with a backup to {path}.").format(
                name=self.path.name, path=self.path))
        self._pending = pending
        try:
            yield pending
            self._before_commit(pending)
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise database_error(error, self.path) from error
            raise
        finally:
            self._pending = None
        if pending.changes:
            self.notify(pending.changes)

    def notify(self, changes: list[Change]) -> None:
        """Tell the listeners about committed changes (ours, or another process's)."""
        for listener in list(self._listeners):
            # The write is committed: a failing listener must not make the
            # caller believe it was not.
            try:
                listener(changes)
            except Exception:
                log.exception("change listener %r failed", listener)

    @contextmanager
    def _savepoint(self, pending: Pending) -> Iterator[Pending]:
        name = f"sp{len(pending.changes)}_{id(pending) % 100000}_{self._depth}"
        self._depth += 1
        mark = len(pending.changes)
        try:
            self.conn.execute(f"SAVEPOINT {name}")
            yield pending
            self.conn.execute(f"RELEASE {name}")
        except BaseException as error:
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
            del pending.changes[mark:]
            if isinstance(error, sqlite3.Error):
                raise database_error(error, self.path) from error
            raise
        finally:
            self._depth -= 1

    def _before_commit(self, pending: Pending) -> None:
        """Last checks of a whole transaction (a batch included); raising rolls it back."""
        for check in self._commit_checks:
            check(pending)

    def record(
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
        """Append to the history and queue a change notice (inside `writing`)."""
        assert self._pending is not None, "_record outside a write transaction"
        self.conn.execute(
            "INSERT INTO events (at, actor, entity, entity_id, action, before, after,"
            " claim_id, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                utc_now(),
                self.reviewer,
                entity,
                entity_id,
                action,
                event_json(before),
                event_json(after),
                claim_id,
                article_id,
            ),
        )
        self._pending.changes.append(
            Change(entity, action, (entity_id,), article_id=article_id, claim_id=claim_id)
        )


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file, or None when it is missing."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def event_json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def require(row: sqlite3.Row | None, what: str, ident: str) -> sqlite3.Row:
    """The row, or NotFoundError naming what was looked for."""
    if row is None:
        raise NotFoundError(not_found(what, ident))
    return row


_NOT_FOUND = {
    "article": QT_TRANSLATE_NOOP("Errors", "no article with id {ident}"),
    "article version": QT_TRANSLATE_NOOP("Errors", "no article version with id {ident}"),
    "claim": QT_TRANSLATE_NOOP("Errors", "no claim with id {ident}"),
    "source": QT_TRANSLATE_NOOP("Errors", "no source with id {ident}"),
    "review pass": QT_TRANSLATE_NOOP("Errors", "no review pass with id {ident}"),
    "review claim": QT_TRANSLATE_NOOP("Errors", "no review claim with id {ident}"),
}


def not_found(what: str, ident: str) -> str:
    """"no claim with id X" for the kinds of rows the store looks up by id."""
    text = _NOT_FOUND.get(what)
    if text is None:
        return f"no {what} with id {ident}"
    return translate("Errors", text).format(ident=ident)
