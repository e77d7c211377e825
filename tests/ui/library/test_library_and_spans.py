"""The library's search and sort, and the word rules for claim spans."""

from __future__ import annotations

import pytest

from factcheck_gui.core.models import NewArticle
from factcheck_gui.ui.article.spans import snap_to_words, word_step
from factcheck_gui.ui.library.model import LibraryFilter, LibraryModel

TEXT = "The rise of 18% is the largest, costing £2.60 now. Don't re-elect them."


@pytest.mark.parametrize(("part", "whole"), [
    ("ise ", "rise"), ("8", "18%"), (" rise ", "rise"), ("£2.", "£2.60"), ("Th", "The"),
    ("largest, ", "largest"), ("on't re-el", "Don't re-elect"),
])
def test_a_selection_snaps_to_whole_words(part: str, whole: str) -> None:
    start = TEXT.index(part)
    a, b = snap_to_words(TEXT, start, start + len(part))
    assert TEXT[a:b] == whole


def test_only_spaces_snap_to_nothing() -> None:
    a, b = snap_to_words("a   b", 1, 4)
    assert a >= b


def test_span_edges_move_a_word_at_a_time() -> None:
    text = "will pay £2.60 for a single, adult"
    start, end = text.index("pay"), text.index(" for")
    assert text[start:word_step(text, end, 1)] == "pay £2.60 for"
    assert text[start:word_step(text, end, -1)] == "pay"
    assert text[word_step(text, start, 1, edge="start"):end] == "£2.60"
    assert text[word_step(text, start, -1, edge="start"):end] == "will pay £2.60"
    far = text.index("single") + len("single")
    assert text[start:word_step(text, word_step(text, end, 1), 1)] == "pay £2.60 for a"
    assert text[start:word_step(text, text.index(" a single") + 2, 1)] == text[start:far]


def test_library_search_and_sort(open_window, qtbot, qtmodeltester) -> None:
    window = open_window()
    store = window.store
    for title, outlet in (("Trams are back", "Courier"), ("Bus fares rise", "Gazette"),
                          ("Ferry timetable", "Courier")):
        store.articles.add_article(NewArticle(title=title, text=f"{title}. Some text.",
                                              outlet=outlet))
    window.feed.apply()
    library = window.library
    view_titles = lambda: [library.proxy.index(r, 0).data()  # noqa: E731
                           for r in range(library.proxy.rowCount())]
    assert view_titles() == ["Ferry timetable", "Bus fares rise", "Trams are back"]
    library.search.setText("courier")
    assert view_titles() == ["Ferry timetable", "Trams are back"]
    library.search.setText("courier tram")
    assert view_titles() == ["Trams are back"]
    library.search.clear()
    library.sort_actions.actions()[1].trigger()  # Title
    assert view_titles() == ["Bus fares rise", "Ferry timetable", "Trams are back"]
    library.select(store.articles.list_articles()[-1].id)  # the first imported
    assert window.article_view.article.title == "Trams are back"
    qtmodeltester.check(library.proxy)
    model = LibraryModel()
    model.set_articles(store.articles.list_articles())
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.set_search("fares")
    qtmodeltester.check(proxy)
