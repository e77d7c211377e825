"""Rating scales, the workflow, corrections, history, restoring and the overview used
together in one window, as a fact-checker would: each step shows everywhere, undo
walks back through all of it in step with the database, and nothing raises."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt

from factcheck_gui.core.models import Status
from factcheck_gui.core.store import Store
from factcheck_gui.core.times import friendly_time
from factcheck_gui.ui.claims.claims_model import STATUS, VERDICT
from factcheck_gui.ui.claims.deleted_claims_dialog import DeletedClaimsDialog
from factcheck_gui.ui.edits.corrections import CorrectionNoteDialog
from factcheck_gui.ui.scales.editor import ScaleEditor
from factcheck_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import select_text

QUOTE = "Councillors voted 27 to 19"


@pytest.fixture
def unexpected(monkeypatch, caplog):
    """Exceptions that reached the top of the event loop (a traceback for the user);
    afterwards, none logged either (the store logs and swallows a failing listener,
    such as a window's refresh)."""
    seen: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen.append(args))
    yield seen
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


@pytest.fixture
def noted(monkeypatch) -> list:
    """The correction note dialog, answered "ONS revised" (its questions kept)."""
    asked: list = []

    def ask(cls, parent, claim, change):
        asked.append(change)
        return "ONS revised"

    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(ask))
    return asked


def final_claim(window: MainWindow, quote: str = QUOTE, verdict: str = "Mostly true") -> str:
    """A claim made final from the keyboard and inspector, as the rules ask."""
    select_text(window, quote)
    assert window.claims.create_claim()
    claim_id = window.workspace.selected_claim_id
    window.article_view.pane.setFocus()
    assert window.claims.set_verdict_number(window.claims.verdict_labels().index(verdict) + 1)
    window.inspector.rationale.setPlainText("The minutes record the vote.")
    assert window.inspector.flush()
    window.inspector.sources.add_requested.emit({"url": "https://example.org/minutes"})
    assert window.claims.mark_final()
    assert window.store.claims.get_claim(claim_id).status is Status.FINAL
    return claim_id


def use_preset(monkeypatch, preset: str, mapping: dict[str, str | None]) -> None:
    """The scale editor, scripted: start from `preset`, map (None: keep retired), apply."""
    def scripted(dialog: ScaleEditor) -> int:
        dialog.load_start(preset)
        dialog.apply()
        if dialog.request is None:
            for old, new in mapping.items():
                dialog.mapping.choose(old, new)
            dialog.apply()
        return dialog.result()

    monkeypatch.setattr(ScaleEditor, "exec", scripted)


def cells(window: MainWindow, claim_id: str) -> tuple[str, str]:
    model = window.claims_table.model
    row = model.row_of(claim_id)
    return model.index(row, VERDICT).data(), model.index(row, STATUS).data()


