"""Team sync: this working copy and a shared PostgreSQL team database (`store.team`).

local.py keeps the queue and bookkeeping in the SQLite file, server.py speaks
to PostgreSQL, apply.py folds numbered changes in, sync.py runs a round of
pull, push, pull. Nothing here holds a password: the URL is stored without
one and libpq finds it where PostgreSQL users keep it (~/.pgpass, a service
file, PGPASSWORD).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import NotFoundError
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.team import local
from factcheck_gui.core.store.team.errors import OfflineError, RefusedError, TeamError
from factcheck_gui.core.translatable import translate

if TYPE_CHECKING:
    from factcheck_gui.core.store.claims import Claims
    from factcheck_gui.core.store.restore import Restore
    from factcheck_gui.core.store.team.scope import Scope
    from factcheck_gui.core.store.team.sync import SyncReport
    from factcheck_gui.core.store.versions import Versions

__all__ = ["Conflict", "OfflineError", "RefusedError", "Team", "TeamError", "TeamStatus"]

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """Where this database syncs, as whom, and what waits."""

    url: str
    role_name: str
    role: str | None
    waiting: int
    refused: int
    conflicts: int
    pulled: int
    last_sync: str | None
    offline_since: str | None
    last_error: str | None
    part: str = ""  # "" when the whole team database is joined

    @property
    def summary(self) -> str:
        """One line for a status bar: offline, conflicts, waiting, or synced."""
        parts = []
        if self.offline_since:
            parts.append(f"offline since {self.offline_since[:16].replace('T', ' ')} UTC")
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict{'s' * (self.conflicts != 1)}")
        if self.waiting:
            parts.append(f"{self.waiting} change{'s' * (self.waiting != 1)} waiting")
        if self.refused:
            parts.append(f"{self.refused} refused by the server")
        return ", ".join(parts) or "synced"


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two editors' changes to the same field (or a deleted row) to settle."""

    id: str
    table: str
    field: str  # "*" when a whole row was deleted
    kind: str  # "field" or "deleted"
    claim_id: str | None
    article_id: str | None
    kept: Any
    kept_by: str
    kept_at: str
    lost: Any
    lost_by: str
    lost_at: str
    lost_row: dict[str, Any] | None
    resolved: str | None


