"""Map positions in an old text to the new text after edits, in about linear time.

`difflib` alone is too slow on a 1 MB article (its matcher is roughly quadratic on
long, repetitive sequences). So the alignment is built in three steps:

1. the common prefix and suffix are cut off (a single edit costs nothing more);
2. word trigrams that occur exactly once in both texts become candidate sync
   points, and the longest chain of them in the same order in both texts is kept
   (patience diff): text between two sync points is compared directly;
3. only the stretches between sync points that differ are diffed, token by token
   (words, runs of whitespace, single punctuation marks) with difflib.

(The prefix and suffix are cut back to whole lines, and whole lines join the
sentences as keys in step 2.)

The result is a list of blocks, each `equal` (same text on both sides) or
`changed` (replaced, inserted or deleted text). A moved paragraph shows up as a
deletion in one place and an insertion in another; unique sentences and lines
found out of order say where it went (`moved_to`, `line_twin`), and equal blocks
that paired moved text with something else are made changed. Insertions and
deletions are slid to the nearest paragraph break where the text allows, so a
paragraph added next to a claim does not cut into it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# A sentence-like key: text up to and including a stop or line end. Keys must not
# start with spaces, or an edit of the spacing before a sentence would lose it.
_SENTENCE = re.compile(r"[^\s.!?][^.!?\n]{15,}[.!?\n]")
_LINE = re.compile(r"[^\n]*[^\s][^\n]*")
_RESYNC_CHARS = 2000
# Above this many tokens on both sides together a changed stretch is not diffed
# further: it is one changed block (a rewrite), and claims in it are searched for.
_MAX_DIFF_TOKENS = 6000
_MIN_EQUAL_WORDS = 3
_WEAK = 8  # an unchanged stretch this short between changes proves little
_OK_REACH = 64  # unchanged characters around a span counted at most
_NEAR_CHANGE = 64  # old text this close to a change may be text the diff did not place
_LINE_SLACK = 3  # characters a whole-lines change may end off its line's edge


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
        blocks = _merge(_align(old, new, moves))
        # Whole lines (paragraphs) found once in each version: the same paragraph.
        # Such lines next to each other in both become one run (with the blank
        # line between them): a claim across the break between them stayed whole.
        _, _, twins = _sync_points(_lines(old, 0, len(old)), _lines(new, 0, len(new)))
        self._twins = _merge_moves(old, new, twins)
        self._twin_starts = [t[0] for t in self._twins]
        self.moves = _widen_moves(old, new, _merge_moves(old, new, moves))
        # Moved runs that are whole lines (paragraphs) on both sides. A run that is
        # not may be a coincidence: a sentence key is only the text after the last
        # stop ("3 million last year, according to Governor Hale." after "$59."),
        # and an inserted sentence can end the same way as an edited one.
        whole = [(o0, o1, n0) for o0, o1, n0 in self.moves
                 if _at_line(old, o0) and _at_line(old, o1) and _at_line(new, n0)
                 and _at_line(new, n0 + o1 - o0)]
        self._whole_moves = set(whole)
        if whole:
            blocks = _merge(_unalign_moved(blocks, whole))
        self.blocks = _slide(old, new, blocks)
        # One insertion or deletion and nothing else: every unchanged character is
        # certainly where the diff puts it (at most the added words could have gone
        # a little earlier or later, which moves nothing else).
        changed = [b for b in self.blocks if not b.equal]
        self._one_pure_edit = len(changed) == 1 and (
            changed[0].old_start == changed[0].old_end
            or changed[0].new_start == changed[0].new_end)
        self.insertion_reach = self._insertion_reach(new, changed) if self._one_pure_edit else None
        self._move_starts = [m[0] for m in self.moves]
        # Blocks that hold old text (pure insertions hold none), for bisecting.
        self._solid = [b for b in self.blocks if b.old_end > b.old_start]
        self._solid_starts = [b.old_start for b in self._solid]
        self._starts = [b.old_start for b in self.blocks]
        self._new_solid = [b for b in self.blocks if b.new_end > b.new_start]
        self._new_starts = [b.new_start for b in self._new_solid]
        self._changed_old: tuple[str, list[tuple[int, int]]] | None = None  # near_changes


    @staticmethod
    def _insertion_reach(new: str, changed: list[Block]) -> tuple[int, int] | None:
        """For one pure insertion, the stretch of `new` it could occupy: inserted text
        can slide while the character it gives up equals the one it takes ("in that "
        after "that " reads the same as "that in " before it). None for a deletion."""
        block = changed[0]
        lo, hi = block.new_start, block.new_end
        if lo == hi:
            return None
        a, b = lo, hi
        while a > 0 and new[a - 1] == new[b - 1]:
            a, b = a - 1, b - 1
        first = a
        a, b = lo, hi
        while b < len(new) and new[a] == new[b]:
            a, b = a + 1, b + 1
        return first, b
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
            if self._weak(block) and i + 1 < len(self._solid):
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
            if self._weak(block) and i > 0:
                return new, False, self._solid[i - 1].new_end, new
            return new, True, new, new
        return block.new_end, False, block.new_start, block.new_end

    def _weak(self, block: Block) -> bool:
        """A few equal characters between changes (".", " the") may belong to either
        side of them; not so whole lines ("Fares rose." as a paragraph)."""
        return block.old_end - block.old_start < _WEAK and not self._one_pure_edit and not (
            _at_line(self.old, block.old_start) and _at_line(self.old, block.old_end)
            and _at_line(self.new, block.new_start) and _at_line(self.new, block.new_end))

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
        characters lie before and after the span (the text's edges count as
        unlimited). None if the span changed.

        Whole paragraphs added, taken away or replaced next door do not count as a
        change around the span: its own paragraph is untouched, and the unchanged
        text beyond them still holds it in order. So the count goes on across them.
        """
        i = bisect_right(self._solid_starts, start) - 1
        if i < 0:
            return None
        block = self._solid[i]
        if not block.equal or end > block.old_end or self.changed_within(start, end):
            return None
        unlimited = 1 << 40
        if self._one_pure_edit or len(self.blocks) == 1:
            return unlimited, unlimited
        j = bisect_left(self._starts, block.old_start)
        while self.blocks[j] is not block:  # pure insertions share the start
            j += 1
        before = start - block.old_start + self._beyond(j, -1, _OK_REACH)
        after = block.old_end - end + self._beyond(j, 1, _OK_REACH)
        return min(before, unlimited), min(after, unlimited)

    def _beyond(self, j: int, step: int, enough: int) -> int:
        """Unchanged characters past block j (towards `step`) across whole-paragraph
        changes, up to about `enough`; unlimited at the text's edge."""
        total, k = 0, j + step
        while total < enough:
            if k < 0 or k >= len(self.blocks):
                return 1 << 40
            block = self.blocks[k]
            if block.equal:
                total += block.old_end - block.old_start
            elif not self._whole_lines(block, step):
                break
            else:
                total -= _LINE_SLACK  # (what the far edge may have taken of the next block)
            k += step
        return max(0, total)

    def _whole_lines(self, block: Block, step: int) -> bool:
        """Whether a changed block is whole lines on both sides: its edge towards the
        span exactly at a line's start or end, the far edge (which the diff may have
        put a few matching characters off, "reporters|.") within _LINE_SLACK of one."""
        old, new = self.old, self.new
        if step > 0:
            near_o, near_n, far_o, far_n = (block.old_start, block.new_start, block.old_end,
                                            block.new_end)
        else:
            near_o, near_n, far_o, far_n = (block.old_end, block.new_end, block.old_start,
                                            block.new_start)
        if not (_at_line(old, near_o) and _at_line(new, near_n)):
            return False
        for d in range(_LINE_SLACK + 1):
            o, n = far_o + step * d, far_n + step * d
            if d and not (0 <= o <= len(old) and 0 <= n <= len(new)
                          and old[min(o, far_o):max(o, far_o)] == new[min(n, far_n):max(n, far_n)]):
                return False
            if _at_line(old, o) and _at_line(new, n):
                return True
        return False

    def moved_to(self, start: int, end: int, *, whole: bool = False) -> int | None:
        """Where old[start:end] went if it lies in moved text (sentences found once
        in each version but out of order), else None. With `whole`, only in moved
        text that is whole lines (paragraphs) in both versions."""
        i = bisect_right(self._move_starts, start) - 1
        if i >= 0:
            o0, o1, n0 = self.moves[i]
            if end <= o1 and (not whole or self.moves[i] in self._whole_moves):
                return n0 + (start - o0)
        return None

    def line_twin(self, start: int, end: int) -> int | None:
        """Where old[start:end] is in the new text if it lies in a line (paragraph)
        found once in each version, word for word; else None."""
        i = bisect_right(self._twin_starts, start) - 1
        if i >= 0:
            o0, o1, n0 = self._twins[i]
            if end <= o1:
                return n0 + (start - o0)
        return None

    def placed_elsewhere(self, start: int, end: int, not_at: int) -> bool:
        """Whether the alignment puts old[start:end], unchanged, somewhere in the new
        text other than at `not_at` (a paragraph found again, moved whole lines, or
        an unchanged stretch): then it is accounted for and is not what is at `not_at`."""
        for where in (self.line_twin(start, end), self.moved_to(start, end, whole=True)):
            if where is not None:
                return where != not_at
        ms, s_exact, _, _ = self.map_start(start)
        me, e_exact, _, _ = self.map_end(end)
        if (s_exact and e_exact and self.new[ms:me] == self.old[start:end]
                and not self.changed_within(start, end)):
            return ms != not_at
        return False

    def near_changes(self, quote: str, limit: int) -> list[int] | None:
        """Old offsets of `quote` in or near changed text (within _NEAR_CHANGE
        characters of a change), or None for a quote too long to tell that way.
        Elsewhere the old text is unchanged, and so placed by the diff."""
        if len(quote) > _NEAR_CHANGE:
            return None
        if self._changed_old is None:
            ranges: list[list[int]] = []
            for b in self.blocks:
                if b.equal or (b.old_end == b.old_start and b.new_end == b.new_start):
                    continue
                lo, hi = max(0, b.old_start - _NEAR_CHANGE), b.old_end + _NEAR_CHANGE
                if ranges and lo <= ranges[-1][1]:
                    ranges[-1][1] = max(ranges[-1][1], hi)
                else:
                    ranges.append([lo, hi])
            chunks, starts, at = [], [], 0
            for lo, hi in ranges:
                chunks.append(self.old[lo:hi])
                starts.append((at, lo))
                at += hi - lo + 1
            self._changed_old = ("\x00".join(chunks), starts)
        joined, starts = self._changed_old
        keys = [k for k, _ in starts]
        found, at = [], joined.find(quote)
        while at >= 0 and len(found) < limit:
            k, lo = starts[bisect_right(keys, at) - 1]
            found.append(lo + at - k)
            at = joined.find(quote, at + 1)
        return found

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
    # The common beginning and end, each cut back to whole lines: a paragraph that
    # merely begins (ends) like the one that was there ("The the the." where "The
    # the the the." was) is left to the alignment proper, which knows moved lines.
    head = _token_edge(old, new, 0, 0, _common_prefix(old, new), 1)
    if not (_at_line(old, head) and _at_line(new, head)):
        head = old.rfind("\n", 0, head) + 1
    tail = _token_edge(old, new, len(old), len(new), _common_suffix(old[head:], new[head:]), -1)
    if tail and not (_at_line(old, len(old) - tail) and _at_line(new, len(new) - tail)):
        line_end = old.find("\n", len(old) - tail)
        tail = len(old) - line_end if line_end >= 0 else 0
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
    keys = _sentences_and_lines if level == 0 else _trigrams
    sync, dropped, _ = _sync_points(keys(old, o0, o1), keys(new, n0, n1))
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
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """Start offsets (old, new) of keys unique on both sides, longest chain in order;
    the unique keys left out of the chain as (old start, old end, new start); and
    the whole lines among the unique keys, likewise."""
    old_count = Counter(key for key, _ in old_keys)
    new_count = Counter(key for key, _ in new_keys)
    new_at = {key: pos for key, pos in new_keys if new_count[key] == 1}
    pairs = [
        (pos, new_at[key], len(key.text) if isinstance(key, _Line) else len(key))
        for key, pos in old_keys
        if old_count[key] == 1 and key in new_at
    ]
    chain = _longest_increasing([(o, n) for o, n, _ in pairs])
    kept = set(chain)
    dropped = [(o, o + size, n) for o, n, size in pairs if (o, n) not in kept]
    lines = [(pos, pos + len(key.text), new_at[key]) for key, pos in old_keys
             if isinstance(key, _Line) and old_count[key] == 1 and key in new_at]
    return chain, dropped, lines


