"""Workflow rules as an invariant of final and published claims (store level)."""

from __future__ import annotations

import pytest

from factcheck_gui.core.errors import CorrectionNoteRequired, WorkflowError
from factcheck_gui.core.models import Claim, Status
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import (
    WorkflowRules,
    final_hint,
    missing_for_final,
    refusal,
)

from .conftest import ARTICLE_TEXT, span


@pytest.fixture
def claim(store: Store, article) -> Claim:
    return store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))


def _refused(call, *args, **kwargs) -> str:
    with pytest.raises(WorkflowError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def test_defaults_and_a_malformed_setting() -> None:
    assert WorkflowRules() == WorkflowRules.from_setting(None)
    rules = WorkflowRules.from_setting({"enabled": "yes", "min_sources": 99,
                                        "second_reviewer": True, "publishes": False})
    assert rules == WorkflowRules(enabled=True, min_sources=10, second_reviewer=True,
                                  publishes=False)
    assert Status.PUBLISHED not in rules.statuses()
    assert Status.PUBLISHED in rules.statuses(Status.PUBLISHED)  # shown when it is so


def test_messages_name_everything_missing() -> None:
    rules = WorkflowRules(min_sources=2)
    missing = missing_for_final(rules, verdict=None, rationale=" ", source_count=1)
    assert missing == ["a verdict", "a rationale", "1 more source"]
    assert refusal(Status.FINAL, missing, becoming=True) == (
        "Claim can't be final yet: it needs a verdict, a rationale and 1 more source.")
    assert final_hint(rules, verdict="False", rationale=None, source_count=0) == (
        "Final needs: rationale, 2 sources")
    assert final_hint(WorkflowRules(enabled=False), verdict=None, rationale=None,
                      source_count=0) == ""


def test_final_refused_until_each_rule_is_met(store: Store, claim: Claim) -> None:
    assert _refused(store.claims.update_claim, claim.id, status="final") == (
        "Claim can't be final yet: it needs a verdict, a rationale and 1 source.")
    store.claims.update_claim(claim.id, verdict="False")
    assert "a rationale and 1 source" in _refused(store.claims.update_claim, claim.id,
                                                  status="final")
    store.claims.update_claim(claim.id, rationale="The budget says 12%.")
    assert _refused(store.claims.update_claim, claim.id, status="published").startswith(
        "Claim can't be published yet: it needs 1 source.")
    assert store.claims.get_claim(claim.id).status is Status.TO_CHECK  # nothing written
    store.sources.add_source(claim.id, "https://example.org/budget")
    assert store.claims.update_claim(claim.id, status="final").status is Status.FINAL


def test_n_sources_is_configurable(store: Store, claim: Claim) -> None:
    store.workflow.set_workflow_rules(WorkflowRules(min_sources=2))
    store.claims.update_claim(claim.id, verdict="False", rationale="r")
    store.sources.add_source(claim.id, "https://example.org/a")
    assert "needs 1 more source." in _refused(store.claims.update_claim, claim.id, status="final")
    store.sources.add_source(claim.id, "https://example.org/b")
    store.claims.update_claim(claim.id, status="final")
    # A setting change is recorded like any other.
    assert store.workflow.workflow_rules().min_sources == 2


def test_a_final_claim_keeps_what_final_needs(store: Store, claim: Claim) -> None:
    first = store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="r", status="final")
    message = _refused(store.sources.delete_source, first.id)
    assert message == ("Claim can't stay final: it would need 1 source; set its status back "
                       "first to make this change.")
    assert "without" not in _refused(store.claims.update_claim, claim.id, rationale="",
                                     correction_note="x")
    assert "a verdict" in _refused(store.claims.update_claim, claim.id, verdict=None,
                                   correction_note="x")
    assert len(store.sources.list_sources(claim.id)) == 1
    store.claims.update_claim(claim.id, status="needs-review")
    store.sources.delete_source(first.id)  # not final any more: fine


def test_rules_off_allow_anything(store: Store, claim: Claim) -> None:
    store.workflow.set_workflow_rules(WorkflowRules(enabled=False))
    assert store.claims.update_claim(claim.id, status="final").status is Status.FINAL


