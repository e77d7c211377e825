"""The HTML report: self-contained, every text escaped, highlights numbered."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from factcheck_gui.core.models import NewArticle, Source
from factcheck_gui.core.store import Store
from factcheck_gui.io.html_report import export_html_report, highlighted_text, write_html_report

XSS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(2)>",
    "javascript:alert(3)",
    "</style><script>alert(4)</script>",
    "' onmouseover='alert(5)",
]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag) -> None:
        self._in_style = False

    def handle_data(self, data) -> None:
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)


def _render(store: Store, rows=None) -> str:
    out = io.BytesIO()
    write_html_report(store.reports.report_rows() if rows is None else rows, out,
                      article_text=lambda a: store.versions.current_version(a.id),
                      scale=store.scales.active_scale(), title="Report <script>")
    return out.getvalue().decode("utf-8")


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def test_hostile_text_everywhere_comes_out_inert(tmp_path: Path) -> None:
    hostile = " ".join(XSS)
    with Store.open(tmp_path / "x.db", reviewer=XSS[1]) as store:
        text = f"Headline\n\n{hostile} and then the claim. {XSS[0]}"
        article = store.articles.add_article(NewArticle(title=XSS[0], text=text, outlet=XSS[2],
                                               author=XSS[5]))
        start = text.index(XSS[1])
        claim = store.claims.add_claim(article.id, start, start + len(XSS[1]) + 10, claimant=XSS[2],
                                       claim_text=hostile, rationale=hostile + "\n\n" + XSS[4],
                                       verdict="False")
        store.sources.add_source(claim.id, "https://example.org/a?q=<script>", title=XSS[0],
                                 publisher=XSS[1], note=XSS[3], stance="refutes")
        row = next(iter(store.reports.report_rows()))
        # A source URL that the store would refuse, as a damaged or foreign row could hold.
        evil = Source(id="s", claim_id=claim.id, position=1, url="javascript:alert(document)",
                      title="click me")
        data = Source(id="t", claim_id=claim.id, position=2, url="data:text/html,<script>x",
                      title=XSS[2])
        # The store refuses such an article URL too; an older database may hold one.
        old_row = replace(row, article=replace(row.article, url="javascript:alert(9)"))
        html = _render(store, [replace(old_row, sources=(*row.sources, evil, data))])
    parsed = _parse(html)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names and "img" not in names and "svg" not in names
    assert "iframe" not in names and "object" not in names and "embed" not in names
    for tag, attrs in parsed.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "src" not in attrs
        if "href" in attrs:
            href = attrs["href"]
            assert href.startswith(("#", "https://", "http://")), href
            if not href.startswith("#"):
                assert attrs.get("rel") == "noopener noreferrer"
    hrefs = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
    assert "https://example.org/a?q=<script>" in hrefs  # escaped in the file, intact as data
    assert not any("javascript" in h or h.startswith("data:") for h in hrefs)
    # The hostile strings are still there for the reader, as text.
    visible = "".join(parsed.text)
    for s in XSS:
        assert s in visible
    assert "javascript:alert(document)" in visible
    assert "<script>" not in html.split("<style>")[0] + html.split("</style>")[1]
    assert html.count("<style>") == 1 and html.count("</style>") == 1


def test_self_contained_no_external_requests(library) -> None:
    store, _ = library
    html = _render(store)
    parsed = _parse(html)
    assert not [t for t, _ in parsed.tags if t in ("link", "script", "img", "iframe", "base")]
    assert "@import" not in parsed.style and "url(" not in parsed.style
    assert not re.search(r"\bsrc\s*=", html)
    csp = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in csp[0]["content"]
    assert "@media print" in parsed.style


def test_summary_highlights_and_footnotes(library, tmp_path: Path) -> None:
    store, ids = library
    out = tmp_path / "report.html"
    count = export_html_report(store.reports.report_rows(), out,
                               article_text=lambda a: store.versions.current_version(a.id),
                               scale=store.scales.active_scale())
    assert count == len(ids)
    html = out.read_text(encoding="utf-8")
    parsed = _parse(html)
    bars = [a for t, a in parsed.tags if t == "tr" and a.get("class") == "bar"]
    assert len(bars) == 5  # Mostly true, False, Unverifiable, True, and no verdict yet
    assert "No verdict yet" in "".join(parsed.text)
    claim_items = [a["id"] for t, a in parsed.tags if t == "li" and a.get("class") == "claim"]
    assert claim_items == [f"claim-{n}" for n in range(1, len(ids) + 1)]
    refs = [a["href"] for t, a in parsed.tags if t == "a" and a.get("href", "").startswith(
        "#claim-")]
    assert len(refs) == len(ids) - 1  # every placed claim is numbered in the text; not orphans
    assert 'class="hl ov"' in html  # the overlapping claims
    assert "no longer found in the article" in html
    sources = [a["id"] for t, a in parsed.tags if t == "li" and a.get("id", "").startswith("src")]
    assert sources == ["src-1", "src-2"]


def test_highlights_nest_and_overlap() -> None:
    text = "abcdefghij"
    html = highlighted_text(text, [(0, 6, 1, "#ff0000"), (2, 4, 2, "#00ff00"),
                                   (5, 9, 3, "#0000ff")])
    plain = re.sub(r"<sup.*?</sup>", "", html)
    assert re.sub(r"<[^>]+>", "", plain) == text
    assert html.count('<a href="#claim-') == 3
    assert html.index("#claim-2") < html.index("#claim-1") < html.index("#claim-3")
    assert '<mark class="hl ov" style="--c:#00ff00" title="claim 1 2">cd</mark>' in html
