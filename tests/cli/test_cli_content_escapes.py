"""Content that must not escape: script tags out of JSON-LD, javascript: and
file: addresses, NUL characters, annotations whose quote is not text."""

from __future__ import annotations

import json
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

from tests.helpers.run_cli import Ran, run_cli

BREAKOUT = "</script><script>alert(1)</script><!--"


def cli(tmp_path: Path, *args: str, code: int | None = 0) -> Ran:
    result = run_cli(tmp_path, "--db", "c.db", *args)
    if code is not None:
        assert result.code == code, result.err
    return result


class Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "script":
            self._inside = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.scripts[-1] += data


def test_claimreview_in_a_script_block_stays_one_script(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Fares\n\nCouncillors voted 27 to 19 & more.\n", encoding="utf-8")
    article = cli(tmp_path, "import", str(page), "--title", f"Fares {BREAKOUT}",
                  "--url", "https://news.example/a?x=<b>&y=1").out.split("\t")[0]
    cli(tmp_path, "claim", "add", "--article", article, "--quote", "27 to 19",
        "--verdict", "False", "--claim-text", f"They voted {BREAKOUT} & won")
    out = tmp_path / "review.json"
    cli(tmp_path, "export", "claimreview", "--out", str(out))
    body = out.read_text(encoding="utf-8")
    assert "<" not in body and ">" not in body and "&" not in body
    html = f'<html><head><script type="application/ld+json">{body}</script></head></html>'
    parser = Scripts()
    parser.feed(html)
    assert len(parser.scripts) == 1  # nothing broke out of the block
    [record] = json.loads(parser.scripts[0])
    assert record["claimReviewed"] == f"They voted {BREAKOUT} & won"
    assert BREAKOUT in record["itemReviewed"]["appearance"]["headline"]
    for args in (("export", "json"), ("claims", "--json"), ("articles", "--json")):
        text = cli(tmp_path, *args).out
        assert "</script" not in text and "<" not in text, args
        json.loads(text)


def test_only_web_addresses_reach_articles_and_exports(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Fares\n\nCouncillors voted 27 to 19.\n", encoding="utf-8")
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"):
        refused = cli(tmp_path, "import", str(page), "--url", bad, code=1)
        assert "not a web address" in refused.err
    assert cli(tmp_path, "articles").out == ""
    front = tmp_path / "b.md"
    front.write_text("---\ntitle: Fares\nurl: javascript:alert(document.cookie)\n---\n\n"
                     "Councillors voted 27 to 19.\n", encoding="utf-8")
    article = cli(tmp_path, "import", str(front)).out.split("\t")[0]
    shown = json.loads(cli(tmp_path, "show", article, "--json").out)
    assert shown["url"] is None  # the article is kept, the address is not
    cli(tmp_path, "claim", "add", "--article", article, "--quote", "27 to 19",
        "--verdict", "False")
    # A database written before addresses were checked may hold one: never handed on.
    with sqlite3.connect(tmp_path / "c.db") as conn:
        conn.execute("UPDATE articles SET url = 'javascript:alert(2)'")
    conn.close()
    for fmt in ("claimreview", "json"):
        assert "javascript:" not in cli(tmp_path, "export", fmt).out, fmt
    # The report shows it as plain text at most, never as a link.
    assert 'href="javascript' not in cli(tmp_path, "export", "html").out


def test_nul_characters_never_stored_nor_written(tmp_path: Path) -> None:
    doc = [{"id": "urn:uuid:00000000-0000-4000-8000-000000000001", "type": "Annotation",
            "body": [{"type": "TextualBody", "fc:role": "rationale", "value": "why\x00not"},
                     {"type": "TextualBody", "fc:role": "claim", "value": "They\x00 voted"},
                     {"type": "TextualBody", "fc:role": "verdict", "value": "False"}],
            "target": {"source": "urn:x", "selector": [
                {"type": "TextQuoteSelector", "exact": "27 to 19"}]},
            "fc:article": {"id": "a1", "title": "Fa\x00res", "outlet": "Out\x00let",
                           "text": "Fares\n\nCouncillors voted 27 to 19.\x00"}}]
    path = tmp_path / "nul.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    cli(tmp_path, "import-annotations", str(path))
    for fmt in ("csv", "html", "json", "claimreview"):
        assert "\x00" not in cli(tmp_path, "export", fmt).out, fmt
        assert "\\u0000" not in cli(tmp_path, "export", fmt).out, fmt
    [claim] = json.loads(cli(tmp_path, "claims", "--json").out)
    assert (claim["claim_text"], claim["rationale"]) == ("They voted", "whynot")


def test_an_annotation_whose_quote_is_not_text_is_skipped(tmp_path: Path) -> None:
    items = []
    for n, exact in enumerate([42, ["27 to 19"], {"a": 1}, True]):
        items.append({"id": f"urn:uuid:00000000-0000-4000-8000-00000000000{n}",
                      "type": "Annotation",
                      "target": {"source": "urn:x", "selector": [
                          {"type": "TextQuoteSelector", "exact": exact}]},
                      "fc:article": {"id": "a1", "title": "Fares",
                                     "text": "Fares\n\nCouncillors voted 27 to 19 and 42."}})
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    result = cli(tmp_path, "import-annotations", str(path), "--json", code=1)
    counts = json.loads(result.out)
    assert (counts["skipped"], counts["created"], counts["orphaned"]) == (4, 0, 0)
    assert result.err.count("is not text") == 4
    assert json.loads(cli(tmp_path, "claims", "--json").out) == []
