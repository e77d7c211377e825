"""Failed writes, links, the reviewer's name, and the File menu."""

from __future__ import annotations

import csv
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from factcheck_gui import app as app_module
from factcheck_gui.core.store import Store
from factcheck_gui.core.store import connection as connection_module
from factcheck_gui.ui.dialogs.preferences import PreferencesDialog
from factcheck_gui.ui.dialogs.reviewer import ReviewerDialog
from factcheck_gui.ui.inspector.sources_editor import SourceDialog, open_link
from factcheck_gui.ui.shell.main_window import app_settings
from tests.ui.conftest import select_text

HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    """
)


def test_a_locked_database_shows_why_keeps_the_edit_and_retry_saves(
    open_window, qtbot, monkeypatch, db_path
) -> None:
    monkeypatch.setattr(connection_module, "BUSY_TIMEOUT_S", 0.2)
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    assert window.claims.create_claim()
    claim_id = window.workspace.selected_claim_id
    steps = window.controller.stack.count()
    inspector = window.inspector
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        inspector.rationale.setFocus()
        qtbot.keyClicks(inspector.rationale, "The minutes record 27 votes to 19.")
        assert not inspector.flush()
        assert window.banner.isVisible()
        assert "locked" in window.banner.message.text()
        assert window.banner.retry_button.isVisible()
        assert window.act.retry.isEnabled()
        # The edit is still on screen and nothing went on the undo stack.
        assert inspector.rationale.toPlainText() == "The minutes record 27 votes to 19."
        assert window.controller.stack.count() == steps
        assert window.store.claims.get_claim(claim_id).rationale is None
        # A choice fails the same way and stays chosen.
        window.claims.set_verdict_number(1)
        assert window.store.claims.get_claim(claim_id).verdict is None
    finally:
        holder.communicate("\n", timeout=30)
    window.banner.retry_button.click()
    assert window.store.claims.get_claim(claim_id).verdict == window.claims.verdict_labels()[0]
    assert not window.banner.isVisible()
    inspector.flush()
    assert window.store.claims.get_claim(claim_id).rationale == "The minutes record 27 votes to 19."
    assert window.controller.stack.count() == steps + 2


def test_a_read_only_connection_is_reported_and_retry_saves_after(open_window) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.store.connection.execute("PRAGMA query_only = ON")
    assert not window.claims.create_claim()
    assert window.banner.isVisible() and window.store.claims.list_claims() == []
    assert window.controller.stack.count() == 0
    window.store.connection.execute("PRAGMA query_only = OFF")
    assert window.edits.retry_save()
    assert len(window.store.claims.list_claims()) == 1
    assert window.controller.stack.count() == 1


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_an_unsaved_edit_keeps_its_claim_selected_until_saved(open_window, qtbot) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim()
    first = window.workspace.selected_claim_id
    select_text(window, "the first fare increase")
    window.claims.create_claim()
    second = window.workspace.selected_claim_id
    window.store.connection.execute("PRAGMA query_only = ON")
    window.inspector.claimant.setFocus()
    qtbot.keyClicks(window.inspector.claimant, "Council")
    window.claims.select_claim(first)  # e.g. a click on the other highlight
    assert window.workspace.selected_claim_id == second
    assert window.inspector.claimant.text() == "Council"
    assert window.claims_table.current_id() == second
    assert window.banner.isVisible()
    window.store.connection.execute("PRAGMA query_only = OFF")
    assert window.edits.retry_save()
    assert window.store.claims.get_claim(second).claimant == "Council"
    window.claims.select_claim(first)
    assert window.workspace.selected_claim_id == first


def test_links_open_only_for_http_and_https(qapp) -> None:
    catcher = UrlCatcher()
    schemes = ("http", "https", "javascript", "file", "data", "smb")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        assert open_link("https://example.org/report")
        assert open_link("http://example.org/a?b=1")
        for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
                    "smb://server/share", "JavaScript:alert(1)", "https://"):
            assert not open_link(url)
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)
    assert catcher.urls == ["https://example.org/report", "http://example.org/a?b=1"]


def test_the_source_dialog_refuses_a_bad_url_and_fixes_a_bare_one(qtbot) -> None:
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    dialog.fields["url"].setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.result() == 0 and not dialog.error.isHidden()
    dialog.fields["url"].setText("example.org/x")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.values()["url"] == "https://example.org/x"
    assert dialog.values()["accessed"]  # today by default


def test_the_reviewer_is_asked_once_then_remembered_and_changeable(
    open_window, monkeypatch
) -> None:
    monkeypatch.delenv("FACTCHECK_REVIEWER")
    asked: list[str] = []

    def ask(cls, parent, name, first_run=False):
        asked.append(name)
        return "Ada Quill"

    monkeypatch.setattr(ReviewerDialog, "ask", classmethod(ask))
    assert app_module.choose_reviewer() == "Ada Quill"
    assert app_module.choose_reviewer() == "Ada Quill"
    assert len(asked) == 1 and asked[0]  # prefilled with the account name

    window = open_window(reviewer="Ada Quill")
    assert window.reviewer_label.text() == "Reviewer: Ada Quill"
    monkeypatch.setattr(PreferencesDialog, "ask",
                        classmethod(lambda cls, parent, name, rules, *a, **k: ("Bo Reed", rules)))
    window.act.preferences.trigger()
    assert window.reviewer_label.text() == "Reviewer: Bo Reed"
    assert app_settings().value("reviewer/name") == "Bo Reed"
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim()
    assert window.store.claims.list_claims()[0].reviewer == "Bo Reed"


def test_open_new_and_recent_databases(open_window, monkeypatch, tmp_path: Path) -> None:
    window = open_window()
    first = window.store.path
    other = tmp_path / "other.db"
    monkeypatch.setattr(type(window.files), "ask_new_path", lambda self: other)
    window.act.new_db.trigger()
    assert window.store.path == other and window.windowTitle().endswith("other.db")
    assert window.stack.currentWidget() is window.empty_state
    recent = [a.statusTip() for a in window.act.recent_menu.actions()]  # tooltip: escaped
    assert recent == [str(first)]
    window.act.recent_menu.actions()[0].trigger()
    assert window.store.path == first


def test_paste_as_new_article_and_export_csv(open_window, monkeypatch, tmp_path: Path) -> None:
    window = open_window()
    QGuiApplication.clipboard().setText("Trams return\n\nThe trams return in 2027, at last.")
    window.act.paste_article.trigger()
    article = window.article_view.article
    assert article is not None and article.title == "Trams return"
    select_text(window, "2027")
    window.claims.create_claim()
    window.claims.set_verdict_number(1)
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim()

    out = tmp_path / "out.csv"
    monkeypatch.setattr(type(window.exporting), "ask_export_path",
                        lambda self, suggested, fmt="csv": out)
    assert window.exporting.export_csv("article") == 1
    assert window.exporting.export_csv("library") == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 2
    window.claims_table.verdict_filter.setCurrentIndex(2)  # the first verdict of the scale
    assert window.exporting.export_csv("filter") == 0
    assert "Paste Article" in window.act.undo.text() or window.controller.stack.count() >= 3


def test_import_files_and_a_clear_answer_for_bad_ones(open_window, monkeypatch, tmp_path: Path,
                                                     import_summaries: list) -> None:
    window = open_window()
    good = tmp_path / "trams.md"
    good.write_text("# Trams return\n\nThe trams return in 2027.\n", encoding="utf-8")
    bad = tmp_path / "notes.xyz"
    bad.write_bytes(b"\x00\x01binary")
    errors: list[str] = []
    monkeypatch.setattr(type(window.importing), "ask_import_paths",
                        lambda self: [good, bad, good])
    monkeypatch.setattr(type(window.messages), "show_error",
                        lambda self, title, text: errors.append(text))
    assert window.importing.import_articles() == 1
    assert window.article_view.article.title == "Trams return"
    (result,) = import_summaries
    assert [f.path.name for f in result.failed] == ["notes.xyz"]
    assert [s.existing.title for s in result.skipped] == ["Trams return"]
    QGuiApplication.clipboard().setText("   ")
    assert not window.importing.paste_article()
    from PySide6.QtCore import QMimeData

    html = QMimeData()
    html.setHtml("<html><head><title>Ferries</title></head><body><article><h1>Ferries"
                 " return</h1><p>The ferry runs hourly from May, the port said on Monday."
                 "</p><p>Fares stay at two pounds for the crossing.</p></article></body></html>")
    html.setText("Ferries return The ferry runs hourly")
    QGuiApplication.clipboard().setMimeData(html)
    assert window.importing.paste_article()
    assert "Fares stay" in window.article_view.pane.text
    window.act.undo.trigger()
    assert "Copy the article's text first" in errors[0]
    window.act.undo.trigger()
    assert window.store.articles.list_articles() == []


def test_dropping_files_imports_them(open_window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    window = open_window()
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry timetable\n\nThe ferry runs hourly from May.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl("https://example.org/x")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.article_view.article is not None)
    assert window.article_view.article.title == "Ferry timetable"


def test_the_shortcut_sheet_lists_the_real_actions(open_window) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    rows = {row[0]: row for row in window.act.shortcut_rows()}
    assert rows["New Claim from Selection"][1].startswith("Return")
    assert rows["Add Source"][1] == "Ctrl+Shift+S"
    assert rows["Mark Final"][1] == "Ctrl+Shift+F"
    assert rows["Next Claim"][1] == "Ctrl+Down"
    assert rows["Next Pane"][1] == "F6"
    assert rows["Previous Pane"][1] == "Shift+F6"
    assert any(keys == "1" for _, keys, _ in rows.values())  # a verdict key
    dialog = window.help.show_shortcuts()
    assert len(dialog.rows()) == len(rows)
    dialog.close()


def test_closing_with_an_unsaved_edit_asks_first(open_window, monkeypatch) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim()
    window.store.connection.execute("PRAGMA query_only = ON")
    window.inspector.claimant.setText("Council")
    answers = iter([False, True])
    monkeypatch.setattr(type(window.messages), "confirm_discard", lambda self: next(answers))
    assert not window.close()
    assert window.isVisible()
    window.store.connection.execute("PRAGMA query_only = OFF")
    assert window.close()
    assert Store  # the database stays consistent; the fixture closes it
