"""Hostile and broken files: one clear line each, within a generous time bound.

The time bounds are guards against hangs, not performance claims (those live in
benchmarks/). Random bytes never crash an importer: they import, or raise the
importers' own `ArticleImportError`.
"""

from __future__ import annotations

import functools
import io
import os
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck_gui.io import docx_import
from factcheck_gui.io.docx_import import read_docx
from factcheck_gui.io.html_import import read_html
from factcheck_gui.io.import_errors import ArticleImportError, UnsupportedFile
from factcheck_gui.io.importers import read_article_bytes, read_article_file
from factcheck_gui.io.pdf_import import read_pdf

from .conftest import build_docx, build_pdf

BOUND_S = 10.0
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06" + bytes(40)
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(56) + bytes(range(256))


@contextmanager
def within(seconds: float = BOUND_S) -> Iterator[None]:
    started = time.monotonic()
    yield
    elapsed = time.monotonic() - started
    assert elapsed < seconds, f"took {elapsed:.1f} s"


def refused(path: Path, **options: int) -> str:
    """The one-line message for `path`, which must be refused in bounded time."""
    with within(), pytest.raises(ArticleImportError) as info:
        read_article_file(path, **options)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def zip_bytes(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def replace_part(docx: bytes, name: str, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx)) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts[name] = data
    return zip_bytes(parts)


def billion_laughs(root: str) -> str:
    entities = '<!ENTITY a0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return f"<!DOCTYPE {root} [{entities}]>"


# --- empty, blank, binary in disguise ---------------------------------------------


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "empty.docx",
                                  "empty.pdf"])
def test_empty_files(write_file: Callable[[str, bytes], Path], name: str) -> None:
    assert refused(write_file(name, b"")) == f"{name}: the file is empty"


@pytest.mark.parametrize("data", [b"   \n\n\t ", b"\xef\xbb\xbf\r\n", b"\x00" * 50])
def test_blank_files(write_file: Callable[[str, bytes], Path], data: bytes) -> None:
    assert refused(write_file("blank.txt", data)) == "blank.txt: the file has only blank space"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("photo.txt", PNG, "photo.txt: this is a PNG image, not an article"),
        ("program.txt", ELF, "program.txt: this is a program (ELF executable), not an article"),
        ("archive.txt", zip_bytes({"a.txt": b"hello"}),
         "archive.txt: this is a zip archive, not an article"),
        ("photo.html", b"\xff\xd8\xff\xe0" + bytes(100),
         "photo.html: this is a JPEG image, not an article"),
        ("setup.md", b"MZ\x90\x00\x03" + bytes(100), "setup.md: this is a program "
         "(Windows executable), not an article"),
        ("report.txt", b"%PDF-1.4\n%junk", "report.txt: this is a PDF file; rename it to .pdf "
         "to import it"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
         "old.doc: old Word .doc files are not supported; save it as .docx and import that"),
        ("junk.txt", bytes(range(256)) * 40,
         "junk.txt: this does not look like text (binary data or an unknown encoding)"),
        ("photo.png", PNG, "photo.png: this is a PNG image, not an article"),
    ],
)
def test_binary_files_in_disguise(
    write_file: Callable[[str, bytes], Path], name: str, data: bytes, expected: str
) -> None:
    assert refused(write_file(name, data)) == expected


def test_unknown_suffix(write_file: Callable[[str, bytes], Path]) -> None:
    with pytest.raises(UnsupportedFile) as info:
        read_article_file(write_file("notes.rtfd", b"plain words"))
    assert str(info.value).startswith("notes.rtfd: this file type is not supported yet (use .txt")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert refused(missing) == f"{missing}: no such file"
    assert refused(tmp_path) == f"{tmp_path}: is a folder, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert refused(pipe) == "pipe.txt: is not a regular file"


# --- size limit -----------------------------------------------------------------


def test_huge_file_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:  # sparse: 8 GB that reading whole would need
        handle.truncate(8 * 1024**3)
    assert refused(huge) == "huge.txt: the file is too large (8192.0 MB; the limit is 50 MB)"


