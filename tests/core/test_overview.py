"""The overview's numbers are the database's numbers: every count, day and id
list checked against plain SQL over a generated library, for any filter."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck_gui.core.overview import (
    DIMENSIONS,
    MONTH,
    NONE,
    WEEK,
    DayCount,
    OverviewFilter,
    choose_granularity,
    time_buckets,
)
from factcheck_gui.core.store import Store
from tests.helpers.overview_library import build_library


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("overview") / "library.db"
    build_library(path)
    return path


@pytest.fixture(scope="module")
def plain(library: Path) -> list[dict]:
    """Every claim as plain SQL sees it, keyed the way the overview promises."""
    conn = sqlite3.connect(library)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT c.id, c.verdict, c.status, c.reviewer, c.created_at, a.outlet"
                        " FROM claims c JOIN articles a ON a.id = c.article_id").fetchall()
    conn.close()
    return [{"id": r["id"], "verdict": r["verdict"] or NONE, "status": r["status"],
             "reviewer": (r["reviewer"] or "").strip(" "),
             "outlet": (r["outlet"] or "").strip(" "), "created": r["created_at"]}
            for r in rows]


@pytest.fixture(scope="module")
def store(library: Path):
    with Store.open(library, read_only=True) as opened:
        yield opened


def keeps(flt: OverviewFilter, claim: dict) -> bool:
    return all(
        (getattr(flt, d) is None or claim[d] == getattr(flt, d)) for d in DIMENSIONS
    ) and (flt.created_from is None or claim["created"][:10] >= flt.created_from) and (
        flt.created_until is None or claim["created"][:10] < flt.created_until)


def test_the_generated_library_has_every_kind_of_value(plain: list[dict]) -> None:
    assert len(plain) == 120
    assert {NONE, "Mostly true", "Misleading"} <= {c["verdict"] for c in plain}
    assert NONE in {c["outlet"] for c in plain}  # missing and blank alike
    assert len({c["reviewer"] for c in plain}) == 3
    assert len({c["status"] for c in plain}) == 5
    assert len({c["created"][:7] for c in plain}) >= 9


def test_unfiltered_counts_match_plain_sql(store: Store, library: Path) -> None:
    conn = sqlite3.connect(library)
    sql = {
        "verdict": "SELECT coalesce(verdict, ''), count(*) FROM claims GROUP BY 1",
        "status": "SELECT status, count(*) FROM claims GROUP BY 1",
        "reviewer": "SELECT coalesce(trim(reviewer), ''), count(*) FROM claims GROUP BY 1",
        "outlet": "SELECT coalesce(trim(a.outlet), ''), count(*) FROM claims c"
                  " JOIN articles a ON a.id = c.article_id GROUP BY 1",
    }
    for dimension, query in sql.items():
        expected = dict(conn.execute(query).fetchall())
        got = {c.key: c.count for c in store.overview.overview_counts(dimension)}
        assert got == expected, dimension
    expected_days = {(d, k): n for d, k, n in conn.execute(
        "SELECT date(created_at), coalesce(verdict, ''), count(*) FROM claims GROUP BY 1, 2")}
    assert {(d.day,
             d.key): d.count for d in store.overview.overview_days("verdict")} == expected_days
    total = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert store.overview.overview_total() == total
    conn.close()


def test_counts_come_most_first(store: Store) -> None:
    counts = [c.count for c in store.overview.overview_counts("outlet")]
    assert counts == sorted(counts, reverse=True)


@st.composite
def filters(draw: st.DrawFn, plain: list[dict]) -> OverviewFilter:
    values = {}
    for dimension in DIMENSIONS:
        seen = sorted({c[dimension] for c in plain})
        values[dimension] = draw(st.none() | st.sampled_from([*seen, "nobody has this"]))
    days = sorted({c["created"][:10] for c in plain})
    start = draw(st.none() | st.sampled_from(days))
    end = draw(st.none() | st.sampled_from(days))
    return OverviewFilter(**values, created_from=start, created_until=end)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_filtered_numbers_match_plain_sql(store: Store, plain: list[dict], data) -> None:
    flt = data.draw(filters(plain))
    kept = [c for c in plain if keeps(flt, c)]
    assert store.overview.overview_total(flt) == len(kept)
    assert sorted(store.overview.overview_claim_ids(flt)) == sorted(c["id"] for c in kept)
    for dimension in DIMENSIONS:
        got = {c.key: c.count for c in store.overview.overview_counts(dimension, flt)}
        assert got == Counter(c[dimension] for c in kept), dimension
    for stack in ("verdict", "status"):
        got = {(d.day, d.key): d.count for d in store.overview.overview_days(stack, flt)}
        assert got == Counter((c["created"][:10], c[stack]) for c in kept)


@pytest.mark.parametrize("order", ["quote", "article", "verdict", "status", "reviewer",
                                   "created"])
def test_every_order_lists_every_claim_once(store: Store, plain: list[dict], order: str) -> None:
    for descending in (False, True):
        ids = store.overview.overview_claim_ids(order=order, descending=descending)
        assert sorted(ids) == sorted(c["id"] for c in plain)


def test_verdict_order_follows_the_scale(store: Store) -> None:
    ids = store.overview.overview_claim_ids(order="verdict", descending=False)
    rows = store.overview.overview_rows(ids)
    verdicts = [rows[i].verdict for i in ids]
    scale = [label.label for label in store.scales.active_scale().labels]
    ranks = [scale.index(v) if v in scale else (100 if v else 101) for v in verdicts]
    assert ranks == sorted(ranks)
    assert verdicts[-1] is None and "Mostly true" in verdicts  # off the scale: after it


def test_rows_carry_the_table_columns(store: Store, plain: list[dict]) -> None:
    ids = [c["id"] for c in plain[:5]]
    rows = store.overview.overview_rows([*ids, "no-such-claim"])
    assert set(rows) == set(ids)
    row = rows[ids[0]]
    assert row.article_title.startswith("Article") and row.quote and row.created_at


def test_an_empty_database_has_nothing_to_count(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as store:
        assert store.overview.overview_total() == 0
        for dimension in DIMENSIONS:
            assert store.overview.overview_counts(dimension) == []
        assert store.overview.overview_days("status") == []
        assert store.overview.overview_claim_ids() == []
        assert store.overview.overview_rows([]) == {}


def test_unknown_dimensions_and_orders_are_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.overview.overview_counts("colour")
    with pytest.raises(ValueError):
        store.overview.overview_days("outlet")
    with pytest.raises(ValueError):
        store.overview.overview_claim_ids(order="id; DROP TABLE claims")
    with pytest.raises(ValueError):
        OverviewFilter().with_value("colour", "red")


def test_filter_values_and_chips_order() -> None:
    flt = OverviewFilter().with_value("outlet", NONE).with_value("verdict", "False")
    flt = flt.with_value("period", ("2026-03-01", "2026-04-01"))
    assert flt.active() == ["verdict", "outlet", "period"]
    assert flt.value("period") == ("2026-03-01", "2026-04-01")
    assert flt.without("period").value("period") is None
    assert not flt.is_empty and OverviewFilter().is_empty


def test_time_buckets_fill_gaps_weekly_and_monthly() -> None:
    days = [DayCount("2026-01-05", "a", 2), DayCount("2026-01-11", "b", 1),
            DayCount("2026-01-27", "a", 4), DayCount("2026-12-31", "a", 1),
            DayCount("not a date", "a", 9)]
    weeks = time_buckets(days[:3], WEEK)
    assert [b.start for b in weeks] == [date(2026, 1, 5), date(2026, 1, 12),
                                        date(2026, 1, 19), date(2026, 1, 26)]
    assert [b.counts for b in weeks] == [{"a": 2, "b": 1}, {}, {}, {"a": 4}]
    months = time_buckets(days, MONTH)
    assert len(months) == 12 and months[-1].end == date(2027, 1, 1)
    assert sum(b.total for b in months) == 8
    assert choose_granularity(days[:3]) == WEEK and choose_granularity(days) == MONTH
    assert time_buckets([], WEEK) == [] and choose_granularity([]) == WEEK


def test_unfiltered_counts_read_only_the_index(tmp_path: Path) -> None:
    # No filter and nobody reviewing blind: no WHERE at all, so the verdict and
    # status counts walk their index alone (at a million claims, 1.57x plain
    # GROUP BY with an always-present clause that matched nothing).
    with Store.open(tmp_path / "plain.db", reviewer="Ana") as store:
        _verdict_count_plan(store)


def _verdict_count_plan(store: Store) -> None:
    seen: list[str] = []
    store.connection.set_trace_callback(seen.append)
    try:
        store.overview.overview_counts("verdict")
    finally:
        store.connection.set_trace_callback(None)
    counting = next(sql for sql in seen if "count(*)" in sql)
    plan = " ".join(str(row[3]) for row in store.connection.execute(
        "EXPLAIN QUERY PLAN " + counting))
    assert "COVERING INDEX claims_verdict" in plan
