"""Map positions in an old text to the new text after edits, in about linear time.

`difflib` alone is too slow on a 1 MB article (its matcher is roughly quadratic on
long, repetitive sequences). So the alignment is built in three steps:

1. the common prefix and suffix are cut off (a single edit costs nothing more);
2. word trigrams that occur exactly once in both texts become candidate sync
   points, and the longest chain of them in the same order in both texts is kept
   (patience diff): text between two sync points is compared directly;
3. only the stretches between sync points that differ are diffed, token by token
   (words, runs of whitespace, single punctuation marks) with difflib.

The result is a list of blocks, each `equal` (same text on both sides) or
`changed` (replaced, inserted or deleted text). A moved paragraph shows up as a
deletion in one place and an insertion in another: re-anchoring finds it by
searching for the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# A sentence-like key: text up to and including a stop or line end. Keys must not
# start with spaces, or an edit of the spacing before a sentence would lose it.
_SENTENCE = re.compile(r"[^\s.!?][^.!?\n]{15,}[.!?\n]")
_RESYNC_CHARS = 2000
# Above this many tokens on both sides together a changed stretch is not diffed
# further: it is one changed block (a rewrite), and claims in it are searched for.
_MAX_DIFF_TOKENS = 6000
_MIN_EQUAL_WORDS = 3
_WEAK = 8  # an unchanged stretch this short between changes proves little


@dataclass(frozen=True, slots=True)
class Block:
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    equal: bool


class TextMap:
    """Where each stretch of `old` went in `new`."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        moves: list[tuple[int, int, int]] = []
        self.blocks = _merge(_align(old, new, moves))
        self.moves = _merge_moves(old, new, moves)
        self._move_starts = [m[0] for m in self.moves]
        # The text both versions begin and end with: alignment there is certain.
        first, last = self.blocks[0], self.blocks[-1]
        self.head = first.old_end if first.equal and first.old_start == 0 else 0
        self.tail = len(old) - last.old_start if last.equal and last.old_end == len(old) else 0
        # Blocks that hold old text (pure insertions hold none), for bisecting.
        self._solid = [b for b in self.blocks if b.old_end > b.old_start]
        self._solid_starts = [b.old_start for b in self._solid]
        self._starts = [b.old_start for b in self.blocks]
        self._new_solid = [b for b in self.blocks if b.new_end > b.new_start]
        self._new_starts = [b.new_start for b in self._new_solid]

    def map_start(self, pos: int) -> tuple[int, bool, int, int]:
        """(new position, exact?, lo, hi) for a span starting at old `pos`.

        An insertion right before the span is outside it: the start follows its own
        character. Inside changed text the start maps to the changed block's start,
        and lo-hi is that block's new range (where the true start must lie).
        """
        if not self._solid:
            return 0, False, 0, len(self.new)
        i = max(0, bisect_right(self._solid_starts, pos) - 1)
        block = self._solid[i]
        if block.equal and pos < block.old_end:
            new = block.new_start + (pos - block.old_start)
            if block.old_end - block.old_start < _WEAK and i + 1 < len(self._solid):
                # A few equal characters (".", " the") between changes may belong
                # to either side of them: the start is only roughly known.
                return new, False, new, self._solid[i + 1].new_start
            return new, True, new, new
        return block.new_start, False, block.new_start, block.new_end

    def map_end(self, pos: int) -> tuple[int, bool, int, int]:
        """(new position, exact?, lo, hi) for a span ending (exclusive) at old `pos`."""
        if not self._solid:
            return len(self.new), False, 0, len(self.new)
        i = max(0, bisect_left(self._solid_starts, pos) - 1)
        block = self._solid[i]
        if block.equal and block.old_start < pos <= block.old_end:
            new = block.new_start + (pos - block.old_start)
            if block.old_end - block.old_start < _WEAK and i > 0:
                return new, False, self._solid[i - 1].new_end, new
            return new, True, new, new
        return block.new_end, False, block.new_start, block.new_end

    def is_old_text(self, start: int, end: int) -> tuple[bool, int]:
        """Whether new[start:end] lies in one unchanged block, and the old offset of start.

        Such text was already in the old version at that old offset: if that is not
        where a claim was, the claim cannot have moved there.
        """
        i = bisect_right(self._new_starts, start) - 1
        if i < 0:
            return False, -1
        block = self._new_solid[i]
        if block.equal and start < block.new_end and end <= block.new_end:
            return True, block.old_start + (start - block.new_start)
        return False, -1

    def unchanged_around(self, start: int, end: int) -> tuple[int, int] | None:
        """If one unchanged block holds all of old[start:end]: how many unchanged
        characters it has before and after the span (the text's edges count as
        unlimited). None if the span changed."""
        i = bisect_right(self._solid_starts, start) - 1
        if i < 0:
            return None
        block = self._solid[i]
        if not block.equal or end > block.old_end or self.changed_within(start, end):
            return None
        unlimited = 1 << 40
        if end <= self.head or start >= len(self.old) - self.tail:
            return unlimited, unlimited
        before = start - block.old_start if block.old_start > 0 else unlimited
        after = block.old_end - end if block.old_end < len(self.old) else unlimited
        return before, after

    def moved_to(self, start: int, end: int) -> int | None:
        """Where old[start:end] went if it lies in moved text (sentences found once
        in each version but out of order), else None."""
        i = bisect_right(self._move_starts, start) - 1
        if i >= 0:
            o0, o1, n0 = self.moves[i]
            if end <= o1:
                return n0 + (start - o0)
        return None

    def changed_within(self, start: int, end: int) -> bool:
        """Whether any change touches old[start:end], insertions strictly inside it too."""
        i = max(0, bisect_right(self._starts, start) - 1)
        while i < len(self.blocks) and self.blocks[i].old_start <= end:
            block = self.blocks[i]
            if not block.equal:
                if block.old_end > block.old_start:
                    if block.old_start < end and block.old_end > start:
                        return True
                elif start < block.old_start < end:
                    return True
            i += 1
        return False


