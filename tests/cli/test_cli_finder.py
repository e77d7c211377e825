"""`suggest`, `similar` and `claim copy-from` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Cli

EARLIER = """Jobs report

Unemployment in the region fell to 3.9% in the third quarter, the statistics office said.
The harbour looked lovely in the sunshine.
"""
LATER = """Jobless rate

The regional jobless rate dropped to 3.9 per cent in the third quarter, officials said.
Will the trend continue?
"""


def _import(cli: Cli, tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return cli("import", str(path)).out.split("\t")[0]


def test_suggest_prints_ranked_sentences_with_reasons(cli: Cli, tmp_path: Path) -> None:
    article = _import(cli, tmp_path, "earlier.txt", EARLIER)
    lines = cli("suggest", article).out.splitlines()
    assert len(lines) == 1
    score, offsets, sentence, reasons = lines[0].split("\t")
    assert 0.4 <= float(score) <= 1
    start, end = map(int, offsets.split("-"))
    text = json.loads(cli("show", article, "--json").out)["text"]
    assert text[start:end].startswith("Unemployment in the region fell to 3.9%")
    assert sentence.startswith("Unemployment in the region")
    assert "a percentage “3.9%”" in reasons and "an attributed statement" in reasons

    data = json.loads(cli("suggest", article, "--json", "--min-score", "0").out)
    assert [d["score"] for d in data] == sorted((d["score"] for d in data), reverse=True)
    assert data[0]["reasons"][0] == {"rule": "percentage", "label": "a percentage",
                                     "weight": 0.45, "evidence": "3.9%"}
    assert len(json.loads(cli("suggest", article, "--json", "--limit", "1",
                              "--min-score", "0").out)) == 1

    # Once the sentence is a claim it is no longer suggested.
    cli("claim", "add", "--article", article, "--start", str(start), "--end", str(end))
    assert cli("suggest", article).out == ""


def test_suggest_refuses_bad_options(cli: Cli, tmp_path: Path) -> None:
    article = _import(cli, tmp_path, "earlier.txt", EARLIER)
    for args in (("--limit", "0"), ("--min-score", "2")):
        result = cli("suggest", article, *args, ok=False)
        assert result.code == 1 and result.err.startswith("error: ") and "Traceback" not in (
            result.err)
    result = cli("suggest", "nope", ok=False)
    assert result.code == 1 and "no article" in result.err


def test_similar_and_copy_from(cli: Cli, tmp_path: Path) -> None:
    earlier = _import(cli, tmp_path, "earlier.txt", EARLIER)
    later = _import(cli, tmp_path, "later.txt", LATER)
    old = cli("claim", "add", "--article", earlier, "--quote",
              "Unemployment in the region fell to 3.9% in the third quarter", "--verdict",
              "True", "--rationale", "Matches the official table.", "--source",
              "https://example.org/table").out.strip()
    new = cli("claim", "add", "--article", later, "--quote",
              "The regional jobless rate dropped to 3.9 per cent in the third quarter").out.strip()

    lines = cli("similar", new).out.splitlines()
    ident, score, verdict, title, quote = lines[0].split("\t")
    assert (ident, verdict, title) == (old, "True", "Jobs report")
    assert quote.startswith("Unemployment in the region") and 0 < float(score) <= 1
    assert all(line.split("\t")[0] != new for line in lines)
    data = json.loads(cli("similar", new, "--json").out)
    assert data[0]["claim_id"] == old and data[0]["article_title"] == "Jobs report"

    out = cli("claim", "copy-from", new, old).out
    assert out.startswith(f"{new}\tTrue\t1 source(s) copied from {old}")
    claims = {c["claim_id"]: c for c in json.loads(cli("claims", "--json").out)}
    assert claims[new]["verdict"] == "True"
    history = cli("history", new).out
    assert f"copied verdict and rationale from claim {old}" in history
    assert "added source https://example.org/table" in history

    refused = cli("claim", "copy-from", new, new, ok=False)
    assert refused.code == 1 and "own judgement" in refused.err
