"""The only code that knows SQL. Open a database with `Store.open(path)`.

A store is made of parts, one per kind of thing it holds (`store.claims`,
`store.articles`, `store.reports`...; docs/decisions.md lists them). Their
methods return domain objects from `factcheck_gui.core.models`; every write is
one IMMEDIATE transaction that also appends to the `events` history.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck_gui.core import dbfiles
from factcheck_gui.core.errors import DatabaseError, NotFoundError, ValidationError
from factcheck_gui.core.scales import load_preset
from factcheck_gui.core.store import schema
from factcheck_gui.core.store.articles import Articles
from factcheck_gui.core.store.base import Change, Db, Listener, not_found
from factcheck_gui.core.store.claims import Claims, DeletedClaim
from factcheck_gui.core.store.connection import (
    backup_to,
    check_ours,
    connect,
    migrate,
    schema_version,
)
from factcheck_gui.core.store.events import Events
from factcheck_gui.core.store.lock import WriterLock
from factcheck_gui.core.store.reports import Reports
from factcheck_gui.core.store.restore import DeletedClaimInfo, Restore
from factcheck_gui.core.store.reviews import Reviews
from factcheck_gui.core.store.scales import ScaleChange, Scales, UnaccountedLabelsError
from factcheck_gui.core.store.settings import Settings
from factcheck_gui.core.store.sources import Sources
from factcheck_gui.core.store.team import Team
from factcheck_gui.core.store.turns import Turns
from factcheck_gui.core.store.versions import Versions
from factcheck_gui.core.store.wal_guard import WalGuard
from factcheck_gui.core.store.watch import OtherWrites
from factcheck_gui.core.store.web import Web
from factcheck_gui.core.store.workflow import Workflow
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from factcheck_gui.core.store.bulk import Bulk
    from factcheck_gui.core.store.memory import Memory
    from factcheck_gui.core.store.merge import Merge
    from factcheck_gui.core.store.overview import Overview

__all__ = ["Change", "DeletedClaim", "DeletedClaimInfo", "ScaleChange", "Store",
           "UnaccountedLabelsError", "backups_folder", "default_reviewer"]

_ID_TABLES = {"article": "articles", "claim": "claims", "source": "sources"}


_AMBIGUOUS = {
    "article": QT_TRANSLATE_NOOP("Errors", "article id {id} is ambiguous; give more characters"),
    "claim": QT_TRANSLATE_NOOP("Errors", "claim id {id} is ambiguous; give more characters"),
    "source": QT_TRANSLATE_NOOP("Errors", "source id {id} is ambiguous; give more characters"),
}


def _ambiguous(kind: str, text: str) -> str:
    return translate("Errors", _AMBIGUOUS[kind]).format(id=repr(text))


def default_reviewer() -> str:
    """`$FACTCHECK_REVIEWER`, else the account name."""
    name = os.environ.get("FACTCHECK_REVIEWER", "").strip()
    if name:
        return name
    import getpass  # only when no name was given (it loads the terminal modules)

    try:
        return getpass.getuser() or "reviewer"
    except (KeyError, OSError):  # no passwd entry (containers)
        return "reviewer"


def backups_folder(db_path: Path) -> Path:
    """Where automatic backups of `db_path` go: a folder beside it."""
    return db_path.parent / f"{db_path.stem}-backups"


class Store:
    """A fact-check database: one part per kind of thing it holds, all sharing one
    connection (`Db`). Use as a context manager or call `close()`.

    Each part is given the `Db` and the other parts it needs when it is made, in
    an order without cycles; parts never reach each other through the store.
    """

    #: True when opened read-only (asked for, or the file or folder is not writable):
    #: reads work, every write raises ReadOnlyError.
    read_only: bool = False
    last_migration_backup: Path | None = None

    def __init__(self, db: Db) -> None:
        self._db = db
        self._lock: WriterLock | None = None
        self._registered = False
        self.turns = Turns(db)
        self.settings = Settings(db)
        self.scales = Scales(db)
        self.workflow = Workflow(db, self.settings, self.scales)
        self.sources = Sources(db, self.workflow)
        self.claims = Claims(db, self.scales, self.workflow, self.sources, self.turns)
        self.articles = Articles(db, self.claims, self.turns)
        self.events = Events(db)
        self.versions = Versions(db, self.articles, self.claims, self.events)
        self.reports = Reports(db, self.scales)
        self.restore = Restore(db, self.claims, self.versions, self.scales)
        self.reviews = Reviews(db)
        self.team = Team(db, self.claims, self.restore, self.versions)
        self.web = Web(db, self.settings)

    # Parts the window does not need to show its first screen: made (and their modules
    # loaded) on first use, so that start-up skips them.
    @cached_property
    def memory(self) -> Memory:
        from factcheck_gui.core.store.memory import Memory

        return Memory(self._db, self.claims, self.sources, self.scales, self.workflow)

    @cached_property
    def merge(self) -> Merge:
        from factcheck_gui.core.store.merge import Merge

        return Merge(self._db, self.claims, self.sources, self.versions, self.scales,
                     self.workflow)

    @cached_property
    def overview(self) -> Overview:
        from factcheck_gui.core.store.overview import Overview

        return Overview(self._db)

    @cached_property
    def bulk(self) -> Bulk:
        from factcheck_gui.core.store.bulk import Bulk

        return Bulk(self._db)

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        reviewer: str | None = None,
        lock: bool = False,
        read_only: bool = False,
    ) -> Store:
        """Open `path`, creating and initialising it if it does not exist.

        `lock=True` takes the writer lock (core/store/lock.py): a window does, so
        a second window on the same file is refused with DatabaseInUseError.
        `read_only=True` never writes. A file whose folder or itself cannot be
        written opens read-only by itself (see `read_only`).

        Raises NotADatabaseError, CorruptDatabaseError, NewerSchemaError,
        DatabaseInUseError or DatabaseError with a message meant for the user.
        """
        path = Path(path).expanduser().absolute()
        writer_lock = WriterLock(path) if lock and not read_only else None
        if writer_lock is not None:
            writer_lock.acquire()
        try:
            conn, read_only = connect(path, read_only=read_only)
            try:
                check_ours(conn, path)
                if read_only:
                    backup = None
                    if schema_version(conn) < schema.LATEST_VERSION:
                        raise DatabaseError(translate(
                            "Errors", "{name} needs an upgrade to this version of the app,"
                            " which cannot be done while it is read-only").format(
                            name=path.name))
                else:
                    backup = migrate(conn, path, backups_folder(path))
                db = Db(conn, path, reviewer or default_reviewer())
                store = cls(db)
                store.last_migration_backup = backup
                store.read_only = read_only
                if not read_only:
                    store._ensure_defaults()
                    db.wal_guard = WalGuard(conn, path, backups_folder(path))
                store.team.opened(read_only=read_only)  # team members sign as their role
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if writer_lock is not None:
                writer_lock.release()
            raise
        store._lock = writer_lock
        dbfiles.register(path)  # exports and backups must not write over it
        store._registered = True
        return store

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def reviewer(self) -> str:
        """Who is named in the history for the writes made from now on."""
        return self._db.reviewer

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self._db.reviewer = name

    @property
    def closed(self) -> bool:
        return self._db.closed

    def close(self) -> None:
        if self._registered:
            dbfiles.unregister(self.path)
            self._registered = False
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after each committed write. Returns an unsubscribe."""
        return self._db.subscribe(listener)

    def _ensure_defaults(self) -> None:
        if self.scales.active_scale() is not None:
            return
        with self._db.writing():
            # Checked again under the write lock (two first starts at once).
            self.scales.forget_cached()
            if self.scales.active_scale() is None:
                self.scales.install_scale(load_preset(), activate=True)

    def integrity_problems(
        self, progress: Callable[[int, int], None] | None = None
    ) -> list[str]:
        """Empty when SQLite's integrity and foreign-key checks and our own pass.
        `progress(done, total)` hears about the claims checked, now and then."""
        from factcheck_gui.core.store.integrity import integrity_problems

        return integrity_problems(self._db, progress, read_only=self.read_only)

    @property
    def wal_guard(self) -> WalGuard | None:
        """What watches the `-wal` file (None when read-only; see wal_guard.py)."""
        return self._db.wal_guard

    def watch_other_writes(self) -> OtherWrites:
        """A poller for what other processes write meanwhile (see watch.py)."""
        return OtherWrites(self._db)

    def backup(self, target: str | os.PathLike[str]) -> Path:
        """A complete, consistent copy of the database at `target` (a new file)."""
        target = Path(target).expanduser().absolute()
        # Never over the database or its -wal (absent while folded away); the
        # app's own backups go to the backups folder, so that one is allowed.
        dbfiles.refuse_if_database(target, [self.path], backups_too=False)
        return backup_to(self._db.conn, target)

    def resolve_id(self, kind: str, text: str) -> str:
        """The full id for `text`, which may be an unambiguous prefix (4+ chars)."""
        table = _ID_TABLES[kind]
        text = text.strip()
        if self._db.row(f"SELECT 1 FROM {table} WHERE id = ?", (text,)):
            return text
        if len(text) >= 4:
            rows = self._db.rows(
                f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                (text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
            )
            if len(rows) == 1:
                return rows[0]["id"]
            if len(rows) > 1:
                raise ValidationError(_ambiguous(kind, text))
        raise NotFoundError(not_found(kind, text))

    def resolve_history_claim_id(self, text: str) -> str:
        """Like `resolve_id("claim", ...)`, but also finds claims that were deleted."""
        try:
            return self.resolve_id("claim", text)
        except NotFoundError:
            text = text.strip()
            rows = self._db.rows(
                "SELECT DISTINCT claim_id FROM events WHERE claim_id = ? OR"
                " (length(?) >= 4 AND substr(claim_id, 1, length(?)) = ?) LIMIT 2",
                (text, text, text, text),
            )
            if len(rows) == 1:
                return rows[0]["claim_id"]
            if len(rows) > 1:
                raise ValidationError(_ambiguous("claim", text)) from None
            raise

    def batch(self) -> AbstractContextManager[object]:
        """Group several writes into one transaction: all of them or none."""
        return self._db.writing()

    @property
    def connection(self) -> sqlite3.Connection:
        """For tests and diagnostics only; application code calls store methods."""
        return self._db.conn
