"""The Claims to Look At pane, re-attaching an orphan (with undo), stepping through
changed claims, and edit mode (save, cancel, undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from factcheck_gui.core.models import AnchorState
from factcheck_gui.ui.article import text_correction as edit_mode
from factcheck_gui.ui.article.text_correction import DiscardEditsDialog
from tests.ui.article.versions_helpers import QUOTES, current_text, edited, sample_with_claims
from tests.ui.conftest import select_text

NEW_HOME = "Officials say the higher fares will raise about £2.3 million a year"


def _updated(window) -> dict[str, str]:
    ids = sample_with_claims(window)
    assert window.versions.store_new_text(edited(current_text(window)), "test edit")
    return ids


def test_the_pane_lists_orphans_with_their_old_words_and_version(open_window) -> None:
    window = open_window()
    ids = _updated(window)
    pane = window.review.review_pane
    assert window.review.review_dock.isVisible()
    assert pane.ids() == [ids["fuzzy"], ids["orphan"]]  # fuzzy first, then orphans
    orphan_text = pane.list.item(1).text()
    assert orphan_text.startswith("Orphaned · covered in version 1")
    assert f"“{QUOTES['orphan']}”" in orphan_text
    fuzzy_text = pane.list.item(0).text()
    assert "14.2 million" in fuzzy_text and "14.3 million" in fuzzy_text  # was / now
    assert fuzzy_text.startswith("Needs a look · was")

    pane.list.setCurrentRow(1)  # choosing one selects it everywhere
    assert window.workspace.selected_claim_id == ids["orphan"]
    assert window.inspector.rationale.toPlainText() == "why orphan"
    window.claims.select_claim(ids["fuzzy"])  # and choosing elsewhere follows in the list
    assert pane.current_id() == ids["fuzzy"]
    window.claims.select_claim(ids["ok"])
    assert pane.current_id() is None

    # The claims table keeps orphans, set apart and explained.
    model = window.claims_table.model
    index = model.index(model.row_of(ids["orphan"]), 0)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Orphaned: the text changed" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_reattach_an_orphan_to_selected_words_and_undo(open_window, qtbot) -> None:
    window = open_window()
    ids = _updated(window)
    window.review.review_pane.list.setCurrentRow(1)
    assert window.workspace.selected_claim_id == ids["orphan"]
    start, end = select_text(window, NEW_HOME)
    steps = window.controller.stack.count()

    qtbot.keyClick(window.article_view.pane, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    claim = window.store.claims.get_claim(ids["orphan"])
    assert claim.anchor_state is AnchorState.OK
    assert (claim.start, claim.end, claim.quote) == (start, end, NEW_HOME)
    assert claim.original_quote == QUOTES["orphan"]
    assert claim.rationale == "why orphan" and claim.verdict == "False"
    assert ids["orphan"] in window.article_view.pane.layer.claims
    assert window.review.review_pane.ids() == [ids["fuzzy"]]
    assert window.controller.stack.count() == steps + 1
    assert window.controller.stack.undoText().startswith("Re-attach Claim")

    assert window.edits.undo()
    claim = window.store.claims.get_claim(ids["orphan"])
    assert claim.anchor_state is AnchorState.ORPHANED
    assert claim.quote == QUOTES["orphan"] and claim.original_quote is None
    assert claim.version_id == window.store.versions.list_versions(claim.article_id)[0].id
    assert ids["orphan"] not in window.article_view.pane.layer.claims
    assert window.review.review_pane.ids() == [ids["fuzzy"], ids["orphan"]]

    assert window.edits.redo()
    assert window.store.claims.get_claim(ids["orphan"]).quote == NEW_HOME


def test_reattach_needs_selected_words_for_an_orphan(open_window) -> None:
    window = open_window()
    ids = _updated(window)
    window.claims.select_claim(ids["orphan"])
    window.article_view.pane.clear_text_selection()
    assert not window.review.reattach_selected()
    assert "Select the words" in window.statusBar().currentMessage()
    assert window.store.claims.get_claim(ids["orphan"]).anchor_state is AnchorState.ORPHANED


def test_a_fuzzy_claim_is_confirmed_where_it_is(open_window) -> None:
    window = open_window()
    ids = _updated(window)
    window.claims.select_claim(ids["fuzzy"])
    window.article_view.pane.clear_text_selection()
    assert window.act.reattach.isEnabled()
    window.act.reattach.trigger()
    claim = window.store.claims.get_claim(ids["fuzzy"])
    assert claim.anchor_state is AnchorState.OK
    assert claim.quote == QUOTES["fuzzy"].replace("14.2", "14.3")
    assert window.review.claims_to_look_at()[0].id == ids["orphan"]


def test_review_next_steps_through_the_changed_claims(open_window, qtbot) -> None:
    window = open_window()
    ids = _updated(window)
    window.review.review_dock.hide()
    window.claims.select_claim(None)
    window.review.summary_banner.review_button.click()
    assert window.workspace.selected_claim_id == ids["fuzzy"]
    assert "1 of 2" in window.statusBar().currentMessage()
    qtbot.keyClick(window.article_view.pane, Qt.Key.Key_F8)
    assert window.workspace.selected_claim_id == ids["orphan"]
    assert window.review.review_dock.isVisible()  # an orphan is shown in its list
    assert window.review.review_pane.current_id() == ids["orphan"]
    window.review.review_next(1)
    assert window.workspace.selected_claim_id == ids["fuzzy"]  # round again
    window.review.review_next(-1)
    assert window.workspace.selected_claim_id == ids["orphan"]


def _type_at(qtbot, window, after: str, keys: str) -> None:
    pane = window.article_view.pane
    cursor = pane.textCursor()
    cursor.setPosition(pane.toPlainText().index(after) + len(after))
    pane.setTextCursor(cursor)
    qtbot.keyClicks(pane, keys)


def test_edit_mode_stores_a_correction_as_an_undoable_version(open_window, qtbot) -> None:
    window = open_window()
    ids = sample_with_claims(window)
    old = current_text(window)
    pane = window.article_view.pane
    qtbot.keyClick(pane, Qt.Key.Key_F2)
    assert window.correcting.is_editing() and window.correcting.edit_bar.isVisible()
    assert not pane.isReadOnly()
    assert pane.layer.claims == {}  # claims are hidden while typing
    assert not window.claims_table.isEnabled() and not window.library.isEnabled()
    assert not window.act.new_claim.isEnabled() and not window.act.undo.isEnabled()

    # Digits and Enter are text now, not verdicts or new claims.
    _type_at(qtbot, window, "Councillors voted 27 to 19", " (of 46)")
    qtbot.keyClick(pane, Qt.Key.Key_1)
    qtbot.keyClick(pane, Qt.Key.Key_Backspace)
    assert window.store.claims.get_claim(ids["ok"]).verdict == "False"
    qtbot.keyClick(pane, Qt.Key.Key_F2)  # Done

    assert not window.correcting.is_editing() and pane.isReadOnly()
    expected = old.replace("27 to 19", "27 to 19 (of 46)")
    assert current_text(window) == expected
    versions = window.store.versions.list_versions(window.workspace.article_id)
    assert versions[-1].note == "Corrected in the window"
    assert window.controller.stack.undoText() == "Correct Article Text"
    assert window.review.summary_banner.isVisible()
    assert set(pane.layer.claims) == set(ids.values())
    assert window.act.new_claim.isEnabled() and window.library.isEnabled()
    assert window.workspace.rows[ids["ok"]].claim.anchor_state is AnchorState.FUZZY

    assert window.edits.undo()
    assert current_text(window) == old and pane.text == old
    assert window.workspace.rows[ids["ok"]].claim.anchor_state is AnchorState.OK


def test_suggestions_wait_while_the_text_is_corrected(open_window, qtbot) -> None:
    window = open_window()
    sample_with_claims(window)
    window.act.show_suggestions.trigger()
    qtbot.waitUntil(lambda: bool(window.claim_finder.suggestions), timeout=10_000)
    window.act.edit_text.trigger()
    assert window.article_view.pane.marks.items == []
    window.claim_finder.follow()  # as a late answer from the finder would
    assert window.article_view.pane.marks.items == [] and window.claim_finder.suggestions == []
    _type_at(qtbot, window, "Councillors", " and d")  # A and D are letters here
    assert not window.act.accept_suggestion.isEnabled()
    qtbot.keyClick(window.article_view.pane, Qt.Key.Key_F2)
    assert "Councillors and d voted" in current_text(window)
    qtbot.waitUntil(lambda: bool(window.claim_finder.suggestions), timeout=10_000)  # back after


def test_leaving_edit_mode_unchanged_stores_nothing(open_window, qtbot, monkeypatch) -> None:
    window = open_window()
    sample_with_claims(window)
    monkeypatch.setattr(DiscardEditsDialog, "ask", classmethod(lambda cls, parent: 1 / 0))
    steps = window.controller.stack.count()
    window.act.edit_text.trigger()
    qtbot.keyClick(window.article_view.pane, Qt.Key.Key_Escape)  # nothing to ask about
    assert not window.correcting.is_editing()
    window.act.edit_text.trigger()
    window.correcting.edit_bar.done_button.click()
    assert not window.correcting.is_editing()
    assert window.controller.stack.count() == steps
    assert len(window.store.versions.list_versions(window.workspace.article_id)) == 1


def test_cancel_asks_before_throwing_corrections_away(open_window, qtbot, monkeypatch) -> None:
    window = open_window()
    ids = sample_with_claims(window)
    old = current_text(window)
    answers: list[bool] = [False, True]
    asked = []

    def ask(cls, parent) -> bool:
        asked.append(parent)
        return answers.pop(0)

    monkeypatch.setattr(DiscardEditsDialog, "ask", classmethod(ask))
    window.act.edit_text.trigger()
    _type_at(qtbot, window, "Councillors", " XYZ")
    qtbot.keyClick(window.article_view.pane, Qt.Key.Key_Escape)
    assert len(asked) == 1 and window.correcting.is_editing()  # "Cancel": keep editing
    window.correcting.edit_bar.cancel_button.click()
    assert len(asked) == 2 and not window.correcting.is_editing()
    assert window.article_view.pane.text == old
    assert "XYZ" not in window.article_view.pane.toPlainText()
    assert set(window.article_view.pane.layer.claims) == set(ids.values())
    assert len(window.store.versions.list_versions(window.workspace.article_id)) == 1


def test_an_emptied_text_is_not_stored(open_window, qtbot, monkeypatch) -> None:
    window = open_window()
    sample_with_claims(window)
    shown = []
    monkeypatch.setattr(window.messages, "show_error", lambda title, text: shown.append(title))
    window.act.edit_text.trigger()
    pane = window.article_view.pane
    pane.selectAll()
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert not window.correcting.finish_editing()
    assert shown == ["Cannot store an empty text"] and window.correcting.is_editing()
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # typing undo
    assert window.correcting.finish_editing() and not window.correcting.is_editing()
    assert len(window.store.versions.list_versions(window.workspace.article_id)) == 1


def test_closing_while_editing_keeps_the_correction(open_window, qtbot, db_path) -> None:
    window = open_window()
    sample_with_claims(window)
    window.act.edit_text.trigger()
    pane = window.article_view.pane
    cursor = pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pane.setTextCursor(cursor)
    qtbot.keyClicks(pane, " Updated.")
    assert window.close()
    assert current_text(window).endswith(" Updated.")
    versions = window.store.versions.list_versions(window.workspace.article_id)
    assert versions[-1].note == edit_mode.NOTE


def test_opening_another_database_while_editing_keeps_the_correction(
        open_window, qtbot, db_path, tmp_path) -> None:
    """Found in review: Open Recent stayed enabled in edit mode, dropped the typed
    corrections and left the window editing on the other database."""
    from factcheck_gui.core.store import Store

    other = tmp_path / "other.db"
    Store.open(other).close()
    window = open_window()
    sample_with_claims(window)
    article_id = window.workspace.article_id
    window.act.edit_text.trigger()
    assert not window.act.recent_menu.isEnabled()
    pane = window.article_view.pane
    cursor = pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pane.setTextCursor(cursor)
    qtbot.keyClicks(pane, " Corrected.")

    assert window.files.open_database_at(other)

    assert not window.correcting.is_editing()
    assert window.store.path == other.absolute()
    with Store.open(db_path) as first:
        assert first.versions.current_version(article_id).text.endswith(" Corrected.")