def test_size_limit_is_configurable(write_file: Callable[[str, bytes], Path]) -> None:
    path = write_file("long.html", b"<p>" + b"word " * 400 + b"</p>")
    assert refused(path, max_bytes=1024) == \
        "long.html: the file is too large (2.0 KB; the limit is 1 KB)"
    assert read_article_file(path, max_bytes=4096).text.startswith("word word")


# --- HTML ----------------------------------------------------------------------------


def test_html_with_100000_nested_elements(write_file: Callable[[str, bytes], Path]) -> None:
    nest = "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000
    lead = "<h1>Fares rise</h1><p>The council voted on Tuesday to raise fares by 10 percent.</p>"
    path = write_file("nested.html", f"<html><body>{lead}{nest}</body></html>".encode())
    with within():
        article = read_article_file(path)
    assert "The council voted on Tuesday" in article.text
    only = write_file("only-nested.html", f"<html><body>{nest}</body></html>".encode())
    assert refused(only) == "only-nested.html: the page is nested too deeply to read " \
                            "(over 255 levels)"


def test_entity_bomb_in_html_stays_unexpanded(write_file: Callable[[str, bytes], Path]) -> None:
    page = (f'<?xml version="1.0"?>{billion_laughs("html")}<html><body>'
            "<p>The council voted on Tuesday to raise bus fares.</p><p>&a9;</p></body></html>")
    with within():
        article = read_article_file(write_file("bomb.html", page.encode()))
    assert "The council voted on Tuesday" in article.text
    assert "lollol" not in article.text and "ENTITY" not in article.text
    assert len(article.text) < 200


# --- Word ----------------------------------------------------------------------------