def test_correct_relabel_delete_restore_and_undo_it_all(open_window, qtbot, monkeypatch,
                                                        noted, unexpected) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    overview = window.overview.show_overview()
    store = window.store
    claim_id = final_claim(window)
    steps = window.controller.stack.count()

    # A number key on a final claim: a correction, with its note.
    window.claims.select_claim(claim_id)
    assert window.claims.set_verdict_number(window.claims.verdict_labels().index("False") + 1)
    assert noted == ["changing its verdict from Mostly true to False"]
    assert cells(window, claim_id) == ("False", "Final · ✎ corrected")
    fix = store.workflow.corrections(claim_id)[0]
    shown = window.inspector.corrections.text()
    assert shown.splitlines()[1].startswith(f"• {friendly_time(fix.at)} · ann · verdict:")
    assert "Z ·" not in shown  # local, friendly times, as the History tab shows

    # A scale change maps False away: a relabel, not a correction (no note asked).
    use_preset(monkeypatch, "fever", {"False": "Refuted"})
    assert window.scales.edit_rating_scale()
    assert len(noted) == 1
    assert store.claims.get_claim(claim_id).verdict == "Refuted"
    assert cells(window, claim_id) == ("Refuted", "Final · ✎ corrected")
    assert window.inspector.verdict.currentData() == "Refuted"
    assert len(store.workflow.corrections(claim_id)) == 1
    window.act.claim_history.trigger()
    texts = window.inspector.history.entry_texts()
    assert "verdict relabelled by a scale change: False -> Refuted" in texts[0]
    assert "correction note: “ONS revised”" in texts[1]
    window.act.claim_history.trigger()  # Ctrl+Shift+H again: back to the fields
    assert window.inspector.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: {b.key: b.count for b in overview.charts["verdict"].bars
                             if b.count} == {"Refuted": 1})

    # Deleted, then brought back from Deleted Claims: corrections and flag come too.
    assert window.claims.delete_selected_claim()
    monkeypatch.setattr(DeletedClaimsDialog, "ask",
                        classmethod(lambda cls, parent, store, article_id: claim_id))
    window.act.deleted_claims.trigger()
    assert window.workspace.selected_claim_id == claim_id
    assert cells(window, claim_id) == ("Refuted", "Final · ✎ corrected")
    assert window.inspector.corrections.text().startswith("Corrected once:")
    qtbot.waitUntil(lambda: claim_id in overview.shown_claim_ids())

    # Undo walks back through every step in step with the database, redo forward.
    done = window.controller.stack.count()
    while window.controller.stack.index() > steps:
        assert window.edits.undo(), window.banner.message.text()
    claim = store.claims.get_claim(claim_id)
    assert (claim.verdict, claim.status) == ("Mostly true", Status.FINAL)
    assert store.scales.active_scale().id == "default"
    # Undoing the correction withdrew it: no correction stands (it used to
    # count the undo as a second one).
    assert cells(window, claim_id) == ("Mostly true", "Final")
    assert window.claims.verdict_labels()[0] == "True"
    while window.controller.stack.index() < done:
        assert window.edits.redo(), window.banner.message.text()
    assert store.claims.get_claim(claim_id).verdict == "Refuted"
    assert store.scales.active_scale().id == "fever"
    assert cells(window, claim_id) == ("Refuted", "Final · ✎ corrected")
    assert window.banner.isHidden()
    assert not unexpected


def test_a_claim_restored_after_a_scale_change_shows_its_retired_verdict(
        open_window, monkeypatch, noted, unexpected) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    store = window.store
    claim_id = final_claim(window, verdict="False")
    assert window.claims.delete_selected_claim()
    use_preset(monkeypatch, "fever", {})  # nothing in use: no mapping asked
    assert window.scales.edit_rating_scale()
    monkeypatch.setattr(DeletedClaimsDialog, "ask",
                        classmethod(lambda cls, parent, store, article_id: claim_id))
    window.act.deleted_claims.trigger()
    assert store.claims.get_claim(claim_id).verdict == "False"
    assert cells(window, claim_id)[0] == "False (retired)"
    assert window.inspector.verdict.currentText() == "False (retired)"
    assert "False" not in window.claims.verdict_labels()  # shown, but not offered
    overview = window.overview.show_overview()  # says it as the table and its own chart do
    row = overview.model.row_of(claim_id)
    assert overview.model.index(row, 2).data() == "False (retired)"
    assert "Retired label" in overview.model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    width = overview.table.horizontalHeader().sectionSize(2)
    text = overview.table.fontMetrics().horizontalAdvance("Unverifiable (retired)")
    assert width >= text + 36  # colour chip and padding: the longest default label fits
    created = overview.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "UTC" in created and "(" in created  # local time first, as History shows
    assert window.edits.undo()  # the restore: the claim is deleted again
    assert window.edits.undo()  # the scale change
    assert store.scales.active_scale().id == "default" and not noted
    assert not unexpected


