"""Copies that failed because nothing answered are fetched again by themselves, against
a real local server that is down at first: the retry timer (driven by the test, not
waited for) backs off while the server stays down and the copy is kept once it is up.
Refusals (4xx) are not retried by themselves."""

from __future__ import annotations

import socket

from factcheck_gui.ui.web.controller import RETRY_MINUTES
from tests.helpers.web_server import NEWS_PAGE, WebServer, serve_pages  # noqa: F401 (fixture)
from tests.ui.conftest import select_text


def _window_with_claim(open_window):
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, window.store.versions.current_version(
        window.workspace.article_id).text[:20])
    window.act.new_claim.trigger()
    return window


def _free_port() -> int:
    """A port nothing listens on (connections to it are refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _waits_about(timer, minutes: int) -> bool:
    """The timer was set for `minutes` from the miss (a little less has passed since)."""
    return minutes * 60_000 - 10_000 < timer.interval() <= minutes * 60_000


def _settled(qtbot, window, source_id: str) -> None:
    qtbot.waitUntil(lambda: source_id not in window.web.fetching, timeout=10_000)


def test_a_copy_fetched_while_offline_comes_by_itself_when_the_server_is_back(
        open_window, qtbot, web_server: WebServer) -> None:
    window = _window_with_claim(open_window)
    web = window.web
    port = _free_port()
    url = f"http://127.0.0.1:{port}/news.html"
    window.claims._add_source({"url": url, "keep_copy": True})
    (source,) = window.store.sources.list_sources(window.workspace.selected_claim_id)
    _settled(qtbot, window, source.id)
    copy = window.store.web.copy_of(source.id)
    assert copy is not None and not copy.kept and "could not connect" in (copy.error or "")
    assert web.waiting == {source.id: url}
    assert web.retry_timer.isActive() and _waits_about(web.retry_timer, RETRY_MINUTES[0])
    assert "tried again by itself" in window.statusBar().currentMessage()

    web.retry_timer.timeout.emit()  # still down: the next wait is longer
    _settled(qtbot, window, source.id)
    assert web.waiting == {source.id: url}
    assert _waits_about(web.retry_timer, RETRY_MINUTES[1])

    server = WebServer(port).start()
    try:
        server.put("/news.html", NEWS_PAGE.read_bytes())
        web.retry_timer.timeout.emit()
        _settled(qtbot, window, source.id)
        assert window.store.web.copy_of(source.id).kept
        assert web.waiting == {} and not web.retry_timer.isActive()
        assert window.store.web.failed_copies() == []
    finally:
        server.close()


def test_a_fetch_that_works_retries_the_queue_at_once(open_window, qtbot,
                                                      web_server: WebServer) -> None:
    window = _window_with_claim(open_window)
    web = window.web
    port = _free_port()
    down = f"http://127.0.0.1:{port}/news.html"
    window.claims._add_source({"url": down, "keep_copy": True})
    (first,) = window.store.sources.list_sources(window.workspace.selected_claim_id)
    _settled(qtbot, window, first.id)
    assert first.id in web.waiting
    server = WebServer(port).start()
    try:
        server.put("/news.html", NEWS_PAGE.read_bytes())
        window.claims._add_source({"url": web_server.url("/news.html"), "keep_copy": True})
        qtbot.waitUntil(lambda: window.store.web.copy_of(first.id).kept, timeout=10_000)
        _settled(qtbot, window, first.id)
        assert web.waiting == {} and window.store.web.queue.count() == 0
    finally:
        server.close()


def test_refusals_wait_for_the_user(open_window, qtbot, web_server: WebServer) -> None:
    window = _window_with_claim(open_window)
    window.claims._add_source({"url": web_server.url("/missing.html"), "keep_copy": True})
    window.claims._add_source({"url": web_server.url("/status/403"), "keep_copy": True})
    sources = window.store.sources.list_sources(window.workspace.selected_claim_id)
    for source in sources:
        _settled(qtbot, window, source.id)
    assert len(window.store.web.failed_copies()) == 2
    assert window.web.waiting == {} and not window.web.retry_timer.isActive()
    assert "Retry Failed Copies" in window.statusBar().currentMessage()
