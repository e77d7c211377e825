"""Claims that must not land silently on look-alike text (target: no wrong placement).

Each case is a benchmark article (benchmarks/reanchor_quality.py, 25% edits)
that placed a claim `ok`/`moved` on the wrong words, shrunk to the few sentences
that still did so. The claim may end up fuzzy or orphaned (the user is asked to
look), or ok/moved only where it truly is.
"""

from __future__ import annotations

from factcheck_gui.core.anchoring import anchor_at
from factcheck_gui.core.models import AnchorState
from factcheck_gui.core.reanchor import Placement, reanchor

SILENT = (AnchorState.OK, AnchorState.MOVED)


def _place(old: str, new: str, quote: str, occurrence: int = 1) -> Placement:
    start = -1
    for _ in range(occurrence):
        start = old.index(quote, start + 1)
    return reanchor(old, new, [anchor_at(old, start, start + len(quote))])[0]


def _not_silently_wrong(placed: Placement, true_start: int | None = None) -> None:
    if placed.state in SILENT:
        assert true_start is not None and placed.start == true_start, placed


# -- an insertion that repeats the claim's own edge words -------------------------------
def test_an_insertion_repeating_the_claims_last_words_is_fuzzy() -> None:
    # "that in " was inserted before "that" (inside the claim); the text reads the
    # same as " in that" added after it. Either may be true: the user looks.
    old = "It was the second time in 643 years that crime fell.\n\n"
    new = "It was the second time in 643 years that in that crime fell.\n\n"
    placed = _place(old, new, "643 years that")
    assert placed.state is AnchorState.FUZZY
    assert (placed.start, placed.end) == (26, 40)


def test_an_insertion_repeating_the_claims_first_words_is_fuzzy() -> None:
    # "According ... new in the " went in after the claim's "the " (the paragraph
    # also moved); its last word makes "the council wrote" whole again further on.
    old = ("the ministry argued the the tax rate plan would cost $21.2 million over 356 "
           "years.\n\n\u201cUnemployment dropped because of us,\u201d Priya Natarajan told "
           "reporters. the council wrote that the figures were wrong. ")
    new = ("\u201cUnemployment dropped because of us,\u201d Priya Natarajan told reporters. "
           "the According to figures from Mayor Ellis, people and last new in the council "
           "wrote that the figures were wrong. the ministry argued the the tax rate plan "
           "would cost $21.2 million over 356 years.\n\n")
    placed = _place(old, new, "the council wrote")
    assert placed.state is AnchorState.FUZZY


def test_a_pure_insertion_after_a_claim_that_repeats_nothing_stays_ok() -> None:
    old = "It was the second time in 643 years that crime fell.\n\nFares rose."
    new = "It was the second time in 643 years that officials said crime fell.\n\nFares rose."
    placed = _place(old, new, "It was the second time in 643 years that")
    assert placed.state is AnchorState.OK


def test_a_paragraph_added_after_a_claim_ending_like_it_does_not_split_it() -> None:
    old = "Fares rose in 2025.\n\nCritics note that the budget fell."
    new = "Fares rose in 2025.\n\nRidership fell in 2025.\n\nCritics note that the budget fell."
    placed = _place(old, new, "rose in 2025.")
    assert placed.state is AnchorState.OK


# -- a sentence key that is only the end of a sentence ------------------------------------
def test_an_added_sentence_ending_like_an_edited_claim_is_not_where_it_moved() -> None:
    # The sentence key "7 million last year, according to Tom Berg." (after "$42.")
    # is found once in each version, but in the new one it ends an added sentence
    # ("$97.7 million ..."), while the claim's own sentence left with its paragraph.
    old = ("It was the third time in 477 years that ridership climbed. \u201cHousing costs "
           "climbed because of us,\u201d James Okafor insisted.\n\nIn the northern district, "
           "the tax rate fell to $42.7 million last year, according to Tom Berg. "
           "\u201cRidership doubled because of us,\u201d Mayor Ellis told reporters. ")
    new = ("According to Priya Natarajan argued that the figures were wrong; figures from "
           "the ministry; 624 people in Riverside In Riverside, wait times dropped to $97.7 "
           "million last year, according to Tom Berg. It was the third time in 477 years "
           "that ridership climbed. \u201cHousing costs climbed because of us,\u201d James "
           "Okafor insisted.\n\n")
    placed = _place(old, new, "7 million last year, according to Tom Berg.")
    _not_silently_wrong(placed)


