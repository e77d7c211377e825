"""Redo and Quit by keyboard on a real X server: offscreen, Qt uses the Windows
key scheme and cannot show the X11 clash (each key held twice, so neither worked)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article

HELPER = Path(__file__).resolve().parents[2] / "helpers" / "x11_keys.py"
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xdotool")) and not os.environ.get("CI"),
    reason="needs Xvfb (xvfb-run) and xdotool (.ci/run installs them; in CI this fails)")
def test_redo_and_quit_keys_work_under_x11(tmp_path: Path) -> None:
    db = tmp_path / "keys.db"
    with Store.open(db, reviewer="ann") as store:
        add_sample_article(store)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["xvfb-run", "-a", sys.executable, str(HELPER), str(db)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    assert json.loads(lines[-1]) == {"claims_after_redo_key": 1, "shown_after_quit_key": False}
