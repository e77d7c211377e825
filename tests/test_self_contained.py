"""The repository explains itself: comments point only at files it has.

Facts the code relies on live in docs/decisions.md; a pointer to a design file
kept elsewhere, or to a tracker's issue number, tells a reader of the code
nothing, so both are refused here.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("factcheck_gui", "tests", "benchmarks", "scripts")
# Documents by their upper-case names (the way README.md is named); file names
# that tests make up (story.md) are lower case.
MARKDOWN_NAME = re.compile(r"\b([A-Z][A-Z_]+\.md)\b")
ISSUE_NUMBER = re.compile(r"\b[Ii]ssue \d+\b|\(issue \d+\)")


def checked_files() -> list[Path]:
    files = [ROOT / "pyproject.toml", ROOT / "tasks.py", ROOT / "main.py"]
    for folder in CHECKED:
        files.extend(sorted((ROOT / folder).rglob("*.py")))
    return [f for f in files if f.is_file() and f.resolve() != Path(__file__).resolve()]


def exists_in_repo(name: str, where: Path) -> bool:
    candidates = [ROOT / name, ROOT / "docs" / name, where.parent / name]
    return any(c.is_file() for c in candidates)


def test_markdown_files_named_in_code_exist_in_the_repository() -> None:
    missing = [
        f"{path.relative_to(ROOT)}:{number}: {name}"
        for path in checked_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for name in MARKDOWN_NAME.findall(line)
        if not exists_in_repo(name, path)
    ]
    assert not missing, "point to docs/decisions.md instead:\n" + "\n".join(missing)


def test_code_carries_no_issue_numbers() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in checked_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ISSUE_NUMBER.search(line)
    ]
    assert not found, "say what the code does, not which issue asked for it:\n" + "\n".join(found)