def test_the_overview_survives_closing_and_another_database(open_window, qtbot, tmp_path,
                                                            unexpected) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    overview = window.overview.show_overview()
    claim_id = final_claim(window)
    overview.close()
    assert window.claims.delete_selected_claim()  # while closed: caught up when shown again
    assert window.overview.show_overview() is overview
    assert claim_id not in overview.shown_claim_ids()
    other = Store.open(tmp_path / "other.db", reviewer="ann")
    old = window.store
    window.set_store(other)
    old.close()
    qtbot.wait(50)
    assert overview.store is other and overview.pages.currentIndex() == 0
    window.act.open_sample.trigger()
    claim_id = final_claim(window)
    qtbot.waitUntil(lambda: overview.shown_claim_ids() == [claim_id])
    assert overview.pages.currentIndex() == 1
    assert window.claims.delete_selected_claim()  # the overview's refresh is now pending...
    window.close()  # ...and the main window goes, taking the overview with it
    qtbot.wait(400)
    assert window.overview.overview is None
    assert not unexpected


def test_verdict_keys_on_a_final_claim_cancelled_note_changes_nothing(
        open_window, monkeypatch, unexpected) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    claim_id = final_claim(window)
    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(lambda cls, *a: None))
    steps = window.controller.stack.count()
    window.article_view.pane.setFocus()
    assert not window.claims.set_verdict_number(1)
    assert window.store.claims.get_claim(claim_id).verdict == "Mostly true"
    assert window.inspector.verdict.currentData() == "Mostly true"
    assert window.controller.stack.count() == steps and window.banner.isHidden()
    assert not unexpected


def test_window_wide_shortcuts_are_unique(open_window) -> None:
    """No key does two things: a window-wide shortcut is nobody else's, and two local
    ones never live on the same widget (Qt would call the key ambiguous and do nothing)."""
    window = open_window()
    window.act.open_sample.trigger()
    window.overview.show_overview()
    window.claims.select_claim(None)
    from PySide6.QtGui import QAction

    seen: dict[str, list[tuple[QAction, set[int]]]] = {}
    for action in window.findChildren(QAction):
        widgets = {id(w) for w in action.associatedObjects()}
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
            widgets = {0}  # everywhere in the window
        for key in action.shortcuts():
            seen.setdefault(key.toString(), []).append((action, widgets))
    clashes = []
    for key, users in seen.items():
        for n, (action, widgets) in enumerate(users):
            for other, other_widgets in users[n + 1:]:
                if action is other:
                    continue
                if 0 in widgets or 0 in other_widgets or widgets & other_widgets:
                    clashes.append((key, action.text(), other.text()))
    assert not clashes


def test_a_read_only_database_refuses_the_new_writes_up_front(qtbot, monkeypatch, db_path,
                                                             unexpected) -> None:
    from factcheck_gui.app import create_main_window
    from factcheck_gui.sample import add_sample_article
    from factcheck_gui.ui.dialogs.preferences import PreferencesDialog

    with Store.open(db_path, reviewer="ann") as store:
        article = add_sample_article(store)
        start = store.versions.current_version(article.id).text.index(QUOTE)
        deleted = store.claims.add_claim(article.id, start, start + len(QUOTE)).id
        store.claims.delete_claim(deleted)
    store = Store.open(db_path, read_only=True)
    window = create_main_window(store)
    qtbot.addWidget(window)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.messages, "show_error",
                        lambda title, text: errors.append((title, text)))
    monkeypatch.setattr(ScaleEditor, "exec", lambda dialog: pytest.fail("editor opened"))
    assert not window.scales.edit_rating_scale()
    assert errors[-1][0] == "Cannot change the rating scale" and "read-only" in errors[-1][1]

    dialog = PreferencesDialog(window, "ann", store.workflow.workflow_rules(), "checks.db",
                               read_only=True)
    qtbot.addWidget(dialog)
    assert not dialog.enabled.isEnabled() and not dialog.min_sources.isEnabled()
    assert dialog.name.isEnabled()  # the reviewer's name is this computer's, not the file's
    assert "read-only" in dialog.read_only_note.text()

    listing = DeletedClaimsDialog(window, store, article.id)
    qtbot.addWidget(listing)
    assert listing.chosen().claim_id == deleted and not listing.restore_button.isEnabled()
    assert "read-only" in listing.intro.text()
    assert not window.history.restore_deleted_claim(deleted)
    assert errors[-1][0] == "Cannot restore the claim"
    assert window.controller.stack.count() == 0 and window.banner.isHidden()
    window.close()
    store.close()
    assert not unexpected


