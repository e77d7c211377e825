"""A changed copy of a stored article is found; other articles and exact copies are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.near_duplicates import _Text, find_near_duplicates, line_changes
from factcheck_gui.core.store import Store

STORY = "\n\n".join([
    "Harbour council approves bus fare rise",
    "Harbour city council voted on Tuesday to raise bus fares by 10 percent from April.",
    "Council leader Tom Reyes said the money would pay for 40 new electric buses.",
    "He told the meeting that ridership had grown by a quarter since 2019.",
    "Opponents said the rise would hit low-paid workers hardest.",
    "The vote passed by seven votes to four.",
    "Single tickets rise from £2.00 to £2.20.",
    "The transport union said it would ask for a review of the decision.",
])
OTHER = "\n\n".join([
    "Library hours extended at weekends",
    "The central library will stay open until 8pm on Saturdays and Sundays.",
    "More than 2,000 residents asked for longer weekend hours in a survey.",
    "The council said the cost would be covered by savings elsewhere.",
    "Staff unions said they had been consulted and supported the plan.",
    "The change starts next month and will be reviewed after a year.",
    "Opening hours on weekdays stay the same.",
    "The library's café will also open later.",
])


def test_one_added_line_is_a_near_duplicate(store: Store) -> None:
    stored = store.articles.add_article(NewArticle(title="Fares", text=STORY))
    store.articles.add_article(NewArticle(title="Library", text=OTHER))
    changed = STORY + "\n\nUpdated at 18:00 with the union's response."
    found = find_near_duplicates(store, changed)
    assert [near.article.id for near in found] == [stored.id]
    assert (found[0].added, found[0].changed, found[0].removed) == (1, 0, 0)
    assert found[0].describe() == "1 line added"


def test_a_few_changed_lines_are_a_near_duplicate(store: Store) -> None:
    stored = store.articles.add_article(NewArticle(title="Fares", text=STORY))
    changed = STORY.replace("seven votes to four", "eight votes to three").replace(
        "£2.20", "£2.25")
    found = find_near_duplicates(store, changed)
    assert [near.article.id for near in found] == [stored.id]
    assert found[0].describe() == "2 lines changed"


def test_exact_copies_and_other_articles_are_not_near_duplicates(store: Store) -> None:
    store.articles.add_article(NewArticle(title="Fares", text=STORY))
    assert find_near_duplicates(store, STORY) == []  # the exact-duplicate check's job
    assert find_near_duplicates(store, OTHER) == []
    half = "\n\n".join(STORY.split("\n\n")[:4] + OTHER.split("\n\n")[4:])
    assert find_near_duplicates(store, half) == []


def test_reworded_lines_on_a_short_story_compare_by_characters(store: Store) -> None:
    short = "\n\n".join(STORY.split("\n\n")[:5])
    stored = store.articles.add_article(NewArticle(title="Fares", text=short))
    changed = short.replace("10 percent", "ten percent").replace("40 new", "forty new")
    found = find_near_duplicates(store, changed)  # 3 of 5 lines equal: 0.6 by lines
    assert [near.article.id for near in found] == [stored.id]
    assert found[0].similarity > 0.9 and found[0].changed == 2


_LINES = st.lists(st.sampled_from(["a", "b b", "c", "  a ", "d", "", "e f"]), max_size=12)


@settings(max_examples=200, deadline=None)
@given(old=_LINES, new=_LINES)
def test_the_line_bound_never_rules_out_what_the_alignment_would_find(
        old: list[str], new: list[str]) -> None:
    """Candidates whose bound is under the threshold skip the alignment: the bound
    must be at least the alignment's ratio, whatever the lines."""
    a, b = "\n".join(old), "\n".join(new)
    assert _Text(b).lines_at_most(_Text(a)) >= line_changes(a, b)[0] - 1e-12


def test_a_near_duplicate_by_characters_still_says_what_changed(store: Store) -> None:
    """Every line reworded a little: no line in common, so the line alignment is
    skipped at first; the note's counts are still made for the match."""
    lines = [f"Paragraph {n} says the council raised bus fares by a fifth in the spring."
             for n in range(6)]
    store.articles.add_article(NewArticle(title="Fares", text="\n".join(lines)))
    changed = "\n".join(line.replace("fifth", "fifth,") for line in lines)
    [near] = find_near_duplicates(store, changed)
    assert near.similarity >= 0.9 and near.changed == 6 and near.describe() == "6 lines changed"
