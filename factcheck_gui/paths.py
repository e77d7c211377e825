"""Where the default database lives (no Qt: the CLI uses this too)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from factcheck_gui import APP_ID

DB_ENV = "FACTCHECK_DB"
DB_FILENAME = "factcheck.db"


def data_dir() -> Path:
    """The per-user data folder, e.g. ~/.local/share/factcheck-gui on Linux."""
    return platformdirs.user_data_path(APP_ID, appauthor=False)


def default_db_path() -> Path:
    """`$FACTCHECK_DB` if set, else factcheck.db in the user's data folder."""
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME


def resolve_db_path(option: str | None) -> Path:
    """The database to use: `--db`, else the default; its folder is created."""
    path = Path(option).expanduser() if option else default_db_path()
    if not option:
        path.parent.mkdir(parents=True, exist_ok=True)
    return path
