"""Report scopes: filters by reviewer, date range and claim ids."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.report import NO_VERDICT, ReportScope
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.scope import time_bound

from .conftest import span


def _ids(rows) -> list[str]:
    return [row.claim.id for row in rows]


def test_reviewer_date_and_claim_filters(store: Store, article) -> None:
    text = store.versions.current_version(article.id).text
    first = store.claims.add_claim(article.id, *span(text, "Bus fares will rise by 18%"))
    second = store.claims.add_claim(article.id, *span(text, "Ridership fell"))
    store.reviewer = "Bea"
    store.claims.update_claim(second.id, verdict="False")
    assert _ids(store.reports.report_rows(ReportScope(reviewer="bea"))) == [second.id]
    assert _ids(store.reports.report_rows(ReportScope(reviewer="ann"))) == [first.id]
    today = store.claims.get_claim(second.id).updated_at[:10]
    assert _ids(store.reports.report_rows(ReportScope(since=today, until=today))) == [
        first.id, second.id]
    assert _ids(store.reports.report_rows(ReportScope(until="2000-01-01"))) == []
    assert _ids(store.reports.report_rows(ReportScope(since=date(2999, 1, 1)))) == []
    moment = store.claims.get_claim(first.id).updated_at
    assert _ids(store.reports.report_rows(ReportScope(until=moment))) == [first.id]
    assert _ids(store.reports.report_rows(ReportScope(claims=[second.id]))) == [second.id]
    assert _ids(store.reports.report_rows(ReportScope(claims=[]))) == []
    scope = ReportScope(claims=[first.id, "nope"], verdict="false")
    assert _ids(store.reports.report_rows(scope)) == []


def test_bad_dates_fail_before_anything_is_read(store: Store) -> None:
    with pytest.raises(ValidationError, match="not a date"):
        store.reports.report_rows(ReportScope(since="last week"))


def test_time_bounds() -> None:
    assert time_bound("2026-11-25", end=False) == "2026-11-25T00:00:00.000000+00:00"
    assert time_bound("2026-11-25", end=True) == "2026-11-26T00:00:00.000000+00:00"
    assert time_bound("2026-11-25T10:00+01:00", end=False) == "2026-11-25T09:00:00.000000+00:00"
    assert time_bound("2026-11-25T09:00:00", end=True) == "2026-11-25T09:00:00.000001+00:00"


def test_no_verdict_and_empty_scopes(store: Store, article) -> None:
    text = store.versions.current_version(article.id).text
    judged = store.claims.add_claim(article.id, *span(text, "Bus fares will rise by 18%"),
                                    verdict="False")
    open_ = store.claims.add_claim(article.id, *span(text, "Ridership fell"))
    assert _ids(store.reports.report_rows(ReportScope(verdict=NO_VERDICT))) == [open_.id]
    assert _ids(store.reports.report_rows(ReportScope(verdict="false"))) == [judged.id]
    assert _ids(store.reports.report_rows(ReportScope(articles=()))) == []
    assert _ids(store.reports.report_rows(ReportScope(articles=(article.id,)))) == [
        judged.id, open_.id]
    cells = store.reports.report_cells(ReportScope(verdict=NO_VERDICT), ("quote", "claim_id"))
    assert [row[1] for row in cells] == [open_.id]
    assert ReportScope(verdict=NO_VERDICT).filtered and not ReportScope(articles=()).filtered
