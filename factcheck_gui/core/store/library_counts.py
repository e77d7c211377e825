"""How many articles and claims the library holds, kept by triggers.

`SELECT count(*) FROM claims` reads a whole index: on 200,000 claims about 35 ms
in a process that has not read it yet, at every start of the window (the
library's heading shows the totals). Triggers on every insert and delete, whoever
makes them (foreign-key cascades included), keep the two numbers in
`library_counts` instead, so the heading reads one row.

They are trusted only while every trigger is there with the text this version
writes (`present`); otherwise the counts are counted.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from factcheck_gui.core.store import triggers

__all__ = ["COUNTED", "install", "present", "total_sql", "trigger_sql"]

COUNTED = ("articles", "claims")

_TABLE = """CREATE TABLE library_counts (
    name TEXT PRIMARY KEY,
    n INTEGER NOT NULL
)"""


@cache
def trigger_sql() -> dict[str, str]:
    """Each counting trigger's name and its CREATE statement."""
    made: dict[str, str] = {}
    for table in COUNTED:
        for event, step in (("insert", "+ 1"), ("delete", "- 1")):
            name = f"library_counts_{table}_{event}"
            made[name] = (f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} BEGIN"
                          f" UPDATE library_counts SET n = n {step} WHERE name = '{table}'; END")
    return made


def install(conn: sqlite3.Connection) -> None:
    """The table, its numbers as counted now, and the triggers (inside the caller's
    transaction)."""
    conn.execute(_TABLE)
    for table in COUNTED:
        conn.execute(f"INSERT INTO library_counts (name, n) SELECT '{table}', count(*)"
                     f" FROM {table}")
    for statement in trigger_sql().values():
        conn.execute(statement)


def present(conn: sqlite3.Connection) -> bool:
    """Whether every counting trigger is there as this version writes it."""
    return triggers.as_written(conn, trigger_sql())


def total_sql(table: str, kept: bool) -> str:
    """SQL giving how many rows `table` (one of COUNTED) holds: the kept number when
    `kept` (the triggers are `present`), else counted."""
    if kept:
        return f"(SELECT n FROM library_counts WHERE name = '{table}')"
    return f"(SELECT count(*) FROM {table})"
