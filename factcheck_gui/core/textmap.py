"""Map positions in an old text to the new text after edits (`TextMap`).

The alignment itself (blocks of equal and changed text, built in about linear
time) is `textalign.py`'s; this module answers questions about it: where an old
position went, how much unchanged text surrounds a span, whether words moved
(`moved_to`, `line_twin`), whether a claim's words were placed elsewhere, and
how far a single insertion could slide (`insertion_reach`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from factcheck_gui.core.textalign import (
    Block,
    align,
    at_line,
    line_keys,
    merge_blocks,
    merge_moves,
    slide,
    sync_points,
    unalign_moved,
    widen_moves,
)

_WEAK = 8  # an unchanged stretch this short between changes proves little
_OK_REACH = 64  # unchanged characters around a span counted at most
_NEAR_CHANGE = 64  # old text this close to a change may be text the diff did not place
_LINE_SLACK = 3  # characters a whole-lines change may end off its line's edge


class TextMap:
    """Where each stretch of `old` went in `new`."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        moves: list[tuple[int, int, int]] = []
        blocks = merge_blocks(align(old, new, moves))
        # Whole lines (paragraphs) found once in each version: the same paragraph.
        # Such lines next to each other in both become one run (with the blank
        # line between them): a claim across the break between them stayed whole.
        _, _, twins = sync_points(line_keys(old, 0, len(old)), line_keys(new, 0, len(new)))
        self._twins = merge_moves(old, new, twins)
        self._twin_starts = [t[0] for t in self._twins]
        self.moves = widen_moves(old, new, merge_moves(old, new, moves))
        # Moved runs that are whole lines (paragraphs) on both sides. A run that is
        # not may be a coincidence: a sentence key is only the text after the last
        # stop ("3 million last year, according to Governor Hale." after "$59."),
        # and an inserted sentence can end the same way as an edited one.
        whole = [(o0, o1, n0) for o0, o1, n0 in self.moves
                 if at_line(old, o0) and at_line(old, o1) and at_line(new, n0)
                 and at_line(new, n0 + o1 - o0)]
        self._whole_moves = set(whole)
        if whole:
            blocks = merge_blocks(unalign_moved(blocks, whole))
        self.blocks = slide(old, new, blocks)
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
            at_line(self.old, block.old_start) and at_line(self.old, block.old_end)
            and at_line(self.new, block.new_start) and at_line(self.new, block.new_end))

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
        if not (at_line(old, near_o) and at_line(new, near_n)):
            return False
        for d in range(_LINE_SLACK + 1):
            o, n = far_o + step * d, far_n + step * d
            if d and not (0 <= o <= len(old) and 0 <= n <= len(new)
                          and old[min(o, far_o):max(o, far_o)] == new[min(n, far_n):max(n, far_n)]):
                return False
            if at_line(old, o) and at_line(new, n):
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
        found: list[int] = []
        at = joined.find(quote)
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
