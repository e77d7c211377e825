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
    """factcheck.db in the user's data folder (used when none is named)."""
    return data_dir() / DB_FILENAME


def chosen_db_path(option: str | None) -> Path | None:
    """The database the user named (`--db`, else `$FACTCHECK_DB`), or None."""
    if option is not None:
        if not option.strip():
            raise ValueError("--db needs a file name")
        return Path(option).expanduser()
    env = os.environ.get(DB_ENV, "").strip()
    return Path(env).expanduser() if env else None


def ensure_data_dir() -> Path:
    """Create the per-user data folder (for the default database) if needed."""
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OSError(f"cannot create the data folder {folder}: {error.strerror or error}") \
            from error
    return folder
