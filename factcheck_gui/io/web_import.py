"""A fetched page becomes an article (or a source's copy) through the file importers.

The content type decides the importer: HTML, plain text and PDF go to the same
readers (and metadata guesses) as saved files; anything else is refused, naming
what the server sent. A missing or generic type (`application/octet-stream`) is
decided by the first bytes, as for files. A charset the server names wins over
the page's own `<meta charset>` (the HTTP rule); without one the page's own
declaration and detection decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from factcheck_gui.core.models import NewArticle, Provenance, WebFetch
from factcheck_gui.core.translatable import translate
from factcheck_gui.io import html_import, text_import
from factcheck_gui.io.guess import outlet_for_url, with_guesses
from factcheck_gui.io.import_errors import UnreadableFile
from factcheck_gui.io.importers import read_article_bytes, sniff, without_bad_url
from factcheck_gui.io.web import Limits, WebClient

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
_GENERIC = frozenset({"", "application/octet-stream", "binary/octet-stream"})


def page_kind(fetched: WebFetch) -> str:
    """"html", "text" or "pdf"; UnreadableFile naming the type for anything else."""
    kind = fetched.content_type
    if kind in HTML_TYPES or kind in TEXT_TYPES:
        # A wrong label: the bytes decide when they are plainly something else.
        found = sniff(fetched.body[:512])
        if found == "pdf":
            return "pdf"
        if found is not None and found.startswith("a "):
            raise UnreadableFile(fetched.final_url, translate(
                "Errors", "the server sent {type}, but the page is {kind}, not an article"
            ).format(type=kind, kind=translate("Errors", found)))
        return "html" if kind in HTML_TYPES else "text"
    if kind in PDF_TYPES:
        return "pdf"
    if kind in _GENERIC:
        found = sniff(fetched.body[:512])
        if found in ("html", "pdf"):
            return found
        if found is None and fetched.body.strip():
            return "text"
        if found is None:
            raise UnreadableFile(fetched.final_url, translate(
                "Errors", "the server sent no content type and the page is empty,"
                " not an article"))
        raise UnreadableFile(fetched.final_url, translate(
            "Errors", "the server sent no content type and the page is {kind}, not an article"
        ).format(kind=translate("Errors", found)))
    raise UnreadableFile(fetched.final_url, translate(
        "Errors", "the server sent {type}, not an article (HTML, plain text or PDF)"
    ).format(type=kind))


def page_name(fetched: WebFetch, kind: str) -> str:
    """A file-like name for messages and provenance: the address's last part, with
    the suffix its importer expects."""
    path = PurePosixPath(unquote(urlsplit(fetched.final_url).path))
    stem = path.stem or urlsplit(fetched.final_url).hostname or "page"
    suffix = {"html": ".html", "text": ".txt", "pdf": ".pdf"}[kind]
    return stem[:80] + suffix


def article_from_fetch(fetched: WebFetch) -> NewArticle:
    """The article a fetched page holds, with the fetch kept for the store."""
    kind = page_kind(fetched)
    name = page_name(fetched, kind)
    if not fetched.body.strip():
        raise UnreadableFile(fetched.final_url, translate("Errors", "the page is empty"))
    decoded = _decoded(fetched) if kind != "pdf" else None
    guessed = False
    if kind == "html" and decoded is not None:
        new = html_import.article_from_html(decoded, name=name, sha256=fetched.sha256)
    elif kind == "text" and decoded is not None:
        new = text_import.read_article_file(Path(name), data=decoded.encode("utf-8"))
    else:
        new, guessed = read_article_bytes(name, fetched.body), True
    new = without_bad_url(new)
    new = replace(new, url=new.url or fetched.final_url, fetched=fetched,
                  provenance=Provenance(fetched.final_url, fetched.sha256,
                                        new.provenance.extractor))
    # The guesses a saved page gets (outlet, date, language from its text), here
    # also knowing the address: the outlet a site belongs to.
    if not guessed:
        return with_guesses(new)
    return new if new.outlet else replace(new, outlet=outlet_for_url(new.url))


def _decoded(fetched: WebFetch) -> str | None:
    """The page as text by the server's charset; None to let the importer decide."""
    if not fetched.charset:
        return None
    try:
        return fetched.body.decode(fetched.charset)
    except (LookupError, UnicodeDecodeError):
        return None  # a wrong or unknown label: detection is better than mojibake


def fetch_article(url: str, *, max_bytes: int | None = None, client: WebClient | None = None,
                  cancel: Callable[[], bool] | None = None) -> NewArticle:
    """Fetch `url` and read it as an article (FetchError or ArticleImportError)."""
    own = client is None
    active = client or WebClient()
    try:
        limits = active.limits if max_bytes is None else replace(active.limits,
                                                                 max_bytes=max_bytes)
        return article_from_fetch(active.fetch(url, cancel=cancel, limits=limits))
    finally:
        if own:
            active.close()


class WebAddress(str):
    """A web address among file paths in a batch: `.name` is the address itself."""

    @property
    def name(self) -> str:
        return str(self)


def is_web_address(text: object) -> bool:
    """Whether a command-line argument or pasted line is meant as a web address."""
    if not isinstance(text, str):
        return False
    lowered = text.strip().lower()
    return lowered.startswith(("http://", "https://"))


__all__ = ["Limits", "WebAddress", "article_from_fetch", "fetch_article", "is_web_address",
           "page_kind"]
