"""Run the CLI as a user's shell would, but in this process unless the process matters.

`cli(...)` calls `factcheck_gui.cli.main(argv)` here, with the environment, working
folder, stdin, stdout and stderr a fresh `python main.py ...` would have, and restores
them afterwards. `cli_process(...)` starts the real program instead, for the few tests
about what only a process shows (the interpreter's exit status, pipes, start-up); those
and any test starting the program itself are marked `process`.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck_gui.cli import main
from factcheck_gui.core.store import Store

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str
    raw: bytes


class Cli:
    def __init__(self, db: Path, cwd: Path, *, in_process: bool = True) -> None:
        self.db = db
        self.cwd = cwd
        self.in_process = in_process

    def __call__(self, *args: str, ok: bool = True, reviewer: str = "cli-tester",
                 stdin: bytes = b"") -> Result:
        # An empty platform name: were the window asked for, it would refuse, not open.
        env = {"FACTCHECK_DB": str(self.db), "FACTCHECK_REVIEWER": reviewer,
               "QT_QPA_PLATFORM": ""}
        run = run_in_this_process if self.in_process else run_in_a_process
        code, out, err = run(args, env, self.cwd, stdin)
        result = Result(code, out.decode("utf-8"), err.decode("utf-8"), out)
        if ok:
            assert result.code == 0, f"{args}: exit {result.code}\n{result.err}"
        return result


# A fresh interpreter's warning filters (no -W options): what a user's run would print.
_FRESH_FILTERS = (("default", DeprecationWarning, "__main__"),
                  ("ignore", DeprecationWarning, ""), ("ignore", PendingDeprecationWarning, ""),
                  ("ignore", ImportWarning, ""), ("ignore", ResourceWarning, ""))


def _print_warning(message: Warning | str, category: type[Warning], filename: str,
                   lineno: int, file: object = None, line: str | None = None) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def run_in_this_process(args: Sequence[str], env: dict[str, str], cwd: Path,
                        stdin: bytes) -> tuple[int, bytes, bytes]:
    """`main(args)` with the streams, environment and folder of `python main.py args`."""
    # What the interpreter gives a program whose stdout and stderr are pipes, with
    # PYTHONIOENCODING=utf-8: strict UTF-8 out, stderr line-buffered and never failing.
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace",
                           line_buffering=True)
    feed = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        for name, value in env.items():
            patch.setenv(name, value)
        for name in ("DISPLAY", "WAYLAND_DISPLAY"):
            patch.delenv(name, raising=False)
        # argparse wraps help to the terminal's width; a pipe has none, so 80 unless set.
        patch.setenv("COLUMNS", os.environ.get("COLUMNS") or "80")
        patch.chdir(cwd)
        patch.setattr(sys, "stdin", feed)
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        # No handlers on the root logger, as in a fresh interpreter: a library's
        # warning reaches stderr through logging's last resort, not pytest's capture.
        patch.setattr(logging.root, "handlers", [])
        warnings.resetwarnings()
        for action, category, module in reversed(_FRESH_FILTERS):
            warnings.filterwarnings(action, category=category, module=module)
        warnings.showwarning = _print_warning  # restored by catch_warnings
        try:
            code = main(list(args))
        except SystemExit as done:  # argparse: --help, --version, usage errors
            code = _exit_status(done.code, err)
        out.flush()
        err.flush()
        return code, out_bytes.getvalue(), err_bytes.getvalue()


def _exit_status(code: object, err: io.TextIOWrapper) -> int:
    """The status the interpreter turns `SystemExit(code)` into."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)
    return 1


def run_in_a_process(args: Sequence[str], env: dict[str, str], cwd: Path,
                     stdin: bytes) -> tuple[int, bytes, bytes]:
    """The real program: `python main.py args` with no display."""
    full = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    full.update(env, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), *args], cwd=cwd, env=full,
                          input=stdin, capture_output=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def _empty_database(folder: Path) -> Path:
    db = folder / "cli.db"
    Store.open(db).close()
    return db


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """The CLI in this process on a new, empty database (commands other than import
    refuse missing files)."""
    return Cli(_empty_database(tmp_path), tmp_path)


@pytest.fixture
def cli_process(tmp_path: Path) -> Cli:
    """The same, but each call starts the real program: only for what a process shows."""
    return Cli(_empty_database(tmp_path), tmp_path, in_process=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that start the real program are marked `process` (select with -m)."""
    for item in items:
        if "cli_process" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.process)
