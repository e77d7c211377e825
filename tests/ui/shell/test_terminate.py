"""SIGTERM (a logout, `kill`) closes the window like File > Quit: exit status 0 and
the database closed in order."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

pytestmark = [pytest.mark.process,
              pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt",
                                 reason="POSIX signals")]


def test_sigterm_closes_the_window_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACTCHECK_REVIEWER": "ann",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(REPO)}
    db = tmp_path / "w.db"
    app = subprocess.Popen([sys.executable, "-m", "factcheck_gui", "--db", str(db)], env=env,
                           cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        waited = 0.0
        while not Path(f"{db}.lock").exists() and app.poll() is None and waited < 120:
            time.sleep(0.1)
            waited += 0.1
        time.sleep(1)  # the window is being built or already up: either way it closes
        assert app.poll() is None, app.communicate()[1][-2000:]
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, err[-2000:]
    assert not Path(f"{db}-wal").exists()  # the store was closed in order (WAL checkpointed)
