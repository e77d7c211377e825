"""Settings kept in the database (key -> JSON value); each change is in the history."""

from __future__ import annotations

import json
from typing import Any

from factcheck_gui.core.store.base import Db


class Settings:
    def __init__(self, db: Db) -> None:
        self._db = db

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._db.row("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row["value"])

    def set_setting(self, key: str, value: Any) -> None:
        before = self.get_setting(key)
        if before == value:
            return
        with self._db.writing():
            self._db.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self._db.record("setting", key, "update", {"value": before}, {"value": value})
