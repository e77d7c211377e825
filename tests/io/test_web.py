"""Fetching pages from a real HTTP server on 127.0.0.1: redirects, loops, timeouts, size
caps, statuses, compression, chunking, content types, charsets, proxies, credentials."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from factcheck_gui.io.import_errors import UnreadableFile
from factcheck_gui.io.web import MAX_REDIRECTS, FetchError, Limits, WebClient, checked_url, fetch
from factcheck_gui.io.web_import import article_from_fetch, fetch_article
from tests.helpers.web_server import NEWS_PAGE, WebServer, serve_pages  # noqa: F401 (fixture)


def test_a_saved_news_page_is_fetched_with_its_provenance(web_server: WebServer) -> None:
    fetched = fetch(web_server.url("/news.html"))
    assert fetched.status == 200
    assert fetched.content_type == "text/html"
    assert fetched.body == NEWS_PAGE.read_bytes()
    assert fetched.final_url == fetched.requested_url == web_server.url("/news.html")
    import hashlib

    assert fetched.sha256 == hashlib.sha256(NEWS_PAGE.read_bytes()).hexdigest()
    assert fetched.fetched_at.endswith("+00:00")


def test_the_page_goes_through_the_saved_page_importer(web_server: WebServer) -> None:
    from factcheck_gui.io.importers import read_article_file

    saved = read_article_file(NEWS_PAGE)
    fetched = fetch_article(web_server.url("/news.html"))
    assert fetched.text == saved.text
    assert (fetched.title, fetched.author, fetched.outlet, fetched.published) == (
        saved.title, saved.author, saved.outlet, saved.published)
    assert fetched.fetched is not None and fetched.fetched.body == NEWS_PAGE.read_bytes()
    assert fetched.provenance.source_filename == web_server.url("/news.html")


def test_redirects_are_followed_up_to_ten(web_server: WebServer) -> None:
    fetched = fetch(web_server.url(f"/redirect/{MAX_REDIRECTS}"))
    assert fetched.final_url == web_server.url("/news.html")
    assert fetched.requested_url == web_server.url(f"/redirect/{MAX_REDIRECTS}")
    with pytest.raises(FetchError, match="more than 10 redirects") as caught:
        fetch(web_server.url(f"/redirect/{MAX_REDIRECTS + 1}"))
    assert caught.value.kind == "refused"


def test_a_redirect_loop_ends_with_a_message(web_server: WebServer) -> None:
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(web_server.url("/loop"))
    assert sum(path == "/loop" for path, _ in web_server.requests) == MAX_REDIRECTS + 1


def test_a_redirect_to_another_scheme_is_not_followed(web_server: WebServer) -> None:
    web_server.put("/to-file", b"", headers={"Location": "file:///etc/passwd"}, status=302)
    with pytest.raises(FetchError, match="only http:// and https://"):
        fetch(web_server.url("/to-file"))


def test_a_slow_server_times_out(web_server: WebServer) -> None:
    with pytest.raises(FetchError, match=r"did not answer within 0\.3 s") as caught:
        fetch(web_server.url("/slow"), limits=Limits(read_s=0.3))
    assert caught.value.kind == "unreachable"


def test_an_endless_body_stops_at_the_cap(web_server: WebServer) -> None:
    with pytest.raises(FetchError, match="too large") as caught:
        fetch(web_server.url("/endless"), limits=Limits(max_bytes=200_000))
    assert caught.value.kind == "refused"


def test_a_declared_length_over_the_cap_is_refused_before_reading(
        web_server: WebServer) -> None:
    web_server.put("/big.html", b"x" * 300_000)
    with pytest.raises(FetchError, match=r"too large \(293\.0 KB; the limit is 195\.3 KB"):
        fetch(web_server.url("/big.html"), limits=Limits(max_bytes=200_000))


@pytest.mark.parametrize(("status", "kind", "words"), [
    (404, "gone", "HTTP 404 not found"), (410, "gone", "HTTP 410 gone"),
    (500, "http", "HTTP 500 server error"), (403, "http", "HTTP 403 forbidden")])
def test_error_statuses(web_server: WebServer, status: int, kind: str, words: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(web_server.url(f"/status/{status}"))
    assert caught.value.kind == kind
    assert caught.value.status == status
    assert str(caught.value) == f"{web_server.url(f'/status/{status}')}: {words}"


def test_gzip_and_chunked_pages(web_server: WebServer) -> None:
    page = NEWS_PAGE.read_bytes()
    web_server.put("/gz.html", page, gzip=True)
    web_server.put("/chunked.html", page, chunked=True)
    web_server.put("/both.html", page, gzip=True, chunked=True)
    for path in ("/gz.html", "/chunked.html", "/both.html"):
        assert fetch(web_server.url(path)).body == page
    assert web_server.requests[-1][1]["Accept-Encoding"] == "gzip, deflate"


def test_a_gzip_bomb_stops_at_the_cap(web_server: WebServer) -> None:
    web_server.put("/bomb.txt", b"a" * 5_000_000, "text/plain", gzip=True)
    with pytest.raises(FetchError, match="too large"):
        fetch(web_server.url("/bomb.txt"), limits=Limits(max_bytes=1_000_000))


def test_the_servers_charset_wins(web_server: WebServer) -> None:
    page = ("<html><head><title>Café</title></head><body><article><p>Le maire a dit que"
            " l'élève a gagné 12 € à la fête, selon la mairie de Noël.</p></article>"
            "</body></html>")
    web_server.put("/fr.html", page.encode("cp1252"), "text/html; charset=windows-1252")
    article = fetch_article(web_server.url("/fr.html"))
    assert "élève a gagné 12 €" in article.text
    text = "日本の首相は、物価が三パーセント上がったと述べた。\n\n二段落目です。"
    web_server.put("/jp.txt", text.encode("shift_jis"), "text/plain; charset=Shift_JIS")
    assert fetch_article(web_server.url("/jp.txt")).text.startswith("日本の首相は")


def test_a_page_without_a_charset_is_detected(web_server: WebServer) -> None:
    page = ("<html><head><meta charset='iso-8859-1'><title>Größe</title></head><body><p>"
            "Die Größe der Straße wurde gemessen, sagte der Bürgermeister am Montag.</p>"
            "</body></html>")
    web_server.put("/de.html", page.encode("latin-1"), "text/html")
    assert "Größe der Straße" in fetch_article(web_server.url("/de.html")).text


def test_a_wrong_charset_label_falls_back_to_detection(web_server: WebServer) -> None:
    web_server.put("/bad.txt", "Ünïcödé text, said the mayor.".encode(),
                   "text/plain; charset=klingon")
    assert "Ünïcödé" in fetch_article(web_server.url("/bad.txt")).text


def test_content_types(web_server: WebServer, make_pdf: Callable[..., bytes]) -> None:
    web_server.put("/img", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png")
    with pytest.raises(UnreadableFile, match="the server sent image/png, not an article"):
        fetch_article(web_server.url("/img"))
    web_server.put("/json", b'{"a": 1}', "application/json")
    with pytest.raises(UnreadableFile, match="application/json"):
        fetch_article(web_server.url("/json"))
    web_server.put("/untyped", NEWS_PAGE.read_bytes(), None)
    assert fetch_article(web_server.url("/untyped")).title.startswith("Harbour council")
    web_server.put("/octet", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "application/octet-stream")
    with pytest.raises(UnreadableFile, match="no content type and the page is a PNG image"):
        fetch_article(web_server.url("/octet"))
    web_server.put("/report", make_pdf([["Bus fares rose by 18% in January."]]),
                   "application/pdf")
    article = fetch_article(web_server.url("/report"))
    assert "Bus fares rose by 18% in January." in article.text
    assert article.fetched is not None and article.fetched.content_type == "application/pdf"


def test_only_http_and_https(web_server: WebServer) -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)",
                "example.org/x", "http://"):
        with pytest.raises(FetchError) as caught:
            fetch(url)
        assert caught.value.kind == "refused"
    assert web_server.requests == []


def test_no_credentials_or_cookies_are_sent(web_server: WebServer) -> None:
    web_server.put("/set", b"<html><body><p>hi there, said the mayor</p></body></html>",
                   headers={"Set-Cookie": "session=secret"})
    url = web_server.url("/set").replace("http://", "http://user:pass@")
    assert checked_url(url) == web_server.url("/set")
    with WebClient() as client:
        client.fetch(url)
        client.fetch(web_server.url("/set"))
    for _path, headers in web_server.requests:
        assert "Authorization" not in headers
        assert "Cookie" not in headers


def test_proxies_come_from_the_environment(web_server: WebServer,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy named in http_proxy is used (here: a second local server that logs what it
    was asked), and no_proxy leaves a host alone."""
    proxy = WebServer().start()
    try:
        proxy.put("/", b"")  # answers anything it does not know with 404, and logs it
        monkeypatch.setenv("http_proxy", proxy.url(""))
        with pytest.raises(FetchError, match="HTTP 404"):
            fetch("http://news.invalid/story.html")
        assert proxy.requests[-1][0] == "http://news.invalid/story.html"
        monkeypatch.setenv("no_proxy", "127.0.0.1")
        assert fetch(web_server.url("/news.html")).status == 200
    finally:
        proxy.close()


def test_nothing_listening_is_unreachable() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="could not connect") as caught:
        fetch(f"http://127.0.0.1:{port}/x")
    assert caught.value.kind == "unreachable"


def test_a_fetch_can_be_cancelled(web_server: WebServer) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(FetchError, match="cancelled"):
        fetch(web_server.url("/news.html"), cancel=stop.is_set)


def test_article_from_fetch_keeps_the_fetch(web_server: WebServer) -> None:
    fetched = fetch(web_server.url("/redirect/2"))
    article = article_from_fetch(fetched)
    assert article.fetched == fetched
    assert article.url == "https://courier.example/news/2024/03/05/bus-fares"  # the page's own
