"""Paths are shown as plain text, and a word under thousands of claims gets a
tooltip of sensible size."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article


def test_a_folder_named_like_html_is_shown_literally(qtbot, tmp_path: Path,
                                                     monkeypatch) -> None:
    from factcheck_gui.app import create_main_window

    folder = tmp_path / "<img src=x onerror=alert(1)><b>bold"
    folder.mkdir()
    other = folder / "other.db"
    Store.open(other).close()
    store = Store.open(folder / "fc.db")
    window = create_main_window(store)
    qtbot.addWidget(window)
    try:
        assert window.path_label.textFormat() == Qt.TextFormat.PlainText
        assert "<img" in window.path_label.text() or "…" in window.path_label.text()
        tip = window.path_label.toolTip()
        assert "<img" not in tip and "&lt;img" in tip
        window.remember_recent(other)
        window.remember_recent(folder / "fc.db")
        window._fill_recent_menu()
        [action] = window.act.recent_menu.actions()
        assert "<img" not in action.toolTip() and "&lt;img" in action.toolTip()
    finally:
        window.close()
        store.close()


def test_a_word_under_ten_thousand_claims_has_a_short_tooltip(open_window, db_path) -> None:
    with Store.open(db_path) as store:
        article = add_sample_article(store)
        version = store.current_version(article.id)
        start = version.text.index("Councillors")
        end = start + len("Councillors")
    with sqlite3.connect(db_path) as conn:  # setting up: 10,000 claims on one word
        conn.executemany(
            'INSERT INTO claims (id, article_id, version_id, start, "end", quote, prefix,'
            " suffix, anchor_state, claim_text, status, reviewer, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,'','','ok',?,'to-check','x',?,?)",
            [(f"00000000-0000-4000-8000-{n:012d}", article.id, version.id, start, end,
              "Councillors", f"Claim number {n}", "2026-01-01T00:00:00.000000+00:00",
              "2026-01-01T00:00:00.000000+00:00") for n in range(10_000)])
    conn.close()
    window = open_window()
    window.library.select(article.id)
    pane = window.article_view.pane
    point = pane.span_rects(start + 2, start + 3)[0].center().toPoint()
    tip = pane.tooltip_at(point)
    assert "and 9,990 more" in tip
    assert tip.count("Claim number") == 10
    document = QTextDocument()
    document.setHtml(tip)
    document.setTextWidth(400)
    assert document.size().height() < 2_000  # was 420,000 pixels


def test_the_export_dialog_cannot_write_over_the_database(open_window, monkeypatch,
                                                          db_path: Path) -> None:
    from factcheck_gui.ui.export_dialog import FORMATS, ExportChoice

    with Store.open(db_path) as store:
        add_sample_article(store)
    window = open_window()
    before = db_path.read_bytes()
    errors: list[str] = []
    cls = type(window)
    monkeypatch.setattr(cls, "show_error", lambda self, title, text: errors.append(text))
    link = db_path.with_name("looks-like-a-report.csv")
    link.symlink_to(db_path)
    for key, *_ in FORMATS:
        for target in (db_path, Path(f"{db_path}-wal"), link):
            monkeypatch.setattr(cls, "ask_export_choice", lambda self, initial, k=key:
                                ExportChoice(k, "library"))
            monkeypatch.setattr(cls, "ask_export_path", lambda self, suggested, fmt, t=target: t)
            assert window.export() is None
            assert "nothing was written" in errors[-1], errors[-1]
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert window.store.article_count() == 1 and db_path.read_bytes() == before
