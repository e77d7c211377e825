"""Text PDFs become a `NewArticle` (pypdf does the reading).

pypdf gives the text in content-stream order (reading order for ordinary PDFs)
and, through its visitor, the height of each line. From those lines:

- headers and footers are dropped: lines at the top or bottom of a page that come
  back (digits aside) on at least half the pages, and lone page numbers;
- paragraphs are rebuilt: a line joins the one before unless the gap between
  them is clearly larger than the usual line spacing, or the line before is a
  short one that ends a sentence;
- a word hyphenated at a line end is joined when that is safe: the hyphen is
  kept if the document spells the word with a hyphen elsewhere ("well-known"),
  and dropped otherwise ("fa-" + "res" -> "fares").

A PDF whose pages hold no text (a scan) is refused: "no text found: scanned PDF?".
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
import re
import statistics
import struct
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.translatable import translate
from factcheck_gui.io.import_errors import UnreadableFile

SUFFIXES = (".pdf",)
MAX_PAGES = 2000
TIME_LIMIT_S = 60.0
_PAGE_NUMBER = re.compile(
    r"(?i)^[-–—\s]*(page|p\.|seite|página|pagina)?\s*\d{1,4}(\s*(of|/|von|de)\s*\d{1,4})?[-–—\s]*$"
)
_HYPHENATED = re.compile(r"(\w*[^\W\d_])[-\u00ad]$")
_WORD_START = re.compile(r"^([^\W\d_]+)")
_SENTENCE_END = (".", "!", "?", ":", "\"", "”", "’", "»")
_DIGITS = re.compile(r"\d+")


@dataclass
class _Line:
    text: str
    y: float | None
    size: float | None = None  # font size on the page, when known


@functools.cache  # importlib.metadata takes milliseconds a call
def importer_name() -> str:
    return f"pypdf/{version('pypdf')}"


def _page_lines(page: Any) -> list[_Line]:
    """The page's lines in pypdf's order, each with its height on the page if known."""
    lines: list[_Line] = [_Line("", None)]

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                lines.append(_Line("", None))
            if piece:
                current = lines[-1]
                current.text += piece
                if current.y is None and any(tm[4:6]):
                    current.y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                    scale = abs(tm[3] * cm[3]) or 1.0
                    current.size = float(size) * scale if size else None

    page.extract_text(visitor_text=visit)
    out = []
    for line in lines:
        text = " ".join(line.text.replace("\u00a0", " ").split())
        if text:
            out.append(_Line(text, line.y, line.size))
    return out


def _edge_key(text: str) -> str:
    return _DIGITS.sub("#", text.casefold())


def drop_headers_and_footers(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove repeated first/last lines (digits ignored) and lone page numbers."""
    edges: Counter[str] = Counter()
    for lines in pages:
        keys = {_edge_key(line.text) for line in lines[:2] + lines[-2:]}
        edges.update(keys)
    needed = max(2, (len(pages) + 1) // 2)
    repeated = {key for key, count in edges.items() if count >= needed} if len(pages) > 1 else set()
    cleaned = []
    for lines in pages:
        keep = list(lines)
        for _ in range(2):  # header: up to two lines from the top
            if keep and (_edge_key(keep[0].text) in repeated or _PAGE_NUMBER.match(keep[0].text)):
                keep.pop(0)
        for _ in range(2):  # footer: up to two lines from the bottom
            if keep and (_edge_key(keep[-1].text) in repeated or _PAGE_NUMBER.match(keep[-1].text)):
                keep.pop()
        cleaned.append(keep)
    return cleaned


def _paragraphs(pages: list[list[_Line]]) -> list[list[str]]:
    """Group lines into paragraphs (lists of lines) using vertical gaps and line lengths."""
    gaps = [
        a.y - b.y
        for lines in pages
        for a, b in itertools.pairwise(lines)
        if a.y is not None and b.y is not None and 0 < a.y - b.y < 200
    ]
    # The commonest gap is the line spacing (the median is not, in short texts).
    rounded = Counter(round(gap * 2) / 2 for gap in gaps)
    usual_gap = min(rounded, key=lambda g: (-rounded[g], g)) if rounded else None
    lengths = [len(line.text) for lines in pages for line in lines]
    usual_length = statistics.median(lengths) if lengths else 0
    paragraphs: list[list[str]] = []
    previous: _Line | None = None
    for lines in pages:
        for index, line in enumerate(lines):
            new = previous is None
            if previous is not None and index == 0:  # first line of a page: no gap to go by
                new = previous.text.endswith(_SENTENCE_END) and line.text[:1].isupper()
            elif previous is not None:
                gap = (previous.y - line.y) if previous.y is not None and line.y is not None \
                    else None
                wide_gap = gap is not None and (
                    (usual_gap is not None and gap > usual_gap * 1.4)
                    or (line.size is not None and gap > line.size * 2.0))
                short_end = len(previous.text) < 0.7 * usual_length and (
                    previous.text.endswith(_SENTENCE_END) or gap is None)
                new = wide_gap or short_end
            if new:
                paragraphs.append([line.text])
            else:
                paragraphs[-1].append(line.text)
            previous = line
    return paragraphs


def join_lines(lines: list[str], hyphenated: set[str]) -> str:
    """One paragraph from its lines, joining words broken by a hyphen at a line end."""
    text = lines[0]
    for line in lines[1:]:
        left = _HYPHENATED.search(text)
        right = _WORD_START.match(line)
        if left and right and right.group(1)[0].islower():
            word = f"{left.group(1)}-{right.group(1)}".casefold()
            keep_hyphen = word in hyphenated and text[-1] == "-"
            text = text[:-1] + ("-" if keep_hyphen else "") + line
        else:
            text += " " + line
    return text


def _hyphenated_words(pages: list[list[_Line]]) -> set[str]:
    """Words the document writes with a hyphen inside a line (e.g. "well-known")."""
    found: set[str] = set()
    for lines in pages:
        for line in lines:
            found.update(w.casefold() for w in re.findall(r"[^\W\d_]+-[^\W\d_]+", line.text))
    return found


def read_pdf(name: str, data: bytes) -> NewArticle:
    """Import the bytes of a PDF called `name`."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    started = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(name, translate("Errors", "this PDF is protected by a password"))
        if len(reader.pages) > MAX_PAGES:
            raise UnreadableFile(name, translate(
                "Errors", "this PDF has more than {pages} pages; refused").format(pages=MAX_PAGES))
        pages = []
        for page in reader.pages:
            pages.append(_page_lines(page))
            if time.monotonic() - started > TIME_LIMIT_S:
                raise UnreadableFile(name, translate(
                    "Errors", "this PDF took longer than {seconds} s to read").format(
                    seconds=f"{TIME_LIMIT_S:g}"))
        meta = reader.metadata
        title = meta.title if meta else None
        author = meta.author if meta else None
    except (FileNotDecryptedError, DependencyError):
        raise UnreadableFile(name, translate(
            "Errors", "this PDF is encrypted and cannot be read")) from None
    except (PyPdfError, ValueError, LookupError, TypeError, AttributeError, AssertionError,
            OSError, RecursionError, ArithmeticError, NotImplementedError, EOFError,
            struct.error, zlib.error) as exc:  # what damaged PDFs make pypdf raise
        if isinstance(exc, UnreadableFile):
            raise
        raise UnreadableFile(name, translate(
            "Errors", "this PDF is damaged and cannot be read ({error})").format(
            error=type(exc).__name__)) from None
    pages = drop_headers_and_footers(pages)
    hyphenated = _hyphenated_words(pages)
    paragraphs = [join_lines(lines, hyphenated) for lines in _paragraphs(pages)]
    text = "\n\n".join(paragraphs)
    if sum(ch.isalnum() for ch in text) < 3:
        raise UnreadableFile(name, translate("Errors", "no text found: scanned PDF?"))
    title = " ".join(str(title or "").split())
    if not title or title.lower().startswith(("microsoft word", "untitled")) or "." in title[-5:]:
        first = paragraphs[0]
        title = first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "…"
    return NewArticle(
        title=title,
        text=text,
        author=" ".join(str(author or "").split()) or None,
        provenance=Provenance(name, hashlib.sha256(data).hexdigest(), importer_name()),
    )
