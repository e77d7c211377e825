"""The report's queries look corrections up through the claim's index, whatever
SQLite's statistics say: statistics gathered on a library with few events once
made the withdrawn-corrections check scan every event, per correction."""

from __future__ import annotations

import io

from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store
from factcheck_gui.io.csv_export import write_report_csv


def _plans(store: Store, run) -> str:
    seen: list[str] = []
    store.connection.set_trace_callback(seen.append)
    try:
        run()
    finally:
        store.connection.set_trace_callback(None)
    return "\n".join(
        str(row[3])
        for sql in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))
        for row in store.connection.execute("EXPLAIN QUERY PLAN " + sql)
    )


def test_no_report_query_scans_the_events(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, 0, 5)
    store.claims.update_claim(claim.id, verdict="False")
    store.connection.execute("ANALYZE")  # statistics of a tiny library
    plans = [
        _plans(store, lambda: list(store.reports.report_rows())),
        _plans(store, lambda: list(store.reports.report_cells())),
        _plans(store, lambda: write_report_csv(store, ReportScope(), io.BytesIO())),
    ]
    for plan in plans:
        assert "events_claim" in plan
        assert "SCAN w" not in plan and "SCAN x" not in plan
