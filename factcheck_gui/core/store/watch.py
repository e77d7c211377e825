"""What other processes wrote since we last looked, told like our own writes.

Short CLI commands may write while a window has the database open (by design).
SQLite's `PRAGMA data_version` changes, on a connection, exactly when another
connection (this process or another) committed to the file since the last
time this connection asked; our own commits leave it unchanged. It costs one
read of the shared memory, so it can be asked every second. When it changes,
the events table (every write appends there, in the same transaction) says
what changed: those become `Change`s and go to the store's listeners, so a
window refreshes exactly as after its own edits.
"""

from __future__ import annotations

from factcheck_gui.core.store.base import Change, Db


class OtherWrites:
    """Ask `poll()` now and then (a window: every second)."""

    def __init__(self, db: Db) -> None:
        self._db = db
        self._version = self._data_version()
        self._last_event = self._newest_event()

    def poll(self) -> list[Change]:
        """The changes committed by others since the last poll (told to the
        store's listeners too). Raises DatabaseGoneError if the -wal file was
        deleted or replaced meanwhile (see wal_guard)."""
        if self._db.wal_guard is not None:
            self._db.wal_guard.check(self._db.conn)
        version = self._data_version()
        if version == self._version:
            return []
        self._version = version
        rows = self._db.rows(
            "SELECT id, entity, entity_id, action, claim_id, article_id FROM events"
            " WHERE id > ? ORDER BY id", (self._last_event,))
        if rows:
            self._last_event = rows[-1]["id"]
        changes = [Change(row["entity"], row["action"], (row["entity_id"],),
                          article_id=row["article_id"], claim_id=row["claim_id"])
                   for row in rows]
        if not changes:
            if self._team_bookkeeping():
                return []
            # a write without history (settings, scales): refresh all
            changes = [Change("scale", "update", ())]
        self._db.notify(changes)
        return changes

    def _team_bookkeeping(self) -> bool:
        """In a team, sync writes its own bookkeeping without history (what it
        pulls has history); that alone needs no refresh."""
        return self._db.row("SELECT 1 FROM sqlite_master WHERE name = 'team_link'") is not None

    def _data_version(self) -> int:
        return int(self._db.conn.execute("PRAGMA data_version").fetchone()[0])

    def _newest_event(self) -> int:
        row = self._db.row("SELECT max(id) AS n FROM events")
        return int(row["n"] or 0) if row is not None else 0
