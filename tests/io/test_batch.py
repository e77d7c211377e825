"""Batch import through a real store: imported, skipped as duplicate, failed with reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factcheck_gui.core.store import Store
from factcheck_gui.io.batch import BatchResult, Failed, Imported, Skipped, import_files

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "library.db", reviewer="ann") as opened:
        yield opened


@pytest.fixture
def files(write_file: Callable[[str, bytes], Path], make_docx: Callable[..., bytes],
          make_pdf: Callable[..., bytes]) -> list[Path]:
    return [
        write_file("one.txt", b"Fares rise\n\nThe council voted on Tuesday."),
        DATA / "news_page.html",
        write_file("junk.txt", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        write_file("two.docx", make_docx([("Budget passes", "Title"), ("By 7 votes.", None)])),
        write_file("copy.txt", b"Fares rise\r\n\r\nThe council voted on Tuesday.\r\n"),
        write_file("three.pdf", make_pdf([["Harbour deal signed", (700, "It took a year.")]])),
    ]


def test_each_file_is_imported_skipped_or_failed(store: Store, files: list[Path]) -> None:
    seen: list[tuple[int, int, str]] = []
    outcomes: list[object] = []
    result = import_files(store, files, progress=lambda i, n, p: seen.append((i, n, p.name)),
                          on_result=outcomes.append)
    assert [a.article.title for a in result.imported] == [
        "Fares rise", "Harbour council approves 10% bus fare rise", "Budget passes",
        "Harbour deal signed"]
    assert [(s.path.name, s.existing.title) for s in result.skipped] == [("copy.txt", "Fares rise")]
    assert [f.reason for f in result.failed] == ["junk.txt: this is a PNG image, not an article"]
    assert seen == [(i, 6, p.name) for i, p in enumerate(files, start=1)]
    assert [type(o) for o in outcomes] == [Imported, Imported, Failed, Imported, Skipped, Imported]
    assert result.summary() == "imported 4, skipped 1 duplicate, failed 1"
    assert len(store.articles.list_articles()) == 4


def test_provenance_is_stored(store: Store, files: list[Path]) -> None:
    result = import_files(store, files[:2])
    html = store.articles.get_article(result.imported[1].article.id)
    assert html.provenance.source_filename == "news_page.html"
    assert html.provenance.extractor.startswith("trafilatura/")
    assert len(html.provenance.source_sha256) == 64
    assert html.imported_at  # the import time
    assert html.outlet == "The Harbour Courier"


def test_cancel_stops_between_files(store: Store, files: list[Path]) -> None:
    asked = iter([False, False, True])
    result = import_files(store, files, cancel=lambda: next(asked))
    assert result.cancelled
    assert len(result.imported) == 2
    assert [p.name for p in result.not_started] == [p.name for p in files[2:]]
    assert result.summary() == "imported 2, skipped 0 duplicates, failed 0; cancelled, " \
                               "4 not imported"


def test_a_failed_write_leaves_no_half_article(
    store: Store, write_file: Callable[[str, bytes], Path]
) -> None:
    small = write_file("small.txt", b"Small one\n\nShort text.")
    big = write_file("big.txt", ("A long article. " * 100_000).encode())
    after = write_file("after.txt", b"After it\n\nStill imported.")
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages + 40}")
    result = import_files(store, [small, big, after])
    assert [i.path.name for i in result.imported] == ["small.txt", "after.txt"]
    assert len(result.failed) == 1 and result.failed[0].reason.startswith("big.txt: ")
    assert "\n" not in result.failed[0].reason
    titles = {a.title for a in store.articles.list_articles()}
    assert titles == {"Small one", "After it"}
    versions = store.connection.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    assert versions == 2


def test_overrides_apply_to_every_file(store: Store, files: list[Path]) -> None:
    result = import_files(store, [files[0]], overrides={"outlet": "Courier"})
    assert store.articles.get_article(result.imported[0].article.id).outlet == "Courier"


def test_empty_batch() -> None:
    assert BatchResult().summary() == "imported 0, skipped 0 duplicates, failed 0"
