"""Shared set-up for the article-version window tests: the sample article with four
claims, and a new text that keeps two, edits one and drops one."""

from __future__ import annotations

from factcheck_gui.ui.shell.main_window import MainWindow

QUOTES = {
    "ok": "Councillors voted 27 to 19 in favour of the new fares",
    "fuzzy": "The company carried 14.2 million passenger journeys in 2025",
    "orphan": "The new fares will be reviewed by the transport committee in June.",
    "later": "Others were more forgiving.",
}
DROPPED = "\n\nThe new fares will be reviewed by the transport committee in June."


def sample_with_claims(window: MainWindow) -> dict[str, str]:
    """Open the sample article and mark the claims of QUOTES; their ids by key."""
    window.act.open_sample.trigger()
    store, article_id = window.store, window.workspace.article_id
    assert article_id is not None
    text = store.versions.current_version(article_id).text
    ids = {}
    for key, quote in QUOTES.items():
        start = text.index(quote)
        ids[key] = store.claims.add_claim(article_id, start, start + len(quote),
                                          verdict="False", rationale=f"why {key}").id
    window.feed.apply()
    assert set(window.workspace.rows) == set(ids.values())
    return ids


def edited(text: str) -> str:
    """The sample's text with one number changed and the closing paragraph gone."""
    assert DROPPED in text
    return text.replace("14.2 million passenger", "14.3 million passenger").replace(DROPPED, "")


def current_text(window: MainWindow) -> str:
    article_id = window.workspace.article_id
    assert article_id is not None
    return window.store.versions.current_version(article_id).text
