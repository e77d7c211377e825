"""ReportScope(claims=...): the window reloads only the claims a write touched."""

from __future__ import annotations

from factcheck_gui.core.report import ReportScope

from .conftest import ARTICLE_TEXT, span


def test_report_rows_can_be_limited_to_some_claims(store, article) -> None:
    first = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    second = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "14.2 million"))
    store.sources.add_source(second.id, "https://example.org/a")
    rows = list(store.reports.report_rows(ReportScope(claims=[second.id, "no-such-id"])))
    assert [r.claim.id for r in rows] == [second.id]
    assert len(rows[0].sources) == 1
    assert list(store.reports.report_rows(ReportScope(claims=[]))) == []
    both = store.reports.report_rows(ReportScope(claims=[first.id, second.id]))
    assert [r.claim.id for r in both] == [first.id, second.id]
