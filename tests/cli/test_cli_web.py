"""The command line and the web, against a real local HTTP server: `import URL` beside
files, `reimport --from-url`, `source add --keep-copy`, `links check|copy|show|find|budget`,
and what exports say about copies."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.helpers.web_server import NEWS_PAGE, WebServer, serve_pages  # noqa: F401 (fixture)

PAGE = ("<html><head><title>Fares up</title></head><body><article><p>The mayor said bus"
        " fares rose by 10% in March.</p><p>Nobody else agreed with the mayor.</p>"
        "</article></body></html>")


def test_import_urls_beside_files(cli: Cli, web_server: WebServer, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A note about fares.\n\nThe council met on Monday.", encoding="utf-8")
    web_server.put("/chart", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    ran = cli("import", web_server.url("/news.html"), str(note), web_server.url("/status/404"),
              web_server.url("/chart"), ok=False)
    assert ran.code == 1
    titles = [line.split("\t")[1] for line in ran.out.splitlines()]
    assert titles == ["Harbour council approves 10% bus fare rise", "note"]
    assert f"error: {web_server.url('/status/404')}: HTTP 404 not found" in ran.err
    assert (f"error: {web_server.url('/chart')}: the server sent image/png, not an article"
            in ran.err)
    assert "imported 2, skipped 0 duplicates, failed 2" in ran.err
    again = cli("import", web_server.url("/redirect/2"))
    assert again.out == "" and "skipped, same text as article" in again.err


def test_reimport_from_url_reports_which_changed(cli: Cli, web_server: WebServer) -> None:
    live = web_server.put("/live.html", PAGE)
    first = cli("import", live).out.split("\t")[0]
    second = cli("import", web_server.url("/news.html")).out.split("\t")[0]
    cli("claim", "add", "--article", first, "--quote", "bus fares rose by 10%")
    web_server.put("/live.html", PAGE.replace("The mayor said", "On Monday the mayor said"))
    ran = cli("reimport", "--from-url")
    lines = sorted(line.split("\t")[:2] for line in ran.out.splitlines())
    assert lines == sorted([[first, "changed"], [second, "unchanged"]])
    assert "version 2; claims: moved 1" in ran.out or "version 2; claims: ok 1" in ran.out
    assert len(json.loads(cli("versions", first, "--json").out)) == 2
    web_server.pages.pop("/live.html")
    ran = cli("reimport", "--from-url", first, "--json", ok=False)
    assert ran.code == 1
    assert json.loads(ran.out)[0]["state"] == "failed"
    refused = cli("reimport", first, ok=False)
    assert "give ARTICLE_ID and FILE, or --from-url" in refused.err


def test_source_copies_and_link_checks(cli: Cli, web_server: WebServer) -> None:
    article = cli("import", web_server.put("/live.html", PAGE)).out.split("\t")[0]
    claim = cli("claim", "add", "--article", article, "--quote", "bus fares rose by 10%").out
    claim = claim.strip()
    web_server.put("/evidence.html", NEWS_PAGE.read_bytes())
    kept = cli("source", "add", claim, "--url", web_server.url("/evidence.html"),
               "--keep-copy").out.strip()
    failed = cli("source", "add", claim, "--url", web_server.url("/later.html"),
                 "--keep-copy", ok=False)
    assert "warning: no copy kept: HTTP 404 not found" in failed.err
    shown = cli("links", "show", kept).out
    assert f"final_url: {web_server.url('/evidence.html')}" in shown
    assert "Harbour city council voted on Tuesday" in shown
    # "found in source 1": the news page says "raise bus fares by 10 percent".
    found = cli("links", "find", claim, ok=False)
    assert found.code == 1 and found.out == ""
    web_server.put("/later.html", f"<html><body><p>{'x ' * 20}It said bus fares rose by"
                   f" 10% this year.</p></body></html>")
    copied = cli("links", "copy")
    assert copied.out.split("\t")[1] == "kept"
    found = cli("links", "find", claim, "--json")
    assert [(f["source"], f["score"]) for f in json.loads(found.out)] == [(2, 100.0)]
    web_server.put("/evidence.html", NEWS_PAGE.read_bytes().replace(b"Tuesday", b"Monday"))
    checked = cli("links", "check", "--delay", "0")
    states = {line.split("\t")[0]: line.split("\t")[1] for line in checked.out.splitlines()}
    assert states[kept] == "changed"
    assert "ok 1, moved 0, changed 1, gone 0, unreachable 0" in checked.err
    report = cli("export", "csv").out
    row = next(csv.DictReader(io.StringIO(report.lstrip("\ufeff"))))
    assert row["source_copies"].splitlines()[0].startswith("kept 20")
    assert row["source_links"].splitlines()[0].startswith("changed 20")
    w3c = json.loads(cli("export", "json").out)
    bodies = [b for item in w3c["first"]["items"] for b in item["body"]
              if b.get("fc:role") == "source"]
    assert bodies[0]["fc:copy"]["fc:finalUrl"] == web_server.url("/evidence.html")
    assert len(bodies[0]["fc:copy"]["fc:sha256"]) == 64
    html = cli("export", "html").out
    assert "copy kept 20" in html and "link changed on" in html
    budget = cli("links", "budget", "1").out
    assert budget.startswith("budget_mb\t1\nused_mb\t0.0")
