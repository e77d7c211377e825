"""Put claims back onto a new version of their article's text.

In the spirit of Hypothesis's anchoring (FACTS.md), but using a diff of the two
versions so that unchanged text costs almost nothing:

1. `ok`: the diff carries the claim's whole span over unchanged (its offsets may
   shift with edits before it). With no old text, the quote still at its stored
   offsets with its context.
2. `fuzzy` in place: both ends of the span survived but text inside changed (or
   one end did and the other is found from the context): the span between them,
   if it still resembles the quote.
3. `moved`: the exact quote elsewhere, chosen by its context (32 characters each
   side) and closeness to where the diff expects it; only when the context makes
   the choice clear. Repeated quotes ("the", a name used five times) resolve by
   context; when context cannot tell them apart the claim is `fuzzy`, and so
   when it is split: one side agrees at this copy, the other as well at another
   (copies the diff calls old text elsewhere count as such rivals).
4. `fuzzy`: approximate matching of the quote, and of the quote with its context,
   in a window around the expected place (rapidfuzz), boundaries refined from
   the context; only above a similarity threshold.
5. `orphaned`: nothing placed with confidence.

Never silently wrong: `ok` and `moved` are reserved for the exact quote placed
with confidence; everything uncertain is `fuzzy` (the user looks) or `orphaned`.
Look-alike words are the danger (news repeats its phrasing), so a copy is not
the claim's with confidence when another old mention the diff did not place
explains it as well (`_elsewhere`), when a rival copy agrees as well with twice
the context (`_outshone`), when only another paragraph agrees, or when an
insertion that repeats the claim's edge words may have split it
(`split_check.maybe_split`). tests/core/test_reanchor_lookalikes.py has a case for each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from factcheck_gui.core.models import AnchorState
from factcheck_gui.core.split_check import insertion_stays_outside, maybe_split
from factcheck_gui.core.textmap import TextMap

# Weights as in Hypothesis: quote, prefix, suffix, closeness to the expected place.
_W_QUOTE, _W_PREFIX, _W_SUFFIX, _W_NEAR = 50.0, 20.0, 20.0, 2.0
# Quote similarity (Indel; unrelated text scores about 0.5) below which a fuzzy
# placement is refused.
FUZZY_MIN_QUOTE = 0.75
FUZZY_MIN_SCORE = 0.6  # weighted score (quote and context) below which likewise
_IN_PLACE_MIN_QUOTE = 0.6  # ... when both ends of the span survived in place
_CLEARLY_EDITED = 0.85  # both ends in place and this similar: edited, no search needed
_FUZZY_EXACT_CONTEXT = 0.5  # an unsure exact copy is offered only with this much context
_OK_SIDE = 32  # unchanged characters the diff must show on each side of a short span
_PASSAGE = 60  # unique words this long are the claim's even with new neighbours
_LONG = 40  # a quote this long is its own evidence
_OK_CONTEXT = 0.5  # an unchanged span also needs one side of its context to agree
# One side of the context points at another copy of the words when it agrees there
# this much, this much better than at the chosen copy, and within _SIDE_TIE of how
# well the chosen copy's best side agrees.
_SIDE_AGREES, _SIDE_MARGIN, _SIDE_TIE = 0.8, 0.2, 0.1
_MAX_OCCURRENCES = 5000
_MAX_SCORED = 500  # of many plausible occurrences, the nearest this many are scored
_MANY = 50  # occurrences above which only plausible ones are scored
_EDGE = 16  # characters compared on each side of a boundary when refining it
_WINDOW = 10_000  # characters searched on each side of the expected place
_CONTEXT = 32  # characters of context compared on each side (as stored)
_WIDE = 2 * _CONTEXT  # wider context, from the old text, to tell like copies apart
_NEAR = 8  # nearest context characters that must agree to score one of many mentions


class AnchorLike(Protocol):
    @property
    def quote(self) -> str: ...
    @property
    def prefix(self) -> str: ...
    @property
    def suffix(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a claim landed in the new text. start/end are None when orphaned;
    quote is the new text's span (the old quote when orphaned); score is 0-1."""

    state: AnchorState
    start: int | None
    end: int | None
    quote: str
    score: float


