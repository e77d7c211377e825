"""Default names for files we write: whole words from a title, at most about 60
characters, and the date ("us-russian-forces-clashed-in-syria-2026-12-02.csv")."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

__all__ = ["MAX_STEM", "default_file_name", "slug"]

MAX_STEM = 60  # characters before the extension, date included
_WORD = re.compile(r"[^\W_]+")


def slug(title: str, limit: int) -> str:
    """Lower-case words of `title` joined by "-", as many whole words as fit in
    `limit` characters (a first word longer than that is the one thing cut).
    Accents are dropped from Latin letters; other scripts stay as they are."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", title)
                     if not unicodedata.combining(ch))
    words = _WORD.findall(folded.replace("'", "").replace("’", "").lower())
    out = ""
    for word in words:
        joined = f"{out}-{word}" if out else word
        if len(joined) > limit:
            break
        out = joined
    if not out and words:
        out = words[0][:limit]
    return out


def default_file_name(title: str, suffix: str, *, day: date | None = None,
                      extra: str = "", fallback: str = "factchecks") -> str:
    """`title`'s words, `extra` ("selected"), the date, then `suffix` (".csv")."""
    tail = "-".join(part for part in (extra, (day or date.today()).isoformat()) if part)
    words = slug(title, MAX_STEM - len(tail) - 1) or fallback
    return f"{words}-{tail}{suffix}"
