"""What the window relies on: every exporter takes any iterable of rows and a
progress callback, and a failure mid-way leaves the caller's stream open."""

from __future__ import annotations

import io
from functools import partial

import pytest

from factcheck_gui.core.store import Store
from factcheck_gui.io.claimreview_export import write_claimreview
from factcheck_gui.io.csv_export import write_csv
from factcheck_gui.io.html_report import write_html_report
from factcheck_gui.io.w3c_export import write_annotations


def _writers(store: Store) -> dict:
    current = lambda article: store.versions.current_version(article.id)  # noqa: E731
    return {
        "csv": write_csv,
        "csv per source": partial(write_csv, per_source=True),
        "json": partial(write_annotations, article_text=current),
        "claimreview": partial(write_claimreview, scale=store.scales.active_scale()),
        "html": partial(write_html_report, article_text=current, scale=store.scales.active_scale()),
    }


@pytest.mark.parametrize("name", ["csv", "csv per source", "json", "claimreview", "html"])
def test_generators_progress_and_failures(library, name: str) -> None:
    store, ids = library
    write = _writers(store)[name]
    seen: list[int] = []
    out = io.BytesIO()
    write((row for row in store.reports.report_rows()), out, progress=seen.append)
    assert seen == [len(ids)] and out.getvalue()

    def broken():
        yield from list(store.reports.report_rows())[:2]
        raise RuntimeError("the disk went away")

    out = io.BytesIO()
    with pytest.raises(RuntimeError):
        write(broken(), out)
    assert not out.closed


def test_progress_can_cancel(library) -> None:
    store, _ = library

    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        raise Cancelled

    out = io.BytesIO()
    with pytest.raises(Cancelled):
        write_csv(store.reports.report_rows(), out, progress=cancel)
    assert not out.closed
