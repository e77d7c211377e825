"""Saved web pages and clipboard HTML: article text in, boilerplate out, metadata found."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from factcheck_gui.io import html_import
from factcheck_gui.io.html_import import (
    article_from_clipboard_html,
    decode_html,
    join_paragraphs,
    read_html,
)
from factcheck_gui.io.import_errors import ArticleImportError, UnreadableFile
from factcheck_gui.io.importers import read_article_file

DATA = Path(__file__).resolve().parents[1] / "data"
NEWS_PAGE = DATA / "news_page.html"

ARTICLE_SENTENCES = [
    "Harbour city council voted on Tuesday to raise bus fares by 10 percent from April, "
    "the first increase in six years.",
    "Council leader Tom Reyes said the extra money would pay for 40 new electric buses",
    "He told the meeting that ridership had grown by a quarter since 2019.",
    "Opponents said the rise would hit low-paid workers hardest.",
    "The vote passed by seven votes to four.",
    "Single tickets rise from £2.00 to £2.20.",
    "The transport union said it would ask the regional authority to review the decision",
]
BOILERPLATE = [
    "cookie", "Accept all", "Subscribe today", "Opinion", "Home", "Most read", "bakery",
    "outrageous", "busfan99", "Finally some new buses", "All rights reserved",
    "Privacy policy", "analytics", "position:fixed",
]


def test_news_page_keeps_the_article_and_drops_the_boilerplate() -> None:
    article = read_article_file(NEWS_PAGE)
    for sentence in ARTICLE_SENTENCES:
        assert sentence in article.text
    for junk in BOILERPLATE:
        assert junk.lower() not in article.text.lower(), junk


def test_news_page_metadata() -> None:
    article = read_article_file(NEWS_PAGE)
    assert article.title == "Harbour council approves 10% bus fare rise"
    assert article.author == "Jane Marsh"
    assert article.published == "2024-03-05"
    assert article.outlet == "The Harbour Courier"
    assert article.url == "https://courier.example/news/2024/03/05/bus-fares"
    assert article.language == "en-GB"


def test_news_page_provenance() -> None:
    article = read_article_file(NEWS_PAGE)
    data = NEWS_PAGE.read_bytes()
    assert article.provenance.source_filename == "news_page.html"
    assert article.provenance.source_sha256 == hashlib.sha256(data).hexdigest()
    assert re.fullmatch(r"trafilatura/\d+\.\d+.*", article.provenance.extractor or "")


def test_paragraphs_stay_paragraphs_and_line_breaks_stay_lines() -> None:
    text = read_article_file(NEWS_PAGE).text
    paragraphs = text.split("\n\n")
    assert "Opponents said the rise would hit low-paid workers hardest.\n" \
           "The vote passed by seven votes to four." in paragraphs
    assert "• Single tickets rise from £2.00 to £2.20.\n" \
           "• Weekly passes rise from £15 to £16.50." in paragraphs
    assert not any(p != p.strip() or "  " in p for p in paragraphs)


def test_declared_charset_wins() -> None:
    page = ('<html><head><meta charset="windows-1252"><title>Café</title></head><body>'
            "<p>Le café où l'élève a reçu son diplôme était plein à craquer, "
            "dit-on à la mairie.</p></body></html>")
    assert "élève" in decode_html(page.encode("cp1252"))
    article = read_html("cafe.html", page.encode("cp1252"))
    assert "Le café où l'élève a reçu son diplôme" in article.text


def test_shift_jis_page_without_declaration() -> None:
    body = ("今日は天気がとても良いです。私たちは公園に行きました。"
            "子供たちは楽しそうに遊んでいました。")
    page = f"<html><body><p>{body}</p><p>{body}</p></body></html>"
    article = read_html("jp.html", page.encode("shift_jis"))
    assert body in article.text


def test_small_fragment_falls_back_to_all_its_text() -> None:
    article = article_from_clipboard_html("<p>Prices rose <b>3%</b> in May.</p><p>Really.</p>")
    assert article.text == "Prices rose 3% in May.\n\nReally."
    assert article.title == "Prices rose 3% in May."
    assert article.provenance.source_filename == "pasted HTML"


def test_clipboard_html_of_a_whole_page_uses_the_extractor() -> None:
    article = article_from_clipboard_html(NEWS_PAGE.read_text(encoding="utf-8"))
    assert ARTICLE_SENTENCES[0] in article.text
    assert "cookie" not in article.text.lower()


def test_page_without_text_is_refused() -> None:
    with pytest.raises(UnreadableFile) as info:
        read_html("empty.html", b"<html><body><script>x=1</script><div></div></body></html>")
    assert str(info.value) == "empty.html: no article text found in this page"


def test_large_pages_are_extracted_in_a_child_process() -> None:
    article = read_html("news_page.html", NEWS_PAGE.read_bytes(), in_process_limit=100)
    assert article.title == "Harbour council approves 10% bus fare rise"
    assert ARTICLE_SENTENCES[0] in article.text
    assert article.language == "en-GB"


def test_child_process_that_takes_too_long_is_stopped() -> None:
    with pytest.raises(ArticleImportError) as info:
        read_html("slow.html", NEWS_PAGE.read_bytes(), in_process_limit=100, timeout=0.001)
    assert "slow.html: the page took longer than 0.001 s to read" in str(info.value)


def test_scripts_alone_never_send_a_page_to_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    padding = "<script>" + "var x = 1;\n" * 200_000 + "</script>"
    page = NEWS_PAGE.read_text(encoding="utf-8").replace("</head>", padding + "</head>")
    assert len(page) > html_import.IN_PROCESS_BYTES

    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("extracted in a child process")

    monkeypatch.setattr(html_import, "_extract_in_child", no_child)
    assert ARTICLE_SENTENCES[0] in read_html("padded.html", page.encode()).text


def test_join_paragraphs_keeps_list_items_together() -> None:
    assert join_paragraphs(["a", "• b", "• c", "d"]) == "a\n\n• b\n• c\n\nd"
