"""The core's translation hook: English by default (the CLI's words), any registered
translator once the window sets one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factcheck_gui.core import translatable
from factcheck_gui.core.history import describe_event
from factcheck_gui.core.models import Event
from factcheck_gui.core.translatable import english, set_translator, translate
from factcheck_gui.core.workflow import WorkflowRules, final_hint


@pytest.fixture
def restored() -> Iterator[None]:
    before = translatable._translator
    yield
    set_translator(before)


def test_english_says_the_count_and_the_plural_as_the_cli_always_did() -> None:
    assert english("History", "restored claim with %n source(s)", None, 1) == (
        "restored claim with 1 source")
    assert english("History", "restored claim with %n source(s)", None, 0) == (
        "restored claim with 0 sources")
    assert english("X", "%n match(es)", None, 12) == "12 matches"
    assert english("X", "%n source(s) of {name}", None, 1000) == "1000 sources of {name}"
    assert english("X", "a (s) stays without a count") == "a (s) stays without a count"


def test_a_registered_translator_gets_every_sentence_until_it_is_taken_back(
        restored) -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, text, disambiguation, n))
        return f"[{english(context, text, disambiguation, n)}]"

    event = Event(1, "2026-01-01T00:00:00", "ann", "claim", "c1", "delete",
                  {"quote": "Fares rise", "sources": [{"id": "s1", "url": "u"}] * 2}, None)
    set_translator(marked)
    assert translate("History", "yes") == "[yes]"
    assert describe_event(event) == ["[deleted claim on “Fares rise” with 2 sources]"]
    assert ("History", "deleted claim on {quote} with %n source(s)", None, 2) in calls
    assert final_hint(WorkflowRules(), verdict=None, rationale="r", source_count=0) == (
        "[Final needs: [verdict][, ][1 source]]")

    set_translator(None)
    assert describe_event(event) == ["deleted claim on “Fares rise” with 2 sources"]
    assert final_hint(WorkflowRules(), verdict=None, rationale="r", source_count=0) == (
        "Final needs: verdict, 1 source")
