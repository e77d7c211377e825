"""Where a claim's span starts and ends: snapping a selection to whole words, and
moving an edge one word at a time. Plain text in, code-point offsets out."""

from __future__ import annotations

from factcheck_gui.core.graphemes import cluster_end, cluster_start, in_word, inside_cluster


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words, then drop spaces and stray punctuation
    at its edges. Empty if only spaces were selected. Words follow Unicode:
    marks belong to their letter, and no edge splits a grapheme cluster."""
    start, end = cluster_start(text, start), cluster_end(text, end)
    while 0 < start < len(text) and _joined(text, start):
        start -= 1
    while 0 < end < len(text) and _joined(text, end):
        end += 1
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _joined(text: str, i: int) -> bool:
    """Whether the characters either side of position `i` belong to one word
    (`18%`, `don't`, `2.60`, `re-elected`)."""
    if inside_cluster(text, i):
        return True
    left, right = text[i - 1], text[i]
    if in_word(left) and in_word(right):
        return True
    if left in ".," and right.isdigit() and i >= 2 and text[i - 2].isdigit():
        return True
    return right in ".," and left.isdigit() and i + 1 < len(text) and text[i + 1].isdigit()


def word_step(text: str, position: int, direction: int, *, edge: str = "end") -> int:
    """Move a claim's `edge` ("start" or "end") at `position` one word left (-1) or
    right (+1). Words are separated by spaces; a start lands on a word's first
    character, an end just after a word's last (trailing , ; : left out)."""
    i = position
    if (edge == "end") == (direction > 0):  # end right, or start left: cross a gap, a word
        step = 1 if direction > 0 else -1
        peek = (lambda j: text[j]) if direction > 0 else (lambda j: text[j - 1])
        limit = len(text) if direction > 0 else 0
        while i != limit and peek(i).isspace():
            i += step
        while i != limit and not peek(i).isspace():
            i += step
        if edge == "end":
            while i > position + 1 and text[i - 1] in ",;:":
                i -= 1
        return i
    step = 1 if direction > 0 else -1  # end left, or start right: cross a word, a gap
    peek = (lambda j: text[j]) if direction > 0 else (lambda j: text[j - 1])
    limit = len(text) if direction > 0 else 0
    while i != limit and peek(i).isspace():
        i += step
    while i != limit and not peek(i).isspace():
        i += step
    while i != limit and peek(i).isspace():
        i += step
    return i
