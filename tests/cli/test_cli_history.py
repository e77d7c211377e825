"""`history` prints who changed what, when, from what to what; `claim deleted` and
`claim restore` bring a deleted claim back with its sources."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from factcheck_gui.core.store import Store

from .conftest import Cli

TEXT = "Bus fares will rise by 18% in January, the council said on Tuesday.\n"
LONG = ("The council's budget, published in March, puts the average rise at 12% once"
        " concession fares are counted; the 18% applies to single adult tickets only.")


def _article(cli: Cli, tmp_path: Path) -> str:
    source = tmp_path / "fares.txt"
    source.write_text(TEXT, encoding="utf-8")
    return cli("import", str(source)).out.split("\t")[0]


def _rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_history_lists_each_reviewers_changes_in_order(cli: Cli, tmp_path: Path) -> None:
    article_id = _article(cli, tmp_path)
    claim_id = cli("claim", "add", "--article", article_id, "--quote", "18%", "--verdict",
                   "Mostly false", reviewer="ann").out.strip()
    cli("claim", "set", claim_id, "--verdict", "False", "--rationale", LONG, reviewer="bob")
    source_id = cli("source", "add", claim_id, "--url", "https://example.org/budget",
                    reviewer="cy").out.strip()
    cli("claim", "set", claim_id, "--status", "final", reviewer="ann")

    rows = _rows(cli("history", claim_id[:8]).out)
    assert all(len(row) == 3 for row in rows)  # time, reviewer, what: as scripts parse it
    assert [(who, what) for _at, who, what in rows] == [
        ("ann", "created claim on “18%”"),
        ("ann", "with verdict Mostly false"),
        ("bob", "set verdict: Mostly false -> False"),
        ("bob", "set rationale: (none) -> “The council's budget, published in March, puts"
                " the average…”"),
        ("cy", "added source https://example.org/budget"),
        ("ann", "set status: To check -> Final"),
    ]
    times = [datetime.fromisoformat(at) for at, _who, _what in rows]
    assert times == sorted(times) and all(t.utcoffset().total_seconds() == 0 for t in times)

    events = json.loads(cli("history", claim_id, "--json").out)
    assert [e["actor"] for e in events] == ["ann", "bob", "cy", "ann"]
    assert events[1]["after"]["rationale"] == LONG  # the whole text, for scripts
    assert f"set rationale: (none) -> “{LONG}”" in events[1]["lines"]
    assert events[2]["entity_id"] == source_id


def test_deleted_claim_is_listed_and_restored_with_its_sources(cli: Cli,
                                                               tmp_path: Path) -> None:
    article_id = _article(cli, tmp_path)
    claim_id = cli("claim", "add", "--article", article_id, "--quote", "18%", "--verdict",
                   "False", "--source", "https://example.org/a", "--source",
                   "https://example.org/b").out.strip()
    with Store.open(cli.db, reviewer="dee") as store:
        sources = store.sources.list_sources(claim_id)
        store.claims.delete_claim(claim_id)

    [row] = _rows(cli("claim", "deleted", "--article", article_id).out)
    assert (row[0], row[2], row[3], row[4]) == (claim_id, "dee", article_id, "18%")
    [item] = json.loads(cli("claim", "deleted", "--json").out)
    assert (item["source_count"], item["restorable"]) == (2, True)

    assert cli("claim", "restore", claim_id[:8], reviewer="eve").out.strip() == claim_id
    with Store.open(cli.db) as store:
        assert store.sources.list_sources(claim_id) == sources
        assert store.claims.get_claim(claim_id).verdict == "False"
    assert cli("claim", "deleted").out == ""
    last = _rows(cli("history", claim_id).out)[-2:]
    assert [(who, what) for _at, who, what in last] == [
        ("dee", "deleted claim on “18%” with 2 sources"),
        ("eve", "restored claim with 2 sources")]

    again = cli("claim", "restore", claim_id, ok=False)
    assert again.code != 0 and again.err.count("\n") == 1 and "not deleted" in again.err


def test_restore_refused_when_the_article_is_gone(cli: Cli, tmp_path: Path) -> None:
    article_id = _article(cli, tmp_path)
    claim_id = cli("claim", "add", "--article", article_id, "--quote", "18%").out.strip()
    with Store.open(cli.db) as store:
        store.articles.delete_article(article_id)
    result = cli("claim", "restore", claim_id, ok=False)
    assert result.code != 0
    assert "was deleted" in result.err and "Traceback" not in result.err
    assert "created claim" in cli("history", claim_id).out  # the history is all still there
