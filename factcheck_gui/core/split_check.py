"""Whether an insertion next to a placed claim may really have gone inside it.

Words inserted inside a claim that end with its first words, or begin with its
last ones, leave the claim's exact words in the new text with the insertion
outside them: the diff cannot tell the two readings apart. re-anchoring asks
`maybe_split` before calling such a claim ok or moved, unless the only change is
one insertion that cannot slide into it (`insertion_stays_outside`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_gui.core.textalign import at_line

if TYPE_CHECKING:
    from factcheck_gui.core.reanchor import AnchorLike
    from factcheck_gui.core.textmap import TextMap

# An insertion that may have split a claim is looked for this far from it, and the
# stored context must agree this many characters longer beyond it.
_SPLIT_REACH, _SPLIT_MARGIN = 240, 8


def maybe_split(text: str, a: AnchorLike, start: int, end: int) -> bool:
    """Whether text inserted into the claim may have been taken for text next to it.

    Words inserted inside a claim that end with its first words ("the [... in
    the] council wrote") or begin with its last ones ("643 years that [in
    that]") leave its exact words in the new text, with the insertion outside
    them; the stored context then agrees better beyond a nearby copy of those
    first (last) words than at the span. Both readings give the same text, so
    the claim is not placed silently. (Whole lines added next to it are only
    lines added: a paragraph is not split.)
    """
    quote = a.quote
    suffix, prefix = a.suffix, a.prefix
    if suffix and not text.startswith(suffix, end):
        here = _agree_after(text, end, suffix)
        if here < len(suffix):
            reach = min(len(text), end + _SPLIT_REACH)
            for j in _cuts(quote):
                tail = quote[j:]
                at = text.find(tail, end - len(tail) + 1, reach)
                while at >= 0:
                    t_end = at + len(tail)
                    if (not (at_line(text, end) and at_line(text, t_end))
                            and "\n\n" not in text[end:t_end]
                            and _agree_after(text, t_end, suffix) >= here + _SPLIT_MARGIN):
                        return True
                    at = text.find(tail, at + 1, reach)
    if prefix and not text.endswith(prefix, 0, start):
        here = _agree_before(text, start, prefix)
        if here < len(prefix):
            reach = max(0, start - _SPLIT_REACH)
            for i in _cuts(quote):
                head = quote[:i]
                at = text.rfind(head, reach, start + len(head) - 1)
                while at >= 0:
                    if (not (at_line(text, start) and at_line(text, at))
                            and "\n\n" not in text[at:start]
                            and _agree_before(text, at, prefix) >= here + _SPLIT_MARGIN):
                        return True
                    at = text.rfind(head, reach, at + len(head) - 1)
    return False


def insertion_stays_outside(tmap: TextMap | None, start: int, end: int) -> bool:
    """True when the only change is one insertion that cannot slide into the claim:
    then nothing was inserted inside it, whatever its context says (the text is
    the same under no other reading)."""
    reach = tmap.insertion_reach if tmap is not None else None
    if reach is None:
        return False
    lo, hi = reach
    return hi <= start or lo >= end


def _cuts(quote: str) -> list[int]:
    """Places inside a quote where an insertion could split it: word edges."""
    return [i for i in range(1, len(quote))
            if quote[i - 1].isalnum() != quote[i].isalnum() or quote[i - 1].isspace()]


def _agree_after(text: str, pos: int, suffix: str) -> int:
    """How many characters of `suffix` the text after `pos` repeats, from the start."""
    n, found = 0, text[pos : pos + len(suffix)]
    for x, y in zip(found, suffix, strict=False):
        if x != y:
            break
        n += 1
    return n


def _agree_before(text: str, pos: int, prefix: str) -> int:
    """How many characters of `prefix` the text before `pos` repeats, from its end."""
    n, found = 0, text[max(0, pos - len(prefix)) : pos]
    for x, y in zip(reversed(found), reversed(prefix), strict=False):
        if x != y:
            break
        n += 1
    return n
