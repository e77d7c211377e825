"""The CSV report: columns, encoding, quoting, formula neutralising, atomic writes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck_gui.core.models import (
    AnchorState,
    Article,
    Claim,
    NewArticle,
    Provenance,
    ReportRow,
    Source,
    Stance,
    Status,
)
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import format_correction
from factcheck_gui.io import csv_export
from factcheck_gui.io.csv_export import (
    CLAIM_COLUMNS_PER_SOURCE,
    COLUMNS,
    FORMULA_TRIGGERS,
    export_csv,
    neutralise,
    write_csv,
)
from factcheck_gui.io.records import SOURCE_COLUMNS, claim_record, copy_line, link_line

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
    return list(store.reports.report_rows())


@pytest.fixture
def report_store(tmp_path: Path):
    with Store.open(tmp_path / "r.db", reviewer="ann") as store:
        text = "=HYPERLINK(\"http://evil\") says fares rose, \"quoted\"\nnext line 😀 שלום"
        article = store.articles.add_article(NewArticle(title="-Minus, title", text=text,
                                                        outlet="@outlet"))
        claim = store.claims.add_claim(article.id, 0, len(text), verdict="Mostly true",
                                       rationale="+ because\nsecond line")
        store.sources.add_source(claim.id, "https://example.org/a", title="A, \"B\"",
                                 stance="refutes")
        store.sources.add_source(claim.id, "https://example.org/b")
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
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".factcheck-partial")] == []
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


# -- any text in any field: the whole writer, not just one cell -------------------

_text = st.text(max_size=40)
_maybe = st.none() | _text


@st.composite
def report_rows(draw) -> ReportRow:
    article = Article(
        id=draw(_text), title=draw(_text), outlet=draw(_maybe), author=draw(_maybe),
        url=draw(_maybe), published=draw(_maybe), language=None, imported_at="x",
        provenance=Provenance(), current_version_id="v", updated_at="x",
    )
    claim = Claim(
        id=draw(_text), article_id=article.id, version_id="v", start=draw(st.integers(0, 99)),
        end=100, quote=draw(_text), prefix="", suffix="",
        anchor_state=draw(st.sampled_from(AnchorState)), claim_text=draw(_text),
        claimant=draw(_maybe), verdict=draw(_maybe), rationale=draw(_maybe),
        status=draw(st.sampled_from(Status)), reviewer=draw(_maybe),
        created_at=draw(_text), updated_at=draw(_text),
    )
    sources = tuple(
        Source(id=str(i), claim_id=claim.id, position=i, url=draw(_text), title=draw(_maybe),
               publisher=draw(_maybe), published=draw(_maybe), accessed=draw(_maybe),
               stance=draw(st.none() | st.sampled_from(Stance)), note=draw(_maybe))
        for i in range(draw(st.integers(0, 2)))
    )
    value = draw(st.none() | st.integers(-5, 5) | st.floats(-5, 5, allow_nan=False))
    return ReportRow(claim=claim, article=article, sources=sources, rating_value=value)


def _parse(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _expected(row: ReportRow, source: Source | None, per_source: bool) -> list[str]:
    """Independently of the writer's fast path: the report's record, as `--json` has it."""
    record = claim_record(row)
    record["sources"] = "\n".join(csv_export.format_source(s) for s in row.sources)
    record["corrections"] = "\n".join(map(format_correction, row.corrections))
    record["source_copies"] = "\n".join(map(copy_line, row.sources))
    record["source_links"] = "\n".join(map(link_line, row.sources))
    columns = CLAIM_COLUMNS_PER_SOURCE if per_source else COLUMNS
    values = ["" if record[column] is None else record[column] for column in columns]
    if per_source:
        values += csv_export.source_values(source)
    return [repr(v) if isinstance(v, float) else str(v) for v in values]


@settings(max_examples=150, deadline=None)
@given(st.lists(report_rows(), max_size=4), st.booleans())
def test_any_text_in_any_field_survives_raw(rows: list[ReportRow], per_source: bool) -> None:
    out = io.BytesIO()
    assert write_csv(rows, out, raw=True, per_source=per_source) == len(rows)
    parsed = _parse(out.getvalue())
    expected = [
        _expected(row, source, per_source)
        for row in rows
        for source in ((row.sources or (None,)) if per_source else (None,))
    ]
    assert parsed[1:] == expected
    assert parsed[0] == list(CLAIM_COLUMNS_PER_SOURCE + SOURCE_COLUMNS if per_source
                             else COLUMNS)


@settings(max_examples=150, deadline=None)
@given(st.lists(report_rows(), min_size=1, max_size=4), st.booleans())
def test_no_text_cell_starts_a_formula_by_default(rows: list[ReportRow], per_source) -> None:
    safe, raw = io.BytesIO(), io.BytesIO()
    write_csv(rows, safe, per_source=per_source)
    write_csv(rows, raw, per_source=per_source, raw=True)
    kinds = [
        [isinstance(v, str) for v in (csv_export._claim_values_per_source(row)
                                      + csv_export.source_values(source) if per_source
                                      else csv_export.row_values(row))]
        for row in rows
        for source in ((row.sources or (None,)) if per_source else (None,))
    ]
    for line, raw_line, is_text in zip(_parse(safe.getvalue())[1:], _parse(raw.getvalue())[1:],
                                       kinds, strict=True):
        for cell, original, text in zip(line, raw_line, is_text, strict=True):
            if not text:  # numbers (offsets, a negative rating) are written bare
                assert cell == original
                continue
            assert cell.lstrip(" \u00a0\u3000")[:1] not in FORMULA_TRIGGERS
            assert cell in (original, "'" + original)


def test_one_row_per_source(report_store: Store) -> None:
    claim = report_store.claims.list_claims()[0]
    article = report_store.articles.get_article(claim.article_id)
    bare = report_store.claims.add_claim(article.id, 0, 5)
    out = io.BytesIO()
    assert write_csv(report_store.reports.report_rows(), out, per_source=True) == 2
    header, *rows = _parse(out.getvalue())
    assert header == list(CLAIM_COLUMNS_PER_SOURCE + SOURCE_COLUMNS)
    records = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(r["claim_id"], r["source_url"]) for r in records] == [
        (bare.id, ""), (claim.id, "https://example.org/a"), (claim.id, "https://example.org/b")]
    assert records[1]["source_title"] == 'A, "B"'
    assert records[1]["source_stance"] == "refutes"
    assert records[1]["source_count"] == "2"


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
