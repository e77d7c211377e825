"""The library's search also looks in the kept copies of the articles' sources, and
says so on the entries found only there."""

from __future__ import annotations

import hashlib

from factcheck_gui.core.models import NewArticle, WebFetch
from factcheck_gui.ui.library.model import COPY_MATCH_NOTE, DETAILS_ROLE


def _keep(store, source_id: str, text: str) -> None:
    page = f"<html><body>{text}</body></html>".encode()
    fetched = WebFetch("https://example.org/p", "https://example.org/p", 200,
                       "2026-12-01T10:00:00Z", "text/html", hashlib.sha256(page).hexdigest(),
                       page)
    store.web.keep_copy(source_id, fetched, title="Operator report", text=text)


def test_searching_the_library_finds_words_in_kept_copies(open_window, qtmodeltester) -> None:
    window = open_window()
    store = window.store
    ferry = store.articles.add_article(NewArticle(title="Ferry timetable", outlet="Courier",
                                                  text="Ferry timetable. Some text here."))
    trams = store.articles.add_article(NewArticle(title="Trams are back", outlet="Gazette",
                                                  text="Trams are back. Some text here."))
    claim = store.claims.add_claim(ferry.id, 0, 5)
    _keep(store, store.sources.add_source(claim.id, "https://example.org/p").id,
          "The operator doubled ticket prices in März.")
    failed = store.claims.add_claim(trams.id, 0, 5)
    store.web.copy_failed(store.sources.add_source(failed.id, "https://example.org/q").id,
                          "https://example.org/q", "could not connect (ticket)")
    window.feed.apply()
    library = window.library
    assert library.search.placeholderText() == "Search titles, outlets and kept sources"

    def shown() -> list[tuple[str, str]]:
        return [(library.proxy.index(r, 0).data(), library.proxy.index(r, 0).data(DETAILS_ROLE))
                for r in range(library.proxy.rowCount())]

    library.search.setText("tick DOUBLED")  # word starts, any case
    [(title, details)] = shown()
    assert title == "Ferry timetable" and details.endswith(f" · {COPY_MATCH_NOTE}")
    index = library.proxy.index(0, 0)
    assert "kept copy" in index.data(0x03)  # ToolTipRole
    library.search.setText("marz")  # diacritics folded as in the other searches
    assert [t for t, _ in shown()] == ["Ferry timetable"]
    library.search.setText("ferry")  # a title match says nothing more
    [(title, details)] = shown()
    assert COPY_MATCH_NOTE not in details
    library.search.setText('gazette "ticket')  # quotes are text; a failure's reason is not
    assert [t for t, _ in shown()] == []
    library.search.setText("trams")
    assert [t for t, _ in shown()] == ["Trams are back"]
    qtmodeltester.check(library.proxy)
    library.search.clear()
    assert len(shown()) == 2
    assert store.web.articles_with_copy_words("   ") == set()
    assert store.web.articles_with_copy_words("ticket") == {ferry.id}
