"""Whatever cannot be done as asked says so in the window: a link no browser
opened, a link that is not a web address, a recent database that is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article

QUOTE = "Councillors voted 27 to 19"


@pytest.fixture
def window(open_window, db_path: Path):
    with Store.open(db_path, reviewer="ann") as store:
        article = add_sample_article(store)
        text = store.versions.current_version(article.id).text
        start = text.index(QUOTE)
        claim = store.claims.add_claim(article.id, start, start + len(QUOTE))
        store.sources.add_source(claim.id, "https://example.org/minutes", title="Minutes")
        odd = store.sources.add_source(claim.id, "https://example.org/other", title="Other")
        # An older database may hold a link that is not http(s).
        store.connection.execute("UPDATE sources SET url = ? WHERE id = ?",
                                 ("ftp://example.org/file.txt", odd.id))
    window = open_window()
    window.library.select(article.id)
    window.act.next_claim.trigger()
    return window


def test_no_browser_is_said_in_the_message_bar(window) -> None:
    sources = window.inspector.sources
    asked: list[str] = []
    sources.opener = lambda url: asked.append(url) or False  # no browser answered
    sources.select_row(0)
    assert not sources.open_current()
    assert asked == ["https://example.org/minutes"]
    assert window.banner.isVisible()
    assert "No web browser opened" in window.banner.message.text()
    # The link waits on the clipboard, to paste into a browser.
    assert QGuiApplication.clipboard().text() == "https://example.org/minutes"


def test_a_link_that_is_not_http_is_refused_aloud(window) -> None:
    sources = window.inspector.sources
    asked: list[str] = []
    sources.opener = lambda url: asked.append(url) or True
    sources.select_row(1)
    assert not sources.open_current()
    assert asked == []  # never handed to the system
    assert window.banner.isVisible()
    assert "only web links" in window.banner.message.text()


def test_a_link_that_opens_says_nothing(window) -> None:
    sources = window.inspector.sources
    sources.opener = lambda url: True
    sources.select_row(0)
    assert sources.open_current()
    assert not window.banner.isVisible()


def test_a_recent_database_that_is_gone_is_said_and_forgotten(window, tmp_path, monkeypatch
                                                              ) -> None:
    gone = tmp_path / "gone.db"
    with Store.open(gone, reviewer="ann"):
        pass
    window.files.remember_recent(gone)
    window.files.remember_recent(window.store.path)
    gone.unlink()
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.messages, "show_error", lambda t, m: errors.append((t, m)))
    [action] = window.act.recent_menu.actions()
    action.trigger()
    assert errors and "no longer there" in errors[0][1] and str(gone) in errors[0][1]
    assert not gone.exists()  # not made anew, empty, under its name
    assert str(gone) not in window.files.recent_paths()
    assert window.store.path != gone


def test_updating_from_a_file_that_vanished_says_so(window, tmp_path, monkeypatch) -> None:
    gone = tmp_path / "new-text.txt"
    gone.write_text("A newer text.", encoding="utf-8")
    monkeypatch.setattr(window.versions, "ask_update_path", lambda: gone)
    gone.unlink()  # between the dialog and the reading
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.messages, "show_error", lambda t, m: errors.append((t, m)))
    versions_before = len(window.store.versions.list_versions(window.workspace.article_id))
    assert not window.versions.update_from_file()
    assert errors and gone.name in errors[0][1]
    assert len(window.store.versions.list_versions(window.workspace.article_id)) == (
        versions_before)
