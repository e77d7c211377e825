"""The CLI in this process, as `factcheck-gui ARGS` would run it in `cwd`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck_gui.cli import main


@dataclass
class Ran:
    code: int
    out: str
    err: str


def run_cli(capfd: pytest.CaptureFixture[str], cwd: Path, *args: str) -> Ran:
    """Exit code, stdout and stderr of `main(args)` run with `cwd` as the folder."""
    capfd.readouterr()
    here = Path.cwd()
    os.chdir(cwd)
    try:
        code = main(list(args))
    finally:
        os.chdir(here)
    out, err = capfd.readouterr()
    return Ran(code, out, err)
