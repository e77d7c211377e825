"""The core loop with real widgets over a real database file: make a claim, judge it,
source it, undo every step, redo every step, close, reopen, and find it all there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from factcheck_gui.core.models import Status
from factcheck_gui.core.store import Store
from factcheck_gui.ui.inspector.sources_editor import SourceDialog
from tests.ui.conftest import select_text

QUOTE = "the first fare increase in three years"


def claim_state(store: Store) -> list[tuple]:
    """Everything a user could see of the database's claims and sources."""
    state = []
    for claim in store.claims.list_claims():
        sources = [(s.id, s.position, s.url, s.title, s.stance) for s in
                   store.sources.list_sources(claim.id)]
        state.append((claim.id, claim.start, claim.end, claim.claim_text, claim.verdict,
                      claim.rationale, claim.status, tuple(sources)))
    return state


def test_the_whole_loop_by_keyboard_survives_undo_redo_and_a_restart(
    open_window, qtbot, monkeypatch, db_path
) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    pane = window.article_view.pane
    assert pane.text.startswith("Saltmere bus fares")
    store = window.store
    snapshots = [claim_state(store)]

    # Select part of the words (snapping completes them) and press Return.
    start, end = select_text(window, QUOTE)
    select_text(window, QUOTE[2:-3])  # "e first fare increase in three ye"
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    claims = store.claims.list_claims()
    assert [(c.start, c.end, c.quote) for c in claims] == [(start, end, QUOTE)]
    claim_id = claims[0].id
    assert window.workspace.selected_claim_id == claim_id
    assert window.inspector.claim_text.hasFocus()  # ready to type the claim text
    assert window.claims_table.current_id() == claim_id
    assert window.act.undo.text().startswith("&Undo Create Claim “the first fare")
    snapshots.append(claim_state(store))

    # Type the claim text: many keys, one undo step, saved by the debounce timer.
    inspector = window.inspector
    inspector.claim_text.selectAll()
    qtbot.keyClicks(inspector.claim_text, "Fares have not risen since 2023")
    qtbot.waitUntil(lambda: store.claims.get_claim(claim_id).claim_text.endswith("2023"),
                    timeout=3000)
    assert window.controller.stack.count() == 2
    snapshots.append(claim_state(store))

    # Escape back to the text; number keys set the verdict there.
    qtbot.keyClick(inspector.claim_text, Qt.Key.Key_Escape)
    assert pane.hasFocus()
    qtbot.keyClick(pane, Qt.Key.Key_2)
    assert store.claims.get_claim(claim_id).verdict == window.claims.verdict_labels()[1]
    snapshots.append(claim_state(store))

    # Rationale in the inspector (F6 twice: the claims table, then there), saved when
    # focus leaves it.
    qtbot.keyClick(pane, Qt.Key.Key_F6)
    assert window.claims_table.view.hasFocus()
    qtbot.keyClick(window.claims_table.view, Qt.Key.Key_F6)
    assert inspector.claim_text.hasFocus()
    inspector.rationale.setFocus()
    qtbot.keyClicks(inspector.rationale, "Fares were last raised in 2023.")
    inspector.claimant.setFocus()  # focus change saves at once
    assert store.claims.get_claim(claim_id).rationale == "Fares were last raised in 2023."
    snapshots.append(claim_state(store))

    # Status through its combo box, as a keyboard user would.
    inspector.status.setFocus()
    in_progress = inspector.status.findData(Status.IN_PROGRESS.value)
    inspector.status.setCurrentIndex(in_progress)
    inspector.status.activated.emit(in_progress)
    assert store.claims.get_claim(claim_id).status is Status.IN_PROGRESS
    snapshots.append(claim_state(store))

    # Two sources through the Add Source shortcut.
    answers = iter([
        {"url": "example.org/fares-2023", "title": "Fares frozen", "stance": "supports"},
        {"url": "https://example.org/budget", "title": "Budget", "stance": "context"},
    ])
    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    for _ in range(2):
        qtbot.keyClick(pane, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        snapshots.append(claim_state(store))
    sources = store.sources.list_sources(claim_id)
    assert [s.url for s in sources] == ["https://example.org/fares-2023",
                                        "https://example.org/budget"]
    assert inspector.sources.model.rowCount() == 2
    assert inspector.sources_hint.isHidden()

    final = claim_state(store)
    steps = window.controller.stack.count()
    assert steps == len(snapshots) - 1 == 7

    # Undo everything, step by step, and check each intermediate state.
    for expected in reversed(snapshots[:-1]):
        window.act.undo.trigger()
        assert claim_state(store) == expected
    assert store.claims.list_claims() == []
    assert not window.act.undo.isEnabled()
    # ...and redo it all: the same ids, the same everything.
    for expected in snapshots[1:]:
        window.act.redo.trigger()
        assert claim_state(store) == expected
    assert claim_state(store) == final

    window.close()
    store.close()
    again = open_window()
    assert claim_state(again.store) == final
    again.claims.select_claim(claim_id)
    assert again.inspector.claim_text.toPlainText() == "Fares have not risen since 2023"
    assert again.inspector.sources.model.rowCount() == 2


def test_delete_asks_nothing_and_undo_brings_back_sources(open_window, qtbot) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    assert window.claims.create_claim()
    claim_id = window.workspace.selected_claim_id
    window.controller.store.sources.add_source(claim_id,
                                               "https://example.org/vote")  # from elsewhere
    window.claims.focus_article()
    qtbot.keyClick(window.article_view.pane, Qt.Key.Key_Delete)
    assert window.store.claims.list_claims() == []
    assert window.workspace.selected_claim_id is None
    assert "Delete Claim" in window.act.undo.text()
    window.act.undo.trigger()
    assert [c.id for c in window.store.claims.list_claims()] == [claim_id]
    assert len(window.store.sources.list_sources(claim_id)) == 1
    assert window.workspace.selected_claim_id == claim_id
    # Delete works from the claims table too.
    window.claims_table.view.setFocus()
    qtbot.keyClick(window.claims_table.view, Qt.Key.Key_Delete)
    assert window.store.claims.list_claims() == []


def test_keyboard_span_adjustment_and_next_previous(open_window, qtbot) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    pane = window.article_view.pane
    select_text(window, "pay £2.60")
    window.claims.create_claim()
    first = window.workspace.selected_claim_id
    window.claims.focus_article()
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane, Qt.Key.Key_Right, alt_shift)
    qtbot.keyClick(pane, Qt.Key.Key_Right, alt_shift)
    assert window.store.claims.get_claim(first).quote == "pay £2.60 for a"
    ctrl_alt = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(pane, Qt.Key.Key_Right, ctrl_alt)
    assert window.store.claims.get_claim(first).quote == "£2.60 for a"
    assert window.controller.stack.count() == 2  # the three moves are one step
    window.act.undo.trigger()
    assert window.store.claims.get_claim(first).quote == "pay £2.60"

    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim(exact=True)
    second = window.workspace.selected_claim_id
    window.claims.focus_article()
    qtbot.keyClick(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.selected_claim_id == first
    qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.selected_claim_id == second
    mark_final = (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                  | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(pane, *mark_final)
    # The workflow rules: not final without a verdict, a rationale and a source.
    assert window.store.claims.get_claim(second).status is Status.TO_CHECK
    assert "can't be final yet" in window.banner.message.text()
    with window.store.batch():
        window.store.claims.update_claim(second, verdict="False", rationale="The minutes.")
        window.store.sources.add_source(second, "https://example.org/minutes")
    window.feed.apply()
    qtbot.keyClick(pane, *mark_final)
    assert window.store.claims.get_claim(second).status is Status.FINAL


def test_a_claim_can_be_marked_with_the_keyboard_alone(open_window, qtbot) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    pane = window.article_view.pane
    pane.setFocus()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane, Qt.Key.Key_Home, ctrl)
    qtbot.keyClick(pane, Qt.Key.Key_Down, ctrl)  # no claims yet: nothing to step to
    while pane.textCursor().blockNumber() < 2:  # down past the title to the first paragraph
        qtbot.keyClick(pane, Qt.Key.Key_Down)
    qtbot.keyClick(pane, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(pane, Qt.Key.Key_Right, ctrl | shift)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    claims = window.store.claims.list_claims()
    assert len(claims) == 1 and claims[0].quote.startswith("Bus passengers")
    assert window.inspector.claim_text.hasFocus()
