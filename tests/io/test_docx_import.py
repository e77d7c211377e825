"""Word documents: paragraphs in order, lists and tables, properties as metadata."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck_gui.io.docx_import import read_docx
from factcheck_gui.io.import_errors import UnreadableFile
from factcheck_gui.io.importers import read_article_file

PARAGRAPHS = [
    ("Harbour council approves fare rise", "Title"),
    ("The council voted on Tuesday to raise bus fares by 10 percent.", None),
    ("Reaction", "Heading 1"),
    ("Single tickets rise to £2.20.", "List Bullet"),
    ("Weekly passes rise to £16.50.", "List Bullet"),
    ("The union will appeal, its leader said.", None),
]


def test_paragraphs_in_order_with_lists_and_tables(
    make_docx: Callable[..., bytes], write_file: Callable[[str, bytes], Path]
) -> None:
    table = [["Ticket", "Before", "After"], ["Single", "£2.00", "£2.20"]]
    data = make_docx(PARAGRAPHS, table=table)
    article = read_article_file(write_file("fares.docx", data))
    assert article.text == (
        "Harbour council approves fare rise\n\n"
        "The council voted on Tuesday to raise bus fares by 10 percent.\n\n"
        "Reaction\n\n"
        "• Single tickets rise to £2.20.\n"
        "• Weekly passes rise to £16.50.\n\n"
        "The union will appeal, its leader said.\n\n"
        "Ticket | Before | After\n\n"
        "Single | £2.00 | £2.20"
    )
    assert article.provenance.source_filename == "fares.docx"
    assert article.provenance.source_sha256 == hashlib.sha256(data).hexdigest()
    assert re.fullmatch(r"python-docx/\d+\.\d+.*", article.provenance.extractor or "")


def test_title_and_author_from_document_properties(make_docx: Callable[..., bytes]) -> None:
    article = read_docx("a.docx", make_docx(PARAGRAPHS, title="Fares: the vote", author="J. Marsh"))
    assert article.title == "Fares: the vote"
    assert article.author == "J. Marsh"


def test_title_falls_back_to_the_title_style(make_docx: Callable[..., bytes]) -> None:
    article = read_docx("a.docx", make_docx(PARAGRAPHS, title=""))
    assert article.title == "Harbour council approves fare rise"


def test_document_without_text_is_refused(make_docx: Callable[..., bytes]) -> None:
    with pytest.raises(UnreadableFile) as info:
        read_docx("blank.docx", make_docx([("", None), ("   ", None)]))
    assert str(info.value) == "blank.docx: this Word document has no text"
