"""Re-anchoring after paragraphs were only moved: every claim exactly where its words went.

The property, precisely. An article is paragraphs joined by blank lines; the new
version is the same paragraphs in another order (nothing else changes). A claim
covers words of one paragraph, or runs from one paragraph into the next (across
the blank line). Its *right places* in the new text are where its words stand
again as they were:

- inside one paragraph: at the same offset in every copy of that paragraph
  (paragraphs may repeat word for word);
- across a break: where the two paragraphs follow each other again.

Where the move separated the paragraphs a claim spans, it has no right place;
it may still be put where its first paragraph (or its last) now stands next to
another one that begins (ends) with the very words the claim covered: the quote
is there, letter for letter, on the claim's own paragraph. Then:

- A claim with a right place is placed `ok` or `moved` exactly at one of them.
- A claim without one is `fuzzy` or `orphaned`, or exact at such a look-alike.
- Never `ok` or `moved` anywhere else: that would be silently wrong.

Except for claims on a repeated paragraph (one that appears more than once in
the old text, word for word). Nothing says which copy was the claim's, and a
text made of copies moved about reads to a diff as edits as often as moves: such
a claim is only held to landing on its own words, letter for letter, when ok or
moved. The claims on the other paragraphs of such an article are held to all of
the above (the copies leave them no sentence or paragraph found just once).

Paragraphs are made of a few words, so quotes recur everywhere ("the mayor"),
but each paragraph has a year of its own, as real paragraphs differ somewhere:
a paragraph that is nothing but the beginning of another ("The." before "The.
The mayor said.") is a puzzle no text can settle. For the same reason no two
paragraphs are near copies of each other (a word or two apart): swapped, they
read to any diff as the words that differ edited in place.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck_gui.core.anchoring import anchor_at
from factcheck_gui.core.models import AnchorState
from factcheck_gui.core.reanchor import reanchor

EXACT = (AnchorState.OK, AnchorState.MOVED)
UNSURE = (AnchorState.FUZZY, AnchorState.ORPHANED)
# Few words, so quotes recur across paragraphs ("the mayor", "said", "12").
WORDS = ("the", "mayor", "said", "fares", "rose", "by", "12", "percent", "council",
         "Zoë", "Núñez", "budget", "of", "a", "critics", "note", "that", "“we", "won”",
         "Dr.", "Chen", "ridership", "fell")
SEP = "\n\n"


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9))
    text = " ".join(words)
    return text[0].upper() + text[1:] + draw(st.sampled_from([".", ".", "!", ",” she said."]))


@st.composite
def paragraphs(draw) -> list[str]:
    """2-8 paragraphs of 1-4 sentences from a few words. Each has a year of its own
    somewhere (as articles' paragraphs differ somewhere); in half the articles
    some paragraphs repeat others word for word."""
    pool = []
    for k in range(draw(st.integers(2, 8))):
        words = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4))).split(" ")
        words.insert(draw(st.integers(0, len(words) - 1)), str(1990 + k))
        pool.append(" ".join(words))
    # Two paragraphs a word or two apart are, to any diff, one edited paragraph
    # rather than two that swapped places: that is a different test.
    assume(all(SequenceMatcher(None, p.split(), q.split()).ratio() < 0.7
               for n, p in enumerate(pool) for q in pool[:n]))
    if not draw(st.booleans()):
        return pool
    picks = draw(st.lists(st.integers(0, len(pool) - 1), min_size=2, max_size=8))
    return [pool[i] for i in picks]


def _starts(paras: list[str]) -> list[int]:
    starts, at = [], 0
    for p in paras:
        starts.append(at)
        at += len(p) + len(SEP)
    return starts


@st.composite
def moved_articles(draw):
    paras = draw(paragraphs())
    order = draw(st.permutations(range(len(paras))))
    starts = _starts(paras)
    claims = []  # (first paragraph, last paragraph, offset in first, end offset in last)
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(paras) - 1))
        j = i + draw(st.integers(0, 1)) if i + 1 < len(paras) else i
        words_i = _word_edges(paras[i])
        words_j = _word_edges(paras[j])
        a = draw(st.sampled_from([s for s, _ in words_i]))
        ends = [e for _, e in words_j if j > i or e > a]
        b = draw(st.sampled_from(ends))
        claims.append((i, j, a, b))
    spans = [(starts[i] + a, starts[j] + b) for i, j, a, b in claims]
    return paras, list(order), claims, spans


def _word_edges(text: str) -> list[tuple[int, int]]:
    edges, at = [], 0
    for word in text.split(" "):
        edges.append((at, at + len(word)))
        at += len(word) + 1
    return edges


def _places(paras, order, claim, quote: str) -> tuple[set, set]:
    """The claim's right places (where the paragraphs it covers follow each other
    again), and the places where it may also be put: where its first (last)
    paragraph now stands next to one that begins (ends) with the same words."""
    i, j, a, b = claim
    covered = paras[i : j + 1]
    moved = [paras[k] for k in order]
    new = SEP.join(moved)
    starts = _starts(moved)
    right = {(starts[k] + a, starts[k] + a + len(quote)) for k in range(len(moved))
             if moved[k : k + j - i + 1] == covered}
    also = set()
    for k, para in enumerate(moved):
        if para == paras[i]:
            also.add((starts[k] + a, starts[k] + a + len(quote)))
        if para == paras[j]:
            also.add((starts[k] + b - len(quote), starts[k] + b))
    return right, right | {(s, e) for s, e in also if s >= 0 and new[s:e] == quote}


def _repeated(paras, claim) -> bool:
    i, j, _a, _b = claim
    return any(paras.count(p) > 1 for p in paras[i : j + 1])


SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(moved_articles())
def test_a_pure_paragraph_move_reanchors_every_claim_exactly(case) -> None:
    paras, order, claims, spans = case
    old = SEP.join(paras)
    new = SEP.join(paras[k] for k in order)
    anchors = [anchor_at(old, s, e) for s, e in spans]
    for claim, (s, e), placed in zip(claims, spans, reanchor(old, new, anchors), strict=True):
        right, allowed = _places(paras, order, claim, old[s:e])
        where = (placed.start, placed.end)
        if placed.state in EXACT:
            assert placed.quote == old[s:e] == new[placed.start : placed.end]
        if _repeated(paras, claim):
            continue
        if placed.state in EXACT:
            assert where in allowed, (old[s:e], placed)
        else:
            assert not right, (old[s:e], placed)


def test_claims_at_paragraph_edges_follow_their_paragraph() -> None:
    paras = ["Dr. Chen said fares rose by 12 percent.",
             "The council said the budget fell. Critics note that Dr. Chen was wrong.",
             "Ridership fell by 12 percent, the mayor said."]
    old = SEP.join(paras)
    new = SEP.join([paras[1], paras[2], paras[0]])
    quotes = ["Dr.", "12 percent.", "The", "was wrong.", "Ridership", "the mayor said."]
    spans = [(old.index(q), old.index(q) + len(q)) for q in quotes]
    anchors = [anchor_at(old, s, e) for s, e in spans]
    for (s, e), placed in zip(spans, reanchor(old, new, anchors), strict=True):
        para = next(p for p in paras if old.index(p) <= s < old.index(p) + len(p))
        want = new.index(para) + (s - old.index(para))
        assert placed.state in EXACT and (placed.start, placed.end) == (want, want + e - s)


def test_a_claim_across_a_break_the_move_undid_is_not_placed_silently() -> None:
    paras = ["The mayor said fares rose by 12 percent.",
             "Critics note that the council disagreed.",
             "Ridership fell, Dr. Chen said."]
    old = SEP.join(paras)
    s = old.index("12 percent.")
    e = old.index("Critics note") + len("Critics note")
    new = SEP.join([paras[1], paras[0], paras[2]])
    placed = reanchor(old, new, [anchor_at(old, s, e)])[0]
    assert placed.state in UNSURE
