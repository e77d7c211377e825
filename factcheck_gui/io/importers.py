"""Pick the importer for a file by its name AND its first bytes, within a size limit.

`read_article_file(path)` is the one entry point for files: it refuses before
reading what is too large (stat first, then reads at most the limit plus one
byte), what is empty, and what is binary in disguise (a PNG, an executable or a
zip renamed to .txt), then hands the bytes to the importer for the family. Every
refusal is an `ArticleImportError` whose str() is one line.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate
from factcheck_gui.core.urls import article_url
from factcheck_gui.io import (
    docx_import,
    html_import,
    pdf_import,
    text_import,
    transcript_import,
)
from factcheck_gui.io.guess import with_guesses
from factcheck_gui.io.import_errors import (
    ArticleImportError,
    UnreadableFile,
    UnsupportedFile,
    printable,
)

# The libraries log warnings about every oddity of a damaged file. Without a handler
# Python prints them on stderr; the app's own logging setup still receives them.
for _logger in ("trafilatura", "htmldate", "courlan", "justext", "pypdf", "docx"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *html_import.SUFFIXES, *docx_import.SUFFIXES,
                      *pdf_import.SUFFIXES, *transcript_import.SUFFIXES)
FILE_DIALOG_FILTER = "Articles (" + " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES) + ")"

# (magic bytes at offset 0, what it is); the first match wins.
_SIGNATURES: tuple[tuple[bytes, str | None], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("Errors", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Errors", "a JPEG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("Errors", "a GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("Errors", "a GIF image")),
    (b"II*\x00", QT_TRANSLATE_NOOP("Errors", "a TIFF image")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("Errors", "a TIFF image")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Errors", "a program (ELF executable)")),
    (b"MZ", None),  # also how "MZ Bank says..." starts: needs NULs nearby
    (b"\xcf\xfa\xed\xfe", QT_TRANSLATE_NOOP("Errors", "a program (Mach-O executable)")),
    (b"\xca\xfe\xba\xbe", QT_TRANSLATE_NOOP("Errors", "a program (Mach-O or Java class)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Errors", "a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("Errors", "a 7-Zip archive")),
    (b"Rar!\x1a\x07", QT_TRANSLATE_NOOP("Errors", "a RAR archive")),
    (b"\xfd7zXZ\x00", QT_TRANSLATE_NOOP("Errors", "an xz archive")),
    (b"\x28\xb5\x2f\xfd", QT_TRANSLATE_NOOP("Errors", "a zstd archive")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("Errors", "an SQLite database")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
    (b"OggS", QT_TRANSLATE_NOOP("Errors", "an audio file (Ogg)")),
    (b"ID3", QT_TRANSLATE_NOOP("Errors", "an audio file (MP3)")),
    (b"fLaC", QT_TRANSLATE_NOOP("Errors", "an audio file (FLAC)")),
    (b"\x00\x00\x01\x00", QT_TRANSLATE_NOOP("Errors", "an icon image")),
    (b"wOFF", QT_TRANSLATE_NOOP("Errors", "a font file")),
    (b"wOF2", QT_TRANSLATE_NOOP("Errors", "a font file")),
)
_RIFF_KINDS = {b"WEBP": QT_TRANSLATE_NOOP("Errors", "a WebP image"),
               b"WAVE": QT_TRANSLATE_NOOP("Errors", "an audio file (WAV)"),
               b"AVI ": QT_TRANSLATE_NOOP("Errors", "a video file")}
_HTML_START = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta", b"<!--")


def _binary_follows(head: bytes, start: int) -> bool:
    return any(b < 9 or 13 < b < 32 for b in head[start:start + 16])


def sniff(head: bytes) -> str | None:
    """What the first bytes say a file is: "pdf", "zip", "ole", "rtf", "html", a
    description of a binary format ("a PNG image"), or None for "maybe text"."""
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            printable_magic = all(32 <= b < 127 for b in magic)
            if kind and kind.startswith("a") and printable_magic and \
                    not _binary_follows(head, len(magic)):
                continue  # "ID3 tags..." or "GIF89a..." in a text file: words, not a format
            if kind is not None:
                return kind
            if magic == b"MZ" and len(head) >= 64 and b"\x00" in head[:64]:
                return QT_TRANSLATE_NOOP("Errors", "a program (Windows executable)")
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return QT_TRANSLATE_NOOP("Errors", "a video or image file (MP4/HEIC)")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(_HTML_START) and (b"<html" in head.lower() or b"<body" in head.lower()
                                             or stripped.startswith(b"<!doctype html")):
        return "html"
    return None


def _family(suffix: str, kind: str | None, name: str) -> str:
    """The importer family for a file, or an error that says what the file really is."""
    if kind == "ole":
        if suffix in (".doc", ".docx"):
            raise UnreadableFile(name, translate("Errors", "old Word .doc files are not supported;"
                                                 " save it as .docx and import that"))
        kind = QT_TRANSLATE_NOOP("Errors", "an Office file (old format)")
    if kind == "rtf":
        raise UnreadableFile(name, translate(
            "Errors", "RTF files are not supported; save it as .docx or .txt"))
    wanted = {".pdf": "pdf", ".docx": "zip"}.get(suffix)
    if suffix in html_import.SUFFIXES:
        wanted = "html"
    if kind in ("pdf", "zip") and kind == wanted:
        return "pdf" if kind == "pdf" else "docx"
    if kind == "pdf":
        raise UnreadableFile(name, translate(
            "Errors", "this is a PDF file; rename it to .pdf to import it"))
    if kind == "zip":
        raise UnreadableFile(name, translate("Errors", "this is a zip archive, not an article"))
    if kind not in (None, "html"):
        raise UnreadableFile(name, translate("Errors", "this is {kind}, not an article").format(
            kind=translate("Errors", kind)))
    if wanted == "pdf":
        raise UnreadableFile(name, translate(
            "Errors", "this is not a PDF file (it does not start with %PDF)"))
    if wanted == "zip":
        raise UnreadableFile(name, translate(
            "Errors", "this Word document is damaged (not a .docx zip)"))
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in transcript_import.SUFFIXES and kind is None:
        return "transcript"
    if wanted == "html" or kind == "html":
        return "html"
    raise UnsupportedFile(name, SUPPORTED_SUFFIXES)


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    name, full = printable(path.name), printable(str(path))
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(full, translate("Errors", "is a folder, not a file"))
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(name, translate("Errors", "is not a regular file"))
        if info.st_size > max_bytes:
            raise UnreadableFile(name, _too_large(info.st_size, max_bytes))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise UnreadableFile(full, translate("Errors", "no such file")) from None
    except PermissionError:
        raise UnreadableFile(name, translate("Errors", "permission denied")) from None
    except OSError as exc:
        raise UnreadableFile(name, translate(
            "Errors", "the file could not be read ({error})").format(
            error=exc.strerror or exc)) from None
    if len(data) > max_bytes:
        raise UnreadableFile(name, _too_large(len(data), max_bytes))
    return data


def _size(n: int) -> str:
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    return f"{n / 2**10:.1f} KB" if n >= 2**10 else f"{n} bytes"


def _too_large(size: int, limit: int) -> str:
    return translate("Errors", "the file is too large ({size}; the limit is {limit})").format(
        size=_size(size), limit=_size(limit).replace(".0 ", " "))


def _read_text(name: str, data: bytes) -> NewArticle:
    suffix = Path(name).suffix.lower()
    if suffix in (".txt", ".text"):
        try:
            decoded = text_import.decode_text(data)
        except ValueError:
            decoded = ""  # the text importer says what is wrong
        if transcript_import.looks_like_speaker_lines(decoded):
            return transcript_import.read_transcript(name, data, "speakers")
    as_name = name if suffix in text_import.SUPPORTED_SUFFIXES else name + ".txt"
    article = text_import.read_article_file(Path(as_name), data=data)
    if as_name != name:
        from dataclasses import replace

        article = replace(article, provenance=replace(article.provenance, source_filename=name))
    return article


IMPORTERS: dict[str, Callable[[str, bytes], NewArticle]] = {
    "text": _read_text,
    "html": html_import.read_html,
    "docx": docx_import.read_docx,
    "pdf": pdf_import.read_pdf,
    "transcript": transcript_import.read_transcript,
}


def read_article_bytes(name: str, data: bytes, *, today: date | None = None) -> NewArticle:
    """Import `data` as if it were the content of a file called `name`.

    Outlet, date and language the file does not give are guessed from its text
    (`today` is the day a date without a year is read against)."""
    if not data:
        raise UnreadableFile(name, translate("Errors", "the file is empty"))
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UnreadableFile(name, translate("Errors", "the file has only blank space"))
    family = _family(Path(name).suffix.lower(), sniff(data[:512]), name)
    return with_guesses(without_bad_url(IMPORTERS[family](name, data)), today=today)


def without_bad_url(new: NewArticle) -> NewArticle:
    """A URL found in a file (front matter, a page's canonical link) that is not
    an http(s) address is dropped: the article is still worth importing."""
    try:
        return replace(new, url=article_url(new.url))
    except ValidationError:
        return replace(new, url=None)


def read_article_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                      today: date | None = None) -> NewArticle:
    """Read one article file of any supported format into a `NewArticle`.

    Raises an `ArticleImportError` (UnsupportedFile or UnreadableFile) with a
    one-line message for every file that cannot become an article.
    """
    path = Path(path)
    return read_article_bytes(printable(path.name), _read_bounded(path, max_bytes), today=today)


__all__ = [
    "DEFAULT_MAX_BYTES", "FILE_DIALOG_FILTER", "SUPPORTED_SUFFIXES", "ArticleImportError",
    "UnreadableFile", "UnsupportedFile", "read_article_bytes", "read_article_file", "sniff",
]
