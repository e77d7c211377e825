"""The team database on PostgreSQL: one append-only `changes` table.

The server, not the client, decides what a change is: a trigger stamps the
sequence number, the author (`current_user`, the PostgreSQL role that pushed
it), the time and the kind of change (`reviewer` for ordinary edits, `editor`
for making a claim final or published, touching a final claim, scales and
workflow rules; a second trigger, named to run after it, keeps the team's
second-reviewer rule). Row-level security then lets reviewers insert only
`reviewer` changes, editors anything, readers nothing. Pushes take one
transaction-scoped advisory lock before drawing their sequence numbers, so
numbers are handed out in commit order and a reader's "everything after N"
never skips a change that committed later with a smaller number.

psycopg is imported here only: a database that never joins a team never loads it.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from factcheck_gui.core.store.team.errors import OfflineError, RefusedError, TeamError
from factcheck_gui.core.translatable import translate

if TYPE_CHECKING:
    import psycopg

ROLES = ("reader", "reviewer", "editor")
CHANNEL = "factcheck_changes"
#: The group roles the administrator grants to people (cluster-wide names).
GROUP = {role: f"factcheck_{role}" for role in ROLES}

_SCHEMA = """
CREATE SCHEMA IF NOT EXISTS factcheck;
CREATE SEQUENCE IF NOT EXISTS factcheck.changes_seq;
CREATE TABLE IF NOT EXISTS factcheck.changes (
    seq bigint PRIMARY KEY,
    id uuid NOT NULL UNIQUE,
    client uuid NOT NULL,
    author name NOT NULL,
    at timestamptz NOT NULL,
    base_seq bigint NOT NULL DEFAULT 0,
    tbl text NOT NULL,
    op text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    data jsonb NOT NULL,
    kind text NOT NULL
);
CREATE OR REPLACE FUNCTION factcheck.change_kind(tbl text, data jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN tbl IN ('rating_scales', 'rating_labels', 'settings', 'team_assignments')
            THEN 'editor'
        WHEN tbl = 'claims' AND (coalesce(data->'new'->>'status', '') IN ('final', 'published')
                                 OR coalesce(data->'old'->>'status', '') IN ('final', 'published'))
            THEN 'editor'
        ELSE 'reviewer' END
$$;
CREATE OR REPLACE FUNCTION factcheck.stamp_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Numbers in commit order: every push waits here for the one before it.
    PERFORM pg_advisory_xact_lock(hashtext('factcheck.changes'));
    NEW.seq := nextval('factcheck.changes_seq');
    NEW.author := current_user;
    NEW.at := clock_timestamp();
    NEW.kind := factcheck.change_kind(NEW.tbl, NEW.data);
    RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION factcheck.tell_listeners() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('factcheck_changes', '');
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS stamp ON factcheck.changes;
CREATE TRIGGER stamp BEFORE INSERT ON factcheck.changes
    FOR EACH ROW EXECUTE FUNCTION factcheck.stamp_change();
DROP TRIGGER IF EXISTS tell ON factcheck.changes;
CREATE TRIGGER tell AFTER INSERT ON factcheck.changes
    FOR EACH STATEMENT EXECUTE FUNCTION factcheck.tell_listeners();
CREATE INDEX IF NOT EXISTS changes_client ON factcheck.changes (client);
CREATE INDEX IF NOT EXISTS changes_claim ON factcheck.changes ((data->'new'->>'id'), seq)
    WHERE tbl = 'claims';
CREATE INDEX IF NOT EXISTS changes_settings ON factcheck.changes (seq) WHERE tbl = 'settings';
CREATE OR REPLACE FUNCTION factcheck.second_reviewer() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    rules jsonb;
    claim text := NEW.data->'new'->>'id';
    setter name;
BEGIN
    -- The team's second-reviewer rule, kept by the server: a claim becomes final
    -- or published only by a role other than the one who last set its verdict.
    IF NEW.tbl <> 'claims' OR NEW.op <> 'update'
       OR coalesce(NEW.data->'new'->>'status', '') NOT IN ('final', 'published')
       OR coalesce(NEW.data->'old'->>'status', '') IN ('final', 'published') THEN
        RETURN NEW;
    END IF;
    SELECT (data->'new'->>'value')::jsonb INTO rules FROM factcheck.changes
        WHERE tbl = 'settings' AND data->'new'->>'key' = 'workflow' ORDER BY seq DESC LIMIT 1;
    IF rules IS NULL OR jsonb_typeof(rules) <> 'object'
       OR coalesce(rules->'second_reviewer', 'false'::jsonb) <> 'true'::jsonb THEN
        RETURN NEW;
    END IF;
    IF NEW.data->'new'->'verdict' IS DISTINCT FROM NEW.data->'old'->'verdict' THEN
        setter := current_user;
    ELSE
        SELECT author INTO setter FROM factcheck.changes
            WHERE tbl = 'claims' AND data->'new'->>'id' = claim
              AND jsonb_typeof(data->'new'->'verdict') = 'string'
              AND (op = 'insert' OR data->'new'->'verdict' IS DISTINCT FROM data->'old'->'verdict')
            ORDER BY seq DESC LIMIT 1;
    END IF;
    IF setter = current_user THEN
        RAISE EXCEPTION 'second-reviewer rule: % set the verdict of claim %; another role approves',
            setter, claim USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS stamp_second_reviewer ON factcheck.changes;
CREATE TRIGGER stamp_second_reviewer BEFORE INSERT ON factcheck.changes
    FOR EACH ROW EXECUTE FUNCTION factcheck.second_reviewer();
"""

_RIGHTS = """
GRANT USAGE ON SCHEMA factcheck TO factcheck_reader, factcheck_reviewer, factcheck_editor;
GRANT SELECT ON factcheck.changes TO factcheck_reader, factcheck_reviewer, factcheck_editor;
GRANT INSERT (id, client, base_seq, tbl, op, data) ON factcheck.changes
    TO factcheck_reviewer, factcheck_editor;
GRANT USAGE ON SEQUENCE factcheck.changes_seq TO factcheck_reviewer, factcheck_editor;
ALTER TABLE factcheck.changes ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON factcheck.changes;
CREATE POLICY everyone_reads ON factcheck.changes FOR SELECT
    TO factcheck_reader, factcheck_reviewer, factcheck_editor USING (true);
DROP POLICY IF EXISTS reviewers_edit ON factcheck.changes;
CREATE POLICY reviewers_edit ON factcheck.changes FOR INSERT
    TO factcheck_reviewer WITH CHECK (kind = 'reviewer');
DROP POLICY IF EXISTS editors_decide ON factcheck.changes;
CREATE POLICY editors_decide ON factcheck.changes FOR INSERT
    TO factcheck_editor WITH CHECK (true);
"""


@dataclass(frozen=True, slots=True)
class ServerChange:
    """One change in the team server's log, in its order (`seq`)."""

    seq: int
    id: str
    client: str
    author: str
    at: str
    base: int
    tbl: str
    op: str
    data: dict[str, Any]


def check_url(url: str) -> str:
    """`url` if it is a PostgreSQL URL without a password (those belong in
    ~/.pgpass, a service file or PGPASSWORD, never in our files)."""
    url = url.strip()
    if url.startswith("service="):
        return url
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise TeamError(translate(
            "Errors", "{url} is not a PostgreSQL URL (postgresql://host/database)").format(
            url=repr(url)))
    if parts.password or re.search(r"[?&]password=", url):
        raise TeamError(translate(
            "Errors", "the URL holds a password; put it in ~/.pgpass, a service file or"
            " PGPASSWORD instead (it would otherwise be stored with the database)"))
    return url


def connect(url: str, *, autocommit: bool = False, timeout: int = 5) -> psycopg.Connection:
    """A connection, or OfflineError with the server's reason."""
    import psycopg

    try:
        return psycopg.connect(check_url(url), autocommit=autocommit,
                               connect_timeout=timeout, application_name="factcheck-gui")
    except psycopg.OperationalError as error:
        raise OfflineError(translate(
            "Errors", "cannot reach the team database: {reason}").format(
            reason=_first_line(error))) from error


@contextmanager
def talking(what: str) -> Iterator[None]:
    """psycopg's errors as ours: lost connections are OfflineError."""
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege as error:
        raise RefusedError(translate(
            "Errors", "{what}: the team database refused it ({reason})").format(
            what=what, reason=_first_line(error))) from error
    except (psycopg.OperationalError, psycopg.InterfaceError) as error:
        raise OfflineError(translate(
            "Errors", "{what}: lost the team database ({reason})").format(
            what=what, reason=_first_line(error))) from error
    except psycopg.Error as error:
        raise TeamError(f"{what}: {_first_line(error)}") from error


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def init_schema(conn: psycopg.Connection) -> None:
    """Create (or bring up to date) the schema, the roles and their rights."""
    with talking(translate("Errors", "setting up the team database")), conn.transaction():
        for group in GROUP.values():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                  (group,)).fetchone()
            if not exists:
                conn.execute(f'CREATE ROLE "{group}" NOLOGIN')
        conn.execute(_SCHEMA)
        conn.execute(_RIGHTS)


