"""A quote found very many times in the new text: only the occurrences whose context
agrees (or that stand near the expected place) are scored, and the claim still lands
on its own mention."""

from __future__ import annotations

from factcheck_gui.core.anchoring import anchor_at
from factcheck_gui.core.models import AnchorState
from factcheck_gui.core.reanchor import reanchor

PARTS = [f"Route {n} says the bus runs every {n % 7 + 5} minutes." for n in range(80)]
TEXT = " ".join(PARTS)


def _bus_in(text: str, route: int) -> tuple[int, int]:
    start = text.index(f"Route {route} says the bus") + len(f"Route {route} says the ")
    return start, start + len("bus")


def test_a_word_used_eighty_times_keeps_its_own_mention_without_the_old_text() -> None:
    new = "A new route opened on Monday. " + TEXT
    anchors = [anchor_at(TEXT, *_bus_in(TEXT, route)) for route in (0, 37, 79)]
    for route, placed in zip((0, 37, 79), reanchor(None, new, anchors), strict=True):
        assert (placed.start, placed.end) == _bus_in(new, route)
        # Many lookalikes and no old text to compare with: it may ask for a look.
        assert placed.state in (AnchorState.MOVED, AnchorState.FUZZY)
