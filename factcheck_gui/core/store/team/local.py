"""The working copy's side of team sync, in the SQLite file itself.

Joining adds four tables and, per shared table, three triggers that copy every
insert, update and delete into `team_outbox` (with a random id, the pull
watermark the edit was made on, and the row before and after) in the same
transaction as the edit: whatever wrote it (window, CLI, a merge), nothing
escapes the queue, and a crash loses the edit and its queue entry together.
While pulled changes are applied `team_link.applying` is 1 and the triggers
stay quiet, so others' changes are never sent back.

- team_link: the one row saying which team (URL without password), this copy's
  id, the role, the pull watermark, offline since when, and the part joined
  (outlets, dates; NULL for the whole team database).
- team_outbox: local changes; `seq` is NULL until the server numbered them.
- team_rows: per shared row, which change last set each field (server order),
  and the change that deleted it; conflicts are judged from this.
- team_conflicts: every conflict seen, with both values, who and when.
- team_history: the server's number of each history event (ours once pushed,
  others' as pulled), so every copy shows a claim's history in one order.
- team_assignments: which reviewer an editor gave an article or claim to
  (shared like the work itself).
"""

from __future__ import annotations

import json
from typing import Any

from factcheck_gui.core.store.base import Db

#: Shared tables in an order where parents come before children.
SHARED = ("articles", "article_versions", "article_turns", "claims", "sources",
          "dismissed_suggestions", "rating_scales", "rating_labels", "settings", "events",
          "team_assignments", "review_passes", "pass_claims", "web_fetches",
          "source_copies", "link_checks")
#: Columns that stay in the working copy: a fetched page's original bytes (the
#: extracted text, address, time and hash travel; each copy keeps its own budget).
LOCAL_COLUMNS = {"web_fetches": frozenset({"body", "body_size"}),
                 "source_copies": frozenset({"body", "body_size"})}
#: Tables only editors may change on the server (a reviewer's edits there are refused).
EDITOR_TABLES = frozenset({"rating_scales", "rating_labels", "settings", "team_assignments"})
#: Fields whose concurrent change is a conflict to list; others just follow the
#: later change (times, and what a span change derives from the span).
CONFLICT_FIELDS: dict[str, frozenset[str]] = {
    "claims": frozenset({"claim_text", "claimant", "verdict", "rationale", "status",
                         "start", "end"}),
    "sources": frozenset({"url", "title", "publisher", "published", "accessed", "stance",
                          "note"}),
    "articles": frozenset({"title", "outlet", "author", "url", "published", "language",
                           "current_version_id"}),
    "settings": frozenset({"value"}),
    "rating_labels": frozenset({"value", "description", "colour", "alternate_name",
                                "retired", "position"}),
    "rating_scales": frozenset({"name", "description", "active"}),
}

_TABLES = """
CREATE TABLE IF NOT EXISTS team_link (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    url TEXT NOT NULL,
    client TEXT NOT NULL,
    role_name TEXT NOT NULL,
    role TEXT,
    pulled INTEGER NOT NULL DEFAULT 0,
    applying INTEGER NOT NULL DEFAULT 0,
    joined_at TEXT NOT NULL,
    last_sync TEXT,
    offline_since TEXT,
    last_error TEXT,
    scope TEXT
);
CREATE TABLE IF NOT EXISTS team_outbox (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    tbl TEXT NOT NULL,
    op TEXT NOT NULL,
    old TEXT,
    new TEXT,
    base INTEGER NOT NULL,
    at TEXT NOT NULL,
    seq INTEGER,
    refused TEXT,
    local_id INTEGER
);
CREATE INDEX IF NOT EXISTS team_outbox_waiting ON team_outbox(seq, n);
CREATE TABLE IF NOT EXISTS team_rows (
    tbl TEXT NOT NULL,
    pk TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{}',
    deleted TEXT,
    PRIMARY KEY (tbl, pk)
);
CREATE TABLE IF NOT EXISTS team_conflicts (
    id TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    pk TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL,
    claim_id TEXT,
    article_id TEXT,
    kept TEXT,
    kept_by TEXT,
    kept_at TEXT,
    lost TEXT,
    lost_by TEXT,
    lost_at TEXT,
    lost_row TEXT,
    seen_at TEXT NOT NULL,
    resolved TEXT
);
CREATE TABLE IF NOT EXISTS team_history (
    event_id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS team_history_seq ON team_history(seq);
CREATE TABLE IF NOT EXISTS team_assignments (
    target TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('article', 'claim')),
    assignee TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

_NOW = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')"


def create_tables(db: Db) -> None:
    for statement in _TABLES.split(";"):
        if statement.strip():
            db.conn.execute(statement)
    if "local_id" not in columns(db, "team_outbox"):  # joined before history was ordered
        db.conn.execute("ALTER TABLE team_outbox ADD COLUMN local_id INTEGER")
    if "scope" not in columns(db, "team_link"):  # joined before parts could be chosen
        db.conn.execute("ALTER TABLE team_link ADD COLUMN scope TEXT")


def is_linked(db: Db) -> bool:
    return db.row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_link'"
                  ) is not None and db.row("SELECT 1 FROM team_link") is not None


def columns(db: Db, table: str) -> list[str]:
    return [row["name"] for row in db.rows(f"PRAGMA table_info({table})")]


def primary_key(db: Db, table: str) -> list[str]:
    rows = [row for row in db.rows(f"PRAGMA table_info({table})") if row["pk"]]
    return [row["name"] for row in sorted(rows, key=lambda r: r["pk"])]


def row_json(table: str, names: list[str], alias: str) -> str:
    """SQL for a JSON object of a row's columns (history rows without their local number)."""
    local = LOCAL_COLUMNS.get(table, frozenset())
    names = [n for n in names if not (table == "events" and n == "id") and n not in local]
    return "json_object(" + ", ".join(f"'{n}', {alias}.\"{n}\"" for n in names) + ")"