def _align(old: str, new: str, moves: list[tuple[int, int, int]]) -> list[Block]:
    head = _token_edge(old, new, 0, 0, _common_prefix(old, new), 1)
    tail = _token_edge(old, new, len(old), len(new), _common_suffix(old[head:], new[head:]), -1)
    blocks: list[Block] = []
    if head:
        blocks.append(Block(0, head, 0, head, True))
    mid_old_end, mid_new_end = len(old) - tail, len(new) - tail
    blocks.extend(_align_middle(old, new, head, mid_old_end, head, mid_new_end, moves))
    if tail:
        blocks.append(Block(mid_old_end, len(old), mid_new_end, len(new), True))
    return blocks


def _align_middle(
    old: str, new: str, o0: int, o1: int, n0: int, n1: int,
    moves: list[tuple[int, int, int]], level: int = 0,
) -> list[Block]:
    """Sentences unique on both sides sync first (cheap: a 1 MB text has ~10,000);
    a long stretch between them that differs is synced again by word trigrams."""
    if o0 == o1 and n0 == n1:
        return []
    keys = _sentences if level == 0 else _trigrams
    sync, dropped = _sync_points(keys(old, o0, o1), keys(new, n0, n1))
    if level == 0:
        moves.extend(dropped)  # unique sentences found out of order: moved text
    blocks: list[Block] = []
    prev_o, prev_n = o0, n0
    for so, sn in [*sync, (o1, n1)]:
        if old[prev_o:so] == new[prev_n:sn]:
            if so > prev_o:
                blocks.append(Block(prev_o, so, prev_n, sn, True))
        elif level == 0 and min(so - prev_o, sn - prev_n) > _RESYNC_CHARS:
            blocks.extend(_align_middle(old, new, prev_o, so, prev_n, sn, moves, level=1))
        else:
            blocks.extend(_diff_tokens(old, new, prev_o, so, prev_n, sn))
        prev_o, prev_n = so, sn
    return blocks


