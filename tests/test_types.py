"""The type checker passes on the package and benchmarks/ (configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import factcheck_gui

REPO = Path(factcheck_gui.__file__).resolve().parents[1]


def test_mypy_is_clean() -> None:
    # The package and its settings come from pyproject.toml; the cache makes reruns quick.
    result = subprocess.run([sys.executable, "-m", "mypy"], capture_output=True, text=True,
                            cwd=REPO, timeout=600)
    # Without mypy (it comes with the test extra) this fails too, saying so.
    assert result.returncode == 0, result.stdout + result.stderr
