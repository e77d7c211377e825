"""Placing a quote by exact match and context (the importer's resolver)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck_gui.core.anchoring import anchor_at
from factcheck_gui.core.placement import How, place_quote

TEXT = "The mayor said fares rose. Later, the mayor said fares rose again, twice."


def test_the_stored_position_wins_when_the_quote_is_there() -> None:
    second = TEXT.index("the mayor said fares rose")
    placed = place_quote(TEXT, "the mayor said fares rose", start=second, end=second + 25)
    assert (placed.start, placed.how) == (second, How.POSITION)


def test_context_chooses_among_duplicates_when_the_position_is_stale() -> None:
    quote = "said fares rose"
    second = TEXT.index(quote, TEXT.index(quote) + 1)
    anchor = anchor_at(TEXT, second, second + len(quote))
    shifted = "BREAKING: " + TEXT
    placed = place_quote(shifted, quote, prefix=anchor.prefix, suffix=anchor.suffix,
                         start=second, end=second + len(quote))
    assert placed.how is How.CONTEXT
    assert placed.start == second + len("BREAKING: ")


def test_without_context_the_nearest_occurrence_wins() -> None:
    quote = "said fares rose"
    second = TEXT.index(quote, TEXT.index(quote) + 1)
    assert place_quote(TEXT, quote, start=second + 3).start == second
    assert place_quote(TEXT, quote, start=0).start == TEXT.index(quote)


def test_a_missing_quote_is_not_placed() -> None:
    assert place_quote(TEXT, "fares fell") is None
    assert place_quote(TEXT, "") is None
    assert place_quote(TEXT, "mayor", start=10_000, end=10_005).how is How.CONTEXT


@given(st.text(min_size=1, max_size=300), st.data())
def test_a_quote_is_always_found_where_it_was(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    insert = data.draw(st.text(max_size=40))
    prefix, suffix = text[max(0, start - 32) : start], text[end : end + 32]
    assert place_quote(text, quote, prefix=prefix, suffix=suffix, start=start).start == start
    # After text is inserted before it, it is found, on the same words, with its context.
    moved = insert + text
    placed = place_quote(moved, quote, prefix=prefix, suffix=suffix, start=start)
    assert moved[placed.start : placed.end] == quote
    if moved.count(quote) == 1:
        assert placed.start == start + len(insert)