# -- another mention of the same words, in the old text -----------------------------------
def test_a_deleted_claim_does_not_move_onto_another_mention_with_the_same_context() -> None:
    # Both "Dr." mentions are followed by " Chen wrote that the figures were wrong.";
    # the claim's (the first) is gone, the other's paragraph was edited around it.
    old = ("Dr. Chen wrote that the figures were wrong. According to figures from the "
           "ministry, 350 people in Riverside were affected. Dr. Chen wrote that the figures "
           "were wrong.\n\nIn Harbour City, wait times doubled to $95.5 million last year, "
           "according to Maria Lopez.\n\n")
    new = ("In Harbour City, wait the the times doubled to $95.5 million last year, "
           "according to Maria Lopez.\n\nAccording to figures from the ministry, 350 people "
           "in Riverside were affected. Dr. Chen wrote that the figures were wrong.\n\n")
    placed = _place(old, new, "Dr.")
    assert placed.state in (AnchorState.FUZZY, AnchorState.ORPHANED)


def test_a_copy_that_is_another_mention_moved_is_not_the_claim() -> None:
    # "cost": the claim's sentence lost " $87.2 million over" after it and had its
    # start reworded; the other "... plan would cost $83.2 million" sentence moved
    # to a paragraph of its own and now agrees better with the claim's context than
    # the claim's own place does. That copy is the other mention's, not the claim.
    old = ("The ministry claimed the housing costs plan would cost $87.2 million over 162 "
           "years. the council wrote the housing costs plan would cost $83.2 million over "
           "294 years.\n\nIt was the second time in 603 years that school funding "
           "dropped.\n\n")
    new = ("show ministry the claimed housing costs plan would cost 162 years. It was the "
           "second time in 603 years that school funding dropped.\n\nthe council  wrote the "
           "housing costs plan would cost $83.2 million over 294 years.\n\n")
    placed = _place(old, new, "cost", occurrence=2)
    _not_silently_wrong(placed, new.index("cost 162"))


def test_a_moved_mention_with_the_claims_wording_is_not_the_claim() -> None:
    old = ("In the northern district, crime grew to $24.6 million last year, according to "
           "Maria Lopez.\n\nPriya Natarajan said that the figures were wrong.\n\nIn the "
           "northern district, ridership grew to $67.6 million last year, according to Tom "
           "Berg. In the northern district, ridership grew to $66.4 million last year, "
           "according to Priya Natarajan. ")
    new = ("In the northern district, ridership grew to $67.6 million last year according "
           "to Tom Berg. In the northern district, crime grew report to $24.6 million last "
           "year, according to Maria Lopez.\n\nPriya Natarajan said that the figures were "
           "wrong.\n\n\u201cBudget rose because of rose the ministry wrote: In the northern "
           "ridership district, in grew the more to $66.4 million last year, according to "
           "Priya Natarajan. ")
    placed = _place(old, new, "grew", occurrence=3)
    _not_silently_wrong(placed, new.index("grew the more"))


def test_a_copy_whose_prefix_is_another_mentions_is_not_the_claim() -> None:
    # After "claimed." at the diff's place comes the claim's old next paragraph, but
    # before it stands the other mention's "Maria Lopez": the context is split
    # between the claim and that mention, so the copy is not silently the claim's.
    old = ("\u201cHousing costs grew because of us,\u201d the ministry claimed.\n\nAccording "
           "to figures from Dr. \u201cCrime rose because of us,\u201d Maria Lopez "
           "claimed.\n\n")
    new = ("us,\u201d the ministry claimed.\n\n\u201cSchool funding fell because of us,\u201d "
           "Maria Lopez insisted Tom Berg claimed that wait times stayed flat by 5 percent in "
           "and \u201cCrime rose because of us,\u201d Maria Lopez\nclaimed.\n\nAccording to "
           "figures from Dr. ")
    placed = _place(old, new, "claimed.", occurrence=1)
    _not_silently_wrong(placed, new.index("claimed."))


def test_the_claims_own_place_with_an_edit_before_it_is_not_outbid_by_a_moved_mention(
) -> None:
    old = ("James Okafor insisted the wait times plan would cost $66.4 million over 560 "
           "years. Critics note that ridership in Harbour City doubled only 58 percent. ")
    new = ("James Okafor insisted the wait  times plan would cost $66.4 million over years. "
           "Critics note stayed flat ridership in Harbour City doubled only 58 percent. Tom "
           "Berg claimed the about crime plan would cost $19.1 million over 766 years. "
           "Critics note that ridership in climbed Eastfield only 50 percent.\n\n")
    placed = _place(old, new, "years.")
    _not_silently_wrong(placed, new.index("years."))


