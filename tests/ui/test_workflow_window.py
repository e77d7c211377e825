"""The workflow in the window: the final hint, refusals, Preferences, corrections."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from factcheck_gui.core.models import Status
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.workflow import WorkflowRules
from factcheck_gui.io.csv_export import export_report_csv
from factcheck_gui.ui.claims.claims_model import STATUS
from factcheck_gui.ui.dialogs.preferences import PreferencesDialog
from factcheck_gui.ui.edits.corrections import CorrectionNoteDialog
from factcheck_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import select_text


@pytest.fixture
def window(open_window) -> MainWindow:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    assert window.claims.create_claim()
    return window


def _claim(window: MainWindow):
    return window.store.claims.get_claim(window.workspace.selected_claim_id)


def _choose(combo, data) -> None:
    """Pick an item as a user does (the combo emits `activated`)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _add_source(window: MainWindow, url: str) -> None:
    window.inspector.sources.add_requested.emit({"url": url})


def _set_rationale(window: MainWindow, text: str) -> None:
    window.inspector.rationale.setPlainText(text)
    assert window.inspector.flush()


def _set_rules(window: MainWindow, monkeypatch, rules: WorkflowRules, name: str = "ann"):
    monkeypatch.setattr(PreferencesDialog, "ask",
                        classmethod(lambda cls, *a, **k: (name, rules)))
    window.act.preferences.trigger()


def test_final_refused_with_a_message_then_accepted(window: MainWindow) -> None:
    inspector = window.inspector
    assert inspector.status_hint.isVisible()
    assert inspector.status_hint.text() == "Final needs: verdict, rationale, 1 source"
    _choose(inspector.status, Status.FINAL.value)
    assert window.banner.isVisible()
    assert window.banner.message.text() == (
        "Not done: Claim can't be final yet: it needs a verdict, a rationale and 1 source.")
    assert not window.banner.retry_button.isVisible()
    assert _claim(window).status is Status.TO_CHECK  # unchanged...
    assert inspector.status.currentData() == Status.TO_CHECK.value  # ...and shown so
    assert not window.controller.stack.canUndo() or (
        window.controller.stack.undoText() != "Set Status")

    window.claims.set_verdict_number(1)  # number keys still work before final
    _set_rationale(window, "The minutes record the vote.")
    assert inspector.status_hint.text() == "Final needs: 1 source"
    window.claims.mark_final()  # Ctrl+Shift+F: the same rule, the same message
    assert "it needs 1 source." in window.banner.message.text()
    _add_source(window, "https://example.org/minutes")
    assert inspector.status_hint.isHidden()
    _choose(inspector.status, Status.FINAL.value)
    assert _claim(window).status is Status.FINAL
    assert window.banner.isHidden()
    # Removing the last source of a final claim is refused the same way.
    source = window.store.sources.list_sources(_claim(window).id)[0]
    window.claims._remove_source(source)
    assert "can't stay final" in window.banner.message.text()
    assert len(window.store.sources.list_sources(_claim(window).id)) == 1


def test_two_sources_set_in_preferences(window: MainWindow, monkeypatch) -> None:
    _set_rules(window, monkeypatch, WorkflowRules(min_sources=2))
    assert window.store.workflow.workflow_rules().min_sources == 2
    window.claims.set_verdict_number(2)
    _set_rationale(window, "Checked against the minutes.")
    _add_source(window, "https://example.org/a")
    assert window.inspector.status_hint.text() == "Final needs: 1 more source"
    window.claims.mark_final()
    assert window.banner.message.text().endswith("it needs 1 more source.")
    _add_source(window, "https://example.org/b")
    assert window.claims.mark_final()
    assert _claim(window).status is Status.FINAL


def test_a_second_reviewer_approves(window: MainWindow, monkeypatch) -> None:
    _set_rules(window, monkeypatch, WorkflowRules(second_reviewer=True))
    window.claims.set_verdict_number(1)
    _set_rationale(window, "Minutes.")
    _add_source(window, "https://example.org/a")
    _choose(window.inspector.status, Status.NEEDS_REVIEW.value)
    window.claims.mark_final()
    assert window.banner.message.text() == (
        "Not done: Claim can't be final yet: it needs approval by a reviewer other than ann, "
        "who set its verdict.")
    _set_rules(window, monkeypatch, WorkflowRules(second_reviewer=True), name="Bo Reed")
    assert window.reviewer_label.text() == "Reviewer: Bo Reed"
    assert window.claims.mark_final()
    assert _claim(window).status is Status.FINAL


