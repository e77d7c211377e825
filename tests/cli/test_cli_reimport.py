"""`reimport`, `versions` and `diff` end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Cli

OLD = (
    "The mayor said fares rose 12 percent in 2025.\n\n"
    "The council disagreed with the mayor on every point.\n\n"
    "Ridership fell from 17.9 million journeys to 14.2 million.\n\n"
    "Officials expect a review in spring.\n"
)
# Fares edited, the council's paragraph gone, the review's moved up, one added.
NEW = (
    "The mayor said fares rose 14 percent in 2025.\n\n"
    "Officials expect a review in spring.\n\n"
    "Ridership fell from 17.9 million journeys to 14.2 million.\n\n"
    "A closing paragraph was added.\n"
)


def _setup(cli: Cli, tmp_path: Path) -> tuple[str, dict[str, str]]:
    source = tmp_path / "fares.txt"
    source.write_text(OLD, encoding="utf-8")
    article_id = cli("import", str(source)).out.split("\t")[0]
    ids = {}
    for key, quote in (("fares", "The mayor said fares rose 12 percent in 2025."),
                       ("council", "The council disagreed with the mayor on every point."),
                       ("ridership", "Ridership fell from 17.9 million journeys to 14.2 million."),
                       ("review", "a review in spring")):
        ids[key] = cli("claim", "add", "--article", article_id, "--quote", quote,
                       "--verdict", "False", "--rationale", f"why {key}").out.strip()
    return article_id, ids


def test_reimport_prints_counts_per_anchor_state(cli: Cli, tmp_path: Path) -> None:
    article_id, ids = _setup(cli, tmp_path)
    (tmp_path / "fares-v2.txt").write_text(NEW, encoding="utf-8")
    out = cli("reimport", article_id, str(tmp_path / "fares-v2.txt")).out
    assert out == "ok\t1\nmoved\t1\nfuzzy\t1\norphaned\t1\n"

    claims = {c["claim_id"]: c for c in json.loads(cli("claims", "--json").out)}
    assert claims[ids["fares"]]["anchor_state"] == "fuzzy"
    assert claims[ids["fares"]]["quote"] == "The mayor said fares rose 14 percent in 2025."
    assert claims[ids["council"]]["anchor_state"] == "orphaned"
    assert claims[ids["council"]]["rationale"] == "why council"
    # The ridership paragraph lost the one before it (still in place: ok), the
    # review's went up before it (moved).
    assert claims[ids["ridership"]]["anchor_state"] == "ok"
    assert claims[ids["review"]]["anchor_state"] == "moved"
    assert claims[ids["review"]]["quote"] == "a review in spring"
    assert cli("check").out == "ok\n"

    history = cli("history", ids["fares"]).out
    assert "re-anchored (version 1 -> 2): ok 0-45 -> fuzzy 0-45" in history

    versions = cli("versions", article_id).out.splitlines()
    assert [line.split("\t")[0] for line in versions] == ["1", "2"]
    assert versions[1].split("\t")[4] == "current"
    assert versions[1].endswith("reimported fares-v2.txt")

    diff = cli("diff", article_id, "1", "2").out
    assert "[-12-]{+14+}" in diff
    assert "-The council disagreed with the mayor on every point.\n" in cli(
        "diff", article_id, "1", "2", "--unified").out


def test_reimport_json(cli: Cli, tmp_path: Path) -> None:
    article_id, ids = _setup(cli, tmp_path)
    (tmp_path / "v2.txt").write_text(NEW, encoding="utf-8")
    data = json.loads(cli("reimport", article_id, str(tmp_path / "v2.txt"), "--json",
                          "--note", "correction").out)
    assert data["version"] == 2 and data["article_id"] == article_id
    assert data["counts"] == {"ok": 1, "moved": 1, "fuzzy": 1, "orphaned": 1}
    assert data["claims"]["orphaned"] == [ids["council"]]
    assert json.loads(cli("versions", article_id, "--json").out)[1]["note"] == "correction"


def test_reimport_errors_are_one_line(cli: Cli, tmp_path: Path) -> None:
    article_id, _ = _setup(cli, tmp_path)
    missing = cli("reimport", article_id, str(tmp_path / "nope.txt"), ok=False)
    assert missing.code == 1 and missing.err.startswith("error: ") and "nope.txt" in missing.err
    assert missing.err.count("\n") == 1
    same = tmp_path / "same.txt"
    same.write_text(OLD, encoding="utf-8")
    repeated = cli("reimport", article_id, str(same), ok=False)
    assert repeated.code == 1
    assert repeated.err == "error: the text is the same as the current version (1);" \
        " nothing to update\n"
    bad = cli("diff", article_id, "1", "7", ok=False)
    assert bad.err == "error: the article has no version 7 (it has: 1)\n"
    assert "Traceback" not in missing.err + repeated.err + bad.err


def test_show_an_old_version_in_full(cli: Cli, tmp_path: Path) -> None:
    article_id, ids = _setup(cli, tmp_path)
    shown_before = cli("show", article_id).out
    (tmp_path / "v2.txt").write_text(NEW, encoding="utf-8")
    cli("reimport", article_id, str(tmp_path / "v2.txt"), "--note", "correction")

    # Without --version, `show` is as it was: the current text.
    assert cli("show", article_id).out == shown_before.replace(OLD.rstrip("\n"),
                                                               NEW.rstrip("\n"))
    out = cli("show", article_id, "--version", "1").out
    head, text = out.split("\n\n", 1)
    assert head.splitlines()[0] == f"id: {article_id}"
    assert "version: 1 of 2" in head and "(current)" not in head
    assert text == OLD.rstrip("\n") + "\n"
    assert "version: 2 of 2 (current)" in cli("show", article_id, "--version", "2").out
    assert "note: correction" in cli("show", article_id, "--version", "2").out

    data = json.loads(cli("show", article_id, "--version", "1", "--json").out)
    assert data["version"] == 1 and data["current"] is False
    assert data["text"] == OLD.rstrip("\n")
    on_v1 = {c["claim_id"]: c for c in data["claims"]}
    # Every claim as it was on version 1, the one orphaned since included.
    assert set(on_v1) == set(ids.values())
    council = on_v1[ids["council"]]
    assert data["text"][council["start"] : council["end"]] == council["quote"] == (
        "The council disagreed with the mayor on every point.")
    assert council["anchor_state"] == "orphaned"  # its state now
    v2 = json.loads(cli("show", article_id, "--version", "2", "--json").out)
    assert ids["council"] not in {c["claim_id"] for c in v2["claims"]}


def test_show_a_missing_version_is_one_line(cli: Cli, tmp_path: Path) -> None:
    article_id, _ = _setup(cli, tmp_path)
    result = cli("show", article_id, "--version", "7", ok=False)
    assert result.code != 0
    assert result.err.strip() == "error: the article has no version 7 (it has: 1)"
