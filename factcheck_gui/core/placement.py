"""Place a quote in a text by exact match and its context: the importer's resolver.

Order of trust, after Hypothesis: the stored position if the quote is really
there; else, among the exact occurrences of the quote, the one whose
surrounding text best matches the stored prefix and suffix (ties go to the one
nearest the stored position); else nothing (the caller keeps an orphan).
Offsets are code points, end exclusive. Approximate (fuzzy) matching is not
done here: see `reanchor` for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Beyond this many occurrences of a quote, only the first ones are scored.
MAX_CANDIDATES = 10_000


class How(StrEnum):
    POSITION = "position"  # the stored offsets still hold the quote
    CONTEXT = "context"  # found elsewhere; chosen by prefix/suffix (or the only one)


@dataclass(frozen=True, slots=True)
class Placement:
    start: int
    end: int
    how: How


def place_quote(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    start: int | None = None,
    end: int | None = None,
) -> Placement | None:
    """Where `quote` sits in `text`, or None when it does not occur exactly."""
    if not quote:
        return None
    if start is not None and start >= 0 and text[start : start + len(quote)] == quote and (
        end is None or end == start + len(quote)
    ):
        return Placement(start, start + len(quote), How.POSITION)
    best: tuple[int, int, int] | None = None  # (-context score, distance, start)
    at = text.find(quote)
    seen = 0
    while at >= 0 and seen < MAX_CANDIDATES:
        seen += 1
        score = _common_tail(text[max(0, at - len(prefix)) : at], prefix) + _common_head(
            text[at + len(quote) : at + len(quote) + len(suffix)], suffix
        )
        distance = abs(at - start) if start is not None else 0
        key = (-score, distance, at)
        if best is None or key < best:
            best = key
        at = text.find(quote, at + 1)
    if best is None:
        return None
    found = best[2]
    return Placement(found, found + len(quote), How.CONTEXT)


def _common_head(a: str, b: str) -> int:
    """Length of the common beginning of `a` and `b`."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_tail(a: str, b: str) -> int:
    """Length of the common ending of `a` and `b`."""
    return _common_head(a[::-1], b[::-1])
