"""A word under thousands of claims gets a tooltip of sensible size."""

from __future__ import annotations

import re
import sqlite3

from PySide6.QtGui import QTextDocument

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article


def test_a_word_under_ten_thousand_claims_has_a_short_tooltip(open_window, db_path) -> None:
    with Store.open(db_path) as store:
        article = add_sample_article(store)
        version = store.versions.current_version(article.id)
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
    assert re.search(r"and 9\D?990 more", tip)  # the count as Qt's %n writes it
    assert tip.count("Claim number") == 10
    document = QTextDocument()
    document.setHtml(tip)
    document.setTextWidth(400)
    assert document.size().height() < 2_000  # was 420,000 pixels
