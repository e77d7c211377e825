"""Find a phrase in a text the way a reader means it.

Typographic variants count as the same character: curly and straight quotes
(’ ‘ ' and “ ” "), and every dash and hyphen (– — - and their kin). A run of
spaces or line breaks in the phrase matches any run of white space in the text,
so a phrase that wraps onto the next line or paragraph is still found. Matching
is case-blind unless asked, and `whole_word` refuses matches that start or end
inside a word.

The text is folded once into a string of the same length (one character for
one character), so every match is a span of code points in the original text
and finding stays a single regular-expression scan (a 1 MB article: a few
milliseconds).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

_QUOTES = "'‘’‚‛′`´"
_DOUBLE_QUOTES = '"“”„‟″«»'
_DASHES = "-‐‑‒–—―−"
_FOLD = [(ch, "'") for ch in _QUOTES[1:]] + [(ch, '"') for ch in _DOUBLE_QUOTES[1:]] + [
    (ch, "-") for ch in _DASHES[1:]]
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class FindOptions:
    """How the find bar matches: case, whole words."""

    case_sensitive: bool = False
    whole_word: bool = False


def fold(text: str, *, case_sensitive: bool = False) -> str:
    """`text` with quote and dash variants unified (and lower-cased unless
    `case_sensitive`), one character for each character of `text`."""
    folded = text
    if not text.isascii():
        # One str.replace per variant: each is a C loop (str.translate with a
        # table runs per character in Python and took 0.4 s on 1 MB).
        for variant, plain in _FOLD:
            if variant in folded:
                folded = folded.replace(variant, plain)
    if case_sensitive:
        return folded
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # A few letters lower-case to two characters ("İ"): keep those as they are.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


DEFAULT = FindOptions()


def find_all(text: str, phrase: str, options: FindOptions = DEFAULT) -> list[tuple[int, int]]:
    """Every (start, end) in `text` where `phrase` occurs, in order, not overlapping.

    An empty or all-blank phrase finds nothing."""
    pattern = _pattern(phrase, options)
    if pattern is None:
        return []
    haystack = _folded(text, options.case_sensitive)
    return [match.span() for match in pattern.finditer(haystack)]


@lru_cache(maxsize=4)
def _folded(text: str, case_sensitive: bool) -> str:
    # Cached: the same article is searched again on every key typed in the find bar.
    return fold(text, case_sensitive=case_sensitive)


@lru_cache(maxsize=32)
def _pattern(phrase: str, options: FindOptions) -> re.Pattern[str] | None:
    words = [w for w in _SPACE.split(fold(phrase, case_sensitive=options.case_sensitive)) if w]
    if not words:
        return None
    body = r"\s+".join(re.escape(word) for word in words)
    if options.whole_word:
        # Only where the phrase itself begins or ends with a word character.
        if re.match(r"\w", words[0]):
            body = r"(?<!\w)" + body
        if re.search(r"\w$", words[-1]):
            body += r"(?!\w)"
    return re.compile(body)


def nearest(matches: list[tuple[int, int]], offset: int) -> int:
    """The index of the first match starting at or after `offset` (wrapping to 0)."""
    index = bisect_left(matches, offset, key=lambda match: match[0])
    return index if index < len(matches) else 0
