"""Triggers the store relies on for a speed-up, and whether a library still has them.

A library's triggers can be dropped or replaced by another program; what the
store derives from them (report_guard.py, library_counts.py) is trusted only
while each one is there with the text this version writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

__all__ = ["as_written"]


def as_written(conn: sqlite3.Connection, made: Mapping[str, str]) -> bool:
    """Whether every trigger of `made` (name: its CREATE statement) is in the
    library with exactly that statement."""
    marks = ", ".join("?" * len(made))
    found = dict(conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                              f" AND name IN ({marks})", list(made)).fetchall())
    return found == dict(made)
