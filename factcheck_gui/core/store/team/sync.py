"""One round of sync: pull what others pushed, push what waits here, pull again.

Each batch is one PostgreSQL transaction and one SQLite transaction. A pulled
batch is applied together with the new watermark, so a round cut off anywhere
(connection lost, process killed, server restarted) and run again applies
nothing twice. A pushed batch carries stable ids: if the server committed it
but we never heard back, the next push inserts nothing and learns the numbers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.team import server
from factcheck_gui.core.store.team.apply import Folder
from factcheck_gui.core.store.team.scope import Scope
from factcheck_gui.core.store.team.server import OfflineError, RefusedError

if TYPE_CHECKING:
    import psycopg

#: Tests set this to fail between batches ("pull" or "push", batch number).
between_batches: Callable[[str, int], None] | None = None


@dataclass
class SyncReport:
    pulled: int = 0
    pushed: int = 0
    refused: int = 0
    conflicts: int = 0
    cancelled: bool = False


class Syncer:
    def __init__(self, db: Db, link: dict[str, Any], *, batch: int = 2000,
                 settle: Callable[[set[str]], int] | None = None) -> None:
        self._db = db
        self._link = link
        self._client: str = link["client"]
        self._batch = batch
        self._settle = settle
        self._moved: set[str] = set()
        self.report = SyncReport()

    def run(self, *, progress: Callable[[str, int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> SyncReport:
        try:
            conn = server.connect(self._link["url"])
        except OfflineError as error:
            self._offline(error)
            raise
        try:
            self.report.cancelled = self._round(conn, progress, cancelled)
        except OfflineError as error:
            self._offline(error)
            raise
        finally:
            conn.close()
        report, link = self.report, self._link
        if report.pulled or report.pushed or link["offline_since"] or link["last_error"] or (
                not link["last_sync"]):
            # A quiet round writes nothing: an open window would take it for news.
            with self._db.writing():
                self._db.conn.execute("UPDATE team_link SET last_sync = ?, offline_since = NULL,"
                                      " last_error = NULL", (utc_now(),))
        return report

    def _round(self, conn: psycopg.Connection, progress: Any, cancelled: Any) -> bool:
        """Pull, push, pull (and push and pull again if pulled changes left claims
        to re-anchor). True if cancelled."""
        if self._pull(conn, progress, cancelled):
            return True
        self._settle_claims()
        if self._push(conn, progress, cancelled) or self._pull(conn, progress, cancelled):
            return True
        if self._settle_claims():
            return self._push(conn, progress, cancelled) or self._pull(conn, progress, cancelled)
        return False

    def _settle_claims(self) -> int:
        """Claims the pulled changes left off their article's current text, moved
        onto it (an edit of ours, queued); the number moved."""
        moved, self._moved = self._moved, set()
        return self._settle(moved) if self._settle and moved else 0

    def _offline(self, error: Exception) -> None:
        with self._db.writing():
            self._db.conn.execute(
                "UPDATE team_link SET offline_since = coalesce(offline_since, ?),"
                " last_error = ?", (utc_now(), str(error)))

    # -- pulling -----------------------------------------------------------------
    def _pull(self, conn: psycopg.Connection, progress: Any, cancelled: Any) -> bool:
        pulled = self._watermark()
        total = server.count_after(conn, pulled) if progress else 0
        done, number = 0, 0
        while True:
            changes = server.fetch(conn, pulled, self._batch)
            if not changes:
                return False
            self.report.pulled += self._apply(changes)
            pulled = changes[-1].seq
            done += len(changes)
            number += 1
            if progress:
                progress("pull", done, max(total, done))
            if between_batches:
                between_batches("pull", number)
            if cancelled and cancelled():
                return True

    def _apply(self, changes: list[server.ServerChange]) -> int:
        """Fold a batch in (with the new watermark); the number of others' changes."""
        with self._db.writing():
            self._db.conn.execute("UPDATE team_link SET applying = 1")
            ours = {row["id"]: row["seq"] for row in self._db.rows(
                "SELECT id, seq FROM team_outbox WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([c.id for c in changes]),))}
            folder = Folder(self._db, self._client, Scope.loads(self._link.get("scope")))
            for change in changes:
                if change.id in ours:
                    if ours[change.id] is None:  # pushed, but the answer never came
                        self._mark(change.id, change.seq)
                    folder.fold(change, ours=True)
                    continue
                folder.fold(change, ours=False)
            folder.number_versions()
            self._db.conn.execute("UPDATE team_link SET applying = 0, pulled = ?",
                                  (changes[-1].seq,))
            self.report.conflicts += folder.conflicts
        self._moved |= folder.moved
        return sum(change.id not in ours for change in changes)

    def _watermark(self) -> int:
        return int(self._db.one("SELECT pulled FROM team_link")["pulled"])

    # -- pushing -----------------------------------------------------------------
    def _push(self, conn: psycopg.Connection, progress: Any, cancelled: Any) -> bool:
        total = int(self._db.one("SELECT count(*) AS n FROM team_outbox"
                                 " WHERE seq IS NULL AND refused IS NULL")["n"])
        done, number, after = 0, 0, 0
        while True:
            rows = self._db.rows(
                "SELECT * FROM team_outbox WHERE seq IS NULL AND refused IS NULL AND n > ?"
                " ORDER BY n LIMIT ?", (after, self._batch))
            if not rows:
                return False
            after = rows[-1]["n"]
            items = [_item(row) for row in rows]
            try:
                seqs = server.push(conn, self._client, items)
            except RefusedError:
                seqs = self._push_one_by_one(conn, items)
            self._numbered(rows, seqs)
            done += len(rows)
            number += 1
            if progress:
                progress("push", done, max(total, done))
            if between_batches:
                between_batches("push", number)
            if cancelled and cancelled():
                return True

    def _push_one_by_one(self, conn: psycopg.Connection, items: list[dict[str, Any]]
                         ) -> dict[str, int]:
        """After a refused batch: send each change alone; the refused ones are
        marked and stay here (the status counts them)."""
        seqs: dict[str, int] = {}
        for item in items:
            try:
                seqs.update(server.push(conn, self._client, [item]))
            except RefusedError as error:
                self.report.refused += 1
                with self._db.writing():
                    self._db.conn.execute("UPDATE team_outbox SET refused = ? WHERE id = ?",
                                          (str(error), item["id"]))
        return seqs

    def _numbered(self, rows: list[Any], seqs: dict[str, int]) -> None:
        """Record the numbers the server gave our changes. They are folded into the
        bookkeeping when the pull reaches them, in the server's order."""
        with self._db.writing():
            for row in rows:
                if row["id"] in seqs:
                    self._mark(row["id"], seqs[row["id"]])
                    self.report.pushed += 1

    def _mark(self, change_id: str, seq: int) -> None:
        self._db.conn.execute("UPDATE team_outbox SET seq = ? WHERE id = ?", (seq, change_id))


def _item(row: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if row["old"] is not None:
        data["old"] = json.loads(row["old"])
    if row["new"] is not None:
        data["new"] = json.loads(row["new"])
    return {"id": row["id"], "base": row["base"], "tbl": row["tbl"], "op": row["op"],
            "data": data}
