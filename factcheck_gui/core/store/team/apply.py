"""Changes in server order, applied to the working copy, with conflicts judged.

Every client folds the same changes in the same order (the server's sequence
numbers), so every client ends with the same rows: per field, the change with
the later number wins. Our own changes are already in the rows; they are
folded too when the server numbers them, but only into the bookkeeping.

A change *conflicts* with the one that held a field before it when their
authors (copies) differ, the values differ and the later one was made without
having seen the earlier (its pull watermark was below the earlier's number).
Both sides compute this from the same facts, so every copy lists the same
conflicts under the same ids. A delete always wins; an edit to a deleted row,
or a delete of a row edited meanwhile, is a conflict that keeps the lost row.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.team.local import CONFLICT_FIELDS, pk_text, primary_key
from factcheck_gui.core.store.team.scope import Scope, ScopeFilter
from factcheck_gui.core.store.team.server import ServerChange

#: A change with its server number (pulled, or ours just pushed).
Numbered = ServerChange


class Folder:
    """Folds numbered changes into the working copy, inside one write."""

    def __init__(self, db: Db, client: str, scope: Scope | None = None) -> None:
        self._db = db
        self._client = client
        self._part = ScopeFilter(db, scope) if scope is not None else None
        self._keys: dict[str, list[str]] = {}
        self._tables = {row["name"] for row in db.rows(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        self._held_by: dict[str, tuple[tuple[str, str], set[str]]] = {}
        self._waiting: dict[tuple[str, str], Counter[str]] = {}
        self._load_waiting()
        self.conflicts = 0
        #: Articles whose versions need numbering in server order after this batch.
        self.renumber: set[str] = set()
        #: Articles where a pulled change may have left claims off the current text.
        self.moved: set[str] = set()

    def _load_waiting(self) -> None:
        """Rows (and their fields) that our own changes, not yet folded, touch: a
        pulled value numbered before them must not overwrite them (ours are
        numbered later and win). A waiting delete holds the whole row ("*").
        Ours are folded when the pull reaches their number, in server order."""
        pulled = self._db.one("SELECT pulled FROM team_link")["pulled"]
        for row in self._db.rows(
                "SELECT id, tbl, op, old, new FROM team_outbox WHERE refused IS NULL"
                " AND (seq IS NULL OR seq > ?) ORDER BY n", (pulled,)):
            if row["tbl"] == "events":
                continue
            old, new = _loads(row["old"]) or {}, _loads(row["new"]) or {}
            key = (row["tbl"], self.pk(row["tbl"], new or old))
            if row["op"] == "delete":
                fields = {"*"}
            elif row["op"] == "insert":
                fields = set(new)
            else:
                fields = _grouped(row["tbl"], {k for k in new if old.get(k) != new[k]}, new)
            self._held_by[row["id"]] = (key, fields)
            self._waiting.setdefault(key, Counter()).update(fields)

    def _release(self, change_id: str) -> None:
        """Our change is folded: it holds its fields no longer."""
        held = self._held_by.pop(change_id, None)
        if held is not None:
            key, fields = held
            self._waiting[key].subtract(fields)

    def pk(self, table: str, values: dict[str, Any]) -> str:
        if table not in self._keys:
            self._keys[table] = primary_key(self._db, table)
        return pk_text([values.get(name) for name in self._keys[table]])

    # -- one change ------------------------------------------------------------
    def fold(self, change: Numbered, *, ours: bool) -> None:
        if change.tbl not in self._tables:  # a table a newer version added
            return
        if not ours and self._part is not None and not self._part.takes(
                change.tbl, change.op, change.data.get("new") or change.data.get("old") or {}):
            return  # outside the part of the team database this copy joined
        if change.tbl == "events":
            if ours:
                self._db.conn.execute(
                    "INSERT OR IGNORE INTO team_history (event_id, seq) SELECT local_id, ?"
                    " FROM team_outbox WHERE id = ? AND local_id IS NOT NULL",
                    (change.seq, change.id))
            else:
                self._insert_event(change)
            return
        data = change.data
        new: dict[str, Any] = data.get("new") or {}
        old: dict[str, Any] = data.get("old") or {}
        key = self.pk(change.tbl, new or old)
        fields, deleted = self._state(change.tbl, key)
        where, params = self._where(change.tbl, new or old)
        present = self._db.row(f"SELECT * FROM {change.tbl} WHERE {where}", params)
        counts = self._waiting.get((change.tbl, key), Counter())
        waiting = {name for name, count in counts.items() if count > 0}
        if change.op == "delete":
            self._fold_delete(change, key, fields, present, old, ours)
            deleted = _stamp(change)
        elif change.op == "update" and present is None:
            if deleted is not None:
                self._conflict_deleted(change.tbl, key, deleted, change, new)
            # Kept in the bookkeeping: a later delete must see what it did not know.
            self._follow(change, fields, new, old, write=False, present=None)
        else:
            if present is None and not ours and "*" not in waiting:
                if not self._insert_row(change, new):
                    return
                present = None  # written whole: the fields only need their stamps
            if change.op == "insert":
                deleted = None
            self._follow(change, fields, new, old if change.op == "update" else None,
                         write=not ours and present is not None, present=present,
                         waiting=waiting)
        self._save_state(change.tbl, key, fields, deleted)
        if ours:
            self._release(change.id)
        elif change.tbl in ("articles", "claims", "article_versions"):
            row = new or old
            self.moved.add(str(row.get("id") if change.tbl == "articles"
                               else row.get("article_id") or ""))

    def _follow(self, change: Numbered, fields: dict[str, list[Any]], new: dict[str, Any],
                old: dict[str, Any] | None, *, write: bool, present: sqlite3.Row | None,
                waiting: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Per field: the later number wins; conflicts judged; rows written if `write`."""
        judged = CONFLICT_FIELDS.get(change.tbl, frozenset())
        changed = _grouped(change.tbl, {k for k in new if old is None or old.get(k) != new[k]},
                           new)
        # A claim's anchor is judged on the version it is on: offsets on two
        # different texts are not rival values (the versions' conflict is listed).
        version = new.get("version_id") if change.tbl == "claims" else None
        before = fields.get("version_id")
        assignments: dict[str, Any] = {}
        for name in sorted(changed, key=list(new).index):
            value = new[name]
            held = fields.get(name)
            rival = name in judged and not (name in ANCHOR and _on_other_version(
                before, version))
            if held is not None and held[0] > change.seq:  # a later change holds it
                if (rival and held[2] != change.client and held[3] < change.seq
                        and _value(held) != value):
                    self._conflict_field(change, name, winner=held, loser=_stamp(change, value))
                continue
            if (held is not None and rival and held[2] != change.client
                    and change.base < held[0] and _value(held) != value):
                self._conflict_field(change, name, winner=_stamp(change, value), loser=held)
            kept = name in judged or (change.tbl == "claims" and name == "version_id")
            fields[name] = _stamp(change, value if kept else None)
            if write and name not in waiting and "*" not in waiting:
                assignments[name] = value
        if write and present is not None:
            if change.tbl == "claims" and "reviewer" in assignments:
                assignments["reviewer"] = change.author  # the server's word, not the client's
            assignments = {k: v for k, v in assignments.items() if present[k] != v}
            if assignments:
                where, params = self._where(change.tbl, dict(present))
                sets = ", ".join(f'"{k}" = ?' for k in assignments)
                self._db.conn.execute(f"UPDATE {change.tbl} SET {sets} WHERE {where}",
                                      (*assignments.values(), *params))

    def _fold_delete(self, change: Numbered, key: str, fields: dict[str, list[Any]],
                     present: sqlite3.Row | None, old: dict[str, Any], ours: bool) -> None:
        judged = CONFLICT_FIELDS.get(change.tbl, frozenset())
        unseen = [held for name, held in fields.items()
                  if name in judged and held[2] != change.client and held[0] > change.base]
        if unseen:
            last = max(unseen, key=lambda held: held[0])
            row = dict(present) if present is not None else dict(old)
            for name, held in fields.items():  # the values others gave, as they stand
                if name in judged and name in row:
                    row[name] = _value(held)
            self._record(f"{change.id}:{change.tbl}:{key}", change.tbl, key, "*", "deleted",
                         row, kept=None, kept_by=change.author, kept_at=change.at,
                         lost=None, lost_by=last[4], lost_at=last[5], lost_row=row)
        if present is not None and not ours:
            where, params = self._where(change.tbl, dict(present))
            self._db.conn.execute(f"DELETE FROM {change.tbl} WHERE {where}", params)

    # -- writing rows ------------------------------------------------------------
    def _insert_row(self, change: Numbered, new: dict[str, Any]) -> bool:
        values = dict(new)
        if change.tbl == "claims":
            values["reviewer"] = change.author
        if change.tbl == "article_versions":
            # Two copies may have numbered their new versions alike: this one goes
            # last for now, and the article's versions are numbered by server order.
            top = self._db.one("SELECT max(number) AS n FROM article_versions"
                               " WHERE article_id = ?", (values.get("article_id"),))["n"]
            values["number"] = (top or 0) + 1
            self.renumber.add(str(values.get("article_id") or ""))
        names = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join("?" for _ in values)
        conn = self._db.conn
        conn.execute("SAVEPOINT team_row")
        try:
            conn.execute(f"INSERT INTO {change.tbl} ({names}) VALUES ({marks})",
                         tuple(values.values()))
        except sqlite3.IntegrityError:
            # Its parent is gone here (a source added to a claim deleted meanwhile):
            # the row is in the history; the parent's delete wins, as everywhere.
            conn.execute("ROLLBACK TO team_row")
            conn.execute("RELEASE team_row")
            return False
        conn.execute("RELEASE team_row")
        return True

    def _insert_event(self, change: Numbered) -> None:
        values = dict(change.data.get("new") or {})
        values.pop("id", None)
        values["actor"] = change.author  # who pushed it, as the server says
        names = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join("?" for _ in values)
        cursor = self._db.conn.execute(f"INSERT INTO events ({names}) VALUES ({marks})",
                                       tuple(values.values()))
        self._db.conn.execute("INSERT INTO team_history (event_id, seq) VALUES (?, ?)",
                              (cursor.lastrowid, change.seq))

    # -- versions ------------------------------------------------------------------
    def number_versions(self) -> None:
        """Number the versions of the articles this batch added one to in the order
        the server received them (ours not yet sent come last), the same on every
        copy. Ids, not numbers, tie claims and the current text to a version."""
        conn = self._db.conn
        for article_id in sorted(a for a in self.renumber if a):
            # Folded in server order: a version not folded yet (ours, waiting or
            # numbered after this batch) comes after every folded one.
            rows = self._db.rows("SELECT v.id, v.number, r.fields FROM article_versions v"
                                 " LEFT JOIN team_rows r ON r.tbl = 'article_versions'"
                                 " AND r.pk = json_array(v.id) WHERE v.article_id = ?",
                                 (article_id,))

            def order(row: Any) -> tuple[float, int, str]:
                stamp = json.loads(row["fields"]).get("id") if row["fields"] else None
                return (stamp[0] if stamp else float("inf"), row["number"], row["id"])

            wanted = {row["id"]: n for n, row in enumerate(sorted(rows, key=order), start=1)}
            if all(row["number"] == wanted[row["id"]] for row in rows):
                continue
            top = max(row["number"] for row in rows) + len(rows)
            conn.execute("UPDATE article_versions SET number = number + ? WHERE article_id = ?",
                         (top, article_id))
            conn.executemany("UPDATE article_versions SET number = ? WHERE id = ?",
                             [(n, i) for i, n in wanted.items()])
        self.renumber.clear()

    def _where(self, table: str, values: dict[str, Any]) -> tuple[str, list[Any]]:
        if table not in self._keys:
            self._keys[table] = primary_key(self._db, table)
        names = self._keys[table]
        return " AND ".join(f'"{n}" = ?' for n in names), [values.get(n) for n in names]

    # -- bookkeeping ---------------------------------------------------------------
    def _state(self, table: str, key: str) -> tuple[dict[str, list[Any]], list[Any] | None]:
        row = self._db.row("SELECT fields, deleted FROM team_rows WHERE tbl = ? AND pk = ?",
                           (table, key))
        if row is None:
            return {}, None
        return json.loads(row["fields"]), _loads(row["deleted"])

    def _save_state(self, table: str, key: str, fields: dict[str, list[Any]],
                    deleted: list[Any] | None) -> None:
        self._db.conn.execute(
            "INSERT INTO team_rows (tbl, pk, fields, deleted) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (tbl, pk) DO UPDATE SET fields = excluded.fields,"
            " deleted = excluded.deleted",
            (table, key, _dumps(fields), None if deleted is None else _dumps(deleted)))

    def _conflict_field(self, change: Numbered, name: str, *, winner: list[Any],
                        loser: list[Any]) -> None:
        data = change.data.get("new") or change.data.get("old") or {}
        key = self.pk(change.tbl, data)
        self._record(f"{winner[1]}:{loser[1]}:{name}", change.tbl, key, name, "field", data,
                     kept=_value(winner), kept_by=winner[4], kept_at=winner[5],
                     lost=_value(loser), lost_by=loser[4], lost_at=loser[5], lost_row=None)

    def _conflict_deleted(self, table: str, key: str, deleted: list[Any], change: Numbered,
                          row: dict[str, Any]) -> None:
        self._record(f"{deleted[1]}:{table}:{key}", table, key, "*", "deleted", row,
                     kept=None, kept_by=deleted[4], kept_at=deleted[5], lost=None,
                     lost_by=change.author, lost_at=change.at, lost_row=row)

    def _record(self, ident: str, table: str, key: str, name: str, kind: str,
                row: dict[str, Any], *, kept: Any, kept_by: str, kept_at: str, lost: Any,
                lost_by: str, lost_at: str, lost_row: dict[str, Any] | None) -> None:
        claim_id = row.get("id") if table == "claims" else row.get("claim_id")
        article_id = row.get("id") if table == "articles" else row.get("article_id")
        cursor = self._db.conn.execute(
            "INSERT OR IGNORE INTO team_conflicts (id, tbl, pk, field, kind, claim_id,"
            " article_id, kept, kept_by, kept_at, lost, lost_by, lost_at, lost_row, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ident, table, key, name, kind, claim_id, article_id, _dumps(kept),
             kept_by, kept_at, _dumps(lost), lost_by, lost_at,
             None if lost_row is None else _dumps(lost_row), utc_now()))
        self.conflicts += max(cursor.rowcount, 0)


#: A claim's anchor: changed together, it travels and wins together.
ANCHOR = frozenset({"version_id", "start", "end", "quote", "prefix", "suffix", "anchor_state",
                    "original_quote"})


def _grouped(table: str, changed: set[str], new: dict[str, Any]) -> set[str]:
    """The fields a change sets: a claim's whole anchor if any part of it moved,
    so offsets never mix with another copy's version of the text."""
    if table == "claims" and changed & ANCHOR:
        return changed | (ANCHOR & new.keys())
    return changed


def _on_other_version(held: list[Any] | None, version: Any) -> bool:
    return version is not None and held is not None and _value(held) is not None and (
        _value(held) != version)


def _stamp(change: Numbered, value: Any = None) -> list[Any]:
    """What the bookkeeping keeps of the change that set a field:
    [seq, id, copy, watermark, author, time, value]."""
    return [change.seq, change.id, change.client, change.base, change.author, change.at, value]


def _value(held: list[Any]) -> Any:
    return held[6] if len(held) > 6 else None


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
