"""Text PDFs: reading order, paragraphs, hyphenation, headers/footers/page numbers dropped."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck_gui.io.import_errors import UnreadableFile
from factcheck_gui.io.importers import read_article_file
from factcheck_gui.io.pdf_import import drop_headers_and_footers, join_lines, read_pdf

TOWNS = ("Harbour", "Kingsport", "Millbrook")


def three_pages() -> list[list[object]]:
    pages: list[list[object]] = []
    for number, town in enumerate(TOWNS, start=1):
        pages.append([
            "The Harbour Courier - 5 March 2024",
            (730, f"{town} council voted on Tuesday to raise the bus fa-"),
            f"res by ten percent, said the well-known mayor of {town}.",
            f"The rise is the first in six years for the {town} buses",
            "and it will take effect in April.",
            (660, f"In {town} the union called the vote a well-"),
            f"known trick to fill the budget of {town}.",
            (50, f"Page {number} of 3"),
        ])
    return pages


def test_text_in_order_with_paragraphs_and_joined_hyphens(
    make_pdf: Callable[..., bytes], write_file: Callable[[str, bytes], Path]
) -> None:
    data = make_pdf(three_pages())
    article = read_article_file(write_file("fares.pdf", data))
    paragraphs = article.text.split("\n\n")
    assert paragraphs == [
        p
        for town in TOWNS
        for p in (
            f"{town} council voted on Tuesday to raise the bus fares by ten percent, said the "
            f"well-known mayor of {town}. The rise is the first in six years for the {town} buses "
            "and it will take effect in April.",
            f"In {town} the union called the vote a well-known trick to fill the budget of {town}.",
        )
    ]
    assert article.provenance.source_sha256 == hashlib.sha256(data).hexdigest()
    assert re.fullmatch(r"pypdf/\d+\.\d+.*", article.provenance.extractor or "")


def test_repeated_headers_and_page_numbers_are_dropped(make_pdf: Callable[..., bytes]) -> None:
    text = read_pdf("fares.pdf", make_pdf(three_pages())).text
    assert "Courier" not in text
    assert "Page" not in text and " of 3" not in text


def test_single_page_keeps_its_first_line_but_drops_a_page_number(
    make_pdf: Callable[..., bytes],
) -> None:
    article = read_pdf("one.pdf", make_pdf([["Fares rise in April", (700, "The council voted."),
                                             (40, "- 1 -")]]))
    assert article.text == "Fares rise in April\n\nThe council voted."
    assert article.title == "Fares rise in April"


def test_uncompressed_pdf(make_pdf: Callable[..., bytes]) -> None:
    article = read_pdf("plain.pdf", make_pdf([["Plain streams work too."]], compress=False))
    assert article.text == "Plain streams work too."


def test_hyphen_rules() -> None:
    assert join_lines(["a bus fa-", "res rise"], set()) == "a bus fares rise"
    assert join_lines(["a well-", "known mayor"], {"well-known"}) == "a well-known mayor"
    assert join_lines(["the COVID-", "19 rules"], set()) == "the COVID- 19 rules"
    assert join_lines(["ends with a dash -", "and more"], set()) == "ends with a dash - and more"
    assert join_lines(["Anglo-", "Saxon words"], set()) == "Anglo- Saxon words"


def test_headers_need_to_repeat() -> None:
    from factcheck_gui.io.pdf_import import _Line

    pages = [[_Line("Intro", 700.0), _Line("The vote", 680.0), _Line("Page 1", 40.0)],
             [_Line("Another start", 700.0), _Line("The end", 680.0)]]
    assert [[line.text for line in page] for page in drop_headers_and_footers(pages)] == [
        ["Intro", "The vote"], ["Another start", "The end"]]


def test_scanned_pdf_is_refused(make_pdf: Callable[..., bytes]) -> None:
    with pytest.raises(UnreadableFile) as info:
        read_pdf("scan.pdf", make_pdf([[], []], image_only=True))
    assert str(info.value) == "scan.pdf: no text found: scanned PDF?"