def _sync_points(
    old_keys: list, new_keys: list
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """Start offsets (old, new) of keys unique on both sides, longest chain in order;
    and the unique keys left out of the chain as (old start, old end, new start)."""
    old_count = Counter(key for key, _ in old_keys)
    new_count = Counter(key for key, _ in new_keys)
    new_at = {key: pos for key, pos in new_keys if new_count[key] == 1}
    pairs = [
        (pos, new_at[key], len(key))
        for key, pos in old_keys
        if old_count[key] == 1 and key in new_at
    ]
    chain = _longest_increasing([(o, n) for o, n, _ in pairs])
    kept = set(chain)
    dropped = [(o, o + size, n) for o, n, size in pairs if (o, n) not in kept]
    return chain, dropped


def _sentences(text: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _SENTENCE.finditer(text, start, end)]


def _trigrams(text: str, start: int, end: int) -> list[tuple[tuple[str, str, str], int]]:
    chunk = text[start:end]
    words = _WORD.findall(chunk)
    starts = [m.start() + start for m in _WORD.finditer(chunk)]
    return list(zip(zip(words, words[1:], words[2:], strict=False), starts, strict=False))


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs increasing in both coordinates (pairs sorted by old)."""
    tails: list[int] = []  # smallest new offset ending a chain of each length
    tail_index: list[int] = []
    back: list[int] = []
    for index, (_, n) in enumerate(pairs):
        k = bisect_left(tails, n)
        if k == len(tails):
            tails.append(n)
            tail_index.append(index)
        else:
            tails[k] = n
            tail_index[k] = index
        back.append(tail_index[k - 1] if k else -1)
    chain: list[tuple[int, int]] = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        chain.append(pairs[i])
        i = back[i]
    chain.reverse()
    return chain


def _diff_tokens(old: str, new: str, o0: int, o1: int, n0: int, n1: int) -> list[Block]:
    """Equal ends of the stretch cut off (at token edges), the rest diffed by tokens."""
    head = _token_edge(old, new, o0, n0, _common_prefix(old[o0:o1], new[n0:n1]), 1)
    tail = _token_edge(old, new, o1, n1, _common_suffix(old[o0 + head : o1], new[n0 + head : n1]),
                       -1)
    blocks = []
    if head:
        blocks.append(Block(o0, o0 + head, n0, n0 + head, True))
    blocks.extend(_diff_core(old, new, o0 + head, o1 - tail, n0 + head, n1 - tail))
    if tail:
        blocks.append(Block(o1 - tail, o1, n1 - tail, n1, True))
    return blocks


def _token_edge(old: str, new: str, o: int, n: int, length: int, direction: int) -> int:
    """Shorten a common run so it does not end inside a word on either side."""
    while length > 0:
        if direction > 0:
            a_in = o + length < len(old) and old[o + length].isalnum()
            b_in = n + length < len(new) and new[n + length].isalnum()
            inside = old[o + length - 1].isalnum() and (a_in or b_in)
        else:
            a_in = o - length - 1 >= 0 and old[o - length - 1].isalnum()
            b_in = n - length - 1 >= 0 and new[n - length - 1].isalnum()
            inside = old[o - length].isalnum() and (a_in or b_in)
        if not inside:
            return length
        length -= 1
    return 0


def _diff_core(old: str, new: str, o0: int, o1: int, n0: int, n1: int) -> list[Block]:
    if o0 == o1 or n0 == n1:
        return [Block(o0, o1, n0, n1, False)] if (o0, n0) != (o1, n1) else []
    a = _tokens(old, o0, o1)
    b = _tokens(new, n0, n1)
    if not a or not b or len(a) + len(b) > _MAX_DIFF_TOKENS:
        return [Block(o0, o1, n0, n1, False)]
    a_pos = [pos for _, pos in a] + [o1]
    b_pos = [pos for _, pos in b] + [n1]
    matcher = SequenceMatcher(None, [t for t, _ in a], [t for t, _ in b], autojunk=False)
    codes = matcher.get_opcodes()
    blocks = []
    for k, (tag, i1, i2, j1, j2) in enumerate(codes):
        equal = tag == "equal"
        if equal and 0 < k < len(codes) - 1:
            # Between two changes, a run of fewer than three words in common is
            # more likely a coincidence ("the", "were affected.") than text that
            # stayed: calling it changed keeps spans from being anchored on it.
            words = sum(1 for t, _ in a[i1:i2] if t[0].isalnum() or t[0] == "_")
            equal = words >= _MIN_EQUAL_WORDS
        blocks.append(Block(a_pos[i1], a_pos[i2], b_pos[j1], b_pos[j2], equal))
    return blocks


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _TOKEN.finditer(text, start, end)]


def _merge_moves(old: str, new: str, moves: list[tuple[int, int, int]]
                 ) -> list[tuple[int, int, int]]:
    """Moved sentences next to each other on both sides, with the same text between
    them, become one moved run (a moved paragraph)."""
    runs: list[tuple[int, int, int]] = []
    for o0, o1, n0 in sorted(moves):
        if runs:
            r0, r1, rn = runs[-1]
            gap_new = rn + (r1 - r0)
            if o0 >= r1 and n0 - gap_new == o0 - r1 and old[r1:o0] == new[gap_new:n0]:
                runs[-1] = (r0, o1, rn)
                continue
        runs.append((o0, o1, n0))
    return runs


def _merge(blocks: list[Block]) -> list[Block]:
    merged: list[Block] = []
    for block in blocks:
        if merged and merged[-1].equal == block.equal and merged[-1].old_end == block.old_start:
            last = merged[-1]
            merged[-1] = Block(last.old_start, block.old_end, last.new_start, block.new_end,
                               block.equal)
        else:
            merged.append(block)
    if not merged:
        merged.append(Block(0, 0, 0, 0, True))
    return merged


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search on slice equality: C-speed comparisons
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo
