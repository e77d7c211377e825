"""A small library with everything exports must carry: two articles (one without a
URL), overlapping and awkward claims, sources, every anchor state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck_gui.core.models import AnchorState, Claim, NewArticle, Status
from factcheck_gui.core.store import Store

FIRST_TEXT = (
    "Bus fares will rise by 18% in January, the council said on Tuesday.\n\n"
    "\"We have no other choice,\" said Zoë Núñez 😀, who chairs the committee. "
    "Ridership fell from 17.9 million journeys in 2019 to 14.2 million in 2025.\n"
    "Some wrote in Hebrew: שלום עולם. The council said fares rose."
)
SECOND_TEXT = "A pasted note with no URL.\n\nThe council said fares rose. Nobody objected."


def _span(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(quote, at + 1)
    return at, at + len(quote)


def fill(store: Store) -> dict[str, str]:
    """Add the library; returns claim ids by name."""
    first = store.add_article(NewArticle(
        title="Fares to rise", text=FIRST_TEXT, outlet="The Courier", author="R. A.",
        url="https://example.org/fares", published="2026-10-14", language="en"))
    second = store.add_article(NewArticle(title="Pasted note", text=SECOND_TEXT))
    ids = {}
    c = store.add_claim(first.id, *_span(FIRST_TEXT, "Bus fares will rise by 18%"),
                        claimant="The council", verdict="Mostly true", status="final",
                        rationale="Line one, \"quoted\"\nline two <b>bold?</b>")
    store.add_source(c.id, "https://example.org/budget", title="Budget, 2026",
                     publisher="Council", published="2026-01-01", stance="supports",
                     note="page 4")
    store.add_source(c.id, "https://example.org/minutes", stance="context")
    ids["fares"] = c.id
    ids["overlap"] = store.add_claim(first.id, *_span(FIRST_TEXT, "rise by 18% in January"),
                                     verdict="False").id
    ids["emoji"] = store.add_claim(first.id, *_span(FIRST_TEXT, "Zoë Núñez 😀"),
                                   claim_text="Who chairs it").id
    ids["rtl"] = store.add_claim(first.id, *_span(FIRST_TEXT, "שלום עולם"),
                                 verdict="Unverifiable", status="in-progress").id
    ids["twice"] = store.add_claim(first.id, *_span(FIRST_TEXT, "The council said fares rose")).id
    ids["second"] = store.add_claim(second.id, *_span(SECOND_TEXT, "The council said fares rose"),
                                    verdict="True", rationale="Checked.").id
    start, end = _span(FIRST_TEXT, "Ridership fell")
    for name, state in (("fuzzy", AnchorState.FUZZY), ("orphan", AnchorState.ORPHANED)):
        quote = "Ridership fell" if name == "fuzzy" else "Ridership collapsed"
        _, claim = store.merge_claim(Claim(
            id=f"00000000-0000-4000-8000-00000000000{len(ids)}", article_id=first.id,
            version_id="", start=start, end=end + (5 if name == "orphan" else 0), quote=quote,
            prefix="said Zoë. ", suffix=" sharply", anchor_state=state, claim_text=quote,
            claimant=None, verdict=None, rationale=None, status=Status.TO_CHECK,
            reviewer="eve", created_at="2026-02-01T00:00:00.000000+00:00",
            updated_at="2026-02-02T00:00:00.000000+00:00"))
        ids[name] = claim.id
    return ids


@pytest.fixture
def library(tmp_path: Path) -> Iterator[tuple[Store, dict[str, str]]]:
    with Store.open(tmp_path / "a.db", reviewer="ann") as store:
        ids = fill(store)
        yield store, ids
