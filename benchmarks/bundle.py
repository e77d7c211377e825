"""The self-contained app folder (`python3 tasks.py bundle`): its size on disk, and how
fast it starts compared with the same program run from the venv, in the same run.

Quick mode measures a bundle only if one was built already (dist/factcheck-gui, or
$FACTCHECK_BUNDLE naming the program), and not its window; full mode builds one into
the work folder when there is none (3 to 5 minutes). Start-up of the window is timed
to the window being mapped on a private Xvfb display (needs Xvfb and xdotool;
skipped with a note without).
"""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.harness import Context, Result

REPO = Path(__file__).resolve().parents[1]
APP_ID = "factcheck-gui"
# How much slower than the venv the bundle may start: the window (what people start)
# by half at most; a CLI command, whose whole run is start-up, by twice (docs/decisions.md).
WINDOW_TARGET, CLI_TARGET = 1.5, 2.0


def find_bundle(ctx: Context) -> Path | None:
    named = os.environ.get("FACTCHECK_BUNDLE")
    for program in ([Path(named)] if named else
                    [REPO / "dist" / APP_ID / APP_ID, ctx.workdir / "dist" / APP_ID / APP_ID]):
        if program.is_file():
            return program
    if ctx.quick:
        return None
    sys.path.insert(0, str(REPO))
    try:  # the checkout's tasks.py (standard library only; not part of the package)
        tasks = importlib.import_module("tasks")
    finally:
        sys.path.remove(str(REPO))
    code = tasks.bundle(Path(sys.executable), ["--dist", str(ctx.workdir / "dist"),
                                               "--work", str(ctx.workdir / "bundle-work")])
    program = ctx.workdir / "dist" / APP_ID / APP_ID
    return program if code == 0 and program.is_file() else None


def folder_mb(folder: Path) -> float:
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def _env(ctx: Context, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("COVERAGE_PROCESS_CONFIG", "PYTHONDONTWRITEBYTECODE")}
    env.update(FACTCHECK_REVIEWER="bench", XDG_CONFIG_HOME=str(ctx.workdir / "bundle-config"),
               PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(ctx.workdir / "pycache"), **extra)
    return env


def _commands(program: Path) -> dict[str, list[str]]:
    return {"bundle": [str(program)], "venv": [sys.executable, "-m", "factcheck_gui"]}


def _median_run(command: list[str], env: dict[str, str], repeats: int) -> float:
    times = []
    for _ in range(repeats + 1):  # the first run warms the file cache
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True, timeout=120)
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:])


def size(ctx: Context) -> list[Result]:
    program = ctx.cached("bundle", lambda: find_bundle(ctx))
    if program is None:
        return [Result("bundle: size on disk", float("nan"), "MB",
                       note="skipped in quick mode: no bundle built (python3 tasks.py bundle)")]
    return [Result("bundle: size on disk", folder_mb(program.parent), "MB",
                   note=f"{program.parent}")]


def cli_start(ctx: Context) -> list[Result]:
    program = ctx.cached("bundle", lambda: find_bundle(ctx))
    name = "bundle: a CLI command (articles) from start to exit"
    if program is None:
        return [Result(name, float("nan"), "s", note="skipped: no bundle built")]
    db = ctx.workdir / "bundle-start.db"
    env = _env(ctx)
    if not db.exists():
        subprocess.run([str(program), "--db", str(db), "sample"], env=env, check=True,
                       capture_output=True, timeout=120)
    repeats = ctx.sizes.repeats
    times = {kind: _median_run([*command, "--db", str(db), "articles"], env, repeats)
             for kind, command in _commands(program).items()}
    ratio = times["bundle"] / times["venv"]
    return [Result(name, times["bundle"], "s", times["venv"], "the venv's python -m",
                   f"<= {CLI_TARGET}x", ratio <= CLI_TARGET)]


def _free_display() -> int:
    for number in range(140, 200):
        if not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def _time_to_window(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                        "Factcheck GUI"], env=env, capture_output=True, check=True,
                       timeout=120)
        elapsed = time.perf_counter() - started
    finally:
        app.send_signal(signal.SIGTERM)  # closes the window as File > Quit does
        try:
            app.wait(timeout=60)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    return elapsed


def window_start(ctx: Context) -> list[Result]:
    program = ctx.cached("bundle", lambda: find_bundle(ctx))
    name = "bundle: start to a mapped window (Xvfb)"
    if program is None:
        return [Result(name, float("nan"), "s", note="skipped: no bundle built")]
    if ctx.quick:  # a dozen windows opened and closed: too slow for the suite's run
        return [Result(name, float("nan"), "s", note="full mode only")]
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return [Result(name, float("nan"), "s", note="skipped: needs Xvfb and xdotool")]
    display = _free_display()
    server = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        db = ctx.workdir / "bundle-window.db"
        env = _env(ctx, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        runs: dict[str, list[float]] = {"bundle": [], "venv": []}
        commands = _commands(program)
        for attempt in range(ctx.sizes.repeats + 1):
            for kind, command in commands.items():
                elapsed = _time_to_window([*command, "--db", str(db)], env)
                if attempt:  # the first round warms the file cache
                    runs[kind].append(elapsed)
    finally:
        server.terminate()
        server.wait()
    ours, floor = statistics.median(runs["bundle"]), statistics.median(runs["venv"])
    return [Result(name, ours, "s", floor, "the venv's python -m", f"<= {WINDOW_TARGET}x",
                   ours / floor <= WINDOW_TARGET)]


SCENARIOS = [size, cli_start, window_start]
