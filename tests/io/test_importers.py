"""The dispatcher: suffix and content pick the importer; encodings of committed .txt files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.io.import_errors import ArticleImportError, UnreadableFile, UnsupportedFile
from factcheck_gui.io.importers import (
    FILE_DIALOG_FILTER,
    SUPPORTED_SUFFIXES,
    read_article_bytes,
    read_article_file,
    sniff,
)

ENCODINGS = Path(__file__).resolve().parents[1] / "data" / "encodings"
FRENCH = ("Le café où l'élève a reçu son diplôme était plein à craquer.\n"
          "Il a mangé une crème brûlée près de la fenêtre, dit-on à la mairie.")
GERMAN = "Ein schöner Tag in München.\nDie Straßen sind voll, die Bäume grün. Ärger gibt es keinen."
JAPANESE = ("今日は天気がとても良いです。\n"
            "私たちは公園に行きました。子供たちは楽しそうに遊んでいました。")
RUSSIAN = "Городской совет утвердил повышение тарифов на проезд.\nРешение вступит в силу в апреле."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("french-cp1252.txt", FRENCH),
        ("french-utf16-bom.txt", FRENCH),
        ("french-utf16le-nobom.txt", FRENCH),
        ("german-latin1.txt", GERMAN),
        ("german-mac-cr.txt", GERMAN),
        ("japanese-shift-jis.txt", JAPANESE),
        ("russian-utf8-bom.txt", RUSSIAN),
    ],
)
def test_text_files_in_common_encodings(name: str, expected: str) -> None:
    article = read_article_file(ENCODINGS / name)
    assert article.text == expected
    assert article.provenance.source_filename == name


def test_errors_are_one_family() -> None:
    for kind in (UnsupportedFile, UnreadableFile):
        assert issubclass(kind, ArticleImportError)
    assert issubclass(ArticleImportError, FactcheckError)
    assert issubclass(ArticleImportError, ValueError)


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"PK\x03\x04rest", "zip"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"\xef\xbb\xbf  <html lang=en>", "html"),
        (b"MZ Bank says profits rose", None),
        (b"ID3 tags hold the song titles.", None),
        (b"ID3\x03\x00\x00\x00\x00\x1f", "an audio file (MP3)"),
        (b"GIF89a is the format of most memes.", None),
        (b"GIF89a\x01\x00\x01\x00\x80", "a GIF image"),
        (b"Plain words", None),
        (b"<p>fragment</p>", None),
    ],
)
def test_sniff(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


def test_html_without_suffix_is_recognised() -> None:
    page = b"<!DOCTYPE html><html><body><p>The council voted on Tuesday.</p></body></html>"
    assert read_article_bytes("saved-page", page).text == "The council voted on Tuesday."


def test_txt_holding_html_stays_text() -> None:
    article = read_article_bytes("source.txt", b"<html><body><p>Hi there.</p></body></html>")
    assert article.text.startswith("<html>")


def test_markdown_keeps_working_through_the_dispatcher(
    write_file: Callable[[str, bytes], Path],
) -> None:
    source = b"---\ntitle: Fares\noutlet: Courier\n---\n# Head\n\nBody *text*."
    article = read_article_file(write_file("story.md", source))
    assert (article.title, article.outlet) == ("Fares", "Courier")
    assert article.text == "Head\n\nBody text."


def test_renamed_docx_gets_a_hint(make_docx: Callable[..., bytes]) -> None:
    with pytest.raises(UnreadableFile) as info:
        read_article_bytes("story.txt", make_docx([("Hello", None)]))
    assert str(info.value) == "story.txt: this is a zip archive, not an article"


def test_supported_suffixes_and_dialog_filter() -> None:
    for suffix in (".txt", ".md", ".html", ".htm", ".docx", ".pdf"):
        assert suffix in SUPPORTED_SUFFIXES
        assert f"*{suffix}" in FILE_DIALOG_FILTER
