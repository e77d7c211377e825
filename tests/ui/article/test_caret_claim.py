"""The article pane tells assistive technology which claim the caret is in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible

from factcheck_gui.core.models import AnchorState, Claim, Status
from factcheck_gui.core.store import Store
from factcheck_gui.ui.article.caret_claim import NOT_IN_A_CLAIM, caret_description
from factcheck_gui.ui.widgets import announce
from tests.ui.claims.test_highlights_and_table import INNER, LATE, OUTER, add_claims


@pytest.fixture
def sent(monkeypatch) -> list:
    events: list = []
    monkeypatch.setattr(announce, "_send", lambda event: events.append(
        (event.type(), event.object())))
    return events


def test_moving_the_caret_into_claims_describes_them(open_window, db_path: Path, sent) -> None:
    store = Store.open(db_path, reviewer="ann")
    add_claims(store)
    store.close()
    window = open_window()
    pane = window.article_view.pane
    text = pane.text
    pane.move_caret(text.index(LATE) + 3)
    assert pane.accessibleDescription() == (
        f"In claim “{LATE}”: verdict not judged yet, status To check.")
    assert (QAccessible.Event.DescriptionChanged, pane) in sent
    pane.move_caret(text.index(INNER) + 2)  # inside INNER, itself inside OUTER
    assert pane.accessibleDescription() == (
        f"In claim “{INNER}”: verdict True, status Final. Also inside 1 more claim.")
    pane.move_caret(text.index(OUTER))  # OUTER's first word: only OUTER
    assert pane.accessibleDescription().startswith(f"In claim “{OUTER[:40]}")
    assert "verdict Misleading, status Needs review." in pane.accessibleDescription()
    pane.move_caret(0)  # the headline has no claim
    assert pane.accessibleDescription() == NOT_IN_A_CLAIM
    assert pane.accessibleName() == "Article text"
    # A verdict given while the caret stays in the claim is said too.
    pane.move_caret(text.index(LATE) + 3)
    late_id = next(c.id for c in pane.claims if c.quote == LATE)
    window.claims.select_claim(late_id, scroll=False)
    assert window.claims.set_field("verdict", "False")
    assert pane.accessibleDescription() == (
        f"In claim “{LATE}”: verdict False, status To check.")


def test_a_long_quote_is_shortened() -> None:
    quote = "word " * 100
    claim = Claim("c", "a", "v", 0, len(quote), quote, "", "", AnchorState.OK, quote, None,
                  None, None, Status.IN_PROGRESS, None, "", "")
    said = caret_description([claim], 3)
    assert said.endswith("…”: verdict not judged yet, status In progress.")
    assert len(said) < 200
    assert caret_description([claim], len(quote)) == NOT_IN_A_CLAIM  # the end is outside