# -- a sentence added from the same mould -------------------------------------------------
def test_a_sentence_from_the_same_mould_does_not_outbid_the_claims_edited_surroundings(
) -> None:
    # 32 characters around "Dr." agree better with the added sentence than with the
    # claim's own reworded surroundings; 64 characters do not.
    old = ("\u201cFares dropped because of us,\u201d James Okafor argued. According to figures "
           "from Dr. Chen, 444 people in Harbour City were affected.\n\nIn the port, "
           "unemployment fell to $38.8 million last year.")
    new = ("\u201cFares dropped because of argued According to figures week figures from Dr. "
           "Chen,  444 people in Harbour City were affected.\n\nIn the port, unemployment "
           "fell to $38.8 million last year. Critics note that wait times in the northern "
           "district rose only 59 percent; According to figures from Dr. Chen, 347 people in "
           "Harbour City were affected. than and that")
    placed = _place(old, new, "Dr.")
    _not_silently_wrong(placed, new.index("Dr."))


# -- short words found once in each version -----------------------------------------------
def test_short_words_in_a_rewritten_sentence_are_not_silently_moved() -> None:
    # Found once in each version, but only 32 characters of context on one side
    # agree (the sentence's template); the wider context does not: the claim's
    # words may as well be another sentence's, so the user looks.
    old = "the union wrote the ridership plan would cost $95.8 million over 173 years. "
    new = "James Okafor argued the ridership plan would cost $93.4 million over 476 years. "
    _not_silently_wrong(_place(old, new, "the ridership plan would"))


def test_a_short_quote_in_an_added_sentence_of_the_same_mould_is_not_silently_moved() -> None:
    old = "\u201cBudget fell because of us,\u201d the council told reporters.\n\n"
    new = ("\u201cFares dropped because of us,\u201d the council wrote: \u201cHousing "
           "\u201cSchool funding grew because of us,\u201d the union told reporters. ")
    _not_silently_wrong(_place(old, new, "reporters."))


def test_words_edited_where_they_stood_are_not_moved_to_an_added_copy() -> None:
    # "port" became "last" where the claim stood (its prefix still agrees there);
    # an added sentence has "in the port were affected" with less agreeing context.
    old = ("Mayor Ellis said that the deficit dropped by 42 percent in 2006. According to "
           "figures from the union, 189 people in the port were affected. It was the third "
           "time in 476 years that unemployment rose.\n\nThe report found that fares fell.")
    new = ("Mayor Ellis said that the deficit dropped by 42 percent in 2006. According to "
           "figures from the union; 189 people in the last were affected. \u201cWait times "
           "climbed because of us,\u201d Maria Lopez insisted. It was the third time in 476 "
           "years that unemployment rose.\n\nThe report found that fares fell. It was the "
           "second time in 338 years that the tax rate fell. According to figures from the "
           "ministry, 495 people in the port were affected.")
    _not_silently_wrong(_place(old, new, "port were"))


# -- context that is another paragraph ----------------------------------------------------
def test_the_next_paragraph_alone_does_not_make_a_paragraph_end_ok() -> None:
    # The claim ends its paragraph; the paragraph after it now follows another
    # paragraph that ends in the same word. Only the text across the break agrees
    # there, and paragraphs move: the claim is not silently ok on that "years.".
    old = ("James Okafor claimed the the deficit plan would cost $63.9 million over 391 "
           "years.\n\nAccording to figures from Mayor Ellis, 347 people in Riverside were "
           "affected. ")
    new = ("Governor Hale wrote that times fell by 17 percent in 1996 Governor Hale argued the "
           "emissions plan would $46:1 cost million over 438 years.\n\nAccording to figures "
           "from Mayor Ellis, 347 people in Riverside were affected; Tom Berg insisted the "
           "housing costs plan would cost $36.5 million over 141 years.\n\n")
    _not_silently_wrong(_place(old, new, "years."))


def test_one_insertion_that_cannot_reach_into_a_claim_leaves_it_exact() -> None:
    """Found by Hypothesis after the look-alike rules: "0 " inserted right before
    "council the" in "...council council council the..." made the claim fuzzy,
    because its context agrees longer before the previous "council". One
    insertion that cannot slide into the claim has only one reading."""
    old = "the council council council the the the the"
    new = old[:20] + "0 " + old[20:]
    [placed] = reanchor(old, new, [anchor_at(old, 20, 31)])
    assert (placed.state, placed.start, placed.end) == (AnchorState.OK, 22, 33)