def trigger_sql(db: Db, table: str) -> dict[str, str]:
    """The three capture triggers of `table`, by name."""
    names = columns(db, table)
    when = "WHEN (SELECT applying FROM team_link) = 0"
    values = ("lower(hex(randomblob(16))), '{t}', '{op}', {old}, {new},"
              " (SELECT pulled FROM team_link), " + _NOW)
    into = "INSERT INTO team_outbox (id, tbl, op, old, new, base, at) VALUES ("
    if table == "events":  # the local number, to learn the server's for it
        values += ", NEW.id"
        into = into.replace("at)", "at, local_id)")
    new, old = row_json(table, names, "NEW"), row_json(table, names, "OLD")
    ops = {"insert": ("INSERT", "NULL", new), "update": ("UPDATE", old, new),
           "delete": ("DELETE", old, "NULL")}
    return {
        f"team_{table}_{op}": (
            f"CREATE TRIGGER team_{table}_{op} AFTER {event} ON {table} {when} BEGIN "
            + into + values.format(t=table, op=op, old=o, new=n) + "); END"
        )
        for op, (event, o, n) in ops.items()
        if not (table == "events" and op != "insert")
    }


def ensure_triggers(db: Db) -> None:
    """(Re)create the capture triggers whose text changed (a column added by an
    upgrade), inside a write."""
    present = {row["name"]: row["sql"] for row in db.rows(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'team\\_%'"
        " ESCAPE '\\'")}
    tables = {row["name"] for row in db.rows("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in SHARED:
        if table not in tables:
            continue
        for name, sql in trigger_sql(db, table).items():
            if present.get(name) != sql:
                db.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
                db.conn.execute(sql)


def triggers_current(db: Db) -> bool:
    present = {row["name"]: row["sql"] for row in db.rows(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    return all(present.get(name) == sql for table in SHARED
               for name, sql in trigger_sql(db, table).items())


def drop_triggers(db: Db) -> None:
    for row in db.rows("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                       " AND name LIKE 'team\\_%' ESCAPE '\\'"):
        db.conn.execute(f"DROP TRIGGER {row['name']}")


def queue_everything(db: Db, *, skip: frozenset[str] = frozenset()) -> int:
    """Queue every shared row as an insert (joining with work already done)."""
    total = 0
    for table in SHARED:
        if table in skip or table.startswith("team_"):
            continue
        names = columns(db, table)
        events = table == "events"
        cursor = db.conn.execute(
            "INSERT INTO team_outbox (id, tbl, op, old, new, base, at, local_id)"
            f" SELECT lower(hex(randomblob(16))), '{table}', 'insert', NULL,"
            f" {row_json(table, names, table)}, 0, {_NOW}, {'id' if events else 'NULL'}"
            f" FROM {table}" + (" ORDER BY id" if events else ""))
        total += max(cursor.rowcount, 0)
    return total


def pk_text(values: list[Any]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)