class Team:
    """This database's link to a team database (see the package docstring)."""

    def __init__(self, db: Db, claims: Claims, restore: Restore, versions: Versions) -> None:
        self._db = db
        self._claims = claims
        self._restore = restore
        self._versions = versions

    def _syncer(self, batch: int) -> Any:
        from factcheck_gui.core.store.team.settle import claims_to_current
        from factcheck_gui.core.store.team.sync import Syncer

        link = self.link()
        return Syncer(self._db, link, batch=batch, settle=lambda articles: claims_to_current(
            self._db, self._claims, self._versions, articles, link["role"]))

    # -- state ---------------------------------------------------------------
    @property
    def linked(self) -> bool:
        return local.is_linked(self._db)

    def link(self) -> dict[str, Any]:
        if not self.linked:
            raise TeamError(translate(
                "Errors", "this database has not joined a team (team join URL)"))
        row = self._db.row("SELECT * FROM team_link")
        assert row is not None
        return dict(row)

    def opened(self, *, read_only: bool) -> None:
        """On opening a joined database: changes are signed with the team role,
        and the capture triggers match the tables (an upgrade may add columns)."""
        if not self.linked:
            return
        self._db.reviewer = self.link()["role_name"]
        if not read_only and not local.triggers_current(self._db):
            with self._db.writing():
                local.create_tables(self._db)  # tables a newer version added
                local.ensure_triggers(self._db)

    def status(self) -> TeamStatus:
        link = self.link()
        counts = self._db.one(
            "SELECT sum(seq IS NULL AND refused IS NULL) AS waiting,"
            " sum(refused IS NOT NULL) AS refused FROM team_outbox")
        conflicts = self._db.one(
            "SELECT count(*) AS n FROM team_conflicts WHERE resolved IS NULL")["n"]
        return TeamStatus(
            url=link["url"], role_name=link["role_name"], role=link["role"],
            waiting=int(counts["waiting"] or 0), refused=int(counts["refused"] or 0),
            conflicts=int(conflicts), pulled=link["pulled"], last_sync=link["last_sync"],
            offline_since=link["offline_since"], last_error=link["last_error"],
            part=_part(link))

    # -- joining and leaving ---------------------------------------------------
    def join(self, url: str, *, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, batch: int = 2000,
             scope: Scope | None = None) -> SyncReport:
        """Link this database to the team database at `url` (set up by `init`),
        queue what it already holds, and sync: pull everything (or only the part
        `scope` chooses, now and in every later sync), push ours."""
        from factcheck_gui.core.store.team import server

        url = server.check_url(url)
        if self.linked:
            raise TeamError(translate(
                "Errors", "this database is already in a team ({url}); `team leave` first"
            ).format(url=self.link()["url"]))
        conn = server.connect(url)
        try:
            if not server.has_schema(conn):
                raise TeamError(translate(
                    "Errors", "that database has no team schema yet; an administrator runs"
                    " `team init URL` once"))
            role_name, role = server.my_role(conn)
            team_is_new = server.newest_seq(conn) == 0
        finally:
            conn.close()
        if role is None:
            raise TeamError(translate(
                "Errors", "the role {role} has no team rights; an administrator runs"
                " `team grant {role} reviewer`").format(role=role_name))
        with self._db.writing():
            local.create_tables(self._db)
            import uuid

            self._db.conn.execute(
                "INSERT INTO team_link (one, url, client, role_name, role, joined_at, scope)"
                " VALUES (1, ?, ?, ?, ?, ?, ?)",
                (url, uuid.uuid4().hex, role_name, role, utc_now(),
                 scope.dumps() if scope is not None else None))
            # Scales and rules come from the team unless this copy starts it as an editor.
            skip = frozenset() if team_is_new and role == "editor" else local.EDITOR_TABLES
            local.queue_everything(self._db, skip=skip)
            local.ensure_triggers(self._db)
        self._db.reviewer = role_name
        return self._syncer(batch).run(progress=progress, cancelled=cancelled)

    def leave(self, *, discard: bool = False) -> int:
        """Unlink; the work stays in this file. Refused while changes wait, unless
        `discard` (they stay here, unsent). Returns the number of waiting changes."""
        waiting = self.status().waiting
        if waiting and not discard:
            raise TeamError(translate(
                "Errors", "{count} change(s) have not reached the team database yet;"
                " `team sync` first (or leave with --discard to keep them only here)").format(
                count=waiting))
        with self._db.writing():
            local.drop_triggers(self._db)
            for table in ("team_link", "team_outbox", "team_rows", "team_conflicts",
                          "team_assignments", "team_history"):
                self._db.conn.execute(f"DROP TABLE IF EXISTS {table}")
        return waiting

    # -- syncing ---------------------------------------------------------------
    def sync(self, *, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, batch: int = 2000) -> SyncReport:
        """Pull, push, pull. OfflineError when the server cannot be reached (the
        time is kept for the status); a cut-off round can simply be run again."""
        return self._syncer(batch).run(progress=progress, cancelled=cancelled)

    def listener(self) -> Any:
        """Something whose `heard(timeout)` says when the team database has news
        (OfflineError when it cannot be reached)."""
        from factcheck_gui.core.store.team.server import Listener

        return Listener(self.link()["url"])

    # -- assignments -------------------------------------------------------------
    def assign(self, kind: str, target: str, assignee: str | None) -> None:
        """Give an article or a claim to `assignee` (a team role name); None takes it
        back. Editors only: the team database refuses it from others."""
        self.link()
        with self._db.writing():
            if not assignee:
                self._db.conn.execute("DELETE FROM team_assignments WHERE target = ?",
                                      (target,))
                return
            self._db.conn.execute(
                "INSERT INTO team_assignments (target, kind, assignee, assigned_by, at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (target) DO UPDATE SET"
                " assignee = excluded.assignee, assigned_by = excluded.assigned_by,"
                " at = excluded.at", (target, kind, assignee, self._db.reviewer, utc_now()))

    def members(self) -> list[tuple[str, str | None]]:
        """(role name, team right) of the team's members, from the team database;
        offline, the names this copy has seen (assignees, authors), right unknown."""
        from factcheck_gui.core.store.team import server

        link = self.link()
        try:
            conn = server.connect(link["url"], timeout=2)
            try:
                return list(server.members(conn))
            finally:
                conn.close()
        except TeamError:
            names = {row["n"] for row in self._db.rows(
                "SELECT assignee AS n FROM team_assignments UNION SELECT reviewer FROM claims"
                " WHERE reviewer IS NOT NULL")} | {link["role_name"]}
            return [(name, None) for name in sorted(names)]

    def assignments(self, assignee: str | None = None) -> list[dict[str, Any]]:
        """Assignments (to `assignee` only, if given) with the article's title or
        the claim's text; a claim also counts as assigned through its article."""
        if not self.linked:
            return []
        rows = self._db.rows(
            "SELECT t.kind, t.target, t.assignee, t.assigned_by, t.at,"
            " coalesce(a.title, c.claim_text) AS title FROM team_assignments t"
            " LEFT JOIN articles a ON t.kind = 'article' AND a.id = t.target"
            " LEFT JOIN claims c ON t.kind = 'claim' AND c.id = t.target"
            + (" WHERE t.assignee = ?" if assignee else "") + " ORDER BY t.at, t.target",
            (assignee,) if assignee else ())
        return [dict(row) for row in rows]

    def assigned_claims(self, assignee: str) -> list[str]:
        """Ids of the claims `assignee` has: given to them, or on an article that is."""
        if not self.linked:
            return []
        return [row["id"] for row in self._db.rows(
            "SELECT c.id FROM claims c JOIN team_assignments t ON (t.kind = 'claim'"
            " AND t.target = c.id) OR (t.kind = 'article' AND t.target = c.article_id)"
            " WHERE t.assignee = ? GROUP BY c.id ORDER BY c.article_id, c.start", (assignee,))]

    def assigned_articles(self, assignee: str) -> set[str]:
        """Ids of the articles `assignee` works on: given to them, or holding a
        claim that is (the library's Assigned to me)."""
        if not self.linked:
            return set()
        return {row["id"] for row in self._db.rows(
            "SELECT target AS id FROM team_assignments WHERE kind = 'article'"
            " AND assignee = ? UNION SELECT c.article_id FROM claims c"
            " JOIN team_assignments t ON t.kind = 'claim' AND t.target = c.id"
            " WHERE t.assignee = ?", (assignee, assignee))}

    def assignee_counts(self) -> dict[str, int]:
        """Claims per assignee (directly or through their article): the overview's count."""
        if not self.linked:
            return {}
        return {row["assignee"]: row["n"] for row in self._db.rows(
            "SELECT t.assignee, count(DISTINCT c.id) AS n FROM team_assignments t"
            " JOIN claims c ON (t.kind = 'claim' AND t.target = c.id)"
            " OR (t.kind = 'article' AND t.target = c.article_id)"
            " GROUP BY t.assignee ORDER BY t.assignee")}

    # -- conflicts -------------------------------------------------------------
    def conflicts(self, *, resolved: bool = False) -> list[Conflict]:
        if not self.linked:
            return []
        sql = "SELECT * FROM team_conflicts"
        if not resolved:
            sql += " WHERE resolved IS NULL"
        return [_conflict(row) for row in self._db.rows(sql + " ORDER BY seen_at, id")]

    def conflict(self, ident: str) -> Conflict:
        rows = self._db.rows("SELECT * FROM team_conflicts WHERE id = ? OR id LIKE ? LIMIT 2",
                             (ident, ident.replace("%", "") + "%")) if len(ident) >= 4 else []
        if len(rows) != 1:
            raise NotFoundError(translate(
                "Errors", "no single conflict with id {id}").format(id=ident))
        return _conflict(rows[0])

    def settle(self, ident: str, how: str | None) -> None:
        """Mark a conflict confirmed ("confirmed"), switched ("switched") or open again (None)."""
        with self._db.writing():
            self._db.conn.execute("UPDATE team_conflicts SET resolved = ? WHERE id = ?",
                                  (how, ident))

    def switch(self, ident: str) -> Any:
        """Take the value that lost (or restore the deleted claim) and mark the
        conflict switched, in one transaction. Returns the claim."""
        conflict = self.conflict(ident)
        if conflict.table != "claims" or conflict.claim_id is None:
            raise TeamError(translate("Errors", "only claim conflicts can be switched here"))
        with self._db.writing():
            if conflict.kind == "deleted":
                claim = self._restore.restore_deleted_claim(conflict.claim_id)
                row = conflict.lost_row or {}
                fields = {k: row[k] for k in ("claim_text", "claimant", "verdict", "rationale",
                                              "status") if k in row}
                claim = self._claims.replay_update(claim.id, **fields)
            elif conflict.field in ("start", "end"):
                claim = self._claims.get_claim(conflict.claim_id)
                span = {"start": claim.start, "end": claim.end, conflict.field: conflict.lost}
                claim = self._claims.set_claim_span(claim.id, span["start"], span["end"])
            else:
                claim = self._claims.replay_update(conflict.claim_id,
                                                   **{conflict.field: conflict.lost})
            self._db.conn.execute("UPDATE team_conflicts SET resolved = 'switched'"
                                  " WHERE id = ?", (conflict.id,))
        return claim


def _part(link: dict[str, Any]) -> str:
    from factcheck_gui.core.store.team.scope import Scope

    scope = Scope.loads(link.get("scope"))
    return scope.describe() if scope is not None else ""


def _conflict(row: Any) -> Conflict:
    return Conflict(
        id=row["id"], table=row["tbl"], field=row["field"], kind=row["kind"],
        claim_id=row["claim_id"], article_id=row["article_id"],
        kept=local.loads(row["kept"]), kept_by=row["kept_by"] or "", kept_at=row["kept_at"] or "",
        lost=local.loads(row["lost"]), lost_by=row["lost_by"] or "", lost_at=row["lost_at"] or "",
        lost_row=local.loads(row["lost_row"]), resolved=row["resolved"])
