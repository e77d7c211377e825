"""The architecture's promises: no Qt below the GUI, no SQL outside the store."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import factcheck_gui

PACKAGE = Path(factcheck_gui.__file__).parent
HEADLESS = ["factcheck_gui.core", "factcheck_gui.io", "factcheck_gui.cli"]
HEADLESS_MODULES = ["factcheck_gui.paths", "factcheck_gui.sample", "factcheck_gui.assets",
                    "factcheck_gui.platform_check"]




def _all_headless() -> list[str]:
    names = list(HEADLESS_MODULES)
    for package in HEADLESS:
        path = PACKAGE.parent / package.replace(".", "/")
        names.append(package)
        names += [info.name for info in pkgutil.walk_packages([str(path)], prefix=package + ".")]
    return names


def test_headless_layers_never_load_qt() -> None:
    """Importing every non-GUI module (and running the CLI's parser) loads no Qt."""
    code = (
        "import importlib, sys\n"
        f"for name in {_all_headless()!r}: importlib.import_module(name)\n"
        "from factcheck_gui.cli.parser import build_parser; build_parser()\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_no_qt_import_statements_below_the_gui() -> None:
    for package in ("core", "io", "cli"):
        for path in (PACKAGE / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                else:
                    continue
                assert not any(n.startswith(("PySide6", "shiboken6")) for n in names), path


def test_only_the_store_speaks_sql() -> None:
    """No module outside core/store imports sqlite3 or sqlite_utils."""
    store = PACKAGE / "core" / "store"
    for path in PACKAGE.rglob("*.py"):
        if store in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""])
                assert not any(n.split(".")[0] in ("sqlite3", "sqlite_utils") for n in names), (
                    f"{path.relative_to(PACKAGE)} imports {names}"
                )


def test_ruff_is_clean() -> None:
    repo = PACKAGE.parent
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--quiet", str(repo)],
                            capture_output=True, text=True, cwd=repo, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
