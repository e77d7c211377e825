"""How often the metadata guesses match what a person would fill in.

    .venv/bin/python -m benchmarks.metadata_guesses

Runs every file of tests/data/guesses (plain-text stories written for this test
set: wire copy, pasted pages with breadcrumbs, bylines and captions, several
languages) and the saved news page of the import tests through the importer, as
File > Import does, and compares title, outlet, date and language with
tests/data/guesses/expected.json. A field the text does not give counts as a hit
only if the guess is empty too. Four more texts are scored on language only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck_gui.io.importers import read_article_file

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "guesses"
FIELDS = ("title", "outlet", "published", "language")


@dataclass
class Score:
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)

    def rate(self, name: str) -> float:
        return self.hits[name] / self.totals[name] if self.totals[name] else 0.0


def _same(name: str, guessed: str | None, wanted: str | None) -> bool:
    if name == "language" and guessed and wanted:
        return guessed.split("-")[0].lower() == wanted.lower()
    if name == "title" and guessed and wanted:
        return " ".join(guessed.split()) == wanted
    return guessed == wanted


def measure() -> Score:
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
    today = date.fromisoformat(expected["today"])
    score = Score()
    cases = {**expected["stories"], **expected["pages"]}
    for name, wanted in cases.items():
        article = read_article_file(DATA / name, today=today)
        for key, value in zip(FIELDS, wanted, strict=True):
            got = getattr(article, key)
            score.totals[key] += 1
            if _same(key, got, value):
                score.hits[key] += 1
            else:
                score.misses.append(f"{Path(name).name} {key}: {got!r}, wanted {value!r}")
    for name, language in expected["language_only"].items():
        got = read_article_file(DATA / name, today=today).language
        score.totals["language"] += 1
        if _same("language", got, language):
            score.hits["language"] += 1
        else:
            score.misses.append(f"{Path(name).name} language: {got!r}, wanted {language!r}")
    return score


def main() -> int:
    score = measure()
    print("| field | hits | rate |\n|---|---|---|")
    for name in FIELDS:
        print(f"| {name} | {score.hits[name]}/{score.totals[name]} | {score.rate(name):.0%} |")
    for miss in score.misses:
        print("miss:", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
