"""`import` of a changed copy of a stored article: said on stderr, or with
--as-version stored as a new version of it."""

from __future__ import annotations

from pathlib import Path

from .conftest import Cli

PARAGRAPHS = [
    "Harbour council approves bus fare rise",
    "Harbour city council voted on Tuesday to raise bus fares by 10 percent from April.",
    "Council leader Tom Reyes said the money would pay for 40 new electric buses.",
    "He told the meeting that ridership had grown by a quarter since 2019.",
    "Opponents said the rise would hit low-paid workers hardest.",
    "The vote passed by seven votes to four.",
    "Single tickets rise from £2.00 to £2.20.",
]


def _write(folder: Path, name: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_a_changed_copy_is_imported_and_named(cli: Cli, tmp_path: Path) -> None:
    first = _write(tmp_path, "fares.txt", PARAGRAPHS)
    article_id = cli("import", str(first)).out.split("\t")[0]
    changed = _write(tmp_path, "fares-update.txt", [*PARAGRAPHS, "The union will appeal."])
    result = cli("import", str(changed))
    assert result.out.split("\t")[0] != article_id
    assert (f"note: fares-update.txt: a changed copy of article {article_id} "
            "(Harbour council approves bus fare rise; 1 line added); imported as a new "
            "article") in result.err
    assert "--as-version" in result.err


def test_as_version_stores_a_new_version_of_the_stored_article(cli: Cli, tmp_path: Path) -> None:
    first = _write(tmp_path, "fares.txt", PARAGRAPHS)
    article_id = cli("import", str(first)).out.split("\t")[0]
    changed = _write(tmp_path, "fares-update.txt", [*PARAGRAPHS, "The union will appeal."])
    result = cli("import", "--as-version", str(changed))
    assert result.out.split("\t")[0] == article_id
    assert f"stored as version 2 of article {article_id}" in result.err
    assert len(cli("articles").out.strip().splitlines()) == 1
    versions = cli("versions", article_id).out.strip().splitlines()
    assert len(versions) == 2 and "imported fares-update.txt" in versions[-1]
    assert "The union will appeal." in cli("show", article_id).out
