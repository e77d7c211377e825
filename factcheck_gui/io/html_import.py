"""Saved web pages and clipboard HTML become a `NewArticle` (trafilatura does the reading).

trafilatura finds the article's main text (no navigation, comments, cookie banners,
footers) and its metadata: title, author, date, site name, canonical URL. The
metadata may be wrong (docs/decisions.md), so it only prefills fields a person confirms.
Paragraphs come from its XML tree, where ``<p>`` and ``<lb/>`` stay apart.

trafilatura's time grows with the page's text (about 1.3 s per MB of paragraphs
here; an 18 MB page took 68 s). Scripts and styles are dropped first with lxml;
a page still larger than `IN_PROCESS_BYTES` is extracted in a child process
(``python -m factcheck_gui.io.html_import``) that is killed after
`EXTRACT_TIMEOUT_S` seconds and may use at most `CHILD_MEMORY_BYTES`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate
from factcheck_gui.io.import_errors import UnreadableFile
from factcheck_gui.io.text_import import decode_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
IN_PROCESS_BYTES = 1_000_000
EXTRACT_TIMEOUT_S = 60.0
CHILD_MEMORY_BYTES = 2 * 1024**3

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# An internal DTD subset (where entity bombs live) means nothing to an HTML parser,
# which would show its tail as text; entities are never expanded either way.
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.I | re.S)
DEPTH_LIMIT_NOTE = QT_TRANSLATE_NOOP("Errors",
                                     "the page is nested too deeply to read (over 255 levels)")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
_BLOCKS = ("p", "head", "quote", "code", "item", "row", "list", "table")
_SPACES = re.compile(r"[ \t\u00a0\u200b\r\f\v]+")


@functools.cache  # importlib.metadata takes milliseconds a call
def importer_name() -> str:
    return f"trafilatura/{version('trafilatura')}"


def decode_html(data: bytes) -> str:
    """HTML bytes as text: a BOM, then a declared <meta charset>, then detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return decode_text(data)
    except ValueError:
        raise ValueError(translate("Errors", "this does not look like a web page"
                                   " (binary data or an unknown encoding)")) from None


