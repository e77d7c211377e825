"""The architecture's promises: each layer imports only those below it, no Qt below
the GUI, no SQL outside the store.

The order, bottom up: the package's constants and `assets`; `core`; `io`; the shared
helpers (`paths`, `sample`, `platform_check`); then `cli` and `ui` side by side, never
importing each other; `app` wires the window, and the CLI reaches it only through
`app` (lazily, to open the window).
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest

import factcheck_gui

PACKAGE = Path(factcheck_gui.__file__).parent
HEADLESS = ["factcheck_gui.core", "factcheck_gui.io", "factcheck_gui.cli"]
HEADLESS_MODULES = ["factcheck_gui.paths", "factcheck_gui.sample", "factcheck_gui.assets",
                    "factcheck_gui.platform_check"]

# Which layers each layer may import (its own included).
ALLOWED: dict[str, set[str]] = {
    "base": {"base"},
    "core": {"base", "core"},
    "io": {"base", "core", "io"},
    "shared": {"base", "core", "io", "shared"},
    "cli": {"base", "core", "io", "shared", "cli", "app"},
    "ui": {"base", "core", "io", "shared", "ui"},
    "app": {"base", "core", "io", "shared", "ui", "app"},
    "entry": {"base", "cli"},
}
_TOP_LEVEL = {"assets": "base", "paths": "shared", "sample": "shared",
              "platform_check": "shared", "app": "app", "__main__": "entry",
              "window_entry": "entry"}
_PACKAGES = ("core", "io", "cli", "ui")


def layer_of(module: str) -> str:
    """The layer of one of our modules, e.g. "factcheck_gui.io.csv_export" -> "io"."""
    parts = module.split(".")
    if parts == ["factcheck_gui"]:
        return "base"
    if parts[1] in _PACKAGES:
        return parts[1]
    assert parts[1] in _TOP_LEVEL, f"{module} is new: give it a layer in _TOP_LEVEL"
    return _TOP_LEVEL[parts[1]]


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


Imports = tuple[ast.Import | ast.ImportFrom, ...]


def import_statements(source: str) -> Imports:
    """Every import statement, at the top or inside a function."""
    return tuple(node for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.Import | ast.ImportFrom))


@cache
def imports_in(path: Path) -> Imports:
    """The import statements of one file, parsed once for all the tests here."""
    return import_statements(path.read_text(encoding="utf-8"))


def imported_modules(statements: Iterable[ast.Import | ast.ImportFrom], module: str,
                     is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, name) of every module of ours imported, absolute or relative; `from a
    import b` counts as `a.b` when b is a module."""
    package = module if is_package else module.rpartition(".")[0]
    for node in statements:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            names = [_submodule_or_self(origin, alias.name) for alias in node.names]
        for name in names:
            if name == "factcheck_gui" or name.startswith("factcheck_gui."):
                yield node.lineno, name


@cache
def _submodule_or_self(origin: str, name: str) -> str:
    candidate = PACKAGE.parent / (origin + "." + name).replace(".", "/")
    exists = candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file()
    return f"{origin}.{name}" if exists else origin


def layer_violations(path: Path, source: str | None = None) -> list[str]:
    module = module_name(path)
    mine = layer_of(module)
    statements = imports_in(path) if source is None else import_statements(source)
    found = []
    for line, name in imported_modules(statements, module, path.name == "__init__.py"):
        theirs = layer_of(name)
        if theirs not in ALLOWED[mine]:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {mine} imports "
                         f"{name} ({theirs})")
    return found


def test_each_layer_imports_only_the_layers_below_it() -> None:
    problems = [v for path in sorted(PACKAGE.rglob("*.py")) for v in layer_violations(path)]
    assert not problems, "\n".join(problems)


def _a_module_in(folder: str) -> Path:
    """Some module of that folder other than its __init__, directly in it if there is
    one (relative imports count from there): the tree may be rearranged."""
    top = [p for p in (PACKAGE / folder).glob("*.py") if p.name != "__init__.py"]
    return min(top or [p for p in (PACKAGE / folder).rglob("*.py") if p.name != "__init__.py"])


@pytest.mark.parametrize(
    ("folder", "package", "statement"),
    [
        ("core", False, "from factcheck_gui.io import csv_export"),
        ("core/store", False, "def later():\n    from factcheck_gui.ui import shell"),
        ("core", False, "from ..cli import parser"),
        ("core/store", True, "from ...io import csv_export"),
        ("core", True, "from factcheck_gui import app"),
        ("io", False, "import factcheck_gui.paths"),
        ("io", False, "from factcheck_gui import sample"),
        ("cli", False, "from factcheck_gui.ui.shell import main_window"),
        ("ui", False, "from factcheck_gui.cli import main"),
        ("ui", True, "from factcheck_gui import app"),
    ],
)
def test_the_layer_check_catches_a_wrong_import(folder: str, package: bool,
                                                statement: str) -> None:
    """The check itself: a wrong import added to a module of each layer is reported."""
    path = PACKAGE / folder / "__init__.py" if package else _a_module_in(folder)
    assert layer_violations(path, path.read_text(encoding="utf-8") + "\n" + statement + "\n")


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
    """core, io, cli and the shared helpers never import Qt, not even lazily."""
    below = [p for package in ("core", "io", "cli") for p in (PACKAGE / package).rglob("*.py")]
    below += [PACKAGE / f"{name.rpartition('.')[2]}.py" for name in HEADLESS_MODULES]
    for path in [PACKAGE / "__init__.py", *below]:
        for node in imports_in(path):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                names = [node.module or ""]
            assert not any(n.startswith(("PySide6", "shiboken6")) for n in names), path


def test_only_the_store_speaks_sql() -> None:
    """No module outside core/store imports sqlite3 or sqlite_utils."""
    store = PACKAGE / "core" / "store"
    for path in PACKAGE.rglob("*.py"):
        if store in path.parents:
            continue
        for node in imports_in(path):
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