def test_scale_labels_in_actions_stay_text(open_window, monkeypatch) -> None:
    """A scale file from elsewhere: its labels and descriptions are not markup, and
    '&' is not a keyboard accelerator."""
    from dataclasses import replace

    from factcheck_gui.ui.widgets.safe_text import tooltip

    window = open_window()
    window.act.open_sample.trigger()
    scale = window.store.scales.active_scale()
    hostile = "<img src='file:///etc/passwd'> <b>bold</b>"
    first = replace(scale.labels[0], label="R&D <i>true</i>", description=hostile)
    window.store.scales.change_scale(replace(scale, labels=(first, *scale.labels[1:])))
    window.feed.apply()
    action = window.act.verdicts[0]
    assert action.toolTip() == tooltip(hostile)
    assert action.text() == "R&&D <i>true</i>"
    assert ("R&D <i>true</i>", "1", "in the article text") in window.act.shortcut_rows()
    select_text(window, QUOTE)
    assert window.claims.create_claim()
    window.article_view.pane.setFocus()
    assert window.claims.set_verdict_number(1)
    assert window.act.undo.text() == "&Undo Set Verdict"


def test_an_ampersand_in_an_undo_step_is_no_accelerator(open_window, qtbot) -> None:
    from factcheck_gui.core.models import NewArticle, Provenance

    window = open_window()
    article = window.store.articles.add_article(NewArticle(
        title="Telecoms", text="AT&T said prices rise by 5% in May.", outlet=None,
        author=None, url=None, published=None, language=None, provenance=Provenance()))
    window.feed.apply()
    window.library.select(article.id)
    select_text(window, "AT&T said")
    assert window.claims.create_claim(exact=True)
    assert window.act.undo.text() == "&Undo Create Claim “AT&&T said”"


def test_the_keyboard_alone_corrects_a_final_claim_and_reads_its_history(
        open_window, qtbot, noted, unexpected) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    claim_id = final_claim(window)
    pane = window.article_view.pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    false = window.claims.verdict_labels().index("False") + 1
    qtbot.keyClick(pane, str(false))  # a number key: the note is asked, then recorded
    assert noted and window.store.claims.get_claim(claim_id).verdict == "False"
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane, Qt.Key.Key_H, ctrl_shift)  # not Ctrl+H: Cmd+H hides a Mac app
    inspector = window.inspector
    assert inspector.tabs.currentWidget() is inspector.history
    qtbot.waitUntil(lambda: inspector.history.isAncestorOf(window.focusWidget())
                    or window.focusWidget() is inspector.history)
    assert "Correction" in inspector.history.entry_texts()[0] or (
        "correction note" in inspector.history.entry_texts()[0])
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)  # back to the text
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_F6)  # the claims table, then
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)  # the claim's fields: the Claim tab
    qtbot.waitUntil(lambda: inspector.claim_text.hasFocus())
    assert inspector.tabs.currentIndex() == 0
    qtbot.keyClick(inspector.claim_text, Qt.Key.Key_Escape)
    qtbot.waitUntil(pane.hasFocus)
    assert not unexpected


def test_the_two_source_reminder_gives_way_to_the_databases_own_rule(
        open_window, monkeypatch) -> None:
    """A fact-checker never reads 'two sources are the usual minimum' beside 'Final
    needs: 3 sources'."""
    from factcheck_gui.core.workflow import WorkflowRules
    from factcheck_gui.ui.dialogs.preferences import PreferencesDialog

    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, QUOTE)
    assert window.claims.create_claim()
    window.article_view.pane.setFocus()
    assert window.claims.set_verdict_number(1)
    inspector = window.inspector
    assert "two independent sources" in inspector.sources_hint.text()  # rules: 1 source
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(
        lambda cls, *a, **k: ("ann", WorkflowRules(min_sources=3))))
    window.act.preferences.trigger()
    assert inspector.status_hint.text() == "Final needs: rationale, 3 sources"
    assert inspector.sources_hint.isHidden()


