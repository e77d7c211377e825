"""Is a new text a changed copy of an article already in the library?

A paste or import that is the same article with a few lines added, removed or
reworded should be offered as a new version of the stored one (its claims follow
the text) rather than silently becoming a second article. Candidates are stored
articles whose current text has about the same length (the store filters by
length); each is compared line by line (difflib on the non-blank lines) and, up
to `CHAR_LIMIT` characters, character by character (rapidfuzz's Indel similarity),
so a few reworded lines on a short story still count.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_gui.core.textclean import article_text

if TYPE_CHECKING:
    from factcheck_gui.core.models import Article
    from factcheck_gui.core.store import Store

__all__ = ["LENGTH_SLACK", "MIN_LINE_RATIO", "NearDuplicate", "find_near_duplicates",
           "line_changes"]

LENGTH_SLACK = 0.35  # candidates are within 35% of the new text's length
MIN_LINE_RATIO = 0.75  # share of lines in common (difflib ratio) to count as "the same"
MIN_CHAR_RATIO = 0.9  # or this share of characters in common
CHAR_LIMIT = 60_000  # longer texts are compared by lines only (Indel is quadratic)
MIN_CHARS = 80  # shorter texts are too short to call anything a copy


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    article: Article
    similarity: float  # 0..1
    added: int  # lines in the new text only
    removed: int  # lines in the stored text only
    changed: int  # lines replaced by others

    def describe(self) -> str:
        """ "2 lines added, 1 changed" (what differs, in the new text's terms)."""
        parts: list[str] = []
        for count, what in ((self.added, "added"), (self.changed, "changed"),
                            (self.removed, "removed")):
            if count:
                noun = "" if parts else (" line" if count == 1 else " lines")
                parts.append(f"{count}{noun} {what}")
        return ", ".join(parts) or "only spacing changed"


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def line_changes(old: str, new: str) -> tuple[float, int, int, int]:
    """(similarity, added, removed, changed) between two texts, by lines."""
    return _line_changes(_lines(old), _lines(new))


def _line_changes(a: list[str], b: list[str]) -> tuple[float, int, int, int]:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    added = removed = changed = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            added += j2 - j1
        elif tag == "delete":
            removed += i2 - i1
        elif tag == "replace":
            common = min(i2 - i1, j2 - j1)
            changed += common
            added += (j2 - j1) - common
            removed += (i2 - i1) - common
    return matcher.ratio(), added, removed, changed


class _Text:
    """A text's non-blank lines, their counts and the lines joined by spaces, made
    once: the new text is compared with every candidate."""

    def __init__(self, text: str) -> None:
        self.lines = _lines(text)
        self.counts = Counter(self.lines)
        self.joined = " ".join(self.lines)

    def lines_at_most(self, other: _Text) -> float:
        """An upper bound of the two texts' line similarity (difflib's ratio): the
        share of lines the two have in common, in any order (what difflib calls
        `quick_ratio`), at a hash look-up per line instead of an alignment."""
        total = len(self.lines) + len(other.lines)
        if not total:
            return 1.0
        common = sum((self.counts & other.counts).values())
        return 2 * common / total

    def characters_alike(self, other: _Text) -> float:
        if max(len(self.joined), len(other.joined)) > CHAR_LIMIT:
            return 0.0
        from rapidfuzz.distance import Indel

        return Indel.normalized_similarity(other.joined, self.joined,
                                           score_cutoff=MIN_CHAR_RATIO)


def find_near_duplicates(store: Store, text: str, *, limit: int = 3) -> list[NearDuplicate]:
    """Stored articles whose current text is nearly `text` (but not exactly), best first."""
    text = article_text(text)
    if len(text.strip()) < MIN_CHARS:
        return []
    found = []
    new = _Text(text)
    for article, stored in store.articles.current_texts_near_length(len(text), LENGTH_SLACK):
        if stored == text:
            continue  # an exact duplicate is handled as such
        old = _Text(stored)
        # The alignment only where the lines in common could reach the threshold.
        changes = (_line_changes(old.lines, new.lines)
                   if new.lines_at_most(old) >= MIN_LINE_RATIO else None)
        ratio = changes[0] if changes else 0.0
        if ratio < MIN_LINE_RATIO:
            ratio = max(ratio, new.characters_alike(old))
            if ratio < MIN_CHAR_RATIO:
                continue
        _ratio, added, removed, changed = changes or _line_changes(old.lines, new.lines)
        found.append(NearDuplicate(article, ratio, added, removed, changed))
    found.sort(key=lambda near: -near.similarity)
    return found[:limit]