def test_adding_a_claim_as_final_is_judged_after_its_sources(store: Store, article) -> None:
    start, end = span(ARTICLE_TEXT, "Ridership fell")
    assert "a rationale and 1 source" in _refused(
        store.claims.add_claim, article.id, start, end, verdict="False", status="final")
    with store.batch():
        claim = store.claims.add_claim(article.id, start, end, verdict="False", rationale="r",
                                       status="final")
        store.sources.add_source(claim.id, "https://example.org/a")
    assert store.claims.get_claim(claim.id).status is Status.FINAL
    count = len(store.claims.list_claims())
    with pytest.raises(WorkflowError), store.batch():
        store.claims.add_claim(article.id, start, end, verdict="False", rationale="r",
                               status="final")
    assert len(store.claims.list_claims()) == count  # the whole batch rolled back


def test_second_reviewer_must_approve(db_path, store: Store, claim: Claim) -> None:
    store.workflow.set_workflow_rules(WorkflowRules(second_reviewer=True))
    store.claims.update_claim(claim.id, verdict="False", rationale="r", status="needs-review")
    store.sources.add_source(claim.id, "https://example.org/a")
    assert store.workflow.verdict_set_by(claim.id) == "ann"
    assert _refused(store.claims.update_claim, claim.id, status="final") == (
        "Claim can't be final yet: it needs approval by a reviewer other than ann, who set "
        "its verdict.")
    with Store.open(db_path, reviewer="Bo Reed") as bo:
        assert bo.claims.update_claim(claim.id, status="final").status is Status.FINAL
    assert store.claims.get_claim(claim.id).status is Status.FINAL


def test_imports_and_restores_are_exempt(store: Store, claim: Claim) -> None:
    incomplete = Claim(**{**{f: getattr(claim, f) for f in Claim.__dataclass_fields__},
                          "id": "00000000-0000-4000-8000-000000000001",
                          "status": Status.FINAL, "updated_at": "2030-01-01T00:00:00+00:00"})
    result, merged = store.merge.merge_claim(incomplete)
    assert result == "created" and merged.status is Status.FINAL
    deleted = store.claims.delete_claim(merged.id)
    assert store.claims.restore_claim(deleted).status is Status.FINAL


def test_a_correction_needs_a_note_and_is_one_event(store: Store, claim: Claim) -> None:
    store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="r", status="final")
    assert store.workflow.correction_needed(claim.id, {"verdict": "True"})
    assert not store.workflow.correction_needed(claim.id, {"verdict": "false"})  # same label
    assert not store.workflow.correction_needed(claim.id, {"claimant": "The council"})
    with pytest.raises(CorrectionNoteRequired) as caught:
        store.claims.update_claim(claim.id, verdict="True")
    assert str(caught.value) == ("Claim is final: changing its verdict is a correction and "
                                 "needs a short correction note.")
    with pytest.raises(CorrectionNoteRequired):
        store.claims.update_claim(claim.id, rationale="new", correction_note="   ")
    store.claims.update_claim(claim.id, claimant="The council")  # not a correction
    store.claims.update_claim(claim.id, verdict="True", rationale="Revised figures.",
                              correction_note="ONS revised the series")
    event = store.events.for_claim(claim.id)[-1]
    assert event.action == "correct"
    assert event.before == {"verdict": "False", "rationale": "r"}
    assert event.after == {"verdict": "True", "rationale": "Revised figures.",
                           "correction_note": "ONS revised the series"}
    [fix] = store.workflow.corrections(claim.id)
    assert (fix.reviewer, fix.note) == ("ann", "ONS revised the series")
    assert fix.changes == (("verdict", "False", "True"), ("rationale", "r", "Revised figures."))
    [row] = store.reports.report_rows(ReportScope(claims=[claim.id]))
    assert row.corrections == (fix,)


def test_copying_a_verdict_into_a_final_claim_is_refused(store: Store, claim: Claim,
                                                         article) -> None:
    other = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Ridership fell"),
                                   verdict="True", rationale="x")
    store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="r", status="final")
    with pytest.raises(CorrectionNoteRequired):
        store.memory.copy_judgement(other.id, claim.id)
    assert store.claims.get_claim(claim.id).verdict == "False"


