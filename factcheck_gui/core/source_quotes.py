"""Where a claim's quote appears in the kept copies of its sources ("found in source 2").

Exact first (after folding case, spaces and typographic quotes, so a page's
curly quotes or line breaks do not hide a match), then an approximate match with
rapidfuzz's partial alignment, the tool re-anchoring uses for changed articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck_gui.core.models import Source, SourceCopy

#: The lowest similarity (0-100) of an approximate match worth showing.
MIN_SCORE = 85.0
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class QuoteFound:
    """The quote in one source's copy: which source (1-based as listed), where, how close."""

    number: int
    source: Source
    start: int
    end: int
    score: float  # 100 for an exact match
    passage: str  # the copy's text at start:end

    @property
    def exact(self) -> bool:
        return self.score >= 100.0


def _folded(text: str) -> tuple[str, list[int]]:
    """Text with spaces collapsed and quotes folded, lower case, and for each
    character of it the offset in `text` it came from."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        low = ch.lower()
        if len(low) != 1:
            low = ch
        out.append(low)
        where.append(i)
    return "".join(out), where


def find_in_copy(quote: str, text: str) -> tuple[int, int, float] | None:
    """(start, end, score) of `quote` in `text`, or None."""
    needle = _SPACES.sub(" ", quote.translate(_FOLD)).strip().lower()
    if not needle or not text:
        return None
    hay, where = _folded(text)
    at = hay.find(needle)
    if at >= 0:
        return where[at], where[at + len(needle) - 1] + 1, 100.0
    if len(needle) < 12:
        return None  # a few words match approximately almost anywhere
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=MIN_SCORE)
    if found is None or found.dest_end <= found.dest_start:
        return None
    return where[found.dest_start], where[found.dest_end - 1] + 1, round(found.score, 1)


def quote_in_sources(quote: str, sources: Sequence[Source],
                     copies: dict[str, SourceCopy]) -> list[QuoteFound]:
    """Each source whose kept copy holds the quote, best match first."""
    found = []
    for number, source in enumerate(sources, start=1):
        copy = copies.get(source.id)
        if copy is None or not copy.text:
            continue
        hit = find_in_copy(quote, copy.text)
        if hit is not None:
            start, end, score = hit
            found.append(QuoteFound(number, source, start, end, score, copy.text[start:end]))
    return sorted(found, key=lambda f: (-f.score, f.number))