def test_published_is_offered_only_if_the_team_publishes(window: MainWindow,
                                                        monkeypatch) -> None:
    combo = window.inspector.status
    assert combo.findData(Status.PUBLISHED.value) >= 0  # on by default
    _set_rules(window, monkeypatch, WorkflowRules(publishes=False))
    assert combo.findData(Status.PUBLISHED.value) < 0
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "to-check", "in-progress", "needs-review", "final"]


def _make_final(window: MainWindow) -> None:
    window.claims.set_verdict_number(1)
    _set_rationale(window, "The minutes record the vote.")
    _add_source(window, "https://example.org/minutes")
    assert window.claims.mark_final()


def test_a_correction_asks_for_a_note_and_undo_withdraws_it(window: MainWindow,
                                                            monkeypatch, tmp_path) -> None:
    _make_final(window)
    claim = _claim(window)
    labels = window.claims.verdict_labels()
    asked: list[str] = []
    answer: list[str | None] = [None]

    def ask(cls, parent, claim, change):
        asked.append(change)
        return answer[0]

    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(ask))
    # Cancel: nothing changes, the combo shows the saved verdict again.
    _choose(window.inspector.verdict, labels[2])
    assert asked == [f"changing its verdict from {labels[0]} to {labels[2]}"]
    assert _claim(window).verdict == labels[0]
    assert window.inspector.verdict.currentData() == labels[0]
    # With a note (here by number key): one "correct" event with the note.
    answer[0] = "The council corrected its minutes"
    assert window.claims.set_verdict_number(3)
    assert _claim(window).verdict == labels[2]
    event = window.store.events.for_claim(claim.id)[-1]
    assert (event.action, event.before, event.after) == (
        "correct", {"verdict": labels[0]},
        {"verdict": labels[2], "correction_note": "The council corrected its minutes"})
    assert window.controller.stack.undoText() == "Correct Verdict"
    # Flagged in the table, with the corrections in the tooltip.
    model = window.claims_table.model
    row = model.row_of(claim.id)
    assert model.data(model.index(row, STATUS)).endswith("· ✎ corrected")
    tip = model.data(model.index(row, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "The council corrected its minutes" in tip
    assert window.inspector.corrections.text().startswith("Corrected once:")
    # Undo withdraws the correction: recorded (never silent), no longer counted.
    assert window.edits.undo()
    assert _claim(window).verdict == labels[0]
    undone = window.store.events.for_claim(claim.id)[-1]
    assert (undone.action, undone.before, undone.after) == (
        "withdraw", {"verdict": labels[2]}, {"verdict": labels[0], "withdrawn": event.id})
    assert window.store.workflow.corrections(claim.id) == []
    assert model.data(model.index(row, STATUS)) == "Final"
    assert not window.inspector.corrections.isVisible()
    path = tmp_path / "report.csv"
    export_report_csv(window.store, ReportScope(claims=(claim.id,)), path)
    [cells] = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert cells["corrections"] == ""
    # Redo makes the correction again, with its note.
    assert window.edits.redo()
    redone = window.store.events.for_claim(claim.id)[-1]
    assert redone.action == "correct"
    assert redone.after["correction_note"] == "The council corrected its minutes"
    assert model.data(model.index(row, STATUS)).endswith("· ✎ corrected")
    assert len(asked) == 2  # undo and redo did not ask again


def test_a_rationale_correction_waits_for_leaving_the_field(window: MainWindow,
                                                            monkeypatch, qtbot) -> None:
    _make_final(window)
    claim = _claim(window)
    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(lambda cls, *a: None))
    inspector = window.inspector
    inspector.rationale.setFocus()
    inspector.rationale.setPlainText("A rewritten rationale")
    inspector._autosave()  # the typing timer: a correction is not saved mid-typing
    assert _claim(window).rationale == "The minutes record the vote."
    assert inspector.flush()  # leaving the field asks; cancelled: the field is restored
    assert inspector.rationale.toPlainText() == "The minutes record the vote."
    assert _claim(window).rationale == "The minutes record the vote."
    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(lambda cls, *a: "Clearer"))
    inspector.rationale.setPlainText("A rewritten rationale")
    assert inspector.flush()
    assert _claim(window).rationale == "A rewritten rationale"
    assert window.store.workflow.corrections(claim.id)[-1].note == "Clearer"