def parse_html(html: str) -> HtmlElement:
    """An lxml tree of `html` without scripts, styles and other non-text parts."""
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    html = _XML_DECL.sub("", html, count=1).replace("\x00", "")
    html = _INTERNAL_SUBSET.sub("", html[:100_000], count=1) + html[100_000:]
    if not html.strip():
        raise ValueError(translate("Errors", "the page is empty"))
    try:
        tree = document_fromstring(html, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ValueError(translate("Errors", "the page could not be read as HTML ({error})").format(
            error=exc)) from None
    etree.strip_elements(tree, *_DROP_TAGS, with_tail=False)
    if any("depth" in str(entry.message).lower() for entry in parser.error_log):
        tree.set("data-factcheck-too-deep", "1")  # libxml2 stopped reading at depth 256
    return tree


def _page_language(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        found = tree.xpath(
            "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')"
            "='content-language']/@content | //meta[@property='og:locale']/@content"
        )
        lang = found[0] if found else None
    lang = (lang or "").strip().replace("_", "-")
    return lang[:35] or None


def _line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _inline_text(element: Any) -> str:
    """Text of one block, `<lb/>` kept as a newline, runs of spaces collapsed."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _paragraphs(body: Any) -> list[str]:
    """Blocks of trafilatura's XML body, one string per paragraph / list item / row."""
    out: list[str] = []

    def add(text: str, prefix: str = "") -> None:
        lines = [_line(part) for part in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            out.append(prefix + text)

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == "list":
                walk(child)
            elif tag == "item":
                nested = [c for c in child if c.tag == "list"]
                for sub in nested:
                    child.remove(sub)  # the item's own text first, then its sub-list
                add(_inline_text(child), "• ")
                for sub in nested:
                    walk(sub)
            elif tag == "table":
                walk(child)
            elif tag == "row":
                cells = [_line(_inline_text(cell)) for cell in child]
                add(" | ".join(c for c in cells if c))
            elif tag in ("div", "quote") and any(c.tag in _BLOCKS for c in child):
                walk(child)
            elif tag not in ("graphic",):
                add(_inline_text(child))
        if element.tail and element.tail.strip():
            add(element.tail)

    walk(body)
    return out


def _plain_paragraphs(tree: HtmlElement) -> list[str]:
    """Fallback for fragments trafilatura declines (short clipboard snippets)."""
    from lxml import etree

    blocks = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
              "pre", "section", "article", "dd", "dt", "td", "th", "br")
    for element in tree.iter(*blocks):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    text = etree.tostring(tree, method="text", encoding="unicode")
    return [line for line in (_line(part) for part in text.split("\n")) if line]


def extract(html: str) -> dict[str, Any]:
    """Paragraphs and metadata of a page: ``{"paragraphs": [...], "title": ..., ...}``."""
    from trafilatura import bare_extraction

    tree = parse_html(html)
    language = _page_language(tree)
    fallback_title = _line(tree.findtext(".//title") or "")
    found = bare_extraction(tree, with_metadata=True, include_comments=False,
                            include_tables=True)
    doc = None if isinstance(found, dict) else found  # a dict only when asked for one
    paragraphs = _paragraphs(doc.body) if doc is not None and doc.body is not None else []
    if not paragraphs:
        fresh = parse_html(html)  # trafilatura changed `tree`
        paragraphs = _plain_paragraphs(fresh)
        if not paragraphs and fresh.get("data-factcheck-too-deep"):
            raise ValueError(translate("Errors", DEPTH_LIMIT_NOTE))
    meta = {
        "title": (doc.title if doc is not None else None) or fallback_title or None,
        "author": doc.author if doc is not None else None,
        "published": doc.date if doc is not None else None,
        "outlet": doc.sitename if doc is not None else None,
        "url": doc.url if doc is not None else None,
        "language": language or (doc.language if doc is not None else None),
    }
    return {"paragraphs": paragraphs, **{k: v for k, v in meta.items() if v}}


def _extract_in_child(html: str, timeout: float) -> dict[str, Any]:
    # The child must find this package even when it runs from a checkout, uninstalled.
    package_root = str(Path(__file__).resolve().parents[2])
    paths = [package_root, *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    command = [sys.executable, "-m", "factcheck_gui.io.html_import"]
    if getattr(sys, "frozen", False):  # the bundled app has no -m: it runs itself
        command, env = [sys.executable], {**os.environ, "FACTCHECK_CHILD": "html-extract"}
    try:
        done = subprocess.run(
            command,
            input=html.encode("utf-8", "surrogatepass"), capture_output=True,
            timeout=timeout, check=False, env=env,
        )
    except subprocess.TimeoutExpired:
        raise ValueError(translate("Errors", "the page took longer than {seconds} s to read;"
                                   " is it really one article?").format(
            seconds=f"{timeout:g}")) from None
    if done.returncode != 0:
        last = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
        if "MemoryError" in last:
            raise ValueError(translate("Errors", "the page needs too much memory to read"))
        raise ValueError(translate("Errors", "the page could not be read ({error})").format(
            error=last[:200]))
    return json.loads(done.stdout)


def extract_bounded(html: str, *, in_process_limit: int | None = None,
                    timeout: float | None = None) -> dict[str, Any]:
    """`extract`, in this process for small pages, else in a child with a time limit."""
    limit = IN_PROCESS_BYTES if in_process_limit is None else in_process_limit
    if len(html) <= limit:
        return extract(html)
    from lxml import etree

    slim = etree.tostring(parse_html(html), encoding="unicode", method="html")
    if len(slim) <= limit:
        return extract(slim)
    return _extract_in_child(slim, EXTRACT_TIMEOUT_S if timeout is None else timeout)


def article_from_html(html: str, *, name: str, sha256: str, **options: Any) -> NewArticle:
    """A `NewArticle` from decoded HTML; `name` is used in messages and provenance."""
    try:
        found = extract_bounded(html, **options)
    except (ValueError, RecursionError) as exc:
        raise UnreadableFile(name, str(exc)) from None
    text = join_paragraphs(found.pop("paragraphs"))
    if not text.strip():
        raise UnreadableFile(name, translate("Errors", "no article text found in this page"))
    title = found.pop("title", None) or _first_line(text)
    return NewArticle(title=title, text=text, provenance=Provenance(name, sha256, importer_name()),
                      **found)


def join_paragraphs(paragraphs: list[str]) -> str:
    """Blank lines between paragraphs; consecutive "• " list items one line apart."""
    parts: list[str] = []
    for i, para in enumerate(paragraphs):
        if i:
            both_items = para.startswith("• ") and paragraphs[i - 1].startswith("• ")
            parts.append("\n" if both_items else "\n\n")
        parts.append(para)
    return "".join(parts)


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= 200 else line[:200].rsplit(" ", 1)[0] + "…"


def read_html(name: str, data: bytes, **options: Any) -> NewArticle:
    """Import the bytes of a saved web page called `name`."""
    try:
        html = decode_html(data)
    except ValueError as exc:
        raise UnreadableFile(name, str(exc)) from None
    return article_from_html(html, name=name, sha256=hashlib.sha256(data).hexdigest(), **options)


def article_from_clipboard_html(html: str, *, source_name: str = "pasted HTML") -> NewArticle:
    """A `NewArticle` from HTML clipboard content (the window's Paste as new article)."""
    digest = hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()
    from factcheck_gui.io.guess import with_guesses

    return with_guesses(article_from_html(html, name=source_name, sha256=digest))


def _child_main() -> int:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform: the time limit still holds
    html = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
    json.dump(extract(html), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())
