"""`links retry` runs the queue of fetches that found no network, across runs of the
program: a copy and a check made while the server is down wait in the database, the
next run after the server is up fetches them; `links copy` takes queued copies too."""

from __future__ import annotations

import json
import socket

from tests.cli.conftest import Cli
from tests.helpers.web_server import NEWS_PAGE, WebServer, serve_pages  # noqa: F401 (fixture)

PAGE = ("<html><head><title>Fares up</title></head><body><article><p>The mayor said bus"
        " fares rose by 10% in March.</p><p>Nobody else agreed with the mayor.</p>"
        "</article></body></html>")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_links_retry_drains_the_queue_once_the_server_is_up(cli: Cli,
                                                            web_server: WebServer) -> None:
    article = cli("import", web_server.put("/live.html", PAGE)).out.split("\t")[0]
    claim = cli("claim", "add", "--article", article, "--quote", "bus fares rose by 10%")
    claim_id = claim.out.strip()
    port = _free_port()
    url = f"http://127.0.0.1:{port}/news.html"
    added = cli("source", "add", claim_id, "--url", url, "--keep-copy", ok=False)
    source_id = added.out.strip()
    assert "could not connect" in added.err
    cli("links", "check", "--delay", "0")
    nothing = cli("links", "retry", "--delay", "0", ok=False)
    assert nothing.code == 1 and "tried 2, still waiting 2" in nothing.err
    assert sorted(line.split("\t")[1:3] for line in nothing.out.splitlines()) == [
        ["check", "unreachable"], ["copy", "failed"]]

    server = WebServer(port).start()
    try:
        server.put("/news.html", NEWS_PAGE.read_bytes())
        ran = cli("links", "retry", "--delay", "0", "--json")
        assert "tried 2, still waiting 0" in ran.err
        assert sorted((r["job"], r["outcome"]) for r in json.loads(ran.out)) == [
            ("check", "ok"), ("copy", "kept")]
        assert "Harbour city council" in cli("links", "show", source_id).out
        again = cli("links", "retry")
        assert again.out == "" and "tried 0, still waiting 0" in again.err
    finally:
        server.close()


def test_links_copy_takes_the_queued_copies(cli: Cli, web_server: WebServer) -> None:
    article = cli("import", web_server.put("/live.html", PAGE)).out.split("\t")[0]
    claim_id = cli("claim", "add", "--article", article, "--quote", "bus fares rose by 10%")
    page = web_server.put("/evidence.html", NEWS_PAGE.read_bytes())
    source_id = cli("source", "add", claim_id.out.strip(), "--url", page,
                    "--keep-copy").out.strip()
    web_server.close()  # the server goes away: the copy kept before stays, the new try waits
    refetch = cli("links", "copy", "--source", source_id)  # the older copy is still kept
    assert "warning: could not connect" in refetch.err
    server = WebServer(web_server.port).start()
    try:
        server.put("/evidence.html", NEWS_PAGE.read_bytes().replace(b"Tuesday", b"Monday"))
        copied = cli("links", "copy")
        assert copied.out.split("\t")[:2] == [source_id, "kept"]
        assert "Monday" in cli("links", "show", source_id).out
    finally:
        server.close()
