"""`export csv|json|claimreview|html` with scopes, and `import-annotations`, end to end."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .conftest import Cli

STORY = """---
title: Fares to rise
outlet: The Courier
url: https://example.org/fares
published: 2026-10-14
---
Fares will rise by 18% in January. Ridership fell to 14.2 million in 2025.
"""


def _setup(cli: Cli, tmp_path: Path) -> tuple[str, str, str]:
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    article = cli("import", str(story)).out.split("\t")[0]
    first = cli("claim", "add", "--article", article, "--quote", "Fares will rise by 18%",
                "--verdict", "Mostly true", "--claimant", "The council",
                "--source", "https://example.org/budget").out.strip()
    second = cli("claim", "add", "--article", article, "--quote", "Ridership fell").out.strip()
    cli("claim", "set", second, "--verdict", "False", "--reviewer", "bob")
    return article, first, second


def _csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_scopes(cli: Cli, tmp_path: Path) -> None:
    _, first, second = _setup(cli, tmp_path)
    assert [r["claim_id"] for r in _csv(cli("export", "csv", "--reviewer", "bob").raw)] == [
        second]
    assert [r["claim_id"] for r in _csv(cli("export", "csv", "--claim", first[:8]).raw)] == [
        first]
    assert len(_csv(cli("export", "csv", "--since", "2000-01-01", "--until", "2999-12-31")
                    .raw)) == 2
    assert _csv(cli("export", "csv", "--until", "2000-01-01").raw) == []
    rows = _csv(cli("export", "csv", "--per-source").raw)
    assert [(r["claim_id"], r["source_url"]) for r in rows] == [
        (first, "https://example.org/budget"), (second, "")]
    bad = cli("export", "csv", "--since", "yesterday", ok=False)
    assert bad.code == 1 and bad.out == ""
    assert bad.err.strip() == ("error: 'yesterday' is not a date (use YYYY-MM-DD or "
                               "YYYY-MM-DDTHH:MM)")


def test_json_round_trip_through_import_annotations(cli: Cli, tmp_path: Path) -> None:
    _, _, second = _setup(cli, tmp_path)
    out = tmp_path / "claims.jsonld"
    assert "wrote 2 claim(s)" in cli("export", "json", "--out", str(out)).err
    assert json.loads(cli("export", "json").out)["total"] == 2
    other = Cli(tmp_path / "other.db", tmp_path)
    counts = dict(line.split("\t") for line in
                  other("import-annotations", str(out)).out.splitlines())
    assert counts == {"created": "2", "updated": "0", "unchanged": "0", "held": "0",
                      "orphaned": "0", "skipped": "0", "articles_created": "1",
                      "review_claims": "0"}
    again = json.loads(other("import-annotations", str(out), "--json").out)
    assert (again["created"], again["unchanged"]) == (0, 2)
    mine = {r["claim_id"]: r for r in json.loads(cli("claims", "--json").out)}
    theirs = {r["claim_id"]: r for r in json.loads(other("claims", "--json").out)}
    assert mine == theirs
    history = other("history", second).out
    assert "imported claim" in history


def test_import_problems_are_reported(cli: Cli, tmp_path: Path) -> None:
    missing = cli("import-annotations", str(tmp_path / "nope.json"), ok=False)
    assert missing.code == 1 and "no such file" in missing.err and "Traceback" not in missing.err
    junk = tmp_path / "junk.json"
    junk.write_text("{ not json", encoding="utf-8")
    assert "not JSON" in cli("import-annotations", str(junk), ok=False).err
    stray = tmp_path / "stray.json"
    stray.write_text(json.dumps([{"id": "x", "target": {
        "source": "https://nowhere.example/a",
        "selector": {"type": "TextQuoteSelector", "exact": "words"}}}]), encoding="utf-8")
    result = cli("import-annotations", str(stray), ok=False)
    assert result.code == 1
    assert "skipped\t1" in result.out
    assert "no article here matches https://nowhere.example/a" in result.err


def test_claimreview_and_html(cli: Cli, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    result = cli("export", "claimreview", "--organization", "Checks Ltd",
                 "--review-url", "https://checks.example/{claim_id}")
    records = json.loads(result.out)
    assert [r["reviewRating"]["alternateName"] for r in records] == ["Mostly true", "False"]
    assert records[0]["author"] == {"@type": "Organization", "name": "Checks Ltd"}
    assert records[0]["url"].startswith("https://checks.example/")
    assert result.err == ""
    plain = cli("export", "claimreview")
    assert "warning: the records have no url" in plain.err
    page = tmp_path / "report.html"
    cli("export", "html", "--out", str(page), "--title", "Fares <checked>")
    html = page.read_text(encoding="utf-8")
    assert "<title>Fares &lt;checked&gt;</title>" in html
    assert html.count('class="claim"') == 2
    assert cli("export", "html").out.startswith("<!DOCTYPE html>")
