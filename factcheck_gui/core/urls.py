"""Source URLs: what we store, and what we are willing to open."""

from __future__ import annotations

from urllib.parse import urlsplit

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.translatable import translate

OPENABLE_SCHEMES = frozenset({"http", "https"})


def normalize_source_url(text: str) -> str:
    """A source's web address: `example.org/x` gains `https://`; other schemes
    than http(s) are refused (sources must be checkable by readers)."""
    url = (text or "").strip()
    if not url:
        raise ValidationError(translate("Errors", "a source needs a URL"))
    if any(ch.isspace() for ch in url):
        raise ValidationError(translate(
            "Errors", "{url} is not a web address (it contains spaces)").format(url=repr(url)))
    parts = urlsplit(url)
    if not parts.scheme or (parts.scheme not in OPENABLE_SCHEMES and not parts.netloc
                            and "." in parts.scheme):
        url = "https://" + url
        parts = urlsplit(url)
    if parts.scheme.lower() not in OPENABLE_SCHEMES:
        raise ValidationError(translate(
            "Errors", "{url} is not a web address: only http:// and https:// addresses are"
            " accepted").format(url=repr(url)))
    if not parts.hostname or ("." not in parts.hostname and parts.hostname != "localhost"):
        raise ValidationError(translate(
            "Errors", "{url} is not a web address (no host name)").format(url=repr(url)))
    return url


def is_openable(url: str) -> bool:
    """Whether the app may hand `url` to the system browser: http(s) with a host only."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in OPENABLE_SCHEMES and bool(parts.hostname)


def article_url(text: str | None) -> str | None:
    """An article's web address as stored: None when empty, else an http(s) URL
    (`example.org/x` gains `https://`). `javascript:`, `file:`, `data:` and other
    schemes are refused, whichever way the address arrives (import, front
    matter, annotations, the details dialog), since exports hand it on to readers."""
    if text is None or not str(text).strip():
        return None
    return normalize_source_url(str(text))