def test_the_note_dialog_needs_text(qtbot, window: MainWindow) -> None:
    claim = _claim(window)
    dialog = CorrectionNoteDialog(window, claim, "changing its verdict from A to B")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.note, "  Figures   revised ")
    assert dialog.ok.isEnabled()
    assert dialog.value() == "Figures revised"


def test_preferences_dialog_round_trip(qtbot) -> None:
    rules = WorkflowRules(min_sources=2, second_reviewer=True, publishes=False)
    dialog = PreferencesDialog(None, "Ann Lee", rules, "checks.db")
    qtbot.addWidget(dialog)
    assert dialog.rules() == rules
    assert dialog.findChild(type(dialog.min_sources)).value() == 2
    dialog.enabled.setChecked(False)
    assert not dialog.min_sources.isEnabled()
    assert dialog.rules().enabled is False
    assert dialog.name_value() == "Ann Lee"


def test_library_shows_progress_by_status(window: MainWindow) -> None:
    _make_final(window)
    model = window.library.model
    index = model.index(model.row_of(window.workspace.article_id), 0)
    assert "Claims by status: Final 1" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_a_reopened_claim_still_asks_for_a_note(window: MainWindow, monkeypatch) -> None:
    _make_final(window)
    claim = _claim(window)
    _choose(window.inspector.status, Status.IN_PROGRESS)
    assert _claim(window).status is Status.IN_PROGRESS
    asked: list[str] = []
    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(
        lambda cls, parent, claim, change: asked.append(change) or None))
    labels = window.claims.verdict_labels()
    _choose(window.inspector.verdict, labels[2])
    assert len(asked) == 1 and _claim(window).verdict == labels[0]  # cancelled
    # Typing in the rationale waits for leaving the field, as on a final claim.
    inspector = window.inspector
    inspector.rationale.setPlainText("Rewritten")
    inspector._autosave()
    assert _claim(window).rationale == "The minutes record the vote."
    assert inspector.flush()  # asked again, cancelled: restored
    assert len(asked) == 2
    assert inspector.rationale.toPlainText() == "The minutes record the vote."
    assert window.store.workflow.corrections(claim.id) == []


def test_the_note_dialog_says_a_reopened_claim_was_final(qtbot, window: MainWindow) -> None:
    _make_final(window)
    window.store.claims.update_claim(window.workspace.selected_claim_id, status="in-progress")
    dialog = CorrectionNoteDialog(window, _claim(window), "changing its verdict")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("This claim was final before, so changing its verdict")
               for text in texts)


def test_undo_and_redo_past_mark_final_record_no_correction(window: MainWindow,
                                                             monkeypatch, tmp_path) -> None:
    """New claim, rationale, two sources, final; undo four times, redo four
    times: the claim is as before, and no correction is recorded or reported."""
    window.claims.set_verdict_number(1)
    _set_rationale(window, "The minutes record the vote.")
    _add_source(window, "https://example.org/minutes")
    _add_source(window, "https://example.org/video")
    assert window.claims.mark_final()
    claim = _claim(window)
    steps = len(window.store.events.for_claim(claim.id))
    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(
        lambda cls, *a: pytest.fail("undo and redo must not ask for a note")))
    for _ in range(4):  # Mark Final, two sources, the rationale
        assert window.edits.undo()
    assert _claim(window).status is not Status.FINAL
    assert _claim(window).rationale is None
    for _ in range(4):
        assert window.edits.redo()
    again = _claim(window)
    assert (again.status, again.verdict, again.rationale) == (
        claim.status, claim.verdict, claim.rationale)
    assert window.store.workflow.corrections(claim.id) == []
    events = window.store.events.for_claim(claim.id)
    assert len(events) == steps + 8  # the history keeps every step
    assert not {"correct", "withdraw"} & {event.action for event in events}
    model = window.claims_table.model
    assert model.data(model.index(model.row_of(claim.id), STATUS)) == "Final"
    path = tmp_path / "report.csv"
    export_report_csv(window.store, ReportScope(), path)
    [row] = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert row["corrections"] == ""
    # The HTML and PDF reports list the corrections of these rows.
    assert [r.corrections for r in window.store.reports.report_rows()] == [()]


