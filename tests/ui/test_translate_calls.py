"""Every translate() call is one pyside6-lupdate can read.

lupdate's Python reader lists a call only when its context and text are string
literals, and it drops a plural call altogether unless the count is a plain name
(`translate(ctx, text, None, n)`; `len(items)` or `row.count` there makes the
message vanish from the .ts files, so it is never translated). The test walks the
sources of the window features named below, of the core's modules whose sentences
the window shows, of the store (its error messages) and of io/ (they call
core.translatable.translate).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import factcheck_gui

UI = Path(factcheck_gui.__file__).parent / "ui"
FOLDERS = ("overview", "review", "scales", "exporting", "importing", "team", "web")
CORE = Path(factcheck_gui.__file__).parent / "core"
CORE_MODULES = ("history.py", "workflow.py", "suggest.py", "suggest_rules.py",
                "suggest_model.py", "models.py", "anchoring.py", "dbfiles.py", "scales.py",
                "urls.py")
IO = Path(factcheck_gui.__file__).parent / "io"  # its errors reach the window too


def _sources() -> list[Path]:
    return sorted([path for folder in FOLDERS for path in (UI / folder).glob("*.py")]
                  + [CORE / name for name in CORE_MODULES] + list(IO.rglob("*.py"))
                  + list((CORE / "store").rglob("*.py")))


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _problems(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in ("translate", "QT_TRANSLATE_NOOP") or node.keywords:
            continue
        args = node.args
        where = f"{path.name}:{node.lineno}"
        if not _literal(args[0]):
            found.append(f"{where}: the context is not a literal")
        if node.func.id == "QT_TRANSLATE_NOOP" and not _literal(args[1]):
            found.append(f"{where}: the text is not a literal")
        if len(args) == 4 and not isinstance(args[3], ast.Name):
            found.append(f"{where}: the count is not a plain name")
        if len(args) == 4 and not _literal(args[1]):
            found.append(f"{where}: a plural text is not a literal")
    return found


@pytest.mark.parametrize("path", _sources(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lupdate_reads_every_call(path: Path) -> None:
    assert _problems(path) == []


def test_the_walk_sees_the_mistakes_it_is_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('translate("A", "%n x(s)", None, len(items))\n'
                   'translate(CONTEXT, "text")\n'
                   'QT_TRANSLATE_NOOP("A", TEXT)\n', encoding="utf-8")
    assert len(_problems(bad)) == 3
