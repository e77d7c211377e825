"""Report scopes: filters by reviewer, date range and claim ids."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.reports import time_bound

from .conftest import span


def _ids(rows) -> list[str]:
    return [row.claim.id for row in rows]


def test_reviewer_date_and_claim_filters(store: Store, article) -> None:
    text = store.versions.current_version(article.id).text
    first = store.claims.add_claim(article.id, *span(text, "Bus fares will rise by 18%"))
    second = store.claims.add_claim(article.id, *span(text, "Ridership fell"))
    store.reviewer = "Bea"
    store.claims.update_claim(second.id, verdict="False")
    assert _ids(store.reports.report_rows(reviewer="bea")) == [second.id]
    assert _ids(store.reports.report_rows(reviewer="ann")) == [first.id]
    today = store.claims.get_claim(second.id).updated_at[:10]
    assert _ids(store.reports.report_rows(updated_since=today, updated_until=today)) == [
        first.id, second.id]
    assert _ids(store.reports.report_rows(updated_until="2000-01-01")) == []
    assert _ids(store.reports.report_rows(updated_since=date(2999, 1, 1))) == []
    moment = store.claims.get_claim(first.id).updated_at
    assert _ids(store.reports.report_rows(updated_until=moment)) == [first.id]
    assert _ids(store.reports.report_rows(claim_ids=[second.id])) == [second.id]
    assert _ids(store.reports.report_rows(claim_ids=[])) == []
    assert _ids(store.reports.report_rows(claim_ids=[first.id, "nope"], verdict="false")) == []


def test_bad_dates_fail_before_anything_is_read(store: Store) -> None:
    with pytest.raises(ValidationError, match="not a date"):
        store.reports.report_rows(updated_since="last week")


def test_time_bounds() -> None:
    assert time_bound("2026-11-25", end=False) == "2026-11-25T00:00:00.000000+00:00"
    assert time_bound("2026-11-25", end=True) == "2026-11-26T00:00:00.000000+00:00"
    assert time_bound("2026-11-25T10:00+01:00", end=False) == "2026-11-25T09:00:00.000000+00:00"
    assert time_bound("2026-11-25T09:00:00", end=True) == "2026-11-25T09:00:00.000001+00:00"
