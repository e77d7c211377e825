"""Keys on a real X server: Redo and Quit (offscreen, Qt uses the Windows key
scheme and cannot show the X11 clash: each key held twice, so neither worked),
and the keyboard-only claim task (Ctrl+F, type, Ctrl+Return...) pressed by xdotool."""

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
SIX_CLAIMS = HELPER.with_name("x11_six_claims.py")
STORY = Path(__file__).resolve().parents[2] / "data" / "wire_story.txt"
ROOT = Path(__file__).resolve().parents[3]
MOST_KEYS_PER_CLAIM = 15  # find, claim, verdict, rationale, source: typed text apart
needs_x11 = pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xdotool")) and not os.environ.get("CI"),
    reason="needs Xvfb (xvfb-run) and xdotool (.ci/run installs them; in CI this fails)")


def _run_under_x11(tmp_path: Path, *args: str) -> dict:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["xvfb-run", "-a", sys.executable, *args],
                          capture_output=True, text=True, timeout=240, env=env, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    return json.loads(lines[-1])


@pytest.mark.slow
@needs_x11
def test_six_claims_by_keyboard_take_few_keys_each(tmp_path: Path) -> None:
    """Find each phrase, make it a claim, give it a verdict, a rationale and a source,
    with keys pressed on a real X server; straight quotes find the story's curly ones."""
    result = _run_under_x11(tmp_path, str(SIX_CLAIMS), str(tmp_path / "six.db"), str(STORY))
    assert result["error"] == ""
    assert len(result["quotes"]) == 6
    assert "“reasonable year-round service”" in result["quotes"][2]
    assert result["judged"] == 6 and result["with_source"] == 6
    assert all(keys < MOST_KEYS_PER_CLAIM for keys in result["keys_per_claim"])


@pytest.mark.slow
@needs_x11
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
