"""Every string the claims, inspector, library, article, suggestions and undo-command
code marks for translation is in the .ts files and translated in Spanish and Arabic
(plurals in English too). It also catches what pyside6-lupdate cannot read: a
translate() inside an f-string, or a plural count passed as an attribute or a call."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import factcheck_gui
from factcheck_gui.ui.i18n import translations_dir

FOLDERS = ("article", "claims", "inspector", "library", "suggestions", "edits")
UI = Path(factcheck_gui.__file__).parent / "ui"


def _marked(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of each translate/QT_TRANSLATE_NOOP call with literals."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None)
                in ("translate", "QT_TRANSLATE_NOOP")):
            continue
        args = node.args
        if len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2]):
            found.append((args[0].value, args[1].value, node.lineno))
    return found


def _finished(language: str) -> dict[tuple[str, str], list[str]]:
    tree = ET.parse(translations_dir() / f"factcheck_{language}.ts")
    done = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            done[(context.findtext("name") or "", message.findtext("source") or "")] = (
                forms or [translation.text or ""])
    return done


@pytest.mark.parametrize("folder", FOLDERS)
def test_marked_strings_are_translated(folder: str) -> None:
    spanish, arabic, english = _finished("es"), _finished("ar"), _finished("en")
    missing = []
    for path in sorted((UI / folder).glob("*.py")):
        for context, text, line in _marked(path):
            key = (context, text)
            where = f"{path.name}:{line} {context}/{text[:50]!r}"
            if key not in spanish or key not in arabic:
                missing.append(where)
            elif "%n" in text and (key not in english or not all(english[key])
                                   or not all(spanish[key]) or len(arabic[key]) != 6):
                missing.append(f"{where} (plural forms)")
    assert not missing, "\n".join(missing)