def grant(conn: psycopg.Connection, name: str, role: str) -> None:
    """Make `name` (a login role, created without a password if missing) a reader,
    reviewer or editor, and nothing else."""
    if role not in ROLES:
        raise TeamError(translate("Errors", "unknown team role {role} (one of: {roles})").format(
            role=repr(role), roles=", ".join(ROLES)))
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.@-]{0,62}", name):
        raise TeamError(translate(
            "Errors", "{name} is not a role name this tool will create").format(name=repr(name)))
    with talking(translate("Errors", "granting {role} to {name}").format(
            role=role, name=name)), conn.transaction():
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            conn.execute(f'CREATE ROLE "{name}" LOGIN')
        for other in GROUP.values():
            conn.execute(f'REVOKE "{other}" FROM "{name}"')
        conn.execute(f'GRANT "{GROUP[role]}" TO "{name}"')


def has_schema(conn: psycopg.Connection) -> bool:
    with talking(translate("Errors", "reading the team database")):
        row = conn.execute("SELECT to_regclass('factcheck.changes')").fetchone()
    return bool(row and row[0])


def my_role(conn: psycopg.Connection) -> tuple[str, str | None]:
    """(the role name the server stamps, the highest team right it has or None)."""
    with talking(translate("Errors", "reading your rights")):
        name = conn.execute("SELECT current_user").fetchone()[0]  # type: ignore[index]
        best = None
        for role in ROLES:
            row = conn.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')",
                               (GROUP[role],)).fetchone()
            if row and row[0]:
                best = role
        superuser = conn.execute(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        if superuser and superuser[0]:
            best = "editor"
    return str(name), best


def members(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """(role name, team right) of every login role with a team right, by name."""
    with talking(translate("Errors", "reading the team's members")):
        rows = conn.execute(
            "SELECT r.rolname::text, g.rolname::text FROM pg_auth_members m"
            " JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid"
            " WHERE g.rolname = ANY(%s) AND r.rolcanlogin ORDER BY r.rolname",
            (list(GROUP.values()),)).fetchall()
        conn.commit()
    right = {group: role for role, group in GROUP.items()}
    best: dict[str, str] = {}
    for name, group in rows:
        role = right[group]
        if ROLES.index(role) >= ROLES.index(best.get(name, "reader")):
            best[name] = role
    return sorted(best.items())


def newest_seq(conn: psycopg.Connection) -> int:
    with talking(translate("Errors", "reading the team database")):
        row = conn.execute("SELECT coalesce(max(seq), 0) FROM factcheck.changes").fetchone()
    return int(row[0]) if row else 0


def fetch(conn: psycopg.Connection, after: int, limit: int) -> list[ServerChange]:
    """Up to `limit` changes after sequence number `after`, in order."""
    with talking(translate("Errors", "pulling changes")):
        rows = conn.execute(
            "SELECT seq, id::text, client::text, author::text,"
            " to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"'),"
            " base_seq, tbl, op, data FROM factcheck.changes WHERE seq > %s"
            " ORDER BY seq LIMIT %s", (after, limit)).fetchall()
        conn.commit()
    return [ServerChange(int(r[0]), _dashless(r[1]), _dashless(r[2]), r[3], r[4],
                         int(r[5]), r[6], r[7], r[8]) for r in rows]


def count_after(conn: psycopg.Connection, after: int) -> int:
    with talking(translate("Errors", "reading the team database")):
        row = conn.execute("SELECT count(*) FROM factcheck.changes WHERE seq > %s",
                           (after,)).fetchone()
        conn.commit()
    return int(row[0]) if row else 0


def push(conn: psycopg.Connection, client: str, batch: Sequence[dict[str, Any]]
         ) -> dict[str, int]:
    """Insert `batch` (dicts with id, base, tbl, op, data) in one transaction;
    {change id: sequence number}. Changes already there (a push cut off after
    the server committed) are not inserted again; their numbers are returned."""
    payload = json.dumps([{**item, "client": client} for item in batch],
                         ensure_ascii=False, separators=(",", ":"))
    ids = [item["id"] for item in batch]
    with talking(translate("Errors", "pushing changes")), conn.transaction():
        conn.execute(
            "INSERT INTO factcheck.changes (id, client, base_seq, tbl, op, data)"
            " SELECT (x->>'id')::uuid, (x->>'client')::uuid, (x->>'base')::bigint,"
            " x->>'tbl', x->>'op', x->'data'"
            " FROM jsonb_array_elements(%s::jsonb) WITH ORDINALITY AS t(x, i) ORDER BY i"
            " ON CONFLICT (id) DO NOTHING", (payload,))
        rows = conn.execute(
            "SELECT id::text, seq FROM factcheck.changes WHERE id = ANY(%s::uuid[])",
            (ids,)).fetchall()
    return {_dashless(row[0]): int(row[1]) for row in rows}


def _dashless(text: str) -> str:
    return text.replace("-", "")


class Listener:
    """A connection of its own that hears when anyone pushes (LISTEN/NOTIFY)."""

    def __init__(self, url: str) -> None:
        self._conn = connect(url, autocommit=True)
        with talking(translate("Errors", "listening for the team's changes")):
            self._conn.execute(f"LISTEN {CHANNEL}")

    def heard(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds; True if a notice came. OfflineError if the
        connection went."""
        with talking(translate("Errors", "listening for the team's changes")):
            return bool(list(self._conn.notifies(timeout=timeout, stop_after=1)))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.close()
