"""Line up an old text with its new version, in about linear time: the blocks.

`difflib` alone is too slow on a 1 MB article (its matcher is roughly quadratic on
long, repetitive sequences). So the alignment is built in three steps:

1. the common prefix and suffix are cut off (a single edit costs nothing more),
   cut back to whole lines;
2. word trigrams, sentences and whole lines that occur exactly once in both
   texts become candidate sync points, and the longest chain of them in the same
   order in both texts is kept (patience diff);
3. only the stretches between sync points that differ are diffed, token by token
   (words, runs of whitespace, single punctuation marks) with difflib.

The result is a list of blocks, each `equal` (same text on both sides) or
`changed` (replaced, inserted or deleted text). Equal blocks that paired moved
text with something else are made changed, and insertions and deletions are slid
to the nearest paragraph break where the text allows. What the blocks mean for a
position or a claim is `textmap.TextMap`'s business.
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


@dataclass(frozen=True, slots=True)
class Block:
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    equal: bool


def align(old: str, new: str, moves: list[tuple[int, int, int]]) -> list[Block]:
    # The common beginning and end, each cut back to whole lines: a paragraph that
    # merely begins (ends) like the one that was there ("The the the." where "The
    # the the the." was) is left to the alignment proper, which knows moved lines.
    head = _token_edge(old, new, 0, 0, _common_prefix(old, new), 1)
    if not (at_line(old, head) and at_line(new, head)):
        head = old.rfind("\n", 0, head) + 1
    tail = _token_edge(old, new, len(old), len(new), _common_suffix(old[head:], new[head:]), -1)
    if tail and not (at_line(old, len(old) - tail) and at_line(new, len(new) - tail)):
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
    sync, dropped, _ = sync_points(keys(old, o0, o1), keys(new, n0, n1))
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


def sync_points(
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


def line_keys(text: str, start: int, end: int) -> list[tuple[_Line, int]]:
    """Whole lines of text[start:end] that are not blank, as keys."""
    found: list[tuple[_Line, int]] = []
    for m in _LINE.finditer(text, start, end):
        s, e = m.span()
        if (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n"):
            found.append((_Line(m.group()), s))
    return found


def _sentences_and_lines(text: str, start: int, end: int) -> list[tuple[object, int]]:
    keys: list[tuple[object, int]] = [*_sentences(text, start, end),
                                      *line_keys(text, start, end)]
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


def merge_moves(old: str, new: str, moves: list[tuple[int, int, int]]
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


def widen_moves(old: str, new: str, runs: list[tuple[int, int, int]]
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
        if at_line(old, a) and at_line(new, b):  # only up to the line's start
            o0, n0 = a, b
        a, b = o1, n1
        while a < ceiling and b < len(new) and old[a] == new[b] and old[a] != "\n":
            a, b = a + 1, b + 1
        if at_line(old, a) and at_line(new, b):  # ... or its end: words that
            o1 = a  # merely look alike ("the") are no evidence
        widened.append((o0, o1, n0))
    return widened


def unalign_moved(blocks: list[Block], runs: list[tuple[int, int, int]]) -> list[Block]:
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


def slide(old: str, new: str, blocks: list[Block]) -> list[Block]:
    """Pure insertions and deletions moved to the strongest break they can sit at.

    Where the inserted (or deleted) text begins with what follows it, the diff may
    put it a few characters earlier or later with the same result: "X 2025[.\n\nY
    2025].\n\n" is "X 2025.\n\n[Y 2025.\n\n]". The first cuts a claim ending in
    "2025." in two; the second, at the paragraph break, leaves it whole. So each
    such block is slid to where its edges, in both texts, sit at the best breaks
    (a paragraph break, then a line end, a space, punctuation).
    """
    out = merge_blocks(_split_pure(old, new, blocks))
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


def at_line(text: str, pos: int) -> bool:
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


def merge_blocks(blocks: list[Block]) -> list[Block]:
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
