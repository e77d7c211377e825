"""The CSV report: columns, encoding, quoting, formula neutralising, atomic writes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.io import csv_export
from factcheck_gui.io.csv_export import COLUMNS, export_csv, neutralise, write_csv

EXPECTED_COLUMNS = [
    "claim_id", "article_id", "article_title", "article_outlet", "article_url",
    "article_published", "quote", "start", "end", "claim_text", "claimant", "verdict",
    "rating_value", "rationale", "status", "sources", "source_count", "reviewer",
    "created_at", "updated_at", "anchor_state",
]  # fmt: skip


def test_fixed_columns_are_the_promised_ones() -> None:
    assert list(COLUMNS[: len(EXPECTED_COLUMNS)]) == EXPECTED_COLUMNS


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "\0x", "＝1+1", "＋1", "－1",
     "＠x", "  =HYPERLINK(\"http://x\")", "\u00a0=1"],
)
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "Plain text", "1 = 1", "'quoted", "12%", "a-b", "e@x"])
def test_ordinary_cells_are_untouched(cell: str) -> None:
    assert neutralise(cell) == cell


def _rows_of(store: Store):
    return list(store.report_rows())


@pytest.fixture
def report_store(tmp_path: Path):
    with Store.open(tmp_path / "r.db", reviewer="ann") as store:
        text = "=HYPERLINK(\"http://evil\") says fares rose, \"quoted\"\nnext line 😀 שלום"
        article = store.add_article(NewArticle(title="-Minus, title", text=text,
                                               outlet="@outlet"))
        claim = store.add_claim(article.id, 0, len(text), verdict="Mostly true",
                                rationale="+ because\nsecond line")
        store.add_source(claim.id, "https://example.org/a", title="A, \"B\"", stance="refutes")
        store.add_source(claim.id, "https://example.org/b")
        yield store


def test_bom_crlf_and_neutralised_cells(report_store: Store) -> None:
    out = io.BytesIO()
    assert write_csv(_rows_of(report_store), out) == 1
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 2  # header + row; newlines inside cells stay \n
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["quote"].startswith("'=HYPERLINK")
    assert record["article_title"] == "'-Minus, title"
    assert record["article_outlet"] == "'@outlet"
    assert record["rationale"] == "'+ because\nsecond line"
    assert record["sources"] == (
        "https://example.org/a — A, \"B\" (refutes)\nhttps://example.org/b"
    )
    assert record["source_count"] == "2"
    assert record["rating_value"] == "4"
    assert record["anchor_state"] == "ok"


def test_raw_and_no_bom(report_store: Store) -> None:
    out = io.BytesIO()
    write_csv(_rows_of(report_store), out, bom=False, raw=True)
    data = out.getvalue()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[1][COLUMNS.index("quote")].startswith("=HYPERLINK")


def test_export_replaces_file_atomically(report_store: Store, tmp_path: Path,
                                         monkeypatch) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old report")

    def explode(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(csv_export, "row_values", explode)
    with pytest.raises(RuntimeError):
        export_csv(_rows_of(report_store), target)
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.undo()
    assert export_csv(_rows_of(report_store), target) == 1
    assert target.read_bytes().startswith(b"\xef\xbb\xbf\"claim_id\"")


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_survives_csv(cells: list[str]) -> None:
    """Whatever the text, a spreadsheet-safe CSV parses back to it (plus `'` if neutralised)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC).writerow(
        [neutralise(c) for c in cells]
    )
    parsed = next(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    # csv cannot represent a lone \r faithfully inside Python's reader only when unquoted;
    # every cell is quoted here, so all text must survive.
    assert [p[1:] if p != c else p for p, c in zip(parsed, cells, strict=True)] == cells


def test_export_keeps_permissions_and_symlinks(report_store: Store, tmp_path: Path) -> None:
    import os
    import stat

    target = tmp_path / "shared.csv"
    target.write_text("old")
    target.chmod(0o644)
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    export_csv(_rows_of(report_store), link)
    assert link.is_symlink() and target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644
    fresh = tmp_path / "fresh.csv"
    export_csv(_rows_of(report_store), fresh)
    assert stat.S_IMODE(os.stat(fresh).st_mode) & 0o044  # readable like a normal file


def test_a_failed_export_leaves_the_stream_open(report_store: Store, monkeypatch) -> None:
    out = io.BytesIO()

    def explode(row):
        raise RuntimeError("bad row")

    monkeypatch.setattr(csv_export, "row_values", explode)
    with pytest.raises(RuntimeError):
        write_csv(_rows_of(report_store), out)
    assert not out.closed
