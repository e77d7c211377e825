"""The CLI in this process, as `factcheck-gui ARGS` would run in `cwd`: the same
streams, environment and folder as the `cli` fixture gives (tests/cli/conftest.py),
for tests that name their own database files with `--db`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.cli.conftest import run_in_this_process


@dataclass
class Ran:
    code: int
    out: str
    err: str


def run_cli(cwd: Path, *args: str, stdin: bytes = b"") -> Ran:
    """Exit code, stdout and stderr of `main(args)` run with `cwd` as the folder."""
    # An empty platform name: were the window asked for, it would refuse, not open.
    code, out, err = run_in_this_process(args, {"QT_QPA_PLATFORM": ""}, cwd, stdin)
    return Ran(code, out.decode("utf-8"), err.decode("utf-8"))
