"""A killed export leaves a recognisable temporary file, and the next export to
that folder removes it (never one of a write still running)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from factcheck_gui.io.atomic import PARTIAL_SUFFIX
from tests.helpers.run_cli import run_cli

KILLED_WRITE = """
import os, signal, sys
from factcheck_gui.io.atomic import atomic_write
with atomic_write(sys.argv[1]) as handle:
    handle.write(b"half a report" * 100_000)
    handle.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_the_next_export_removes_what_killed_ones_left(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for _ in range(3):
        killed = subprocess.run([sys.executable, "-c", KILLED_WRITE, str(reports / "r.csv")])
        assert killed.returncode == -signal.SIGKILL
    # Each write cleared what the one before it left: one file, not three.
    [left] = sorted(reports.iterdir())
    assert left.name.startswith(".r.csv.") and left.name.endswith(PARTIAL_SUFFIX)
    # A write in progress (this process) is not touched.
    running = reports / f".other.csv.{os.getpid()}.abcd1234{PARTIAL_SUFFIX}"
    running.write_bytes(b"busy")
    assert run_cli(tmp_path, "--db", "x.db", "sample").code == 0
    done = run_cli(tmp_path, "--db", "x.db", "export", "csv", "--out", "reports/r.csv")
    assert done.code == 0, done.err
    assert sorted(p.name for p in reports.iterdir()) == [running.name, "r.csv"]
