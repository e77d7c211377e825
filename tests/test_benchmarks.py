"""The benchmark suite keeps working: `python -m benchmarks --quick` prints its table.

This checks that the scenarios run, not how fast they are (speed is measured by
the full mode on a quiet machine, never by timed assertions here).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.harness import Result, discover, format_table

REPO = Path(__file__).resolve().parents[1]


def test_quick_mode_prints_the_table(tmp_path: Path) -> None:
    # Not under coverage's subprocess measuring: tracing would triple the run and make
    # its timings meaningless; the code it runs is measured by the other tests.
    env = {k: v for k, v in os.environ.items() if k != "COVERAGE_PROCESS_CONFIG"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--keep",
                           str(tmp_path)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)  # team_sync starts a PostgreSQL server
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "| scenario | ours | floor or peer (same run) | ratio | target | result |" in out
    for scenario in ("start to a usable window", "resident memory", "search all claims",
                     "export the library to CSV", "export to CSV, resident memory",
                     "add one claim to the", "overview counts"):
        assert scenario in out
    assert "Profile: Qt imported" in out  # where start-up time goes, kept in the output
    assert "crashed" not in out
    assert "peak memory of the benchmark process" in out


def test_the_large_size_is_five_times_the_full_one() -> None:
    from benchmarks.harness import FULL, LARGE

    assert LARGE.articles * LARGE.claims_per_article == 1_000_000
    assert LARGE.articles * LARGE.claims_per_article * LARGE.sources_per_claim == 2_000_000
    assert LARGE.articles == 5 * FULL.articles


def test_registry_finds_every_module_with_scenarios() -> None:
    found = {module for module, _ in discover()}
    assert "library" in found
    assert "window_probe" not in found  # no SCENARIOS: a helper, not a benchmark


def test_table_marks_failures_and_missing_floors() -> None:
    table = format_table([
        Result("a", 0.5, "s", 0.25, "floor", "<= 1.5x", False),
        Result("b", 12.0, "ms", None, "", "<= 50 ms", True, note="n"),
    ])
    assert "| a | 500 ms | 250 ms floor | 2.00x | <= 1.5x | FAIL |" in table
    assert "| b | 12.0 ms | — | — | <= 50 ms | pass |" in table
    assert "- b: n" in table


@pytest.mark.parametrize("argv", [
    ["benchmarks.versions_window", "--size", "20000", "--claims", "40", "--repeat", "1"],
    ["benchmarks.finder_window", "--sizes", "20000", "--claims", "40"],
], ids=["versions_window", "finder_window"])
def test_window_benchmarks_outside_the_table_still_run(argv: list[str]) -> None:
    """The window benchmarks run on their own (not by the table) drive the window
    by its parts' names: they must follow when those move."""
    env = {k: v for k, v in os.environ.items() if k != "COVERAGE_PROCESS_CONFIG"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-m", *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
