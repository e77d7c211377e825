"""View > Library Overview on the big library (200,000 claims in full mode).

1. The charts' counts (verdict, status, outlet, reviewer, days) through the store,
   against the plainest SQL that counts the same with Python's sqlite3.
2. The same with a filter (a verdict AND an outlet), where each chart counts
   under the other charts' filters.
3. One refresh of the overview window (counts, the table's sorted ids, charts
   laid out and painted), against the store's queries alone.
"""

from __future__ import annotations

import os
import sqlite3
import sys

from benchmarks.harness import Context, Result, median_time
from factcheck_gui.core.overview import DIMENSIONS, OverviewFilter
from factcheck_gui.core.store import Store

PLAIN = {
    "verdict": "SELECT verdict, count(*) FROM claims c{w} GROUP BY verdict",
    "status": "SELECT status, count(*) FROM claims c{w} GROUP BY status",
    "reviewer": "SELECT reviewer, count(*) FROM claims c{w} GROUP BY reviewer",
    "outlet": "SELECT a.outlet, count(*) FROM claims c JOIN articles a ON a.id = c.article_id"
              "{w} GROUP BY a.outlet",
    "days": "SELECT substr(c.created_at, 1, 10), verdict, count(*) FROM claims c{w}"
            " GROUP BY 1, 2",
}
VERDICT, OUTLET = "False", "Outlet 3"


def _plain_where(dimension: str, filtered: bool) -> tuple[str, tuple]:
    """The filter as a first-try WHERE: both conditions except the chart's own."""
    if not filtered:
        return "", ()
    clauses, params = [], []
    if dimension != "verdict":
        clauses.append("c.verdict = ?")
        params.append(VERDICT)
    if dimension != "outlet":
        clauses.append("c.article_id IN (SELECT id FROM articles WHERE outlet = ?)")
        params.append(OUTLET)
    return " WHERE " + " AND ".join(clauses), tuple(params)


def _counts(ctx: Context, filtered: bool) -> Result:
    db = ctx.library()
    flt = OverviewFilter(verdict=VERDICT, outlet=OUTLET) if filtered else OverviewFilter()

    def ours() -> None:
        with Store.open(db, read_only=True) as store:
            for dimension in DIMENSIONS:
                store.overview.overview_counts(dimension, flt.without(dimension))
            store.overview.overview_days("verdict", flt)

    def floor() -> None:
        conn = sqlite3.connect(db)
        for dimension, sql in PLAIN.items():
            where, params = _plain_where(dimension, filtered)
            conn.execute(sql.format(w=where), params).fetchall()
        conn.close()

    ours()
    floor()  # warm the file cache for both
    repeats = ctx.sizes.repeats
    t_ours, t_floor = median_time(ours, repeats), median_time(floor, repeats)
    name = "overview counts, " + ("verdict AND outlet chosen" if filtered else "no filter")
    claims = ctx.sizes.articles * ctx.sizes.claims_per_article
    return Result(name, t_ours, "s", t_floor, "plain sqlite3 GROUP BY", "<= 1.5x",
                  t_ours <= 1.5 * t_floor, note=f"{claims:,} claims; 4 charts + timeline")


def counts(ctx: Context) -> Result:
    return _counts(ctx, filtered=False)


def filtered_counts(ctx: Context) -> Result:
    return _counts(ctx, filtered=True)


def window_refresh(ctx: Context) -> Result:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from factcheck_gui.ui.overview.window import OverviewWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(ctx.workdir / "config"))
    with Store.open(ctx.library(), read_only=True) as store:
        window = OverviewWindow(store)
        window.resize(1280, 800)
        window.show()
        app.processEvents()

        def ours() -> None:
            window.refresh()
            window.repaint()
            app.processEvents()

        def floor() -> None:
            for dimension in DIMENSIONS:
                store.overview.overview_counts(dimension)
            store.overview.overview_days("verdict")
            store.overview.overview_claim_ids()

        repeats = ctx.sizes.repeats
        t_ours, t_floor = median_time(ours, repeats), median_time(floor, repeats)
        window.disconnect_store()
        window.close()
    return Result("overview window refresh", t_ours, "s", t_floor, "its store queries alone",
                  "<= 1.3x", t_ours <= 1.3 * t_floor,
                  note="charts and the table's sorted ids, painted at 1280x800")


SCENARIOS = [counts, filtered_counts, window_refresh]
