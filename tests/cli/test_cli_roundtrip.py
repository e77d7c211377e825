"""End to end: import an article, add awkward claims, export CSV, read every field back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .conftest import Cli

ARTICLE = """---
title: Awkward, "quoted" article
outlet: =Outlet
---
# Awkward, "quoted" article

The minister said: "Unemployment fell by 3.5%, the lowest since 1974."

Critics replied, "That figure, frankly, is wrong" — and pointed to 😀 data.
Some wrote in Hebrew: שלום עולם, נתונים חדשים.

=HYPERLINK("http://evil.example/x","click") appeared in a comment field.
"""


def _csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_round_trip_with_awkward_text(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "awkward.md"
    source.write_text(ARTICLE, encoding="utf-8")
    imported = cli("import", str(source)).out
    article_id, title = imported.rstrip("\n").split("\t")
    assert title == 'Awkward, "quoted" article'
    text = json.loads(cli("show", article_id, "--json").out)["text"]

    quotes = {
        "quote": '"Unemployment fell by 3.5%, the lowest since 1974."',
        "emoji": "pointed to 😀 data",
        "rtl": "שלום עולם, נתונים חדשים",
        "formula": '=HYPERLINK("http://evil.example/x","click")',
        "multiline": "the lowest since 1974.\"\n\nCritics replied",
    }
    ids = {}
    for name, quote in quotes.items():
        ids[name] = cli(
            "claim", "add", "--article", article_id, "--quote", quote,
            "--claimant", "=cmd|' /C calc'!A0", "--verdict", "mostly false",
            "--rationale", f"Because, \"{name}\"\nsecond line, with comma",
            "--source", "https://example.org/a?x=1,2", "--source", "example.org/b",
        ).out.strip()
    cli("claim", "set", ids["quote"], "--status", "final", "--verdict", "False")
    cli("source", "add", ids["quote"], "--url", "https://example.org/c", "--title",
        "+Report, 2026", "--stance", "refutes")

    data = cli("export", "csv").raw
    rows = {row["claim_id"]: row for row in _csv(data)}
    assert set(rows) == set(ids.values())
    as_json = {r["claim_id"]: r for r in json.loads(cli("claims", "--json").out)}
    for name, quote in quotes.items():
        row, record = rows[ids[name]], as_json[ids[name]]
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == quote
        assert (row["quote"] == "'" + quote) if quote.startswith("=") else (row["quote"] == quote)
        assert row["article_id"] == article_id
        assert row["article_title"] == 'Awkward, "quoted" article'
        assert row["article_outlet"] == "'=Outlet"
        assert row["claimant"] == "'=cmd|' /C calc'!A0"
        assert row["rationale"] == f"Because, \"{name}\"\nsecond line, with comma"
        assert row["reviewer"] == "cli-tester"
        assert row["anchor_state"] == "ok"
        assert row["claim_text"] == " ".join(quote.split()) or row["claim_text"] == "'" + quote
        # JSON carries the same fields, unneutralised and typed.
        assert record["quote"] == quote
        assert (record["start"], record["end"]) == (start, end)
        for column in ("claim_id", "article_id", "status", "verdict", "created_at",
                       "updated_at", "anchor_state"):
            assert str(record[column]) == row[column]
    final = rows[ids["quote"]]
    assert (final["status"], final["verdict"], final["rating_value"]) == ("final", "False", "1")
    assert final["source_count"] == "3"
    assert final["sources"].splitlines() == [
        "https://example.org/a?x=1,2",
        "https://example.org/b",
        "https://example.org/c — +Report, 2026 (refutes)",
    ]
    assert rows[ids["emoji"]]["verdict"] == "Mostly false"


def test_csv_file_output_raw_and_no_bom(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Headline\n\n=SUM(1,2) is a claim.\n", encoding="utf-8")
    article_id = cli("import", str(source)).out.split("\t")[0]
    cli("claim", "add", "--article", article_id, "--quote", "=SUM(1,2)")
    out = tmp_path / "report.csv"
    result = cli("export", "csv", "--out", str(out), "--raw", "--no-bom")
    assert "wrote 1 claim" in result.err
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    row = next(csv.DictReader(io.StringIO(data.decode(), newline="")))
    assert row["quote"] == "=SUM(1,2)"


def test_listing_and_filters(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "b.txt"
    source.write_text("Title line\n\nOne claim here. Another claim there.", encoding="utf-8")
    article_id = cli("import", str(source), "--outlet", "Courier").out.split("\t")[0]
    first = cli("claim", "add", "--article", article_id, "--quote", "One claim here.",
                "--verdict", "True").out.strip()
    cli("claim", "add", "--article", article_id, "--start", "28", "--end", "48")
    articles = cli("articles").out.splitlines()
    assert articles == [f"{article_id}\tTitle line\tCourier\t2"]
    assert [c["claim_id"] for c in json.loads(cli("claims", "--verdict", "true", "--json").out)] \
        == [first]
    assert len(cli("claims", "--status", "to-check").out.splitlines()) == 2
    assert cli("claims", "--article", article_id[:8]).out.count("\n") == 2
    history = cli("history", first).out
    assert "created claim" in history and "cli-tester" in history