def reanchor(
    old_text: str | None, new_text: str, anchors: Sequence[AnchorLike]
) -> list[Placement]:
    """One placement per anchor, in order. `old_text` is the text the anchors'
    offsets refer to, or None when unknown (then only quote and context count)."""
    tmap = TextMap(old_text, new_text) if old_text is not None and anchors else None
    placer = _Placer(new_text)
    result = []
    for anchor in anchors:
        usable = (tmap is not None and old_text is not None
                  and old_text[anchor.start : anchor.end] == anchor.quote)
        result.append(placer.place(anchor, tmap if usable else None))
    return result


class _Placer:
    def __init__(self, text: str) -> None:
        from rapidfuzz.distance import Indel  # lazy: only re-anchoring needs it

        self.text = text
        self._sim = Indel.normalized_similarity

    # -- the steps ------------------------------------------------------------
    def place(self, a: AnchorLike, tmap: TextMap | None) -> Placement:
        placed = self._place(a, tmap)
        if (placed.state in (AnchorState.OK, AnchorState.MOVED) and placed.start is not None
                and placed.end is not None
                and not insertion_stays_outside(tmap, placed.start, placed.end)
                and maybe_split(self.text, a, placed.start, placed.end)):
            # The words are all here, but an insertion that repeats the claim's first
            # (last) words reads the same inside the claim as next to it: say so.
            return Placement(AnchorState.FUZZY, placed.start, placed.end, placed.quote,
                             placed.score)
        return placed

    def _place(self, a: AnchorLike, tmap: TextMap | None) -> Placement:
        text, quote = self.text, a.quote
        if tmap is not None:
            ms, s_exact, s_lo, s_hi = tmap.map_start(a.start)
            me, e_exact, e_lo, e_hi = tmap.map_end(a.end)
            if (s_exact and e_exact and _evident(tmap.unchanged_around(a.start, a.end), quote)
                    and self._context(a, ms, me) >= _OK_CONTEXT):
                return Placement(AnchorState.OK, ms, me, quote, 1.0)
            # A paragraph found once in each version, word for word, is the same
            # paragraph wherever it went and whatever now stands around it.
            twin = tmap.line_twin(a.start, a.end)
            if twin is not None:
                state = AnchorState.OK if (twin, s_exact) == (ms, True) else AnchorState.MOVED
                return Placement(state, twin, twin + len(quote), quote, 1.0)
            # Text that left and arrived elsewhere whole: sentences found once in each
            # version, out of order. A whole moved paragraph is surer than ends the
            # diff matched up by chance with like words ("It was the") where it was;
            # a shorter run only counts where the diff lost both ends, and where the
            # claim's context went with it: a sentence key is only the text after the
            # last stop ("7 million last year, according to Tom Berg." after "$42."),
            # and an inserted sentence may end with the same words.
            moved = tmap.moved_to(a.start, a.end, whole=True)
            if moved is None and not (s_exact or e_exact):
                moved = tmap.moved_to(a.start, a.end)
                if moved is not None and self._context(
                        a, moved, moved + len(quote)) < _OK_CONTEXT:
                    moved = None
            if moved is not None and text[moved : moved + len(quote)] == quote:
                return Placement(AnchorState.MOVED, moved, moved + len(quote), quote, 1.0)
            in_place = self._in_place(a, ms, s_exact, s_lo, s_hi, me, e_exact, e_lo, e_hi)
        else:
            ms, me = min(a.start, len(text)), min(a.end, len(text))
            s_exact = e_exact = False
            in_place = None
            if text[ms:me] == quote and self._context(a, ms, me) >= _OK_CONTEXT:
                return Placement(AnchorState.OK, ms, me, quote, 1.0)
        if (in_place is not None and in_place.min_quote == _IN_PLACE_MIN_QUOTE
                and in_place.quote_sim >= _CLEARLY_EDITED and in_place.span != quote):
            return in_place.placement(AnchorState.FUZZY)  # lightly edited where it was
        edited_in_place = in_place is not None and in_place.span != quote
        exact = self._exact(a, ms, tmap, kept_an_end=edited_in_place)
        if (tmap is not None and exact is not None and exact.start == ms and exact.clear
                and _own_side(a, exact) >= 0.8
                and s_exact and e_exact and not tmap.changed_within(a.start, a.end)):
            # Unchanged where the diff puts it, its context agrees on one side, and
            # no other copy of the words is a close rival: the same place.
            return exact.placement(AnchorState.OK)
        if exact is not None and exact.sure and exact.moved_words:
            if tmap is None or len(quote) >= _PASSAGE or not self._stayed(a, exact, ms, me):
                return exact.placement(AnchorState.MOVED)
            exact.sure = False
        # Where an end of the span survived in place, the claim most likely stayed
        # and was edited: an exact copy of its words elsewhere is another mention.
        if in_place is not None and in_place.acceptable and in_place.span != quote:
            return in_place.placement(AnchorState.FUZZY)
        if exact is not None and (exact.sure or exact.context >= _FUZZY_EXACT_CONTEXT):
            if not exact.sure:
                return exact.placement(AnchorState.FUZZY)
            stayed = (tmap is not None and exact.start == ms and s_exact and e_exact
                      and not tmap.changed_within(a.start, a.end))
            return exact.placement(AnchorState.OK if stayed else AnchorState.MOVED)
        found = self._search(a, ms, me)
        if found is not None and found.acceptable:
            return found.placement(AnchorState.FUZZY)
        return Placement(AnchorState.ORPHANED, None, None, quote, found.score if found else 0.0)

    def _in_place(self, a: AnchorLike, ms: int, s_exact: bool, s_lo: int, s_hi: int,
                  me: int, e_exact: bool, e_lo: int, e_hi: int) -> _Candidate | None:
        """The span between the claim's surviving ends, when at least one survived."""
        if not (s_exact or e_exact):
            return None
        # The diff's choice among equally short edit scripts is arbitrary, so a
        # lost end is looked for a little beyond the changed block too.
        reach, slack = len(a.quote) + _EDGE, 2 * _EDGE
        start: int | None = ms
        end: int | None = me
        if not s_exact:
            start = self._best_start(a, max(s_lo - slack, e_lo - reach),
                                     min(s_hi + slack, me - 1), ms)
        if start is not None and not e_exact:
            end = self._best_end(a, max(e_lo - slack, start + 1),
                                 min(e_hi + slack, start + reach + _EDGE, len(self.text)), me)
        if start is None or end is None or end <= start:
            return None
        candidate = self._candidate(a, start, end, expected=start)
        candidate.min_quote = _IN_PLACE_MIN_QUOTE if s_exact and e_exact else FUZZY_MIN_QUOTE
        return candidate

    def _exact(self, a: AnchorLike, expected: int, tmap: TextMap | None, *,
               kept_an_end: bool = False) -> _Candidate | None:
        """The best exact occurrence of the quote by context and closeness.

        An occurrence in text the diff says was already there, elsewhere, is
        another mention of the same words, not the claim: it can only be fuzzy.
        """
        text, quote = self.text, a.quote
        positions = _occurrences(text, quote, 0, len(text), limit=_MANY + 1)
        total = len(positions)
        if total > _MANY:
            positions = self._plausible(a, expected)
        found: list[_Candidate] = []
        others: list[_Candidate] = []  # old text elsewhere: never the claim, still a rival
        for at in positions:
            candidate = self._candidate(a, at, at + len(quote), expected)
            if tmap is not None:
                old, old_at = tmap.is_old_text(at, at + len(quote))
                if old and old_at != a.start:
                    others.append(candidate)
                    continue
            found.append(candidate)
        if not found:
            return None
        found.sort(key=lambda c: c.score, reverse=True)
        best = found[0]
        rivals = found[1:] + others
        # Only worth a scan of the old text when it can decide anything.
        once_before = (total == 1 and not kept_an_end and tmap is not None
                       and _occurs_once(tmap.old, quote))
        best.decide(max((c.context for c in found[1:]), default=None),
                    split=any(best.outvoted_by(c) for c in rivals),
                    unique=total == 1, once_before=once_before, kept_an_end=kept_an_end)
        if tmap is not None and (best.sure or best.clear) and (
                self._outshone(a, best, rivals, tmap.old) or self._elsewhere(a, best, tmap)
                or (best.moved_words and len(best.span) < _PASSAGE
                    and max(self._wide(a, best, tmap.old)) < _OK_CONTEXT)):
            # (Short words found once in each version may also be the claim's
            # words edited where they were and the same words in an added sentence
            # elsewhere: "the ridership plan would" in "James Okafor argued the
            # ridership plan would cost $93.4 million". Moved words bring more of
            # their surroundings with them than 32 characters on one side.)
            best.sure = best.clear = best.very_sure = False
        return best

    def _plausible(self, a: AnchorLike, expected: int) -> list[int]:
        """Of many occurrences, those whose nearest context agrees on one side, and
        those near the expected place; the others cannot win on context."""
        text, quote = self.text, a.quote
        before, after = a.prefix[-8:], a.suffix[:8]
        keep: set[int] = set()
        if before:
            keep.update(p + len(before) for p in _occurrences(text, before + quote, 0, len(text)))
        if after:
            keep.update(_occurrences(text, quote + after, 0, len(text)))
        near = 20 * len(quote) + 2000
        keep.update(_occurrences(text, quote, max(0, expected - near), expected + near))
        return sorted(keep, key=lambda p: abs(p - expected))[:_MAX_SCORED]

    def _search(self, a: AnchorLike, ms: int, me: int) -> _Candidate | None:
        """Approximate matching near the expected place, with and without context."""
        from rapidfuzz import fuzz

        text, quote = self.text, a.quote
        w0 = max(0, ms - _WINDOW - len(quote))
        w1 = min(len(text), max(me, ms) + _WINDOW + len(quote))
        window = text[w0:w1]
        best: _Candidate | None = None
        for needle, offset in ((quote, 0), (a.prefix + quote + a.suffix, len(a.prefix))):
            if not needle or len(needle) > len(window):
                continue
            hit = fuzz.partial_ratio_alignment(needle, window, score_cutoff=50)
            if hit is None:
                continue
            guess = w0 + hit.dest_start - hit.src_start + offset
            reach = len(quote) // 3 + _EDGE
            start = self._best_start(a, max(0, guess - reach), min(len(text), guess + reach),
                                     guess)
            if start is None:
                continue
            guess_end = start + len(quote)
            end = self._best_end(a, max(start + 1, guess_end - reach),
                                 min(len(text), guess_end + reach), guess_end)
            if end is None or end <= start:
                continue
            candidate = self._candidate(a, start, end, expected=ms)
            if best is None or candidate.score > best.score:
                best = candidate
        return best

    def _stayed(self, a: AnchorLike, copy: _Candidate, ms: int, me: int) -> bool:
        """Whether, where the diff puts the claim, the side of its context that
        chose `copy` agrees as well as at the copy: then the claim's words were
        more likely edited where they stood than moved ("in the [port] were
        affected" -> "in the last were affected", and "in the port were affected"
        in an added sentence)."""
        text = self.text
        if copy.prefix_sim >= copy.suffix_sim:
            return self._side(a.prefix, text[max(0, ms - len(a.prefix)) : ms]) >= copy.prefix_sim
        return self._side(a.suffix, text[me : me + len(a.suffix)]) >= copy.suffix_sim

    def _outshone(self, a: AnchorLike, best: _Candidate, rivals: list[_Candidate],
                  old: str) -> bool:
        """Whether a rival copy agrees with the claim's wider surroundings (twice the
        stored context, from the old text) at least as well as the chosen one.

        A sentence added from the same mould ("According to figures from Dr. Chen,
        347 people in Harbour City") can agree with 32 characters around a short
        quote better than the claim's own edited surroundings, but not with more.
        """
        plausible = [c for c in rivals if c.context >= _FUZZY_EXACT_CONTEXT]
        if not plausible:
            return False
        mine = sum(self._wide(a, best, old))
        return any(sum(self._wide(a, c, old)) >= mine for c in plausible)

    def _wide(self, a: AnchorLike, c: _Candidate, old: str) -> tuple[float, float]:
        """How well each side of the claim's wider context (from the old text)
        agrees at candidate `c`."""
        text = self.text
        return (self._side(old[max(0, a.start - _WIDE) : a.start],
                           text[max(0, c.start - _WIDE) : c.start]),
                self._side(old[a.end : a.end + _WIDE], text[c.end : c.end + _WIDE]))

    def _elsewhere(self, a: AnchorLike, cand: _Candidate, tmap: TextMap) -> bool:
        """Whether another mention of the same words in the old text, one the diff
        did not place anywhere, explains this occurrence as well as the claim does.

        Repeated phrasing ("were affected. Dr. Chen wrote that") can make another
        mention's context as like the claim's as the claim's own; when that mention
        was edited or moved, its words may be the ones found here. They are then the
        claim's only if the claim's context agrees here better, on both sides.
        """
        old, quote, size = tmap.old, a.quote, len(a.quote)
        mine_p, mine_s = cand.prefix_sim, cand.suffix_sim
        here_p = self.text[max(0, cand.start - _CONTEXT) : cand.start]
        here_s = self.text[cand.end : cand.end + _CONTEXT]
        # Mentions far from any change are where the diff put them: only those near
        # changes can be unplaced (quotes too long for that: all mentions).
        others = tmap.near_changes(quote, limit=_MAX_SCORED)
        if others is None:
            others = _occurrences(old, quote, 0, len(old), limit=_MANY + 1)
            if len(others) > _MANY:  # only those whose nearest context agrees on a side
                keep: set[int] = set()
                if here_p:
                    keep.update(p + _NEAR for p in _occurrences(
                        old, here_p[-_NEAR:] + quote, 0, len(old)))
                if here_s:
                    keep.update(_occurrences(old, quote + here_s[:_NEAR], 0, len(old)))
                others = sorted(keep)[:_MAX_SCORED]
        for q in others:
            if q == a.start:
                continue
            theirs_p = self._side(old[max(0, q - _CONTEXT) : q], here_p)
            theirs_s = self._side(old[q + size : q + size + _CONTEXT], here_s)
            alike = theirs_p + theirs_s >= mine_p + mine_s - _SIDE_TIE
            split = any(t >= _SIDE_AGREES and t - m >= _SIDE_MARGIN
                        for t, m in ((theirs_p, mine_p), (theirs_s, mine_s)))
            if (alike or split) and not tmap.placed_elsewhere(q, q + size, cand.start):
                return True
        return False

    # -- scoring --------------------------------------------------------------
    def _candidate(self, a: AnchorLike, start: int, end: int, expected: int) -> _Candidate:
        text = self.text
        span = text[start:end]
        quote_sim = 1.0 if span == a.quote else self._sim(a.quote, span)
        prefix_sim = self._side(a.prefix, text[max(0, start - len(a.prefix)) : start])
        suffix_sim = self._side(a.suffix, text[end : end + len(a.suffix)])
        near = 1.0 - min(1.0, abs(start - expected) / max(1, len(text)))
        score = (_W_QUOTE * quote_sim + _W_PREFIX * prefix_sim + _W_SUFFIX * suffix_sim
                 + _W_NEAR * near) / (_W_QUOTE + _W_PREFIX + _W_SUFFIX + _W_NEAR)
        return _Candidate(start, end, span, quote_sim, prefix_sim, suffix_sim, score)

    def _context(self, a: AnchorLike, start: int, end: int) -> float:
        text = self.text
        return max(self._side(a.prefix, text[max(0, start - len(a.prefix)) : start]),
                   self._side(a.suffix, text[end : end + len(a.suffix)]))

    def _side(self, stored: str, found: str) -> float:
        """Context agreement, 0-1. Unrelated English text is about 0.5 similar by
        shared letters alone, so that is rescaled to 0."""
        if stored == found:
            return 1.0
        if not stored or not found:
            return 0.0
        return max(0.0, 2.0 * self._sim(stored, found) - 1.0)

    def _best_start(self, a: AnchorLike, lo: int, hi: int, guess: int) -> int | None:
        lo, hi = max(0, lo), min(len(self.text), hi)
        if hi < lo:
            return None
        text, head = self.text, a.quote[:_EDGE]
        tail = a.prefix[-_EDGE:]
        best, best_score = None, -1.0
        for s in range(lo, hi + 1):
            score = self._sim(head, text[s : s + len(head)])
            if tail:  # (no stored prefix: the text's start proves nothing once edited)
                score += self._sim(tail, text[max(0, s - len(tail)) : s])
            score -= abs(s - guess) * 1e-6
            if score > best_score:
                best, best_score = s, score
        return best

    def _best_end(self, a: AnchorLike, lo: int, hi: int, guess: int) -> int | None:
        lo, hi = max(0, lo), min(len(self.text), hi)
        if hi < lo:
            return None
        text, tail = self.text, a.quote[-_EDGE:]
        head = a.suffix[:_EDGE]
        best, best_score = None, -1.0
        for e in range(lo, hi + 1):
            score = self._sim(tail, text[max(0, e - len(tail)) : e])
            if head:
                score += self._sim(head, text[e : e + len(head)])
            score -= abs(e - guess) * 1e-6
            if score > best_score:
                best, best_score = e, score
        return best


