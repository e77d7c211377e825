"""Span matching: overlapping, nested and adjacent claims; one claim per reviewer
in a group; order of input does not matter."""

from __future__ import annotations

import random

from factcheck_gui.core.spanmatch import Mark, found_counts, jaccard, match


def marks(coder: str, *spans: tuple[int, int]) -> list[Mark]:
    return [Mark(coder, f"{coder}{i}", s, e) for i, (s, e) in enumerate(spans)]


def keys(groups) -> list[set[str]]:
    return [{m.key for m in g.marks} for g in groups]


def test_overlapping_spans_match_when_jaccard_reaches_the_threshold() -> None:
    groups = match({"ann": marks("ann", (0, 10)), "bob": marks("bob", (2, 12))})
    assert keys(groups) == [{"ann0", "bob0"}]  # 8/12
    groups = match({"ann": marks("ann", (0, 10)), "bob": marks("bob", (8, 20))})
    assert keys(groups) == [{"ann0"}, {"bob0"}]  # 2/20


def test_adjacent_spans_never_match() -> None:
    assert jaccard((0, 10), (10, 20)) == 0.0
    groups = match({"ann": marks("ann", (0, 10)), "bob": marks("bob", (10, 20))}, threshold=0)
    assert keys(groups) == [{"ann0"}, {"bob0"}]


def test_nested_span_matches_when_it_covers_enough_of_the_outer_one() -> None:
    outer = marks("ann", (0, 20))
    assert keys(match({"ann": outer, "bob": marks("bob", (2, 18))})) == [{"ann0", "bob0"}]
    assert keys(match({"ann": outer, "bob": marks("bob", (5, 9))})) == [{"ann0"}, {"bob0"}]


def test_best_overlap_wins_and_each_claim_is_used_once() -> None:
    # bob's two claims both overlap ann's; the closer one is the match.
    groups = match({"ann": marks("ann", (0, 10)),
                    "bob": marks("bob", (0, 6), (1, 10))})
    assert keys(groups) == [{"bob0"}, {"ann0", "bob1"}]


def test_a_group_never_holds_two_claims_of_one_reviewer() -> None:
    groups = match({"ann": marks("ann", (0, 10), (1, 11)),
                    "bob": marks("bob", (0, 10)),
                    "cy": marks("cy", (1, 11))})
    for g in groups:
        assert len(g.coders) == len(g.marks)
    # ann0=bob0 and ann1=cy0 exactly; bob0 and cy0 overlap too, but joining them
    # would put both of ann's claims in one group.
    assert keys(groups) == [{"ann0", "bob0"}, {"ann1", "cy0"}]


def test_found_by_all_some_one() -> None:
    groups = match({"ann": marks("ann", (0, 10), (20, 30), (40, 50)),
                    "bob": marks("bob", (0, 10), (20, 30)),
                    "cy": marks("cy", (1, 10), (60, 70))})
    assert found_counts(groups, ["ann", "bob", "cy"]) == {"all": 1, "some": 1, "one": 2}


def test_result_does_not_depend_on_input_order() -> None:
    rng = random.Random(3)
    data = {c: [Mark(c, f"{c}{i}", s, s + rng.randint(1, 30))
                for i, s in enumerate(rng.sample(range(200), 12))] for c in "abc"}
    first = keys(match(data))
    shuffled = {c: rng.sample(v, len(v)) for c, v in reversed(list(data.items()))}
    assert keys(match(shuffled)) == first
