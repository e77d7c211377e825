"""The PDF report: a footer on every page (database, date, "Page i of n"), each
article of a multi-article report on its own page, summary bars in one column."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.io.html_report import write_html_report
from factcheck_gui.ui.exporting import pdf_report

TEXT = "Fares rise\n\n" + " ".join(["The council voted 7 to 4 on a rise in fares."] * 60)


def _html(tmp_path: Path, articles: int) -> str:
    with Store.open(tmp_path / "desk.db", reviewer="ann") as store:
        for n in range(articles):
            article = store.articles.add_article(NewArticle(title=f"Story {n + 1}",
                                                            text=TEXT + f" ({n})"))
            store.claims.add_claim(article.id, 12, 40, verdict="True")
            store.claims.add_claim(article.id, 60, 90, verdict="False")
        out = io.BytesIO()
        write_html_report(store.reports.report_rows(), out,
                          article_text=lambda a: store.versions.current_version(a.id),
                          scale=store.scales.active_scale(), database="desk.db")
    return out.getvalue().decode("utf-8")


def _pages(data: bytes) -> list[str]:
    """Each page's text with no spaces at all (extraction splits kerned words)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return ["".join(page.extract_text().split()) for page in reader.pages]


def test_every_page_has_the_footer(qapp, tmp_path: Path) -> None:
    data, _ = pdf_report.pdf_bytes(_html(tmp_path, 3), footer="desk.db · 2026-12-02")
    pages = _pages(data)
    assert len(pages) >= 4  # contents, then three articles
    for number, text in enumerate(pages, start=1):
        assert f"Page{number}of{len(pages)}" in text
        assert "desk.db·2026-12-02" in text


def test_each_article_starts_a_page_after_the_contents(qapp, tmp_path: Path) -> None:
    data, _ = pdf_report.pdf_bytes(_html(tmp_path, 3), footer="desk.db")
    pages = _pages(data)
    assert "Contents" in pages[0] and "Article1" not in pages[0]
    starts = [i for i, text in enumerate(pages) for n in (1, 2, 3)
              if text.startswith(f"Article{n}Story{n}")]
    assert len(starts) == 3 and starts == sorted(set(starts))


def test_a_single_article_follows_its_summary(qapp, tmp_path: Path) -> None:
    data, _ = pdf_report.pdf_bytes(_html(tmp_path, 1), footer="desk.db")
    pages = _pages(data)
    assert "Summary" in pages[0] and "Article1Story1" in pages[0]
    assert "Contents" not in pages[0]


def test_bars_are_cells_of_one_column_sized_by_share(tmp_path: Path) -> None:
    html = pdf_report.qt_friendly(_html(tmp_path, 2))
    rows = re.findall(r'<th class="bar-label" width="28%" align="right">(.*?)</th>'
                      r'<td class="track" width="64%"><table width="100%"[^>]*><tr>'
                      r'<td width="(\d+)%"', html)
    assert dict(rows) == {"True": "100", "False": "100"}
    assert "<section" not in html and "<nav" not in html  # Qt drops their styles
