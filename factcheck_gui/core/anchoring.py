"""Where a claim sits in its article's text: quote, context and offsets.

Offsets are code points (Python string indices), end exclusive, as in the W3C
TextPositionSelector. Context follows Hypothesis: 32 characters on each side.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.translatable import translate

CONTEXT_CHARS = 32


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote sits in a text, with the words around it."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def anchor_at(text: str, start: int, end: int) -> Anchor:
    """The anchor for `text[start:end]`; refuses empty, reversed or out-of-range spans."""
    check_span(len(text), start, end)
    return make_anchor(
        start,
        end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def check_span(length: int, start: int, end: int) -> None:
    if not 0 <= start < end <= length:
        raise ValidationError(translate(
            "Errors", "span {start}-{end} is not inside the article text (0-{length}) or is"
            " empty").format(start=start, end=end, length=length))


def make_anchor(start: int, end: int, *, quote: str, prefix: str, suffix: str) -> Anchor:
    """An anchor from pieces already cut from the text (e.g. by the database)."""
    if not quote.strip():
        raise ValidationError(translate("Errors", "span {start}-{end} covers only whitespace"
                                        ).format(start=start, end=end))
    return Anchor(start=start, end=end, quote=quote, prefix=prefix, suffix=suffix)


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the `occurrence`-th (1-based) exact match of `quote` in `text`."""
    if not quote:
        raise ValidationError(translate("Errors", "the quote is empty"))
    if occurrence < 1:
        raise ValidationError(translate("Errors", "occurrence counts from 1"))
    found = -1
    for seen in range(occurrence):
        found = text.find(quote, found + 1)
        if found < 0:
            if seen == 0:
                raise ValidationError(translate(
                    "Errors", "the quote {quote} is not in the article text").format(
                    quote=_short(quote)))
            raise ValidationError(translate(
                "Errors", "the quote {quote} occurs only {count} time(s) in the article text"
            ).format(quote=_short(quote), count=seen))
    return found, found + len(quote)


def count_quote(text: str, quote: str) -> int:
    """How often `quote` occurs in `text` (overlapping matches counted)."""
    count, at = 0, text.find(quote)
    while at >= 0 and quote:
        count += 1
        at = text.find(quote, at + 1)
    return count


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