def test_entity_bomb_in_docx_xml(
    make_docx: Callable[..., bytes], write_file: Callable[[str, bytes], Path]
) -> None:
    good = make_docx([("The council voted.", None)])
    with zipfile.ZipFile(io.BytesIO(good)) as source:
        xml = source.read("word/document.xml").decode("utf-8")
    bomb = xml.replace("?>", "?>" + billion_laughs("w:document"), 1).replace(
        "The council voted.", "The council voted &a9;")
    path = write_file("bomb.docx", replace_part(good, "word/document.xml", bomb.encode()))
    assert refused(path) == "bomb.docx: this Word document is damaged and cannot be read " \
                            "(its XML is invalid or unsafe)"
    core = replace_part(good, "docProps/core.xml",
                        f'<?xml version="1.0"?>{billion_laughs("cp:coreProperties")}'
                        "<cp:coreProperties>&a9;</cp:coreProperties>".encode())
    assert refused(write_file("bomb2.docx", core)).startswith("bomb2.docx: this Word document")


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("truncated", "broken.docx: this Word document is damaged (not a valid .docx zip)"),
        ("not-docx", "broken.docx: this is a zip archive, not a Word document"),
        ("bad-xml", "broken.docx: this Word document is damaged and cannot be read "
                    "(its XML is invalid or unsafe)"),
        ("no-document", "broken.docx: this Word document is damaged and cannot be read"),
        ("text", "broken.docx: this Word document is damaged (not a .docx zip)"),
    ],
)
def test_broken_docx(
    make_docx: Callable[..., bytes], write_file: Callable[[str, bytes], Path],
    case: str, expected: str,
) -> None:
    good = make_docx([("The council voted.", None)])
    data = {
        "truncated": good[: len(good) // 2],
        "not-docx": zip_bytes({"notes.txt": b"hello"}),
        "bad-xml": replace_part(good, "word/document.xml", b"<w:document><<<"),
        "no-document": zip_bytes({"[Content_Types].xml": b"<Types/>"}),
        "text": b"This is not a Word document at all.",
    }[case]
    assert refused(write_file("broken.docx", data)) == expected


def test_docx_zip_bomb_refused_unopened(
    make_docx: Callable[..., bytes], write_file: Callable[[str, bytes], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(docx_import, "MAX_UNPACKED_BYTES", 1024 * 1024)
    good = make_docx([("The council voted.", None)])
    bomb = replace_part(good, "word/media/zeros.bin", bytes(4 * 1024 * 1024))
    assert len(bomb) < 100_000
    assert refused(write_file("bomb.docx", bomb)) == \
        "bomb.docx: this Word document unpacks to more than 1 MB; refused"
    monkeypatch.setattr(docx_import, "MAX_UNPACKED_BYTES", 100 * 1024 * 1024)
    monkeypatch.setattr(docx_import, "MAX_XML_BYTES", 1024 * 1024)
    padded = replace_part(good, "word/padding.xml", b"<a>" + b" " * 2 * 1024 * 1024 + b"</a>")
    assert refused(write_file("markup.docx", padded)) == \
        "markup.docx: this Word document holds more than 1 MB of text and markup; refused"


# --- PDF -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case", ["truncated", "header-only", "garbage-after-header", "no-pages"])
def test_broken_pdf(
    make_pdf: Callable[..., bytes], write_file: Callable[[str, bytes], Path], case: str
) -> None:
    good = make_pdf([["The council voted."]])
    data = {
        "truncated": good[: len(good) // 3],
        "header-only": b"%PDF-1.7\n",
        "garbage-after-header": b"%PDF-1.4\n" + bytes(range(256)) * 20,
        "no-pages": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                    b"%%EOF\n",
    }[case]
    message = refused(write_file("broken.pdf", data))
    assert message.startswith("broken.pdf: ")
    assert ("damaged" in message) or message.endswith("no text found: scanned PDF?")


def test_not_a_pdf(write_file: Callable[[str, bytes], Path]) -> None:
    assert refused(write_file("report.pdf", b"Just some words in a text file.")) == \
        "report.pdf: this is not a PDF file (it does not start with %PDF)"


def test_scanned_pdf(make_pdf: Callable[..., bytes],
                     write_file: Callable[[str, bytes], Path]) -> None:
    path = write_file("scan.pdf", make_pdf([[], [], []], image_only=True))
    assert refused(path) == "scan.pdf: no text found: scanned PDF?"


# --- property: random bytes never crash an importer -------------------------------

RANDOM = settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _imports_or_refuses(call: Callable[[], object]) -> None:
    try:
        call()
    except ArticleImportError as error:
        assert "\n" not in str(error)


@RANDOM
@given(data=st.binary(max_size=2048),
       name=st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.pdf", "a", "a.xyz"]))
def test_random_bytes_through_the_dispatcher(data: bytes, name: str) -> None:
    _imports_or_refuses(lambda: read_article_bytes(name, data))


@RANDOM
@given(data=st.binary(max_size=2048))
def test_random_bytes_into_each_importer(data: bytes) -> None:
    _imports_or_refuses(lambda: read_html("a.html", data))
    _imports_or_refuses(lambda: read_docx("a.docx", data))
    _imports_or_refuses(lambda: read_pdf("a.pdf", data))
    _imports_or_refuses(lambda: read_pdf("a.pdf", b"%PDF-1.4\n" + data))


@functools.cache
def good_documents() -> tuple[tuple[str, bytes], ...]:
    """One real .docx and one real .pdf to damage."""
    docx = build_docx([("The council voted on Tuesday.", "Title"),
                       ("Fares rise by ten percent.", None)], title="Fares")
    pdf = build_pdf([["The council voted on Tuesday.", "Fares rise by ten percent."]])
    return ("a.docx", docx), ("a.pdf", pdf)


@RANDOM
@given(data=st.binary(min_size=1, max_size=400), cut=st.integers(min_value=0))
def test_damaged_real_documents(data: bytes, cut: int) -> None:
    """Real .docx and .pdf files with a slice overwritten by random bytes."""
    for name, good in good_documents():
        at = cut % len(good)
        broken = good[:at] + data + good[at + len(data):]
        _imports_or_refuses(lambda n=name, b=broken: read_article_bytes(n, b))
