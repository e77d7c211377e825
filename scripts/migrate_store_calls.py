"""TEMPORARY: rewrite calls of the store's old flat methods to its parts.

    python scripts/migrate_store_calls.py PATH... [--check]

`store.add_claim(...)` becomes `store.claims.add_claim(...)`, for every receiver
whose name ends in `store` (`self.store`, `window.store`, `other_store`...);
`history(...)` becomes `events.for_claim(...)` and `article_history(...)`
`events.for_article(...)`. `report_rows` and `report_cells` called with
keyword filters are listed and left alone: they take a `ReportScope` now
(article_ids -> articles, claim_ids -> claims, updated_since -> since,
updated_until -> until). `--check` changes nothing and exits 1 if anything
would change. Delete this script together with core/store/compat.py.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from factcheck_gui.core.store import Store

_KEYWORDS = re.compile(r"\(\s*(\*\*|\w+\s*=)")
RENAMED = {"history": ("events", "for_claim"), "article_history": ("events", "for_article")}


def old_names() -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Old flat name -> (part, method), from the parts `Store.__init__` builds; and
    the parts' own names."""
    names: dict[str, tuple[str, str]] = {}
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "probe.db") as probe:
        parts = {name: obj for name, obj in vars(probe).items() if not name.startswith("_")
                 and type(obj).__module__.startswith("factcheck_gui.core.store.")}
    for part, obj in parts.items():
        for method in dir(type(obj)):
            if not method.startswith("_") and callable(getattr(type(obj), method)):
                names.setdefault(method, (part, method))
    return names | RENAMED, set(parts)


def migrate(text: str, names: dict[str, tuple[str, str]],
            parts: set[str]) -> tuple[str, list[str]]:
    pattern = re.compile(r"\b(\w*store)\.(" + "|".join(map(re.escape, names)) + r")\b")

    notes: list[str] = []

    def rename(match: re.Match[str]) -> str:
        if match.group(1) in parts:  # `store.restore.deleted_claims`: already a part
            return match.group(0)
        if match.group(2) in ("report_rows", "report_cells") and _KEYWORDS.match(
                match.string, match.end()):
            line = match.string.count("\n", 0, match.start()) + 1
            notes.append(f"line {line}: report filters as keywords; wrap them in ReportScope")
            return match.group(0)
        part, method = names[match.group(2)]
        return f"{match.group(1)}.{part}.{method}"

    return pattern.sub(rename, text), notes


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    names, parts = old_names()
    changed = 0
    for root in args.paths:
        for path in sorted([root] if root.is_file() else root.rglob("*.py")):
            if "core/store" in path.as_posix() or path.resolve() == Path(__file__).resolve():
                continue
            before = path.read_text(encoding="utf-8")
            after, notes = migrate(before, names, parts)
            for note in notes:
                print(f"{path}: {note}")
            if after != before:
                changed += 1
                print(f"{path}: rewritten")
                if not args.check:
                    path.write_text(after, encoding="utf-8")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