def test_reopening_a_final_claim_does_not_make_changing_its_judgement_quiet(
        store: Store, claim: Claim, article) -> None:
    """IFCN: a verdict changed after it was final is a correction, even when the
    claim was first set back to in progress (found in review: the refusal to
    change a final claim invited exactly that)."""
    assert not store.workflow.once_final(claim.id)
    store.claims.update_claim(claim.id, verdict="True")  # never final: no note
    store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="r", status="final")
    store.claims.update_claim(claim.id, status="in-progress")  # reopening is no correction
    assert store.workflow.once_final(claim.id)
    assert store.workflow.correction_needed(claim.id, {"verdict": "True"})
    assert not store.workflow.correction_needed(claim.id, {"claimant": "Mayor"})
    with pytest.raises(CorrectionNoteRequired) as caught:
        store.claims.update_claim(claim.id, verdict="True")
    assert str(caught.value) == (
        "Claim was final before (now in progress): changing its verdict is a correction"
        " and needs a short correction note.")
    store.claims.update_claim(claim.id, verdict="True", correction_note="New figures")
    assert [fix.note for fix in store.workflow.corrections(claim.id)] == ["New figures"]
    store.claims.update_claim(claim.id, claimant="Mayor")  # other fields stay free
    other = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Ridership fell"),
                                   verdict="Mostly true", rationale="x")
    with pytest.raises(CorrectionNoteRequired, match="was final before"):
        store.memory.copy_judgement(other.id, claim.id)
    # Created as final in one batch counts as final too.
    with store.batch():
        made = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Ridership"),
                                      verdict="False", rationale="r", status="final")
        store.sources.add_source(made.id, "https://example.org/b")
    store.claims.update_claim(made.id, status="to-check")
    assert store.workflow.correction_needed(made.id, {"rationale": "other"})


def test_a_withdrawn_correction_no_longer_counts(store: Store, claim: Claim) -> None:
    """Undo of a correction: no note asked, recorded as "withdraw" naming the
    correction; the history keeps both, the claim's corrections drop it."""
    store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="r", status="final")
    assert store.workflow.newest_correction_id(claim.id) is None
    store.claims.update_claim(claim.id, verdict="True", correction_note="New figures")
    fix_id = store.workflow.newest_correction_id(claim.id)
    assert store.workflow.standing_correction(claim.id, fix_id)
    store.claims.replay_update(claim.id, verdict="False", withdraws=fix_id)
    event = store.events.for_claim(claim.id)[-1]
    assert (event.action, event.before, event.after) == (
        "withdraw", {"verdict": "True"}, {"verdict": "False", "withdrawn": fix_id})
    assert not store.workflow.standing_correction(claim.id, fix_id)
    assert store.workflow.corrections(claim.id) == []
    [row] = store.reports.report_rows(ReportScope(claims=[claim.id]))
    assert row.corrections == ()
    assert store.workflow.verdict_set_by(claim.id) == "ann"
    # Made again (redo), it is a correction again, and the only one standing.
    store.claims.update_claim(claim.id, verdict="True", correction_note="New figures")
    assert [fix.note for fix in store.workflow.corrections(claim.id)] == ["New figures"]
    assert [e.action for e in store.events.for_claim(claim.id)].count("correct") == 2


def test_a_replayed_step_is_never_a_correction(store: Store, claim: Claim) -> None:
    """Undo or redo of a step that was no correction brings the claim back to a
    judgement it already had: no note, no correction, an ordinary update."""
    store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="r")
    store.claims.update_claim(claim.id, status="final")
    store.claims.replay_update(claim.id, status="in-progress")  # undo final
    store.claims.replay_update(claim.id, rationale=None)  # undo the rationale
    store.claims.replay_update(claim.id, rationale="r")  # redo
    store.claims.replay_update(claim.id, status="final")
    assert store.workflow.corrections(claim.id) == []
    assert [e.action for e in store.events.for_claim(claim.id)][-4:] == ["update"] * 4
    # A new edit (not a replay) of the once-final claim still needs its note.
    store.claims.update_claim(claim.id, status="in-progress")
    with pytest.raises(CorrectionNoteRequired):
        store.claims.update_claim(claim.id, rationale="other")


