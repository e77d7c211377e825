"""Pages from the web: the fetch behind an article version, the kept copy of each
source's page, and the last check of each source's address.

Original bytes are stored zlib-compressed. They count against a per-database
budget (`budget_mb`, a setting): past it, a copy keeps its text, title, address,
date and hash but not the bytes, and says so in its `error`. These are records of
what the network gave, not edits: they are not in the history and undo does not
touch them.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.store.base import Change, Db
from factcheck_gui.core.store.settings import Settings
from factcheck_gui.core.store.web_queue import WebQueue
from factcheck_gui.core.translatable import translate

if TYPE_CHECKING:
    from factcheck_gui.core.models import LinkCheck, SourceCopy, WebFetch

BUDGET_SETTING = "web_copies_budget_mb"
DEFAULT_BUDGET_MB = 500
LINK_STATES = ("ok", "moved", "changed", "gone", "unreachable")
#: zlib level for kept bytes: 1 is about 3x faster than the default 6 on a news page
#: and keeps it about 9% larger (docs/decisions.md, "Pages from the web").
COMPRESS_LEVEL = 1


def insert_fetch(db: Db, version_id: str, article_id: str, fetched: WebFetch) -> None:
    """Keep the fetch that made an article version (inside the caller's write)."""
    body = zlib.compress(fetched.body, COMPRESS_LEVEL)
    db.conn.execute(
        "INSERT OR REPLACE INTO web_fetches (version_id, article_id, requested_url, final_url,"
        " status, fetched_at, content_type, sha256, body, body_size)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (version_id, article_id, fetched.requested_url, fetched.final_url, fetched.status,
         fetched.fetched_at, fetched.content_type, fetched.sha256, body, len(body)))