def test_workflow_rules_from_preferences_are_one_undoable_step(open_window, monkeypatch,
                                                               unexpected) -> None:
    from factcheck_gui.core.workflow import WorkflowRules
    from factcheck_gui.ui.dialogs.preferences import PreferencesDialog

    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, QUOTE)
    assert window.claims.create_claim()
    inspector = window.inspector
    assert inspector.status_hint.text() == "Final needs: verdict, rationale, 1 source"
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(
        lambda cls, *a, **k: ("ann", WorkflowRules(min_sources=2, publishes=False))))
    window.act.preferences.trigger()
    assert window.store.workflow.workflow_rules().min_sources == 2
    assert inspector.status_hint.text() == "Final needs: verdict, rationale, 2 sources"
    assert inspector.status.findData(Status.PUBLISHED.value) < 0
    assert window.act.undo.text() == "&Undo Change Workflow Rules"
    assert window.edits.undo()
    assert window.store.workflow.workflow_rules() == WorkflowRules()
    assert inspector.status_hint.text() == "Final needs: verdict, rationale, 1 source"
    assert inspector.status.findData(Status.PUBLISHED.value) >= 0
    assert window.edits.redo() and window.store.workflow.workflow_rules().min_sources == 2
    assert not unexpected


def test_the_export_filter_offers_retired_verdicts_as_the_table_does(
        open_window, qtbot, monkeypatch) -> None:
    from factcheck_gui.ui.exporting.choice import ExportChoice
    from factcheck_gui.ui.exporting.export_dialog import ExportDialog

    window = open_window()
    window.act.open_sample.trigger()
    final_claim(window, verdict="Misleading")
    use_preset(monkeypatch, "fever", {"Misleading": None})  # kept as retired
    assert window.scales.edit_rating_scale()
    seen = {}

    def ask(cls, parent, scopes, verdicts, initial):
        dialog = cls(parent, scopes, verdicts, initial)
        qtbot.addWidget(dialog)
        combo = dialog.verdict
        seen["items"] = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        return None

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    window.exporting.ask_export_choice(ExportChoice())
    assert ("Misleading (retired)", "Misleading") in seen["items"]
    assert ("Refuted", "Refuted") in seen["items"]


def test_undo_while_typing_in_a_final_claims_rationale_just_takes_the_typing_back(
        open_window, monkeypatch, unexpected) -> None:
    """Typing in a final claim's rationale waits for a note until the field is left;
    Undo (menu or toolbar, the field keeping focus) takes that typing back. It asks
    for no correction note and leaves the step before it alone."""
    window = open_window()
    window.act.open_sample.trigger()
    claim_id = final_claim(window)
    asked: list = []
    monkeypatch.setattr(CorrectionNoteDialog, "ask",
                        classmethod(lambda cls, *a: asked.append(a) or None))
    steps = window.controller.stack.index()
    rationale = window.inspector.rationale
    rationale.setFocus()
    rationale.setPlainText("Second thoughts, not yet a correction.")
    window.inspector._autosave()  # the typing timer: it waits for the note
    assert window.act.undo.isEnabled()
    window.act.undo.trigger()
    assert not asked
    assert rationale.toPlainText() == "The minutes record the vote."
    assert window.controller.stack.index() == steps  # Mark Final is still done
    claim = window.store.claims.get_claim(claim_id)
    assert claim.status is Status.FINAL and window.store.workflow.corrections(claim_id) == []
    assert window.edits.undo()  # the next Undo is the step before, as usual
    assert window.store.claims.get_claim(claim_id).status is not Status.FINAL
    assert not unexpected