def test_a_team_that_does_not_publish_sees_no_published_filter_or_bar(
        window: MainWindow, monkeypatch, qtbot) -> None:
    table_filter = window.claims_table.status_filter

    def offered() -> list[str]:
        return [table_filter.itemData(i) for i in range(1, table_filter.count())]

    assert Status.PUBLISHED.value in offered()
    table_filter.setCurrentIndex(table_filter.findData(Status.FINAL.value))
    _set_rules(window, monkeypatch, WorkflowRules(publishes=False))
    assert offered() == ["to-check", "in-progress", "needs-review", "final"]
    assert table_filter.currentData() == Status.FINAL.value  # the choice is kept
    overview = window.overview.show_overview()
    qtbot.waitExposed(overview)
    bars = [bar.key for bar in overview.charts["status"].bars]
    assert Status.PUBLISHED.value not in bars and Status.FINAL.value in bars
    # A published claim (from before, or imported) still shows where it is counted.
    _make_final(window)
    window.store.claims.update_claim(window.workspace.selected_claim_id, status="published")
    overview.refresh()
    assert Status.PUBLISHED.value in [bar.key for bar in overview.charts["status"].bars]
    _set_rules(window, monkeypatch, WorkflowRules(publishes=True))
    assert Status.PUBLISHED.value in offered()


def _final_then_undone_to_the_first_rationale(window: MainWindow) -> None:
    """Rationale, source, a second rationale, final; undo past Mark Final and the
    second rationale: the claim holds its first rationale again, quietly (undo
    records no correction)."""
    window.claims.set_verdict_number(1)
    _set_rationale(window, "First wording.")
    _add_source(window, "https://example.org/minutes")
    _set_rationale(window, "Second wording.")
    assert window.claims.mark_final()
    assert window.edits.undo() and window.edits.undo()
    claim = _claim(window)
    assert (claim.status, claim.rationale) == (Status.TO_CHECK, "First wording.")
    assert window.store.workflow.corrections(claim.id) == []


def test_final_again_with_another_judgement_asks_for_a_note(window: MainWindow,
                                                           monkeypatch) -> None:
    """It would publish another judgement than it last had while final: that is a
    correction, asked for and recorded once; undo withdraws it, redo restores it."""
    _final_then_undone_to_the_first_rationale(window)
    claim_id = window.workspace.selected_claim_id
    asked: list[str] = []
    answer: list[str | None] = [None]

    def ask(cls, parent, claim, change):
        asked.append(change)
        return answer[0]

    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(ask))
    assert not window.claims.mark_final()  # cancelled: nothing changes
    assert asked == ["marking it final again with another rationale"]
    assert _claim(window).status is Status.TO_CHECK
    answer[0] = "The first wording was right"
    assert window.claims.mark_final()
    assert _claim(window).status is Status.FINAL
    event = window.store.events.for_claim(claim_id)[-1]
    assert (event.action, event.before, event.after) == (
        "correct", {"status": "to-check", "rationale": "Second wording."},
        {"status": "final", "rationale": "First wording.",
         "correction_note": "The first wording was right"})
    assert [fix.note for fix in window.store.workflow.corrections(claim_id)] == [
        "The first wording was right"]
    assert window.controller.stack.undoText() == "Set Status (Correction)"
    model = window.claims_table.model
    row = model.row_of(claim_id)
    assert model.data(model.index(row, STATUS)).endswith("· ✎ corrected")
    # Undo of that Mark Final withdraws the correction; redo makes it again.
    assert window.edits.undo()
    assert _claim(window).status is Status.TO_CHECK
    undone = window.store.events.for_claim(claim_id)[-1]
    assert (undone.action, undone.after) == (
        "withdraw", {"status": "to-check", "withdrawn": event.id})
    assert window.store.workflow.corrections(claim_id) == []
    assert window.edits.redo()
    assert _claim(window).status is Status.FINAL
    assert [fix.note for fix in window.store.workflow.corrections(claim_id)] == [
        "The first wording was right"]
    assert len(asked) == 2  # undo and redo did not ask again


def test_final_again_with_the_judgement_it_last_had_records_none(window: MainWindow,
                                                                monkeypatch) -> None:
    _final_then_undone_to_the_first_rationale(window)
    claim_id = window.workspace.selected_claim_id
    monkeypatch.setattr(CorrectionNoteDialog, "ask", classmethod(
        lambda cls, *a: pytest.fail("the judgement is the one last final: no note")))
    # Typed back by hand (a new edit, not a redo): the judgement it last had while final.
    _set_rationale(window, "Second wording.")
    assert window.claims.mark_final()
    assert _claim(window).status is Status.FINAL
    assert window.store.workflow.corrections(claim_id) == []
    assert not {"correct", "withdraw"} & {
        e.action for e in window.store.events.for_claim(claim_id)}