def _evident(around: tuple[int, int] | None, quote: str) -> bool:
    """Whether the diff's unchanged stretch is long enough to trust the span to it:
    short quotes ("Critics", "the") also need unchanged text on both sides."""
    if around is None:
        return False
    return len(quote) >= _LONG or min(around) >= _OK_SIDE


def _own_side(a: AnchorLike, c: _Candidate) -> float:
    """The better agreeing side of the context, not counting a side that is
    another paragraph (after a claim that ends its paragraph, before one that
    starts it): paragraphs move, and "years.\n\nAccording to figures from Mayor
    Ellis" may follow another paragraph's "years." as well."""
    sides = [sim for sim, stored, edge in ((c.prefix_sim, a.prefix, -1),
                                           (c.suffix_sim, a.suffix, 0))
             if not stored or stored[edge] != "\n"]
    return max(sides) if sides else max(c.prefix_sim, c.suffix_sim)


def _occurrences(text: str, quote: str, start: int, end: int,
                 limit: int = _MAX_OCCURRENCES) -> list[int]:
    found: list[int] = []
    at = text.find(quote, start, end)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = text.find(quote, at + 1, end)
    return found


def _occurs_once(text: str, quote: str) -> bool:
    first = text.find(quote)
    return first >= 0 and text.find(quote, first + 1) < 0


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    span: str
    quote_sim: float
    prefix_sim: float
    suffix_sim: float
    score: float
    sure: bool = False
    very_sure: bool = False
    moved_words: bool = False
    clear: bool = False
    min_quote: float = FUZZY_MIN_QUOTE

    @property
    def context(self) -> float:
        return (self.prefix_sim + self.suffix_sim) / 2

    @property
    def acceptable(self) -> bool:
        return self.quote_sim >= self.min_quote and self.score >= FUZZY_MIN_SCORE

    def outvoted_by(self, other: _Candidate) -> bool:
        """Whether one side of the context points at `other` rather than here: it
        agrees there clearly, clearly better than here, and about as well as the
        best side agrees here. Then the context is split between two copies of the
        words and cannot say which one is the claim."""
        strong = max(self.prefix_sim, self.suffix_sim) - _SIDE_TIE
        return any(theirs >= _SIDE_AGREES and theirs >= strong and theirs - ours >= _SIDE_MARGIN
                   for theirs, ours in ((other.prefix_sim, self.prefix_sim),
                                        (other.suffix_sim, self.suffix_sim)))

    def decide(self, runner_up: float | None, *, split: bool, unique: bool,
               once_before: bool, kept_an_end: bool) -> None:
        """Whether this exact occurrence is clearly the claim's (moved, not fuzzy).

        Words found once in the old text and once in the new, in new text, are the
        claim's words moved; otherwise the context must point at one occurrence:
        well ahead of the runner-up, and with neither side of it pointing at
        another copy of the words (`split`; copies the diff calls old text count).
        When an end of the claim survived where it was, it was more likely edited
        there than moved: only context on both sides can say otherwise.
        """
        strong_side = max(self.prefix_sim, self.suffix_sim)
        clear = not split and (runner_up is None or self.context - runner_up >= 0.2)
        self.clear = clear
        self.very_sure = self.prefix_sim >= 0.9 and self.suffix_sim >= 0.9 and clear
        if kept_an_end:
            self.sure = self.very_sure
            return
        self.moved_words = unique and once_before
        # Unique words still need some agreeing context, unless they are a whole
        # passage (a moved paragraph claimed entire has new neighbours on both sides).
        if self.moved_words and (len(self.span) >= _PASSAGE or strong_side >= 0.5):
            self.sure = True
        elif len(self.span) < _LONG:
            # Short words recur, and so do whole phrases around them ("according
            # to the council. Critics note that"): both sides must agree.
            self.sure = self.context >= 0.8 and clear
        elif unique:
            self.sure = strong_side >= 0.5
        else:
            self.sure = strong_side >= 0.8 and clear

    def placement(self, state: AnchorState) -> Placement:
        return Placement(state, self.start, self.end, self.span, round(self.score, 4))