def test_undoing_a_copy_after_final_was_undone_needs_no_note(store: Store, claim: Claim,
                                                            article) -> None:
    """Copy a judgement, mark final, take both back (undo order): the copy's
    undo returns the claim to a judgement it had, so it is no correction."""
    other = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Ridership fell"),
                                   verdict="True", rationale="x")
    store.sources.add_source(claim.id, "https://example.org/a")
    copied = store.memory.copy_judgement(other.id, claim.id)
    store.claims.update_claim(claim.id, status="final")
    store.claims.replay_update(claim.id, status="to-check")
    store.memory.revert_copied_judgement(copied)
    assert store.claims.get_claim(claim.id).verdict is None
    assert store.workflow.corrections(claim.id) == []


def _final_then_quietly_changed(store: Store, claim: Claim) -> None:
    """Final with rationale "r2" (typed "r1" first); undo past Mark Final and the
    second rationale: the claim holds "r1" again, with no correction recorded."""
    store.sources.add_source(claim.id, "https://example.org/a")
    store.claims.update_claim(claim.id, verdict="False", rationale="r1")
    store.claims.update_claim(claim.id, rationale="r2")
    store.claims.update_claim(claim.id, status="final")
    store.claims.replay_update(claim.id, status="in-progress")  # undo Mark Final
    store.claims.replay_update(claim.id, rationale="r1")  # undo the pre-final edit


def test_final_again_with_another_judgement_is_a_correction(store: Store,
                                                            claim: Claim) -> None:
    """It publishes another judgement than it last had while final: a note is
    needed, and one correction records the change against that judgement."""
    _final_then_quietly_changed(store, claim)
    assert store.workflow.last_final_judgement(claim.id) == {"verdict": "False",
                                                             "rationale": "r2"}
    assert store.workflow.correction_needed(claim.id, {"status": "final"})
    with pytest.raises(CorrectionNoteRequired) as caught:
        store.claims.update_claim(claim.id, status="final")
    assert str(caught.value) == ("Claim was final before with another rationale: marking it"
                                 " final again is a correction and needs a short correction"
                                 " note.")
    assert store.claims.get_claim(claim.id).status is Status.IN_PROGRESS
    store.claims.update_claim(claim.id, status="final", correction_note="Back to the first")
    event = store.events.for_claim(claim.id)[-1]
    assert (event.action, event.before, event.after) == (
        "correct", {"status": "in-progress", "rationale": "r2"},
        {"status": "final", "rationale": "r1", "correction_note": "Back to the first"})
    [fix] = store.workflow.corrections(claim.id)
    assert ("rationale", "r2", "r1") in fix.changes
    # Undo of that Mark Final withdraws it; the judgement last final is "r2" again.
    store.claims.replay_update(claim.id, status="in-progress", withdraws=event.id)
    assert store.workflow.corrections(claim.id) == []
    assert store.workflow.last_final_judgement(claim.id)["rationale"] == "r2"
    # Published too counts as final.
    assert store.workflow.correction_needed(claim.id, {"status": "published"})


def test_final_again_with_the_last_final_judgement_records_nothing(store: Store,
                                                                   claim: Claim) -> None:
    _final_then_quietly_changed(store, claim)
    # Typed again (a new edit, no note): back to the judgement it last had while final.
    assert not store.workflow.correction_needed(claim.id, {"rationale": "r2"})
    assert store.workflow.correction_needed(claim.id, {"rationale": "r3"})
    store.claims.update_claim(claim.id, rationale="r2")
    assert not store.workflow.correction_needed(claim.id, {"status": "final"})
    store.claims.update_claim(claim.id, status="final")
    assert store.events.for_claim(claim.id)[-1].action == "update"
    assert store.workflow.corrections(claim.id) == []
    # A correction made while reopened is the judgement to compare with.
    store.claims.update_claim(claim.id, status="in-progress")
    store.claims.update_claim(claim.id, rationale="r3", correction_note="Clearer")
    assert store.workflow.last_final_judgement(claim.id)["rationale"] == "r3"
    store.claims.update_claim(claim.id, status="final")
    assert len(store.workflow.corrections(claim.id)) == 1
