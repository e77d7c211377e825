"""The main window with real widgets (offscreen) over real SQLite files."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QMessageBox

from factcheck_gui import app as app_module
from factcheck_gui import platform_check
from factcheck_gui.app import create_main_window, install_excepthook, run_app
from factcheck_gui.core.errors import NotFoundError
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.library.model import LibraryModel
from factcheck_gui.ui.shell.main_window import MainWindow, app_settings
from factcheck_gui.ui.widgets.safe_text import tooltip

TEXT = (
    "Fares will rise by 18% in January, the council said.\n\n"
    "Ridership fell from 17.9 million journeys in 2019 to 14.2 million in 2025. "
    "\U0001f68c Buses 🚌 now run every ten minutes on route 4."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "library.db", reviewer="ann") as opened:
        yield opened


@pytest.fixture
def make_window(qtbot, store: Store) -> Iterator:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = create_main_window(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:  # before the store closes
        window.close()


def add_article(store: Store, title: str = "Fares to rise", text: str = TEXT):
    return store.articles.add_article(
        NewArticle(
            title=title,
            text=text,
            outlet="The Harbour Courier",
            author="R. Achterberg",
            published="2026-10-14",
            url="https://example.org/fares",
        )
    )


def add_claim(store: Store, article_id: str, quote: str, verdict: str | None = None):
    text = store.versions.current_version(article_id).text
    start = text.index(quote)
    return store.claims.add_claim(article_id, start, start + len(quote), verdict=verdict)


def test_empty_library_welcomes_and_its_button_opens_the_sample(make_window, qtbot) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.button.isVisible()
    assert "factcheck-gui import FILE" in window.empty_state.hint.text()

    qtbot.mouseClick(window.empty_state.button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.splitter
    assert window.library.model.rowCount() == 1
    article = window.article_view.article
    assert article is not None and article.title.startswith("Saltmere bus fares")
    text = window.store.versions.current_version(article.id).text
    assert window.article_view.pane.toPlainText() == text
    assert window.library.current_id() == article.id


def test_the_file_menu_opens_the_sample_once(make_window) -> None:
    window = make_window()
    window.act.open_sample.trigger()
    window.act.open_sample.trigger()
    assert window.library.model.rowCount() == 1


def test_article_title_text_and_one_highlight_per_claim(store: Store, make_window) -> None:
    article = add_article(store)
    claims = [
        add_claim(store, article.id, "rise by 18% in January", "True"),
        add_claim(store, article.id, "18%", "False"),  # overlaps the first
        add_claim(store, article.id, "now run every ten minutes"),  # after two emoji
    ]
    window = make_window()
    view = window.article_view
    assert view.title.text() == "Fares to rise" and view.title.isVisible()
    assert "The Harbour Courier" in view.details.text()
    assert "https://example.org/fares" in view.details.text()
    assert view.pane.toPlainText() == TEXT
    assert view.pane.isReadOnly()

    assert sorted(c.id for c in view.pane.claims) == sorted(c.id for c in claims)
    text = view.pane.text
    true_colour = store.scales.active_scale().find("True").colour
    rise = view.pane.format_at(text.index("rise by"))
    assert rise.background().color().rgb() == QColor(true_colour).rgb()
    assert rise.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    # The overlap is painted in the inner claim's colour, more deeply.
    overlap = view.pane.format_at(text.index("18%"))
    assert overlap.background().color().rgb() == QColor(
        store.scales.active_scale().find("False").colour).rgb()
    assert overlap.background().color().alphaF() > rise.background().color().alphaF()
    unjudged = view.pane.format_at(text.index("now run every"))
    assert unjudged.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    plain = view.pane.format_at(text.index("the council"))
    assert plain.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def test_a_title_repeated_as_the_first_line_is_shown_once(store: Store, make_window) -> None:
    article = add_sample_article(store)
    window = make_window()
    view = window.article_view
    assert view.article.id == article.id
    assert not view.title.isVisible()
    first_block = view.pane.document().begin()
    assert first_block.text() == article.title
    assert first_block.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold


def test_store_changes_refresh_the_library_and_the_highlights(
    store: Store, make_window, qtbot
) -> None:
    first = add_article(store)
    window = make_window()
    assert window.library.model.rowCount() == 1
    assert window.counts_label.text() == "1 article · 0 claims"

    second = add_article(store, title="Trams are back", text="The trams return in 2027.")
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2)
    assert window.counts_label.text() == "2 articles · 0 claims"
    assert window.workspace.article_id == first.id  # the reader was not moved

    add_claim(store, first.id, "18%", "Misleading")
    qtbot.waitUntil(lambda: len(window.article_view.pane.claims) == 1)
    assert window.counts_label.text() == "2 articles · 1 claim"

    window.library.select(second.id)
    assert window.article_view.pane.toPlainText() == "The trams return in 2027."
    store.articles.delete_article(second.id)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.workspace.article_id == first.id)


def test_window_title_status_bar_and_about(store: Store, make_window, monkeypatch) -> None:
    add_article(store)
    window = make_window()
    assert window.windowTitle() == "Factcheck GUI — library.db"
    assert window.reviewer_label.text() == "Reviewer: ann"
    assert window.path_label.toolTip() == tooltip(str(store.path))  # shown, never markup
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.act.about.trigger()
    assert "0.1.0" in shown[0] or "Factcheck GUI" in shown[0]
    assert str(store.path) in shown[0]


def test_window_geometry_and_splitter_survive_a_restart(
    store: Store, make_window, isolated_user_dirs: Path
) -> None:
    add_article(store)
    window = make_window()
    window.resize(800, 560)  # within the offscreen screen (800x600)
    window.splitter.setSizes([170, 290, 330])
    window.close()
    assert app_settings().fileName().startswith(str(isolated_user_dirs))

    again = make_window()
    assert (again.width(), again.height()) == (800, 560)
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_library_model_passes_the_model_tester(store: Store, qtmodeltester) -> None:
    add_article(store)
    add_article(store, title="Second", text="Another text.")
    model = LibraryModel()
    model.set_articles(store.articles.list_articles())
    qtmodeltester.check(model)


def test_run_app_refuses_when_there_is_no_display(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.setattr(platform_check, "display_problem", lambda: "no display here")
    assert run_app(tmp_path / "x.db") == 2
    assert "no display here" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_run_app_explains_a_file_that_is_not_a_database(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(platform_check, "display_problem", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_critical", lambda parent, title, text: shown.append(text))
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are not the droids\x00" * 100)
    assert run_app(junk) == 1
    assert len(shown) == 1 and str(junk) in shown[0]


def test_unexpected_errors_are_shown_not_swallowed(qapp, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app_module, "show_critical", lambda p, title, text: shown.append((title, text))
    )
    install_excepthook()
    error = NotFoundError("no article with id 1234")
    sys.excepthook(type(error), error, None)
    assert shown == [("Factcheck GUI", "no article with id 1234")]
