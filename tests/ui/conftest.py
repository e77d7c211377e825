"""Windows over real database files, shown offscreen, for the workspace tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor

from factcheck_gui.app import create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.ui import i18n
from factcheck_gui.ui.dialogs.article_metadata import ArticleMetadataDialog
from factcheck_gui.ui.importing.articles import ArticleImportController
from factcheck_gui.ui.importing.batch_import import ImportSummaryDialog
from factcheck_gui.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def import_summaries(monkeypatch) -> list:
    """Modal import dialogs would wait for a user: the details dialog confirms what
    the importer found, batch summaries are collected here instead of shown, and a
    near-duplicate becomes a separate article.
    Tests of the dialogs themselves drive the real widgets."""
    summaries: list = []
    monkeypatch.setattr(ArticleMetadataDialog, "ask",
                        classmethod(lambda cls, parent, values, **kwargs: dict(values)))
    monkeypatch.setattr(ImportSummaryDialog, "show_result",
                        classmethod(lambda cls, parent, result: summaries.append(result)))
    # A changed copy of a stored article is added as its own article, as before the
    # question existed; tests of the question answer it themselves.
    monkeypatch.setattr(ArticleImportController, "ask_near_duplicate",
                        lambda self, near, what: "article")
    return summaries


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "checks.db"


@pytest.fixture
def open_window(qtbot, db_path: Path) -> Iterator:
    """`open_window()` opens the database at db_path and shows a window over it."""
    opened: list[tuple[MainWindow, Store]] = []

    def make(reviewer: str = "ann") -> MainWindow:
        store = Store.open(db_path, reviewer=reviewer)
        window = create_main_window(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        opened.append((window, store))
        return window

    yield make
    for window, store in opened:
        window.close()
        window.store.close()
        store.close()


def select_text(window: MainWindow, quote: str, occurrence: int = 0) -> tuple[int, int]:
    """Select `quote` in the article as a reader would (code points returned)."""
    pane = window.article_view.pane
    start = -1
    for _ in range(occurrence + 1):
        start = pane.text.index(quote, start + 1)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.offsets.to_qt(start))
    cursor.setPosition(pane.offsets.to_qt(start + len(quote)), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus(Qt.FocusReason.MouseFocusReason)
    return start, start + len(quote)


def click_text(qtbot, window: MainWindow, offset: int) -> None:
    """A left click on the character at `offset`."""
    pane = window.article_view.pane
    rects = pane.span_rects(offset, offset + 1)
    assert rects, "the character is not laid out"
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton,
                     pos=rects[0].center().toPoint())


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    """Whatever language a test installs, the next test starts in English again
    (numbers, dates and the layout direction too)."""
    locale = QLocale()
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
