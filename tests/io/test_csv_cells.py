"""The fast CSV path (`store.reports.report_cells` + `write_csv_cells`) writes exactly the
bytes of the object path (`store.reports.report_rows` + `write_csv`)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import NewArticle, RatingLabel, RatingScale
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.reports import REPORT_CELL_COLUMNS
from factcheck_gui.io.csv_export import write_csv, write_csv_cells, write_report_csv
from factcheck_gui.io.records import COLUMNS

TEXT = ("=HYPERLINK(\"http://evil\") says fares rose, \"quoted\"\nnext line 😀 שלום. "
        "+Second sentence with 12.5% and -3 and @someone. Plain closing words here.")


@pytest.fixture
def varied(tmp_path: Path):
    with Store.open(tmp_path / "v.db", reviewer="ann") as store:
        first = store.articles.add_article(NewArticle(title="-Minus, title", text=TEXT,
                                                      outlet="@o"))
        second = store.articles.add_article(NewArticle(title="Plain", text=TEXT + " More."))
        a = store.claims.add_claim(first.id, 0, 30, verdict="Mostly true",
                                   rationale="+ because\nsecond line", claimant="=A")
        store.sources.add_source(a.id, "https://example.org/a", title="A, \"B\"", stance="refutes")
        store.sources.add_source(a.id, "https://example.org/b")
        store.sources.add_source(a.id, "https://example.org/c", stance="context", position=0)
        store.sources.add_source(a.id, "https://example.org/d", title="Only title")
        store.claims.add_claim(first.id, 5, 60, verdict="Unverifiable")
        store.claims.add_claim(first.id, 5, 60)
        store.claims.add_claim(second.id, 70, 120, verdict="False", rationale="\ttabbed")
        store.scales.install_scale(RatingScale(id="half", name="Half", best_rating=3,
                                               worst_rating=0,
                                        labels=(RatingLabel("Half", 2.5, 0),
                                                RatingLabel("Whole", 3.0, 1))))
        store.claims.add_claim(second.id, 0, 10, verdict="Half")
        store.claims.add_claim(second.id, 10, 20, verdict="Whole")
        yield store


def test_cell_columns_are_the_report_columns() -> None:
    assert REPORT_CELL_COLUMNS == COLUMNS


@pytest.mark.parametrize("options", [{}, {"raw": True}, {"bom": False}])
def test_both_paths_write_the_same_bytes(varied: Store, options: dict) -> None:
    slow, fast = io.BytesIO(), io.BytesIO()
    assert write_csv(varied.reports.report_rows(), slow, **options) == 6
    assert write_csv_cells(varied.reports.report_cells(), fast, **options) == 6
    assert fast.getvalue() == slow.getvalue()


@pytest.mark.parametrize("filters", [{"status": "to-check"}, {"verdict": "false"},
                                     {"verdict": "nothing"}, {"reviewer": "ANN"},
                                     {"reviewer": "bob"}, {"since": "2000-01-01"},
                                     {"until": "2000-01-01"}])
def test_filters_select_the_same_claims(varied: Store, filters: dict) -> None:
    slow = [row.claim.id for row in varied.reports.report_rows(ReportScope(**filters))]
    assert [cells[0] for cells in varied.reports.report_cells(ReportScope(**filters))] == slow


def test_article_and_claim_filters(varied: Store) -> None:
    article = varied.articles.list_articles()[-1].id
    slow = [row.claim.id for row in varied.reports.report_rows(ReportScope(articles=[article]))]
    assert [c[0] for c in varied.reports.report_cells(ReportScope(articles=[article]))] == slow
    some = slow[:1]
    assert [c[0] for c in varied.reports.report_cells(ReportScope(claims=some))] == some


def test_bad_filters_fail_before_anything_is_written(varied: Store) -> None:
    with pytest.raises(ValidationError):
        varied.reports.report_cells(ReportScope(since="yesterday-ish"))


def test_progress_is_reported(varied: Store) -> None:
    seen: list[int] = []
    assert write_csv_cells(varied.reports.report_cells(), io.BytesIO(), progress=seen.append) == 6
    assert seen == [6]


@pytest.mark.parametrize("per_source", [False, True])
def test_the_one_csv_route_writes_what_the_rows_give(varied: Store, per_source: bool) -> None:
    """write_report_csv (the window's and the CLI's CSV) against the row writer."""
    scope = ReportScope(verdict="half")
    expected, written = io.BytesIO(), io.BytesIO()
    write_csv(varied.reports.report_rows(scope), expected, per_source=per_source)
    assert write_report_csv(varied, scope, written, per_source=per_source) == 1
    assert written.getvalue() == expected.getvalue()


TRICKY = ["=1+1", " =x", "\u00a0+y", "\u3000@z", "\t-q", "-3", "plain", '"quoted"', "",
          "\uff1dfull", "\ufe62small", " \u00a0 ", "a\nb", "\r\nx", "😀=", "=😀", " \u3000-",
          "\0x", " \0", "a\0b", "\0"]


@pytest.mark.parametrize("options", [{}, {"raw": True}, {"bom": False}])
def test_odd_cells_come_out_of_both_paths_alike(tmp_path: Path,
                                                             options: dict) -> None:
    with Store.open(tmp_path / "t.db", reviewer="ann") as store:
        text = "The council said fares rose by 18% in January, and more words. " * 5
        article = store.articles.add_article(NewArticle(title="=Title", text=text, outlet="@o"))
        for i, cell in enumerate(t for t in TRICKY if "\0" not in t):
            claim = store.claims.add_claim(article.id, i, i + 10, rationale=cell, claimant=cell,
                                           verdict="False" if i % 2 else None)
            if cell.strip():
                store.sources.add_source(claim.id, f"https://e.org/{i}", title=cell,
                                         stance="refutes")
        slow, fast = io.BytesIO(), io.BytesIO()
        write_csv(store.reports.report_rows(), slow, **options)
        write_report_csv(store, ReportScope(), fast, **options)
        assert fast.getvalue() == slow.getvalue()


@pytest.fixture
def many_sources(tmp_path: Path):
    """Claims with none, one and many sources (formula-like, multi-line, quoted
    titles), some with kept copies, failed copies and link checks."""
    from factcheck_gui.core.models import LinkCheck, WebFetch

    with Store.open(tmp_path / "m.db", reviewer="ann") as store:
        article = store.articles.add_article(NewArticle(title="=Sum(A1)", text=TEXT * 3))
        checks = []
        for number in range(12):
            claim = store.claims.add_claim(article.id, number * 5, number * 5 + 20,
                                           rationale="-minus\nline" if number % 2 else None)
            for index in range(number % 5 if number != 7 else 9):
                source = store.sources.add_source(
                    claim.id, f"https://example.org/{number}/{index}",
                    title=("=cmd|' /C calc'!A0" if index == 1 else
                           "two\nlines, \"quoted\"" if index == 2 else None),
                    stance=("supports", "refutes", "context", None)[index % 4],
                    position=0 if index == 3 else None)
                if index % 3 == 0:
                    fetched = WebFetch(source.url, source.url + "?x", 200,
                                       f"2026-11-0{1 + index % 9}T10:00:00Z", "text/html",
                                       "ab" * 32, b"<p>x</p>")
                    store.web.keep_copy(source.id, fetched, title="Kept", text="x")
                elif index % 3 == 1:
                    store.web.copy_failed(source.id, source.url, "gone")
                if index % 2 == 0:
                    checks.append(LinkCheck(source.id, ("ok", "gone", "moved")[index % 3],
                                            "2026-11-20T08:00:00Z"))
        store.web.record_checks(checks)
        yield store


@pytest.mark.parametrize("options", [{}, {"raw": True}])
def test_many_sources_write_the_same_bytes_as_the_object_path(many_sources: Store,
                                                              options: dict) -> None:
    slow, fast = io.BytesIO(), io.BytesIO()
    assert write_csv(many_sources.reports.report_rows(), slow, **options) == 12
    assert write_csv_cells(many_sources.reports.report_cells(), fast, **options) == 12
    assert fast.getvalue() == slow.getvalue()
    text = fast.getvalue().decode("utf-8-sig")
    assert "kept 2026-11-01" in text and "not checked" in text and "no copy" in text


def test_source_columns_in_any_order_and_alone(many_sources: Store) -> None:
    full = list(many_sources.reports.report_cells())
    for columns in (("source_links", "claim_id", "sources"), ("source_count",),
                    ("quote", "source_copies", "source_count", "end")):
        picked = list(many_sources.reports.report_cells(columns=columns))
        indexes = [COLUMNS.index(name) for name in columns]
        assert picked == [tuple(row[i] for i in indexes) for row in full]
    counts = [row[COLUMNS.index("source_count")] for row in full]
    assert 0 in counts and 9 in counts
    empty = full[counts.index(0)]
    assert [empty[COLUMNS.index(n)] for n in ("sources", "source_copies", "source_links")] \
        == [None, None, None]
