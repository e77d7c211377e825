"""A fetched page is read as the same bytes saved to a file would be: the same text,
and the same guesses of outlet, date and language where the page says nothing; the
address also tells the outlet. Pages whose content type is wrong or missing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck_gui.io.import_errors import UnreadableFile
from factcheck_gui.io.importers import read_article_bytes
from factcheck_gui.io.web_import import fetch_article
from tests.helpers.web_server import WebServer, serve_pages  # noqa: F401 (fixture)

BARE = ("<html><body><article><p>LONDON, March 5, 2024 (Reuters) - The mayor said bus"
        " fares rose by 10% in March, the largest rise in a decade.</p><p>Nobody else on"
        " the council agreed with the mayor, who spoke to reporters on Tuesday.</p>"
        "</article></body></html>")


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html"])
def test_a_page_gets_the_guesses_a_saved_page_gets(web_server: WebServer,
                                                   content_type: str) -> None:
    saved = read_article_bytes("fares.html", BARE.encode("utf-8"))
    assert saved.outlet and saved.published and saved.language  # the page says none itself
    fetched = fetch_article(web_server.put("/fares.html", BARE, content_type))
    assert fetched.text == saved.text
    assert (fetched.outlet, fetched.published, fetched.language) == (
        saved.outlet, saved.published, saved.language)


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "application/pdf"])
def test_the_address_tells_the_outlet(content_type: str,
                                      make_pdf: Callable[..., bytes]) -> None:
    """Where the page names no outlet, the site it came from does (after redirects)."""
    import hashlib

    from factcheck_gui.core.models import WebFetch
    from factcheck_gui.io.web_import import article_from_fetch

    words = "The mayor said bus fares rose by 10% in March, and nobody else agreed."
    body = (f"<html><body><article><p>{words}</p></article></body></html>".encode()
            if content_type.startswith("text/html") else make_pdf([[words]]))
    fetched = WebFetch("https://short.example/x", "https://www.reuters.com/world/fares", 200,
                       "2026-12-02T09:00:00+00:00", content_type.split(";")[0],
                       hashlib.sha256(body).hexdigest(), body,
                       "utf-8" if "charset" in content_type else None)
    assert article_from_fetch(fetched).outlet == "Reuters"


def test_wrong_labels_the_bytes_decide(web_server: WebServer,
                                       make_pdf: Callable[..., bytes]) -> None:
    """A PDF the server calls HTML is read as the PDF it is; an image it calls text is
    refused, naming both (not read as mojibake, not "rename it to .pdf")."""
    url = web_server.put("/report.html", make_pdf([["Bus fares rose by 18% in January."]]),
                         "text/html")
    article = fetch_article(url)
    assert "Bus fares rose by 18% in January." in article.text
    assert article.fetched is not None and article.fetched.content_type == "text/html"
    url = web_server.put("/chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
                         "text/plain")
    with pytest.raises(UnreadableFile, match="the server sent text/plain, but the page is a"
                                             " PNG image, not an article"):
        fetch_article(url)


def test_a_page_sent_as_plain_text(web_server: WebServer) -> None:
    url = web_server.put("/notes", "The mayor said bus fares rose.\n\nNobody agreed.",
                         "text/plain; charset=utf-8")
    assert fetch_article(url).text == "The mayor said bus fares rose.\n\nNobody agreed."
