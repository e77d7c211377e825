"""The report reads like a document: counts in words with the right plural,
verdict labels and never the scale's rating values, a contents list when there is
more than one article, bars that all start in one column."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.core.words import plural
from factcheck_gui.io.html_report import write_html_report

TEXT = "Fares rise\n\nThe council voted 7 to 4. Fares rise by 10%. Buses run late."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "desk.db", reviewer="ann") as opened:
        yield opened


@pytest.mark.parametrize(("count", "noun", "words"), [
    (0, "claim", "0 claims"), (1, "claim", "1 claim"), (6, "claim", "6 claims"),
    (1, "article", "1 article"), (2, "article", "2 articles"), (1_234, "source", "1,234 sources"),
    (2, "analysis", "2 analyses"),
])
def test_plural(count: int, noun: str, words: str) -> None:
    assert plural(count, noun) == words


def _report(store: Store, **options) -> str:
    out = io.BytesIO()
    write_html_report(store.reports.report_rows(), out,
                      article_text=lambda a: store.versions.current_version(a.id),
                      scale=store.scales.active_scale(), **options)
    return out.getvalue().decode("utf-8")


def _article(store: Store, title: str, verdicts: list[str | None]) -> str:
    article = store.articles.add_article(NewArticle(title=title, text=TEXT))
    for n, verdict in enumerate(verdicts):
        store.claims.add_claim(article.id, 12 + n, 20 + n, verdict=verdict)
    return article.id


def _words(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_one_claim_in_one_article_is_singular(store: Store) -> None:
    _article(store, "Fares", ["True"])
    words = _words(_report(store))
    assert "1 claim in 1 article, with 0 sources." in words
    assert "(s)" not in words


def test_six_claims_in_one_article(store: Store) -> None:
    _article(store, "Fares", ["True", "False", "False", "Misleading", None, "True"])
    html = _report(store)
    words = _words(html)
    assert "6 claims in 1 article, with 0 sources." in words
    assert "6 claims · text version 1" in words
    assert 'class="toc"' not in html  # one article: no contents list


def test_verdict_labels_only_never_rating_numbers(store: Store) -> None:
    scale = store.scales.active_scale()
    assert any(label.value is not None for label in scale.labels)
    _article(store, "Fares", [label.label for label in scale.labels])
    words = _words(_report(store))
    for label in scale.labels:
        assert label.label in words
    assert not re.search(r"\brating\s+-?[0-9]", words, re.I)
    assert 'class="rating"' not in _report(store)


def test_contents_list_for_several_articles(store: Store) -> None:
    first = _article(store, "Fares rise <b>again</b>", ["True"])
    _article(store, "Ferry cut", ["False", "True"])
    html = _report(store, database="desk.db")
    contents = re.search(r'<ol class="toc">(.*?)</ol>', html, re.S)
    assert contents is not None
    items = re.findall(r'<a href="#article-(\d+)">(.*?)</a> <span class="toc-n">(.*?)</span>',
                       contents.group(1))
    titles = {first: "Fares rise &lt;b&gt;again&lt;/b&gt;"}
    assert {title for _, title, _ in items} == {titles[first], "Ferry cut"}
    assert sorted(n for n, _, _ in items) == ["1", "2"]
    assert {title: claims for _, title, claims in items}["Ferry cut"] == "2&nbsp;claims"
    for n, _, _ in items:
        assert f'id="article-{n}"' in html
    assert "from desk.db" in _words(html)


def test_summary_bars_share_one_column(store: Store) -> None:
    _article(store, "Fares", ["True", "Mostly false", "Mostly false", None])
    html = _report(store)
    table = re.search(r'<table class="bars".*?</table>', html, re.S)
    assert table is not None
    rows = re.findall(r'<tr class="bar"><th class="bar-label" scope="row">(.*?)</th>'
                      r'<td class="track"><span class="fill" style="width:([0-9.]+)%',
                      table.group(0))
    assert len(rows) == 3
    widths = {label: float(width) for label, width in rows}
    assert widths["Mostly false"] == 100.0 and widths["True"] == 50.0
