"""The window and the web, against a real local HTTP server: File > Open URL (a batch
with the import summary), pasting addresses, Article > Update from URL, Keep a copy on
Add Source (fetched off the GUI thread), the inspector's note and the read-only copy,
Find Quote in Sources, Check Links and the claims table's link filter, and a dead
server that neither hangs the window nor loses the source."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

from factcheck_gui.ui.inspector.sources_editor import SourceDialog
from factcheck_gui.ui.web.controller import UrlDialog, web_addresses
from factcheck_gui.ui.web.copy_dialog import CopyDialog
from tests.helpers.web_server import NEWS_PAGE, WebServer, serve_pages  # noqa: F401 (fixture)
from tests.ui.conftest import select_text

PAGE = ("<html><head><title>Fares up</title></head><body><article><p>The mayor said bus"
        " fares rose by 10% in March.</p><p>Nobody else agreed with the mayor.</p>"
        "</article></body></html>")


def test_web_addresses_one_a_line() -> None:
    assert web_addresses(" https://a.example/x \n\nhttp://b.example/y\n") == [
        "https://a.example/x", "http://b.example/y"]
    assert web_addresses("https://a.example/x and some words") == []
    assert web_addresses("Some article text\nhttps://a.example/x") == []


def test_open_url_imports_a_batch_with_the_summary(open_window, qtbot, monkeypatch,
                                                   web_server: WebServer,
                                                   import_summaries: list) -> None:
    window = open_window()
    live = web_server.put("/live.html", PAGE)
    monkeypatch.setattr(UrlDialog, "ask", classmethod(lambda cls, parent: web_addresses(
        f"{web_server.url('/news.html')}\n{live}\n{web_server.url('/status/410')}")))
    window.act.open_url.trigger()
    (result,) = import_summaries
    assert [i.article.title for i in result.imported] == [
        "Harbour council approves 10% bus fare rise", "Fares up"]
    assert [f.reason for f in result.failed] == [
        f"{web_server.url('/status/410')}: HTTP 410 gone"]
    article = result.imported[0].article
    version = window.store.versions.current_version(article.id)
    assert window.store.web.fetch_of_version(version.id) is not None


def test_pasting_an_address_fetches_the_article(open_window, web_server: WebServer,
                                                import_summaries: list) -> None:
    window = open_window()
    QGuiApplication.clipboard().setText(web_server.url("/news.html"))
    window.act.paste_article.trigger()
    (result,) = import_summaries
    assert result.imported[0].article.title.startswith("Harbour council")


def test_update_from_url_adds_a_version(open_window, qtbot, web_server: WebServer,
                                        import_summaries: list) -> None:
    window = open_window()
    window.web.open_urls(web_addresses(web_server.put("/live.html", PAGE)))
    select_text(window, "bus fares rose by 10%")
    window.act.new_claim.trigger()
    claim_id = window.workspace.selected_claim_id
    web_server.put("/live.html", PAGE.replace("The mayor said", "On Monday the mayor said"))
    assert window.web.update_from_url()
    store = window.store
    article_id = window.workspace.article_id
    assert [v.number for v in store.versions.list_versions(article_id)] == [1, 2]
    claim = store.claims.get_claim(claim_id)
    text = store.versions.current_version(article_id).text
    assert text[claim.start:claim.end] == "bus fares rose by 10%"
    window.act.undo.trigger()  # one undo step, as updating from a file
    assert [v.number for v in store.versions.list_versions(article_id)] == [1]


def test_a_source_keeps_a_copy_shown_read_only(open_window, qtbot, monkeypatch,
                                               web_server: WebServer) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, window.store.versions.current_version(
        window.workspace.article_id).text[:20])
    window.act.new_claim.trigger()
    dialog_seen = []

    def ask(cls, parent, source=None):
        dialog = cls(parent, source)
        dialog_seen.append(dialog.keep_copy is not None and dialog.keep_copy.isChecked())
        dialog.fields["url"].setText(web_server.url("/news.html"))
        return dialog.values()

    monkeypatch.setattr(SourceDialog, "ask", classmethod(ask))
    window.act.add_source.trigger()
    assert dialog_seen == [True]  # Keep a copy is on by default
    (source,) = window.store.sources.list_sources(window.workspace.selected_claim_id)
    qtbot.waitUntil(lambda: source.id not in window.web.fetching, timeout=10_000)
    copy = window.store.web.copy_of(source.id)
    assert copy is not None and copy.kept
    model = window.inspector.sources.model
    qtbot.waitUntil(lambda: "copy kept" in model.data(model.index(0, 0)), timeout=5000)
    shown = []
    monkeypatch.setattr(CopyDialog, "show_copy", classmethod(
        lambda cls, parent, s, c, highlight=None: shown.append(cls(parent, s, c, highlight))))
    window.inspector.sources.select_row(0)
    window.inspector.sources.buttons["copy"].click()
    (viewer,) = shown
    text = viewer.findChild(QPlainTextEdit, "copyText")
    assert text.isReadOnly() and "Harbour city council voted" in text.toPlainText()
    assert window.store.claims.search_claims("regional authority") == [
        window.workspace.selected_claim_id]


def test_a_dead_server_keeps_the_source_and_a_retry_fetches_it(
        open_window, qtbot, web_server: WebServer) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, window.store.versions.current_version(
        window.workspace.article_id).text[:20])
    window.act.new_claim.trigger()
    claim_id = window.workspace.selected_claim_id
    url = web_server.url("/later.html")
    window.claims._add_source({"url": url, "keep_copy": True})
    (source,) = window.store.sources.list_sources(claim_id)
    qtbot.waitUntil(lambda: source.id not in window.web.fetching, timeout=10_000)
    copy = window.store.web.copy_of(source.id)
    assert copy is not None and not copy.kept and copy.error == "HTTP 404 not found"
    assert "No copy kept" in window.statusBar().currentMessage()
    web_server.put("/later.html", NEWS_PAGE.read_bytes())
    assert window.web.retry_failed_copies() == 1
    qtbot.waitUntil(lambda: source.id not in window.web.fetching, timeout=10_000)
    assert window.store.web.copy_of(source.id).kept


def test_find_quote_and_check_links(open_window, qtbot, monkeypatch,
                                    web_server: WebServer) -> None:
    window = open_window()
    window.web.open_urls(web_addresses(web_server.put("/live.html", PAGE)))
    select_text(window, "bus fares rose by 10%")
    window.act.new_claim.trigger()
    claim_id = window.workspace.selected_claim_id
    web_server.put("/evidence.html", PAGE.replace("The mayor said", "Records show"))
    window.claims._add_source({"url": web_server.url("/evidence.html"), "keep_copy": True})
    source = window.store.sources.list_sources(claim_id)[0]
    qtbot.waitUntil(lambda: source.id not in window.web.fetching, timeout=10_000)
    shown = []
    monkeypatch.setattr(CopyDialog, "show_copy", classmethod(
        lambda cls, parent, s, c, highlight=None: shown.append(highlight)))
    assert window.web.find_quote()
    assert window.statusBar().currentMessage() == "Found in source 1"
    start, end = shown[0]
    assert window.store.web.copy_of(source.id).text[start:end] == "bus fares rose by 10%"
    web_server.pages.pop("/evidence.html")
    checks = window.web.check_links(per_host_delay=0)
    assert [c.state for c in checks] == ["gone"]
    table = window.claims_table if hasattr(window, "claims_table") else window.findChild(
        type(window.web.table))
    table.link_filter.setCurrentIndex(1)
    assert table.visible_ids() == [claim_id]
    web_server.put("/evidence.html", PAGE.replace("The mayor said", "Records show"))
    window.web.check_links(per_host_delay=0)
    assert table.visible_ids() == []


def test_a_copy_is_shown_as_plain_text_only(qtbot) -> None:
    """Markup in a kept page's text stays text: no tags read, no image loaded."""
    from PySide6.QtWidgets import QLabel

    from factcheck_gui.core.models import Source, SourceCopy

    source = Source(id="s1", claim_id="c1", position=0, url="https://example.org/<b>x</b>")
    copy = SourceCopy("s1", source.url, "2026-12-02T10:00:00+00:00",
                      final_url="https://example.org/<i>y</i>", status=200,
                      fetched_at="2026-12-02T10:00:00+00:00", content_type="text/html",
                      sha256="ab" * 32, title="<script>t</script>",
                      text='<b>bold</b> <img src="file:///etc/passwd"> <a href="x">link</a>')
    dialog = CopyDialog(None, source, copy)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QPlainTextEdit, "copyText")
    assert text.toPlainText() == copy.text
    assert text.isReadOnly()
    details = dialog.findChild(QLabel)
    assert details.textFormat().name == "PlainText"
    assert "https://example.org/<i>y</i>" in details.text()
