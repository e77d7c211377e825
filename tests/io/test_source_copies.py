"""Evidence copies of sources and link checks, against a real local HTTP server and a
real database: kept, shown, searched, quote found, failures kept and retried, budget,
the five link states, and articles updated from the web."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.source_quotes import find_in_copy, quote_in_sources
from factcheck_gui.core.store import Store
from factcheck_gui.io.batch import import_files
from factcheck_gui.io.link_check import HostPacer, check_links, targets_of
from factcheck_gui.io.source_copies import fetch_copy, keep_copies, store_copy
from factcheck_gui.io.web_update import update_from_web
from tests.helpers.web_server import NEWS_PAGE, WebServer, serve_pages  # noqa: F401 (fixture)

ARTICLE = "The mayor said bus fares rose by 10% in March. Nobody else agreed."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "web.db") as opened:
        yield opened


def _claim_with_sources(store: Store, *urls: str) -> tuple[str, list[str]]:
    article = store.articles.add_article(NewArticle(title="Fares", text=ARTICLE))
    start = ARTICLE.index("bus fares")
    claim = store.claims.add_claim(article.id, start, ARTICLE.index(" Nobody") - 1)
    return claim.id, [store.sources.add_source(claim.id, url).id for url in urls]


def test_a_copy_is_kept_shown_and_searched(store: Store, web_server: WebServer) -> None:
    claim_id, (source_id,) = _claim_with_sources(store, web_server.url("/news.html"))
    assert store.claims.search_claims("regional authority") == []
    (copy,) = keep_copies(store, [(source_id, web_server.url("/news.html"))])
    assert copy.kept and copy.error is None
    assert copy.title == "Harbour council approves 10% bus fare rise"
    assert copy.final_url == web_server.url("/news.html") and copy.status == 200
    assert copy.content_type == "text/html" and len(copy.sha256 or "") == 64
    assert store.web.copy_of(source_id) == copy
    assert store.web.copy_body(source_id) == NEWS_PAGE.read_bytes()
    # A word only the copy holds finds the claim in the library's search.
    assert "regional authority" in (copy.text or "")
    assert store.claims.search_claims("regional authority") == [claim_id]


def test_the_quote_is_found_in_the_sources_copies(store: Store,
                                                  web_server: WebServer) -> None:
    web_server.put("/other.html", "<html><body><article><p>Something else entirely, about"
                   " trains and their timetables in the harbour.</p></article></body></html>")
    web_server.put("/stats.txt", "Statistics office.\n\nIn March bus fares rose by 10%"
                   " in March,\naccording to the office.", "text/plain; charset=utf-8")
    claim_id, ids = _claim_with_sources(store, web_server.url("/other.html"),
                                        web_server.url("/stats.txt"))
    keep_copies(store, [(i, store.sources.get_source(i).url) for i in ids])
    claim = store.claims.get_claim(claim_id)
    assert claim.quote == "bus fares rose by 10% in March"
    found = quote_in_sources(claim.quote, store.sources.list_sources(claim_id),
                             store.web.copies_of(ids))
    assert [(f.number, f.exact) for f in found] == [(2, True)]
    assert found[0].passage == "bus fares rose by 10% in March"


def test_approximate_quotes_and_short_ones() -> None:
    text = "The council said that “bus fares rose by ten percent” in March of this year."
    start, end, score = find_in_copy('bus fares rose by ten per cent" in March', text) or (0, 0, 0)
    assert 85 <= score < 100 and "bus fares" in text[start:end]
    assert find_in_copy("nothing like it at all here", text) is None
    assert find_in_copy("fares ROSE by ten", "Bus fares\n rose by  ten") == (4, 23, 100.0)
    assert find_in_copy("in Mxrch", text) is None  # short quotes: exact only


def test_a_failed_fetch_is_kept_and_retried(store: Store, web_server: WebServer) -> None:
    url = web_server.url("/later.html")
    _claim_id, (source_id,) = _claim_with_sources(store, url)
    (copy,) = keep_copies(store, [(source_id, url)])
    assert not copy.kept and copy.error == "HTTP 404 not found" and copy.status == 404
    assert store.web.failed_copies() == [(source_id, url)]
    assert store.sources.get_source(source_id).url == url  # the source is never lost
    web_server.put("/later.html", NEWS_PAGE.read_bytes())
    (again,) = keep_copies(store, store.web.failed_copies())
    assert again.kept and again.error is None
    assert store.web.failed_copies() == []
    # A later failure keeps the older copy and says why.
    del web_server.pages["/later.html"]
    third = store_copy(store, fetch_copy(source_id, url))
    assert third.kept and third.fetched_at == again.fetched_at
    assert third.error == "HTTP 404 not found"


def test_a_page_that_is_not_an_article_is_a_failure_with_its_type(
        store: Store, web_server: WebServer) -> None:
    web_server.put("/chart.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    _claim_id, (source_id,) = _claim_with_sources(store, web_server.url("/chart.png"))
    (copy,) = keep_copies(store, [(source_id, web_server.url("/chart.png"))])
    assert copy.error == "the server sent image/png, not an article (HTML, plain text or PDF)"


def test_the_budget_keeps_text_but_not_bytes(store: Store, web_server: WebServer) -> None:
    _claim_id, (first, second) = _claim_with_sources(store, web_server.url("/news.html"),
                                                     web_server.url("/news.html"))
    keep_copies(store, [(first, web_server.url("/news.html"))])
    used = store.web.used_bytes()
    assert used > 0
    store.web.set_budget_mb(used / 2**20)  # full
    (copy,) = keep_copies(store, [(second, web_server.url("/news.html"))])
    assert copy.kept and copy.text and copy.body_size == 0
    assert "budget for kept pages" in (copy.error or "")
    assert store.web.copy_body(second) is None
    assert store.web.used_bytes() == used


def test_a_deleted_source_finds_its_copy_again_on_undo(store: Store,
                                                       web_server: WebServer) -> None:
    _claim_id, (source_id,) = _claim_with_sources(store, web_server.url("/news.html"))
    keep_copies(store, [(source_id, web_server.url("/news.html"))])
    source = store.sources.delete_source(source_id)
    store.sources.add_source(source.claim_id, source.url, source_id=source.id)
    assert store.web.copy_of(source_id) is not None


def test_link_check_states(store: Store, web_server: WebServer) -> None:
    web_server.put("/same.html", NEWS_PAGE.read_bytes())
    web_server.put("/edited.html", NEWS_PAGE.read_bytes())
    urls = {"ok": web_server.url("/same.html"), "moved": web_server.url("/redirect/1"),
            "changed": web_server.url("/edited.html"), "gone": web_server.url("/status/410"),
            "unreachable": web_server.url("/status/503")}
    claim_id, ids = _claim_with_sources(store, *urls.values())
    by_state = dict(zip(urls, ids, strict=True))
    keep_copies(store, [(by_state["changed"], urls["changed"])])
    web_server.put("/edited.html", NEWS_PAGE.read_bytes().replace(b"10%", b"12%"))
    pairs = store.web.sources_to_check()
    checks = check_links(targets_of(pairs, store.web.copies_of(ids)), per_host_delay=0)
    store.web.record_checks(checks)
    found = store.web.checks_of(ids)
    assert {state: found[i].state for state, i in by_state.items()} == {
        s: s for s in urls}
    assert found[by_state["moved"]].final_url == web_server.url("/news.html")
    assert found[by_state["gone"]].status == 410
    assert found[by_state["unreachable"]].detail == "HTTP 503 unavailable"
    assert store.web.claims_with_link_state(["gone", "changed"]) == {claim_id}
    assert store.web.claims_with_link_state(["ok"]) == {claim_id}


def test_an_unchanged_page_with_new_bytes_is_still_ok(store: Store,
                                                      web_server: WebServer) -> None:
    """Pages differ in bytes every time (ads, time stamps): the text decides."""
    web_server.put("/ads.html", NEWS_PAGE.read_bytes())
    _claim_id, (source_id,) = _claim_with_sources(store, web_server.url("/ads.html"))
    keep_copies(store, [(source_id, web_server.url("/ads.html"))])
    web_server.put("/ads.html", NEWS_PAGE.read_bytes() + b"<!-- served at 12:01 -->")
    (check,) = check_links(targets_of(store.web.sources_to_check(),
                                      store.web.copies_of([source_id])), per_host_delay=0)
    assert check.state == "ok"


def test_link_checking_is_polite() -> None:
    """Requests to one host are scheduled `delay` apart; another host is not held up."""
    import time

    pacer = HostPacer(30.0)
    first, second, third = (pacer.reserve(f"http://Example.org/{i}") for i in range(3))
    assert second - first == pytest.approx(30.0) and third - second == pytest.approx(30.0)
    assert pacer.reserve("http://other.example/") <= time.monotonic()


def test_a_changing_article_is_updated_from_the_web(store: Store,
                                                    web_server: WebServer) -> None:
    first = ("<html><head><title>Fares</title></head><body><article><p>The mayor said bus"
             " fares rose by 10% in March.</p><p>Nobody else agreed with the mayor.</p>"
             "</article></body></html>")
    url = web_server.put("/live.html", first)
    result = import_files(store, [url])
    (imported,) = result.imported
    article = imported.article
    version = store.versions.current_version(article.id)
    fetched = store.web.fetch_of_version(version.id, with_body=True)
    assert fetched is not None and fetched.body == first.encode()
    start = version.text.index("bus fares rose")
    claim = store.claims.add_claim(article.id, start, start + len("bus fares rose by 10%"))
    assert update_from_web(store, [article.id]).of("unchanged")
    web_server.put("/live.html", first.replace("The mayor said bus", "On Monday the mayor"
                                               " said that bus"))
    (changed,) = update_from_web(store, [article.id]).of("changed")
    assert changed.update is not None and changed.update.version.number == 2
    moved = store.claims.get_claim(claim.id)
    new_text = store.versions.current_version(article.id).text
    assert new_text[moved.start:moved.end] == "bus fares rose by 10%"
    assert moved.start > claim.start
    assert store.web.fetch_of_version(changed.update.version.id) is not None
    web_server.pages.pop("/live.html")
    (failed,) = update_from_web(store, [article.id]).of("failed")
    assert failed.reason.endswith("HTTP 404 not found")