def _sentences(text: str, start: int, end: int) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _SENTENCE.finditer(text, start, end)]


@dataclass(frozen=True, slots=True)
class _Line:
    """A whole line (paragraph) as a key: short paragraphs ("Fares rose.") have
    no sentence key, and a paragraph's identity is surer than a sentence's."""

    text: str


def _lines(text: str, start: int, end: int) -> list[tuple[_Line, int]]:
    """Whole lines of text[start:end] that are not blank, as keys."""
    found = []
    for m in _LINE.finditer(text, start, end):
        s, e = m.span()
        if (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n"):
            found.append((_Line(m.group()), s))
    return found


def _sentences_and_lines(text: str, start: int, end: int) -> list[tuple[object, int]]:
    keys = _sentences(text, start, end) + _lines(text, start, end)
    keys.sort(key=lambda k: k[1])
    return keys


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
            if o0 < r1 and n0 - o0 == rn - r0:  # a sentence inside a moved line
                runs[-1] = (r0, max(r1, o1), rn)
                continue
        runs.append((o0, o1, n0))
    return runs


def _widen_moves(old: str, new: str, runs: list[tuple[int, int, int]]
                 ) -> list[tuple[int, int, int]]:
    """Moved runs grown over the identical characters on either side, within their
    line: the words before a paragraph's first sentence key ("Dr. " before "Chen
    said ...") and after its last one ("Chen." after "... according to Dr.")
    moved with it, though too short to be keys themselves."""
    widened: list[tuple[int, int, int]] = []
    for k, (o0, o1, n0) in enumerate(runs):
        n1 = n0 + (o1 - o0)
        floor = widened[-1][1] if widened else 0
        ceiling = runs[k + 1][0] if k + 1 < len(runs) else len(old)
        a, b = o0, n0
        while a > floor and b > 0 and old[a - 1] == new[b - 1] and old[a - 1] != "\n":
            a, b = a - 1, b - 1
        if _at_line(old, a) and _at_line(new, b):  # only up to the line's start
            o0, n0 = a, b
        a, b = o1, n1
        while a < ceiling and b < len(new) and old[a] == new[b] and old[a] != "\n":
            a, b = a + 1, b + 1
        if _at_line(old, a) and _at_line(new, b):  # ... or its end: words that
            o1 = a  # merely look alike ("the") are no evidence
        widened.append((o0, o1, n0))
    return widened


def _unalign_moved(blocks: list[Block], runs: list[tuple[int, int, int]]) -> list[Block]:
    """Equal blocks that pair moved text with other text, made changed.

    Between sync points the diff pairs whatever looks alike: where a paragraph left,
    the one now there may share a few words with it ("The report found that "), and
    its words are then said to have stayed. Moved runs know better where they went:
    text in a run's old range paired with anything but its new place, and text in
    its new range paired with anything but its old place, did not stay.
    """
    cuts_old = sorted({edge for o0, o1, _ in runs for edge in (o0, o1)})
    cuts_new = sorted({edge for o0, o1, n0 in runs for edge in (n0, n0 + o1 - o0)})
    by_old = [(o0, o1, n0 - o0) for o0, o1, n0 in runs]
    by_new = sorted((n0, n0 + o1 - o0, n0 - o0) for o0, o1, n0 in runs)
    old_starts = [r[0] for r in by_old]
    new_starts = [r[0] for r in by_new]
    out: list[Block] = []
    for block in blocks:
        if not block.equal:
            out.append(block)
            continue
        shift = block.new_start - block.old_start
        # Cut at every run edge inside the block, on either side.
        edges = {block.old_start, block.old_end}
        edges.update(c for c in cuts_old[bisect_right(cuts_old, block.old_start):
                                         bisect_left(cuts_old, block.old_end)])
        edges.update(c - shift for c in cuts_new[bisect_right(cuts_new, block.new_start):
                                                 bisect_left(cuts_new, block.new_end)])
        points = sorted(edges)
        for a, b in pairwise(points):
            stays = (_run_shift(by_old, old_starts, a, b) in (None, shift)
                     and _run_shift(by_new, new_starts, a + shift, b + shift) in (None, shift))
            out.append(Block(a, b, a + shift, b + shift, stays))
    return out


def _run_shift(runs: list[tuple[int, int, int]], starts: list[int], a: int, b: int
               ) -> int | None:
    """The shift (new - old) of the run holding [a, b), or None if none does."""
    i = bisect_right(starts, a) - 1
    if i >= 0 and b <= runs[i][1]:
        return runs[i][2]
    return None


_MAX_SLIDE = 200


def _slide(old: str, new: str, blocks: list[Block]) -> list[Block]:
    """Pure insertions and deletions moved to the strongest break they can sit at.

    Where the inserted (or deleted) text begins with what follows it, the diff may
    put it a few characters earlier or later with the same result: "X 2025[.\n\nY
    2025].\n\n" is "X 2025.\n\n[Y 2025.\n\n]". The first cuts a claim ending in
    "2025." in two; the second, at the paragraph break, leaves it whole. So each
    such block is slid to where its edges, in both texts, sit at the best breaks
    (a paragraph break, then a line end, a space, punctuation).
    """
    out = _merge(_split_pure(old, new, blocks))
    for i in range(1, len(out) - 1):
        block, before, after = out[i], out[i - 1], out[i + 1]
        if block.equal or not before.equal or not after.equal:
            continue
        if block.old_start == block.old_end:  # an insertion into new
            text, s, e = new, block.new_start, block.new_end
        elif block.new_start == block.new_end:  # a deletion from old
            text, s, e = old, block.old_start, block.old_end
        else:
            continue
        room_left = min(_MAX_SLIDE, before.old_end - before.old_start)
        room_right = min(_MAX_SLIDE, after.old_end - after.old_start)
        left = 0
        while left < room_left and text[s - left - 1] == text[e - left - 1]:
            left += 1
        right = 0
        while right < room_right and e + right < len(text) and text[s + right] == text[e + right]:
            right += 1
        if not left and not right:
            continue

        def score(k: int, block: Block = block) -> int:
            # Both edges of the change, in both texts, at the strongest breaks.
            return (_break(old, block.old_start + k) + _break(old, block.old_end + k)
                    + _break(new, block.new_start + k) + _break(new, block.new_end + k))

        best, best_score = 0, score(0)
        for k in range(-left, right + 1):
            if score(k) > best_score:
                best, best_score = k, score(k)
        if best:
            k = best
            out[i - 1] = Block(before.old_start, before.old_end + k, before.new_start,
                               before.new_end + k, True)
            out[i] = Block(block.old_start + k, block.old_end + k, block.new_start + k,
                           block.new_end + k, False)
            out[i + 1] = Block(after.old_start + k, after.old_end, after.new_start + k,
                               after.new_end, True)
    return [b for b in out if b.old_end > b.old_start or b.new_end > b.new_start] or out[:1]


def _split_pure(old: str, new: str, blocks: list[Block]) -> list[Block]:
    """A change that only adds to (or only takes from) the text, as an equal part
    and a pure insertion (deletion): "." -> ".\n\nA new paragraph." is "." kept and
    "\n\nA new paragraph." inserted, which the slide can then put at the break."""
    out: list[Block] = []
    for b in blocks:
        o_len, n_len = b.old_end - b.old_start, b.new_end - b.new_start
        if b.equal or not o_len or not n_len or o_len == n_len:
            out.append(b)
            continue
        short, long_ = ((old[b.old_start:b.old_end], new[b.new_start:b.new_end])
                        if o_len < n_len else
                        (new[b.new_start:b.new_end], old[b.old_start:b.old_end]))
        if long_.startswith(short):
            k = len(short)
        elif long_.endswith(short):
            k = 0
        else:
            out.append(b)
            continue
        extra = len(long_) - len(short)
        if k:  # kept part first, then the addition (removal)
            out.append(Block(b.old_start, b.old_start + k, b.new_start, b.new_start + k, True))
            out.append(Block(b.old_start + k, b.old_end, b.new_start + k, b.new_end, False))
        else:
            o_mid = b.old_start + (extra if o_len > n_len else 0)
            n_mid = b.new_start + (extra if n_len > o_len else 0)
            out.append(Block(b.old_start, o_mid, b.new_start, n_mid, False))
            out.append(Block(o_mid, b.old_end, n_mid, b.new_end, True))
    return out


def _at_line(text: str, pos: int) -> bool:
    """Whether `pos` is at a line's (or the text's) start or end."""
    return pos <= 0 or pos >= len(text) or text[pos - 1] == "\n" or text[pos] == "\n"


def _break(text: str, pos: int) -> int:
    """How strong a break lies before text[pos]: a paragraph's start is best."""
    if pos <= 0 or pos >= len(text):
        return 7
    a, b = text[pos - 1], text[pos]
    if a == "\n" and b != "\n":
        return 6 if pos >= 2 and text[pos - 2] == "\n" else 4  # a paragraph's / line's start
    if b == "\n" and a != "\n":
        return 5 if pos + 1 < len(text) and text[pos + 1] == "\n" else 3  # its end
    if a == "\n":
        return 2
    if a.isspace() != b.isspace():
        return 2
    if a.isalnum() and b.isalnum():
        return 0
    return 1


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
