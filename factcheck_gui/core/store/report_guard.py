"""The report's guard: triggers keeping out of the columns the CSV report reads
what its SQL-written lines cannot write as the csv module would.

The lines (report_lines.py) are made by `printf`, which stops at a NUL and
cannot spell a BLOB or a real number like Python. The store never writes those
(textclean.py drops NULs; offsets are whole numbers), but another program may,
so without a guard the report's query looks at every text of every claim for
them: about a sixth of the line query's time on a big library (docs/decisions.md,
"CSV", the guard). With these triggers a write that would break the rule fails,
whoever makes it, and the query trusts the rule instead.

The rule per column:
- TEXT: NULL, or text without a NUL;
- FIXED (ids, dates, states the app writes): text without a NUL that starts with
  an ASCII letter or digit, so never a spreadsheet formula either, and the
  report does not look at its first character;
- WHOLE: an integer;
- JSON (a correction's before and after): NULL, or JSON whose keys and strings,
  decoded by SQLite as the report decodes them, hold no NUL.

Events are guarded only where the report reads them: corrections.

The guard is installed (a migration) only on a library whose rows all keep the
rule already, and the report trusts it only while every trigger is there with
the text this version writes (`present`): a library whose rows break the rule,
or whose guard another program dropped, is exported through the checking query.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from factcheck_gui.core.store import triggers

__all__ = ["GUARDED", "MESSAGE", "install", "present", "trigger_sql"]

TEXT, FIXED, WHOLE, JSON = "text", "fixed", "whole", "json"

#: Per table, each column the report reads and its rule.
GUARDED: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("id", FIXED), ("title", TEXT), ("outlet", TEXT), ("url", TEXT),
                 ("published", TEXT)),
    "claims": (("id", FIXED), ("article_id", FIXED), ("start", WHOLE), ("end", WHOLE),
               ("quote", TEXT), ("claim_text", TEXT), ("claimant", TEXT), ("verdict", TEXT),
               ("rationale", TEXT), ("status", FIXED), ("reviewer", TEXT),
               ("created_at", FIXED), ("updated_at", FIXED), ("anchor_state", FIXED)),
    "sources": (("url", TEXT), ("title", TEXT), ("stance", TEXT)),
    "source_copies": (("fetched_at", TEXT),),
    "link_checks": (("state", TEXT), ("checked_at", TEXT)),
    "events": (("action", TEXT), ("at", FIXED), ("actor", TEXT), ("before", JSON),
               ("after", JSON)),
}  # fmt: skip
#: Per table, the rows the rule is for (all when absent).
_ONLY = {"events": "{row}.action = 'correct'"}

MESSAGE = ("factcheck: refused by the guard of this library: a NUL character, binary data,"
           " a position that is not a whole number, or an id, date or state that does"
           " not start with a letter or digit")


def _rule(row: str, column: str, kind: str) -> str:
    value = f'{row}."{column}"'
    clean = f"typeof({value}) = 'text' AND NOT instr({value}, char(0))"
    if kind == TEXT:
        return f"({value} IS NULL OR ({clean}))"
    if kind == FIXED:
        return f"({clean} AND {value} GLOB '[0-9A-Za-z]*')"
    if kind == JSON:  # CASE: json_tree is not asked about text that is not JSON
        return (f"({value} IS NULL OR CASE WHEN json_valid({value}) THEN NOT EXISTS"
                f" (SELECT 1 FROM json_tree({value}) WHERE instr(key, char(0))"
                f" OR instr(atom, char(0))) ELSE 0 END)")
    return f"typeof({value}) = 'integer'"


def _keeps_rule(table: str, row: str) -> str:
    rules = " AND ".join(_rule(row, column, kind) for column, kind in GUARDED[table])
    only = _ONLY.get(table)
    return f"(NOT ({only.format(row=row)}) OR ({rules}))" if only else rules


@cache
def trigger_sql() -> dict[str, str]:
    """Each guard trigger's name and its CREATE statement."""
    made: dict[str, str] = {}
    for table, columns in GUARDED.items():
        names = ", ".join(f'"{column}"' for column, _ in columns)
        for event, on in (("insert", "INSERT"), ("update", f"UPDATE OF {names}")):
            name = f"report_guard_{table}_{event}"
            made[name] = (f"CREATE TRIGGER {name} BEFORE {on} ON {table}"
                          f" WHEN NOT ({_keeps_rule(table, 'NEW')})"
                          f" BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
    return made


def install(conn: sqlite3.Connection) -> bool:
    """Create the guard when every row keeps the rule (False, nothing created, when
    one does not). Inside the caller's transaction."""
    for table in GUARDED:
        broken = conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table} AS t"
                              f" WHERE NOT ({_keeps_rule(table, 't')}))").fetchone()[0]
        if broken:
            return False
    for statement in trigger_sql().values():
        conn.execute(statement)
    return True


def present(conn: sqlite3.Connection) -> bool:
    """Whether every guard trigger is there as this version writes it."""
    return triggers.as_written(conn, trigger_sql())
