"""Where one user-perceived character ends and the next begins, and which
characters belong to words, in every script.

A base letter and the marks that follow it (é written as e + U+0301, the vowel
signs of Devanagari, Arabic harakat) are one character to a reader; so are
emoji joined by ZERO WIDTH JOINER, an emoji and its skin-tone modifier or
variation selector, and a pair of regional indicators (a flag). A claim's edges
never fall inside one of these. This is a compact form of Unicode's extended
grapheme cluster rules (UAX #29) covering what news text holds; Hangul jamo
sequences and prepend characters are not handled.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
ZWNJ = "\u200c"
_WORD_PUNCTUATION = frozenset("'’-_%£$€")


def is_mark(ch: str) -> bool:
    """A combining mark (Mn, Mc, Me): it belongs to the character before it."""
    return unicodedata.category(ch).startswith("M")


def _extends(ch: str) -> bool:
    """Characters that attach to what precedes them."""
    return is_mark(ch) or ch == ZWJ or "\U0001f3fb" <= ch <= "\U0001f3ff" or (
        "\U000e0020" <= ch <= "\U000e007f")  # emoji modifiers, tag characters


def _regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def inside_cluster(text: str, i: int) -> bool:
    """Whether position `i` (0 < i < len) falls inside a grapheme cluster."""
    if not 0 < i < len(text):
        return False
    left, right = text[i - 1], text[i]
    if _extends(right):
        return True
    if left == ZWJ:
        return True  # emoji ZWJ sequences: the joiner binds the next one too
    if _regional(left) and _regional(right):
        run = 0
        j = i - 1
        while j >= 0 and _regional(text[j]):
            run += 1
            j -= 1
        return run % 2 == 1  # flags pair up from the left
    return False


def cluster_start(text: str, i: int) -> int:
    """`i` moved left to the start of its grapheme cluster."""
    while inside_cluster(text, i):
        i -= 1
    return i


def cluster_end(text: str, i: int) -> int:
    """`i` moved right to the end of its grapheme cluster."""
    while inside_cluster(text, i):
        i += 1
    return i


def in_word(ch: str) -> bool:
    """Letters, digits and marks of any script, joiners, and the signs that stay
    with a word (`don't`, `re-elected`, `18%`, `£5`)."""
    return ch.isalnum() or is_mark(ch) or ch in (ZWJ, ZWNJ) or ch in _WORD_PUNCTUATION
