"""Work queued while offline survives a restart: a copy and a link check that found
no server wait in the database; a new window over the same file picks them up, says
so in the status bar, and drains the queue once the real local server is up. The
source is never lost on the way."""

from __future__ import annotations

import socket

from factcheck_gui.ui.web.offline_queue import waiting_text
from tests.helpers.web_server import NEWS_PAGE, WebServer, serve_pages  # noqa: F401 (fixture)
from tests.ui.conftest import select_text


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _window_with_claim(open_window):
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, window.store.versions.current_version(
        window.workspace.article_id).text[:20])
    window.act.new_claim.trigger()
    return window


def _close(window) -> None:
    window.close()
    window.store.close()


def test_a_copy_queued_offline_is_fetched_after_a_restart(open_window, qtbot,
                                                          web_server: WebServer) -> None:
    window = _window_with_claim(open_window)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/news.html"
    window.claims._add_source({"url": url, "keep_copy": True})
    (source,) = window.store.sources.list_sources(window.workspace.selected_claim_id)
    qtbot.waitUntil(lambda: source.id not in window.web.fetching, timeout=10_000)
    label = window.web.queue.label
    assert label.isVisibleTo(window) and "waiting (offline since" in label.text()
    assert label.text().startswith("1 cop")
    _close(window)

    server = WebServer(port).start()
    try:
        server.put("/news.html", NEWS_PAGE.read_bytes())
        again = open_window()
        web = again.web
        assert web.waiting == {source.id: url}
        assert web.retry_timer.isActive()  # at the next try's time, as before the restart
        assert "waiting (offline since" in web.queue.label.text()
        web.retry_timer.timeout.emit()
        qtbot.waitUntil(lambda: again.store.web.copy_of(source.id).kept, timeout=10_000)
        qtbot.waitUntil(lambda: source.id not in web.fetching, timeout=10_000)
        assert again.store.web.queue.count() == 0 and not web.retry_timer.isActive()
        assert not web.queue.label.isVisibleTo(again)
        assert [s.id for s in again.store.sources.list_sources(source.claim_id)] == [source.id]
    finally:
        server.close()


def test_a_link_check_made_offline_is_done_after_a_restart(open_window, qtbot,
                                                           web_server: WebServer) -> None:
    window = _window_with_claim(open_window)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/news.html"
    window.claims._add_source({"url": url, "keep_copy": False})
    (source,) = window.store.sources.list_sources(window.workspace.selected_claim_id)
    (check,) = window.web.check_links(per_host_delay=0)
    assert check.state == "unreachable" and "could not connect" in (check.detail or "")
    assert window.web.queue.label.text().startswith("1 link check")
    _close(window)

    server = WebServer(port).start()
    try:
        server.put("/news.html", NEWS_PAGE.read_bytes())
        again = open_window()
        queue = again.web.queue
        assert "link check" in queue.label.text()
        queue.timer.timeout.emit()
        qtbot.waitUntil(lambda: queue.checking is None, timeout=10_000)
        assert again.store.web.checks_of([source.id])[source.id].state == "ok"
        assert again.store.web.queue.count() == 0 and queue.label.text() == ""
    finally:
        server.close()


def test_the_waiting_text() -> None:
    assert waiting_text(0, 0, None) == ""
    text = waiting_text(2, 1, "2026-12-02T09:14:00+00:00")
    assert "2 cop" in text and "1 link check" in text and "(offline since " in text
