"""Imports made inside functions name modules and names that exist.

Dialogs, rare features and heavy libraries are imported where they are first used,
so that start-up skips them; a wrong name there would fail only when a user gets
that far. This imports every such target once.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import factcheck_gui

PACKAGE = Path(factcheck_gui.__file__).parent


def imports_inside_functions(source: str) -> Iterator[tuple[int, str, str | None]]:
    """(line, module, name or None) of each import of ours inside a function."""
    tree = ast.parse(source)
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and (
                    node.module.split(".")[0] == "factcheck_gui"):
                for alias in node.names:
                    yield node.lineno, node.module, alias.name
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "factcheck_gui":
                        yield node.lineno, alias.name, None


def unresolved(module: str, name: str | None) -> str | None:
    """Why `from module import name` (or `import module`) would fail, else None."""
    try:
        loaded = importlib.import_module(module)
    except ImportError as error:
        return str(error)
    if name is None or hasattr(loaded, name):
        return None
    try:
        importlib.import_module(f"{module}.{name}")
    except ImportError:
        return f"{module} has no {name}"
    return None


def test_every_import_inside_a_function_resolves() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, module, name in imports_inside_functions(path.read_text(encoding="utf-8")):
            why = unresolved(module, name)
            if why:
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {why}")
    assert not problems, "\n".join(problems)


def test_the_check_sees_a_wrong_name() -> None:
    source = ("def later():\n"
              "    from factcheck_gui.core.clock import no_such_name\n"
              "    from factcheck_gui.core import clock\n")
    found = list(imports_inside_functions(source))
    assert [(module, name) for _, module, name in found] == [
        ("factcheck_gui.core.clock", "no_such_name"), ("factcheck_gui.core", "clock")]
    assert unresolved("factcheck_gui.core.clock", "no_such_name")
    assert unresolved("factcheck_gui.core", "clock") is None
    assert unresolved("factcheck_gui.no_such_module", None)
