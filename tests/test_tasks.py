"""tasks.py at the checkout root: stamp logic and argument handling (no venv is built here)."""

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TASKS = Path(__file__).resolve().parents[1] / "tasks.py"


@pytest.fixture(scope="module")
def tasks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("factcheck_tasks", TASKS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stamp_changes_with_pyproject(tasks: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    first = tasks.compute_stamp(tmp_path, "3.11.7")
    assert first == tasks.compute_stamp(tmp_path, "3.11.7")
    assert len(first) == 64
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["y"]\n')
    assert tasks.compute_stamp(tmp_path, "3.11.7") != first


def test_stamp_changes_with_setup_py_and_python(tasks: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\n")
    without_setup = tasks.compute_stamp(tmp_path, "3.11.7")
    (tmp_path / "setup.py").write_text("from setuptools import setup\nsetup()\n")
    with_setup = tasks.compute_stamp(tmp_path, "3.11.7")
    assert with_setup != without_setup
    assert tasks.compute_stamp(tmp_path, "3.12.1") != with_setup


def test_stamp_round_trip(tasks: ModuleType, tmp_path: Path) -> None:
    assert tasks.read_stamp(tmp_path) is None
    (tmp_path / tasks.STAMP_NAME).write_text("abc\n")
    assert tasks.read_stamp(tmp_path) == "abc"


def test_version_support(tasks: ModuleType) -> None:
    assert tasks.is_supported("3.11.0")
    assert tasks.is_supported("3.13.2")
    assert not tasks.is_supported("3.10.13")
    assert not tasks.is_supported("garbage")


def test_broken_venv_python_has_no_version(tasks: ModuleType, tmp_path: Path) -> None:
    assert tasks.venv_version(tmp_path / "missing" / "python") is None
    assert tasks.venv_version(Path(sys.executable)) is not None  # this one has pip


def test_venv_python_location(tasks: ModuleType, tmp_path: Path) -> None:
    python = tasks.venv_python(tmp_path)
    assert python.parent.name in ("bin", "Scripts")


@pytest.mark.parametrize("args", [["bogus"], []])
def test_unknown_command_prints_usage(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, str(TASKS), *args], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert done.stderr.startswith("usage: ")
    assert "run" in done.stderr and "test" in done.stderr


def test_the_suite_runs_headless_and_keeps_bytecode_caches(tasks: ModuleType) -> None:
    env = tasks.test_environment({"PYTHONDONTWRITEBYTECODE": "1", "HOME": "/home/x",
                                  "QT_QPA_PLATFORM": "xcb"})
    assert env == {"HOME": "/home/x", "QT_QPA_PLATFORM": "offscreen"}


def test_the_suite_runs_in_parallel_unless_told_otherwise(tasks: ModuleType) -> None:
    assert tasks.pytest_args(["-q"]) == ["-n", "auto", "--dist", "loadfile", "-q"]
    for chosen in (["-n", "0"], ["-n0"], ["--numprocesses=2"], ["-p", "no:xdist"]):
        assert tasks.pytest_args(["-q", *chosen]) == ["-q", *chosen]
    assert tasks.pytest_args(["--no-cov"])[:2] == ["-n", "auto"]