def test_a_status_has_one_colour_in_the_library_and_the_overview(open_window) -> None:
    from factcheck_gui.ui.library.model import PROGRESS_ROLE

    window = open_window()
    window.act.open_sample.trigger()
    final_claim(window)
    overview = window.overview.show_overview()
    library = window.library.model.index(0, 0).data(PROGRESS_ROLE)
    statuses = {bar.key: bar.colour.name() for bar in overview.charts["status"].bars}
    assert [colour for colour, _count in library] == [statuses[s.value] for s in Status]


def _snapshot(store: Store) -> tuple:
    """What a user can see of the database (ids, fields, sources, scale, rules)."""
    claims = tuple((c.id, c.verdict, c.status.value, c.rationale, c.start, c.end)
                   for c in store.claims.list_claims())
    sources = tuple(sorted((s.claim_id, s.id, s.url, s.position)
                           for c in store.claims.list_claims()
                           for s in store.sources.list_sources(c.id)))
    scale = store.scales.active_scale()
    labels = tuple((lbl.label, lbl.retired) for lbl in scale.labels)
    return claims, sources, scale.id, labels, store.workflow.workflow_rules()


def test_undo_and_redo_stay_in_step_with_the_database(open_window, monkeypatch, noted,
                                                      unexpected) -> None:
    from factcheck_gui.core.workflow import WorkflowRules
    from factcheck_gui.ui.dialogs.preferences import PreferencesDialog

    window = open_window()
    window.act.open_sample.trigger()
    store = window.store
    stack = window.controller.stack
    states = {stack.index(): _snapshot(store)}

    def step(done: bool = True) -> None:
        assert done, window.banner.message.text()
        states[stack.index()] = _snapshot(store)

    claim_id = final_claim(window)
    step()
    window.claims.select_claim(claim_id)
    window.article_view.pane.setFocus()
    step(window.claims.set_verdict_number(window.claims.verdict_labels().index("False") + 1))
    first = store.sources.list_sources(claim_id)[0]
    count = stack.count()
    window.claims._remove_source(first)  # the last source of a final claim: refused, no step
    assert stack.count() == count and window.banner.isVisible()
    window.inspector.sources.add_requested.emit({"url": "https://example.org/second"})
    step()
    window.claims._remove_source(first)  # now there is another: allowed
    step()
    use_preset(monkeypatch, "snopes-style", {})
    step(window.scales.edit_rating_scale())
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(
        lambda cls, *a, **k: ("ann", WorkflowRules(min_sources=1, second_reviewer=True))))
    window.act.preferences.trigger()
    step()
    step(window.claims.delete_selected_claim())
    monkeypatch.setattr(DeletedClaimsDialog, "ask",
                        classmethod(lambda cls, parent, store, article_id: claim_id))
    window.act.deleted_claims.trigger()
    step()
    top = stack.index()
    for index in range(top - 1, -1, -1):
        assert window.edits.undo(), (stack.text(index), window.banner.message.text())
        if index in states:
            assert _snapshot(store) == states[index], stack.text(index)
    for index in range(1, top + 1):
        assert window.edits.redo(), (stack.text(index - 1), window.banner.message.text())
        if index in states:
            assert _snapshot(store) == states[index], stack.text(index - 1)
    assert not unexpected


def test_a_final_claim_short_of_tightened_rules_says_so(open_window, monkeypatch) -> None:
    from factcheck_gui.core.workflow import WorkflowRules
    from factcheck_gui.ui.dialogs.preferences import PreferencesDialog

    window = open_window()
    window.act.open_sample.trigger()
    final_claim(window)
    inspector = window.inspector
    assert inspector.status_hint.isHidden()
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(
        lambda cls, *a, **k: ("ann", WorkflowRules(min_sources=2))))
    window.act.preferences.trigger()  # claims already final stay as they are...
    assert inspector.status_hint.isVisibleTo(inspector)
    assert inspector.status_hint.text() == "Final, short of the current rules: 1 more source"
    window.inspector.sources.add_requested.emit({"url": "https://example.org/second"})
    assert inspector.status_hint.isHidden()  # ...until they meet them
