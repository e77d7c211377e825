"""Work waiting for the network: copies of sources and link checks whose fetch got no
answer (offline, server down). Each waits with why it failed, since when, how many
tries so far and when to try next, in the database, so a restart picks the queue up
where it was. Waits grow after each miss (`RETRY_MINUTES`); a fetch that works
anywhere means the network is back, and `reset_backoff` makes the next wait short
again. Like the copies, these are records of the network, not edits: no history.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.store.base import Db

#: Minutes to wait before trying again after the 1st, 2nd, 3rd... miss; the last repeats.
RETRY_MINUTES = (1, 2, 5, 10)
JOBS = ("copy", "check")


@dataclass(frozen=True, slots=True)
class QueuedFetch:
    """A web fetch waiting for the network (a copy to keep or a link to check)."""

    source_id: str
    job: str  # "copy" (keep a copy of the page) or "check" (check the link)
    url: str
    kind: str  # why the last try failed, as FetchError.kind ("unreachable")
    reason: str | None
    queued_at: str  # the first miss: "offline since"
    tries: int
    next_try_at: str


def wait_after(tries: int) -> timedelta:
    """How long to wait after `tries` misses in a row."""
    return timedelta(minutes=RETRY_MINUTES[max(0, min(tries, len(RETRY_MINUTES)) - 1)])


class WebQueue:
    """The queue of fetches waiting for the network (see the module docstring)."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def put(self, source_id: str, job: str, url: str, kind: str, reason: str | None = None,
            *, now: str | None = None) -> QueuedFetch:
        """Queue a fetch that found no network, or count one more miss of a queued one."""
        if job not in JOBS:
            raise ValueError(f"unknown job {job!r}")
        now = now or utc_now()
        with self._db.writing():
            old = self._db.row("SELECT tries, queued_at FROM web_queue WHERE source_id = ?"
                               " AND job = ?", (source_id, job))
            tries = (old["tries"] if old else 0) + 1
            later = datetime.fromisoformat(now) + wait_after(tries)
            queued = QueuedFetch(source_id, job, url, kind, reason,
                                 old["queued_at"] if old else now, tries,
                                 later.isoformat(timespec="microseconds"))
            self._db.conn.execute(
                "INSERT OR REPLACE INTO web_queue (source_id, job, url, kind, reason,"
                " queued_at, tries, next_try_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (queued.source_id, job, url, kind, reason, queued.queued_at, queued.tries,
                 queued.next_try_at))
        return queued

    def drop(self, source_id: str, job: str) -> bool:
        """Take a fetch off the queue (it worked, or failed for a reason that waits for
        the user); whether it was queued."""
        if self._db.row("SELECT 1 FROM web_queue WHERE source_id = ? AND job = ?",
                        (source_id, job)) is None:
            return False
        with self._db.writing():
            self._db.conn.execute("DELETE FROM web_queue WHERE source_id = ? AND job = ?",
                                  (source_id, job))
        return True

    def drop_many(self, source_ids: list[str], job: str) -> None:
        """Take these sources' `job` off the queue (one statement for a long list)."""
        if self._db.row("SELECT 1 FROM web_queue WHERE job = ? LIMIT 1", (job,)) is None:
            return
        with self._db.writing():
            self._db.conn.executemany("DELETE FROM web_queue WHERE source_id = ? AND job = ?",
                                      [(source_id, job) for source_id in source_ids])

    def get(self, source_id: str, job: str) -> QueuedFetch | None:
        row = self._db.row(f"SELECT {_COLUMNS} {_LIVE} WHERE q.source_id = ? AND q.job = ?",
                           (source_id, job))
        return None if row is None else _queued(row)

    def waiting(self, job: str | None = None) -> list[QueuedFetch]:
        """Everything queued (or one job's), soonest next try first."""
        where, params = ("WHERE q.job = ?", (job,)) if job else ("", ())
        return [_queued(row) for row in self._db.rows(
            f"SELECT {_COLUMNS} {_LIVE} {where} ORDER BY q.next_try_at, q.queued_at",
            params)]

    def due(self, now: str | None = None) -> list[QueuedFetch]:
        """What should be tried now."""
        return [_queued(row) for row in self._db.rows(
            f"SELECT {_COLUMNS} {_LIVE} WHERE q.next_try_at <= ? ORDER BY q.next_try_at",
            (now or utc_now(),))]

    def next_try_at(self) -> str | None:
        return self._db.one(f"SELECT min(q.next_try_at) AS t {_LIVE}")["t"]

    def offline_since(self) -> str | None:
        """When the oldest queued fetch first found no network."""
        return self._db.one(f"SELECT min(q.queued_at) AS t {_LIVE}")["t"]

    def count(self, job: str | None = None) -> int:
        where, params = ("WHERE q.job = ?", (job,)) if job else ("", ())
        return int(self._db.one(f"SELECT count(*) AS n {_LIVE} {where}", params)["n"])

    def reset_backoff(self, now: str | None = None) -> None:
        """The network is back: everything is due now and the next miss waits the least."""
        if self._db.row("SELECT 1 FROM web_queue LIMIT 1") is None:
            return
        with self._db.writing():
            self._db.conn.execute("UPDATE web_queue SET tries = 0, next_try_at = ?",
                                  (now or utc_now(),))


#: Queued fetches of sources that exist: a deleted source's wait is kept (undo brings
#: the source back) but not shown or tried; the address is the source's own.
_LIVE = "FROM web_queue q JOIN sources s ON s.id = q.source_id"
_COLUMNS = ("q.source_id, q.job, s.url AS url, q.kind, q.reason, q.queued_at, q.tries,"
            " q.next_try_at")


def _queued(row: sqlite3.Row) -> QueuedFetch:
    return QueuedFetch(row["source_id"], row["job"], row["url"], row["kind"], row["reason"],
                       row["queued_at"], row["tries"], row["next_try_at"])
