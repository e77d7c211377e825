"""A big library opens with its newest articles listed and the rest right after:
search, sort, look-ups, scrolling and the first paint all reach the whole list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from factcheck_gui.app import create_main_window
from factcheck_gui.core.models import NewArticle, Status
from factcheck_gui.core.store import Store
from factcheck_gui.ui.library import controller as library_controller
from factcheck_gui.ui.shell.main_window import MainWindow

ARTICLES = 8
FIRST = 3


@pytest.fixture
def library_window(qtbot, db_path: Path, monkeypatch) -> Iterator:
    """`library_window(show=False)`: a window over ARTICLES articles listing FIRST
    at once; not shown (so not painted) unless asked."""
    monkeypatch.setattr(library_controller, "LIBRARY_FIRST_SCREENFUL", FIRST)
    with Store.open(db_path, reviewer="ann") as store:
        for i in range(ARTICLES):
            article = store.articles.add_article(NewArticle(title=f"Report {i}", text=f"Fact {i}.",
                                                            outlet="Gazette" if i else "Courier"))
            if i % 2:
                store.claims.add_claim(article.id, 0, 4, status=Status.NEEDS_REVIEW)
    opened: list[MainWindow] = []

    def make(show: bool = False) -> MainWindow:
        window = create_main_window(Store.open(db_path, reviewer="ann"))
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
        window.store.close()


def titles(window: MainWindow) -> list[str]:
    proxy = window.library.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_the_window_opens_on_the_newest_with_the_whole_count(library_window) -> None:
    window = library_window()
    library = window.library
    assert not library.model.is_complete()
    assert titles(window) == ["Report 7", "Report 6", "Report 5"]
    assert library.heading.text() == f"Library ({ARTICLES})"
    assert window.counts_label.text() == f"{ARTICLES} articles · 4 claims"
    assert library.current_id() == window.store.articles.list_articles()[0].id
    assert window.article_view.article.title == "Report 7"


def test_the_rest_follows_the_first_paint(library_window, qtbot) -> None:
    window = library_window(show=True)
    qtbot.waitUntil(window.library.model.is_complete)
    assert titles(window) == [f"Report {i}" for i in reversed(range(ARTICLES))]
    assert window.article_view.article.title == "Report 7"  # still the one shown
    assert window.library.current_id() == window.store.articles.list_articles()[0].id


def test_search_finds_an_article_not_yet_listed(library_window) -> None:
    window = library_window()
    window.library.search.setText("courier")
    assert titles(window) == ["Report 0"]
    assert window.library.model.is_complete()
    window.library.search.clear()
    assert len(titles(window)) == ARTICLES


def test_selecting_an_article_not_yet_listed_loads_it(library_window) -> None:
    window = library_window()
    oldest = window.store.articles.list_articles()[-1]
    assert window.library.select(oldest.id)
    assert window.article_view.article.title == "Report 0"
    assert window.library.current_id() == oldest.id
    assert window.library.model.is_complete()


def test_scrolling_to_the_end_fetches_the_rest(library_window, qtmodeltester) -> None:
    window = library_window()
    proxy = window.library.proxy
    assert proxy.canFetchMore(QModelIndex())
    first = window.library.current_id()
    proxy.fetchMore(QModelIndex())  # what the view asks when its last row shows
    assert len(titles(window)) == ARTICLES
    assert not proxy.canFetchMore(QModelIndex())
    assert window.library.current_id() == first
    qtmodeltester.check(proxy)


def test_the_model_tester_accepts_a_partly_loaded_library(library_window,
                                                          qtmodeltester) -> None:
    window = library_window()
    qtmodeltester.check(window.library.proxy)  # it fetches the rest itself


def test_sorting_sorts_the_whole_library(library_window) -> None:
    window = library_window()
    window.library.set_sort("Most claims to do")
    assert titles(window)[: ARTICLES // 2] == ["Report 7", "Report 5", "Report 3", "Report 1"]
    assert len(titles(window)) == ARTICLES
    assert window.library.current_id() == window.store.articles.list_articles()[0].id


def test_exports_count_the_whole_library(library_window) -> None:
    window = library_window()
    assert sum(a.claim_count for a in window.library.model.articles()) == 4


def test_a_change_before_the_rest_keeps_the_selection(library_window) -> None:
    window = library_window()
    shown = window.library.current_id()
    window.store.articles.add_article(NewArticle(title="Late news",
                                                 text="Fresh."))  # another writer
    window.library.model.fetch_all()  # the list no longer starts with the rows shown
    assert titles(window)[0] == "Late news"
    assert len(titles(window)) == ARTICLES + 1
    assert window.library.current_id() == shown
    assert window.article_view.article.title == "Report 7"


def test_opening_a_library_while_searching_or_sorting_lists_it_all(library_window,
                                                                   db_path: Path) -> None:
    window = library_window()
    for prepare in (lambda: window.library.search.setText("courier"),
                    lambda: window.library.set_sort("Title")):
        window.library.search.clear()
        window.library.set_sort("Newest first")
        prepare()
        old = window.store
        window.set_store(Store.open(db_path, reviewer="ann"))  # File > Open
        old.close()
        assert window.library.model.is_complete()
    assert titles(window)[:2] == ["Report 0", "Report 1"]


def test_the_rest_comes_a_page_at_a_time_without_listing_it_all(
        library_window, qtbot, monkeypatch) -> None:
    # A million claims took ~2 s to list at once, the window frozen meanwhile: after
    # the first paint each turn of the event loop adds a page instead.
    from factcheck_gui.ui.library import model as panel_model

    monkeypatch.setattr(panel_model, "LIBRARY_PAGE", 2)
    window = library_window()
    model = window.library.model
    whole: list[int | None] = []
    listing = window.store.articles.list_articles

    def spy(limit: int | None = None, offset: int = 0) -> list:
        whole.append(limit)
        return listing(limit, offset)

    monkeypatch.setattr(window.store.articles, "list_articles", spy)
    steps = 0
    while not model.fetch_page():
        steps += 1
        assert model.rowCount() == FIRST + 2 * steps
    assert steps == 2 and None not in whole
    assert titles(window) == [f"Report {i}" for i in reversed(range(ARTICLES))]
    assert window.library.current_id() == listing()[0].id


def test_a_change_between_pages_lists_it_all_again(library_window, monkeypatch) -> None:
    from factcheck_gui.ui.library import model as panel_model

    monkeypatch.setattr(panel_model, "LIBRARY_PAGE", 2)
    window = library_window()
    shown = window.library.current_id()
    assert not window.library.model.fetch_page()
    window.store.articles.add_article(NewArticle(title="Late news", text="Fresh."))
    assert window.library.model.fetch_page()  # the next page overlaps: the whole list
    assert titles(window)[0] == "Late news"
    assert len(titles(window)) == ARTICLES + 1
    assert window.library.current_id() == shown
