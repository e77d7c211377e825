"""Run the real CLI in a subprocess, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck_gui.core.store import Store

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str
    raw: bytes


class Cli:
    def __init__(self, db: Path, cwd: Path) -> None:
        self.db = db
        self.cwd = cwd

    def __call__(self, *args: str, ok: bool = True, reviewer: str = "cli-tester") -> Result:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(FACTCHECK_DB=str(self.db), FACTCHECK_REVIEWER=reviewer,
                   PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="")
        proc = subprocess.run(
            [sys.executable, str(REPO / "main.py"), *args],
            cwd=self.cwd, env=env, capture_output=True, timeout=60,
        )
        result = Result(proc.returncode, proc.stdout.decode("utf-8"),
                        proc.stderr.decode("utf-8"), proc.stdout)
        if ok:
            assert result.code == 0, f"{args}: exit {result.code}\n{result.err}"
        return result


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """A CLI on a new, empty database (commands other than import refuse missing files)."""
    db = tmp_path / "cli.db"
    Store.open(db).close()
    return Cli(db, tmp_path)
