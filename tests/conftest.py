"""Shared by every test: no real display, and nothing read from or written to the
user's own settings, data folders or name."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# A PostgreSQL server for the team tests, started on first use (pg_cluster, team_db).
pytest_plugins = ["tests.postgres_server"]

# At import time, before any test module imports Qt. The offscreen screen is a
# 1920x1200 one (Qt's own default is 800x800, smaller than the window's size).
SCREEN_CONFIG = Path(__file__).parent / "data" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"
os.environ.setdefault("FACTCHECK_REVIEWER", "test-reviewer")


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A fresh HOME and XDG folders per test; Qt's QSettings point into it too."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    qtcore = sys.modules.get("PySide6.QtCore")  # only if some test uses Qt
    if qtcore is not None:
        settings = qtcore.QSettings
        for fmt in (settings.Format.IniFormat, settings.Format.NativeFormat):
            for scope in (settings.Scope.UserScope, settings.Scope.SystemScope):
                settings.setPath(fmt, scope, str(home / ".config"))
    return home
