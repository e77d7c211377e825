"""Claim finder rules: what must and must not be suggested, offsets, skipping."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck_gui.core.suggest import (
    DEFAULT_MIN_SCORE,
    filter_suggestions,
    score_sentence,
    split_sentences,
    suggest,
)

MUST = [
    "Unemployment fell to 3.5% last year, the lowest rate since 1974.",
    "The bridge cost £42m, twice the original budget.",
    "The minister said crime had fallen for the fifth year in a row.",
    "According to the police, burglaries rose by 12 per cent in the year to March.",
    "Officials say the new road caused a sharp rise in accidents.",
    "It is widely reported that the company will cut hundreds of jobs.",
    "The city council spent more than $3 million on consultants.",
    "Dr Amira Stone, the chief medical officer, claimed the vaccine prevented 20,000 deaths.",
    "Hundreds of families were evicted after the new law was passed, the charity said.",
    "This is the largest wildfire ever recorded in the state, officials said.",
]
MUST_NOT = [
    "What a wonderful evening it was.",
    "Will the council listen to residents this time?",
    "The sun set slowly over the quiet harbour.",
    "I think the new park is beautiful.",
    "Click here to subscribe to our newsletter.",
    "She smiled.",
    "We should all be kinder to each other.",
    "The meeting took place in the town hall.",
    "Why does nobody ever ask the residents?",
    "Children played in the fountain while their parents chatted.",
]


@pytest.mark.parametrize("sentence", MUST)
def test_check_worthy_sentences_are_suggested(sentence: str) -> None:
    score, reasons = score_sentence(sentence)
    assert score >= DEFAULT_MIN_SCORE, [str(r) for r in reasons]
    assert reasons and all(r.label for r in reasons)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_opinion_questions_and_description_are_not(sentence: str) -> None:
    score, reasons = score_sentence(sentence)
    assert score < DEFAULT_MIN_SCORE, [str(r) for r in reasons]
    assert suggest(sentence) == []


def test_reasons_name_their_evidence_and_weight() -> None:
    score, reasons = score_sentence("Bus fares will rise by 18%, the council said.")
    by_rule = {r.rule: r for r in reasons}
    assert by_rule["percentage"].evidence == "18%"
    assert by_rule["attribution"].evidence == "said"
    assert "prediction" in by_rule and "official" in by_rule
    assert "figure" not in by_rule  # the percentage already counts this number
    assert 0 < score <= 1
    assert "“18%”" in str(by_rule["percentage"]) and "+0.45" in str(by_rule["percentage"])


def test_penalties_are_shown_as_reasons() -> None:
    score, reasons = score_sentence("Did the council really spend £3m on a statue?")
    assert "question" in {r.rule for r in reasons}
    assert score < score_sentence("The council spent £3m on a statue.")[0]


def test_offsets_are_code_points_and_sentences_in_order() -> None:
    text = ("Zoë 😀 wrote this.\n\nFlood warning issued\n"
            "The river rose 2.5 metres overnight, the Environment Agency said. It rained.")
    spans = split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    assert sentences == ["Zoë 😀 wrote this.", "Flood warning issued",
                         "The river rose 2.5 metres overnight, the Environment Agency said.",
                         "It rained."]
    found = suggest(text)
    assert [s.sentence for s in found] == [sentences[2]]
    assert text[found[0].start:found[0].end] == found[0].sentence


def test_ranked_best_first_and_limited() -> None:
    text = ("The mayor said the scheme was going well. "
            "Rents rose 9% last year, more than twice the rate of inflation, the council said. "
            "The bridge cost £42m.")
    found = suggest(text)
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert found[0].sentence.startswith("Rents rose 9%")
    assert len(suggest(text, limit=1)) == 1


def test_sentences_already_claimed_or_dismissed_are_skipped() -> None:
    text = ("Rents rose 9% last year, the council said. "
            "The bridge cost £42m, twice the original budget.")
    both = suggest(text)
    assert len(both) == 2
    rents = next(s for s in both if s.sentence.startswith("Rents"))
    # A claim over most of the sentence covers it; a claim on one word does not.
    assert [s.sentence for s in suggest(text, existing=[(rents.start, rents.end - 5)])] == [
        "The bridge cost £42m, twice the original budget."]
    assert len(suggest(text, existing=[(rents.start, rents.start + 5)])) == 2
    assert [s.sentence for s in suggest(text, dismissed=["Rents rose 9%  last year, the "
                                                         "council said."])] == [
        "The bridge cost £42m, twice the original budget."]


def test_filtering_computed_suggestions_matches_suggesting_afresh() -> None:
    """The window computes once per text and filters after each change."""
    text = ("Rents rose 9% last year, the council said. "
            "The bridge cost £42m, twice the original budget. "
            "Officials say the new road caused a sharp rise in accidents.")
    everything = suggest(text)
    rents = next(s for s in everything if s.sentence.startswith("Rents"))
    for existing, dismissed in (
        ([], []),
        ([(rents.start, rents.end - 5)], []),
        ([(rents.start, rents.start + 5)], ["The bridge cost £42m,  twice the original budget."]),
    ):
        assert filter_suggestions(everything, existing=existing, dismissed=dismissed) == (
            suggest(text, existing=existing, dismissed=dismissed))


def test_clause_narrowing_picks_the_clause_with_the_claim() -> None:
    sentence = ("It was a grey morning in the old town; unemployment fell to 3.5% last year, "
                "the statistics office said.")
    (found,) = suggest(sentence)
    assert (found.start, found.end) == (0, len(sentence))
    clause = sentence[found.clause_start:found.clause_end]
    assert clause == "unemployment fell to 3.5% last year, the statistics office said."


def test_empty_and_blank_texts() -> None:
    assert suggest("") == []
    assert suggest(" \n\n \t") == []
    assert split_sentences("") == []


def test_a_long_article_is_handled() -> None:
    paragraph = ("Rents rose 9% last year, the council said. The sun shone. "
                 "Will it last? The bridge cost £42m, twice the budget.\n\n")
    text = paragraph * 400
    found = suggest(text)
    assert len(found) == 800
    assert all(text[s.start:s.end] == s.sentence for s in found)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Rents rose 9%", " last year", ", the council said.", " ", "\n", "\n\n", "Dr. ", "U.S.",
    "£4.2m", "?", "!", '"', "“", "”", "Zoë", "😀", "\u200f", "\t", "—", "…", "3.5", ";",
    "Will it?", "No. Yes.", "e.g. ", "(see p. 4)", "\r\n",
]), max_size=40).map("".join))
def test_offsets_always_match_the_text(text: str) -> None:
    spans = split_sentences(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous = end
    for s in suggest(text, min_score=0.0):
        assert text[s.start:s.end] == s.sentence
        assert s.start <= s.clause_start < s.clause_end <= s.end
        assert 0 < s.score <= 1