class Web:
    """Fetch records, source copies and link checks (see the module docstring)."""

    def __init__(self, db: Db, settings: Settings) -> None:
        self._db = db
        self._settings = settings
        #: Copies and checks waiting for the network (core/store/web_queue.py).
        self.queue = WebQueue(db)

    # -- article fetches -----------------------------------------------------
    def fetch_of_version(self, version_id: str, *, with_body: bool = False) -> WebFetch | None:
        """The fetch that made this version, or None (it came from a file)."""
        row = self._db.row("SELECT * FROM web_fetches WHERE version_id = ?", (version_id,))
        if row is None:
            return None
        body = zlib.decompress(row["body"]) if with_body and row["body"] is not None else b""
        from factcheck_gui.core.models import WebFetch  # made on first use (rare_models)

        return WebFetch(row["requested_url"], row["final_url"], row["status"],
                        row["fetched_at"], row["content_type"], row["sha256"], body)

    def last_fetch_of_article(self, article_id: str) -> WebFetch | None:
        row = self._db.row("SELECT version_id FROM web_fetches WHERE article_id = ?"
                           " ORDER BY fetched_at DESC LIMIT 1", (article_id,))
        return None if row is None else self.fetch_of_version(row["version_id"])

    # -- budget --------------------------------------------------------------
    @property
    def budget_mb(self) -> float:
        return float(self._settings.get_setting(BUDGET_SETTING, DEFAULT_BUDGET_MB))

    def set_budget_mb(self, megabytes: float) -> None:
        from factcheck_gui.core.errors import ValidationError

        if not megabytes >= 0:
            raise ValidationError(translate(
                "Errors", "the budget for kept pages must be 0 MB or more"))
        self._settings.set_setting(BUDGET_SETTING, megabytes)

    def used_bytes(self) -> int:
        """Compressed original bytes kept, articles' fetches and sources' copies."""
        return int(self._db.one(
            "SELECT (SELECT coalesce(sum(body_size), 0) FROM web_fetches)"
            " + (SELECT coalesce(sum(body_size), 0) FROM source_copies) AS n")["n"])

    # -- source copies -------------------------------------------------------
    def keep_copy(self, source_id: str, fetched: WebFetch, *, title: str | None,
                  text: str) -> SourceCopy:
        """Store the copy of a source's page (replacing an older one)."""
        body: bytes | None = zlib.compress(fetched.body, COMPRESS_LEVEL)
        error = None
        with self._db.writing():
            old = self._db.row("SELECT body_size FROM source_copies WHERE source_id = ?",
                               (source_id,))
            used = self.used_bytes() - (old["body_size"] if old else 0)
            budget = self.budget_mb * 2**20
            if body is not None and used + len(body) > budget:
                body = None
                error = (f"the page's original bytes were not kept: the database's budget for"
                         f" kept pages ({self.budget_mb:g} MB) is used up (the text is kept;"
                         " raise the budget in Preferences or with `links budget MB`)")
            self._db.conn.execute(
                "INSERT OR REPLACE INTO source_copies (source_id, requested_url, attempted_at,"
                " final_url, status, fetched_at, content_type, sha256, title, text, body,"
                " body_size, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source_id, fetched.requested_url, fetched.fetched_at, fetched.final_url,
                 fetched.status, fetched.fetched_at, fetched.content_type, fetched.sha256,
                 title, text, body, len(body) if body is not None else 0, error))
            self._changed(source_id)
            self.queue.drop(source_id, "copy")
            self.queue.reset_backoff()  # a page came: the network is back
        copy = self.copy_of(source_id)
        assert copy is not None
        return copy

    def copy_failed(self, source_id: str, url: str, reason: str,
                    status: int | None = None, *, kind: str = "") -> SourceCopy:
        """Record why a source's page could not be fetched; an older copy stays. With
        `kind` "unreachable" (no answer) the copy waits in `queue` for the network."""
        now = utc_now()
        with self._db.writing():
            if kind == "unreachable":
                self.queue.put(source_id, "copy", url, kind, reason, now=now)
            else:
                self.queue.drop(source_id, "copy")
            if self._db.row("SELECT 1 FROM source_copies WHERE source_id = ?", (source_id,)):
                self._db.conn.execute(
                    "UPDATE source_copies SET attempted_at = ?, error = ? WHERE source_id = ?",
                    (now, reason, source_id))
            else:
                self._db.conn.execute(
                    "INSERT INTO source_copies (source_id, requested_url, attempted_at, status,"
                    " error) VALUES (?, ?, ?, ?, ?)", (source_id, url, now, status, reason))
            self._changed(source_id)
        copy = self.copy_of(source_id)
        assert copy is not None
        return copy

    def copy_of(self, source_id: str) -> SourceCopy | None:
        row = self._db.row(f"SELECT {_COPY_COLUMNS} FROM source_copies WHERE source_id = ?",
                           (source_id,))
        return None if row is None else _copy(row)

    def copies_of(self, source_ids: Iterable[str]) -> dict[str, SourceCopy]:
        ids = list(source_ids)
        found: dict[str, SourceCopy] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ", ".join("?" * len(part))
            for row in self._db.rows(f"SELECT {_COPY_COLUMNS} FROM source_copies"
                                     f" WHERE source_id IN ({marks})", part):
                found[row["source_id"]] = _copy(row)
        return found

    def copy_body(self, source_id: str) -> bytes | None:
        """The original bytes of a kept copy (None when they were not kept)."""
        row = self._db.row("SELECT body FROM source_copies WHERE source_id = ?", (source_id,))
        return None if row is None or row["body"] is None else zlib.decompress(row["body"])

    def failed_copies(self) -> list[tuple[str, str]]:
        """(source id, url) of sources that have no copy because fetching failed."""
        rows = self._db.rows(
            "SELECT c.source_id, s.url FROM source_copies c JOIN sources s ON s.id = c.source_id"
            " WHERE c.fetched_at IS NULL ORDER BY c.attempted_at")
        return [(row["source_id"], row["url"]) for row in rows]

    def claims_with_copy_matching(self, query: str, limit: int = 200) -> list[str]:
        """Ids of claims one of whose sources' kept copies matches the FTS `query`."""
        rows = self._db.rows(
            "SELECT DISTINCT s.claim_id AS id FROM source_copies_fts f"
            " JOIN source_copies c ON c.rowid = f.rowid JOIN sources s ON s.id = c.source_id"
            " WHERE source_copies_fts MATCH ? LIMIT ?", (query, limit))
        return [row["id"] for row in rows]

    def articles_with_copy_words(self, text: str, limit: int = 2000) -> set[str]:
        """Ids of articles with a claim one of whose sources' kept copies holds every
        word of `text` (each word also as the start of a longer one, as a search box
        expects). Plain words, not FTS syntax: quotes and operators are just text."""
        words = [word.replace('"', '""') for word in text.split() if word.strip('"')]
        if not words:
            return set()
        query = " ".join(f'"{word}"*' for word in words)
        rows = self._db.rows(
            "SELECT DISTINCT cl.article_id AS id FROM source_copies_fts f"
            " JOIN source_copies c ON c.rowid = f.rowid JOIN sources s ON s.id = c.source_id"
            " JOIN claims cl ON cl.id = s.claim_id"
            " WHERE source_copies_fts MATCH ? AND c.fetched_at IS NOT NULL LIMIT ?",
            (query, limit))
        return {row["id"] for row in rows}

    # -- link checks ---------------------------------------------------------
    def sources_to_check(self) -> list[tuple[str, str]]:
        """(source id, url) of every source, one per id, oldest check first."""
        rows = self._db.rows(
            "SELECT s.id, s.url FROM sources s LEFT JOIN link_checks l ON l.source_id = s.id"
            " ORDER BY coalesce(l.checked_at, ''), s.created_at")
        return [(row["id"], row["url"]) for row in rows]

    def record_checks(self, checks: Iterable[LinkCheck]) -> int:
        """Store the results of a link check (one write for the lot). A check that got
        no answer (kind "unreachable") waits in `queue` for the network; one that got
        an answer leaves it."""
        items = list(checks)
        answered = [check.source_id for check in items if check.kind != "unreachable"]
        with self._db.writing():
            if answered:
                self.queue.reset_backoff()
                self.queue.drop_many(answered, "check")
            for check in items:
                if check.kind == "unreachable":
                    self.queue.put(check.source_id, "check", check.final_url or "",
                                   check.kind, check.detail, now=check.checked_at)
            self._db.conn.executemany(
                "INSERT OR REPLACE INTO link_checks (source_id, state, checked_at, status,"
                " final_url, detail) VALUES (?, ?, ?, ?, ?, ?)",
                [(c.source_id, c.state, c.checked_at, c.status, c.final_url, c.detail)
                 for c in items])
            for check in items:
                self._changed(check.source_id)
        return len(items)

    def checks_of(self, source_ids: Iterable[str]) -> dict[str, LinkCheck]:
        ids = list(source_ids)
        found: dict[str, LinkCheck] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ", ".join("?" * len(part))
            for row in self._db.rows(f"SELECT * FROM link_checks WHERE source_id IN ({marks})",
                                     part):
                found[row["source_id"]] = _link_check(row)
        return found

    def claims_with_link_state(self, states: Iterable[str]) -> set[str]:
        """Ids of claims with at least one source last checked in one of `states`."""
        wanted = [s for s in states if s in LINK_STATES]
        if not wanted:
            return set()
        marks = ", ".join("?" * len(wanted))
        rows = self._db.rows(
            "SELECT DISTINCT s.claim_id FROM link_checks l JOIN sources s ON s.id = l.source_id"
            f" WHERE l.state IN ({marks})", wanted)
        return {row["claim_id"] for row in rows}

    def _changed(self, source_id: str) -> None:
        """A change notice for views (no history entry: see the module docstring)."""
        row = self._db.row("SELECT s.claim_id, c.article_id FROM sources s"
                           " JOIN claims c ON c.id = s.claim_id WHERE s.id = ?", (source_id,))
        if row is not None:
            self._db.pending.changes.append(Change("source", "web", (source_id,),
                                                   article_id=row["article_id"],
                                                   claim_id=row["claim_id"]))


_COPY_COLUMNS = ("source_id, requested_url, attempted_at, final_url, status, fetched_at,"
                 " content_type, sha256, title, text, body_size, error")


def _link_check(row: sqlite3.Row) -> LinkCheck:
    from factcheck_gui.core.models import LinkCheck  # made on first use (rare_models)

    return LinkCheck(row["source_id"], row["state"], row["checked_at"], row["status"],
                     row["final_url"], row["detail"])


def _copy(row: sqlite3.Row) -> SourceCopy:
    from factcheck_gui.core.models import SourceCopy  # made on first use (rare_models)

    return SourceCopy(row["source_id"], row["requested_url"], row["attempted_at"],
                      row["final_url"], row["status"], row["fetched_at"], row["content_type"],
                      row["sha256"], row["title"], row["text"], row["body_size"], row["error"])
