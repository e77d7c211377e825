"""The review workflow in the store: rules as an invariant of final claims, and corrections.

Every write that could leave a final or published claim breaking the database's
rules (setting the status, clearing the verdict or rationale, removing a
source, adding a claim as final) marks the claim with `watch_final`; the
claims marked are checked once, just before the transaction commits. So a
batch that adds a claim as final and then its sources (`claim add --status
final --source URL`) is judged as a whole, and a refused write rolls back
entirely with one WorkflowError naming everything missing.

Exempt on purpose: imports and merges of others' work (`merge_claim`,
`merge_source`: their rules are not ours to enforce on their past), and
`restore_claim` (putting back exactly what was deleted, e.g. undo), which
never creates a new final judgement.

Corrections (a published judgement changed: a verdict or rationale changed
while the claim is final or published; or, once it was, a claim not final now
given a verdict or rationale other than the one it last had while final, and
marked final again with another judgement than that one) are recorded by
`update_claim` as one "correct" event and read back here from the events table
(its events_claim index). The judgement last final is read from the history
(`last_final_judgement`), so undoing steps in the window (which records no
correction) cannot change a published judgement quietly. Undoing a correction
in the window records a "withdraw" event naming it (`after.withdrawn`, the
correction's event id): the history keeps both, and a withdrawn correction no
longer counts as one of the claim's corrections (table, inspector, reports).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.errors import WorkflowError
from factcheck_gui.core.models import Correction, Status
from factcheck_gui.core.store.base import Change, Db, Pending, event_json
from factcheck_gui.core.store.claims import read_claim
from factcheck_gui.core.store.events import history_order
from factcheck_gui.core.store.report_sql import not_withdrawn
from factcheck_gui.core.workflow import (
    CORRECTED_FIELDS,
    DONE,
    SETTING,
    WorkflowRules,
    approval_needed,
    correction_fields,
    correction_from_event,
    missing_for_final,
    refusal,
)

if TYPE_CHECKING:
    from factcheck_gui.core.store.scales import Scales
    from factcheck_gui.core.store.settings import Settings

# Events whose `after` may set a verdict, i.e. say who judged the claim.
_VERDICT_ACTIONS = ("create", "update", "correct", "withdraw", "copy", "import", "merge")
#: SQL: the "correct" event `e` has not been withdrawn (by a later "withdraw" event).
STANDING = not_withdrawn("e")


class Workflow:
    """The database's workflow rules, kept as an invariant of final claims, and corrections."""

    def __init__(self, db: Db, settings: Settings, scales: Scales) -> None:
        self._db = db
        self._settings = settings
        self._scales = scales
        db.check_before_commit(self._check_final_claims)

    # -- settings ------------------------------------------------------------------
    def workflow_rules(self) -> WorkflowRules:
        """This database's workflow rules (defaults when never set)."""
        return WorkflowRules.from_setting(self._settings.get_setting(SETTING))

    def set_workflow_rules(self, rules: WorkflowRules) -> None:
        """Store the rules (recorded in the history as a setting change). Claims
        already final stay as they are: the rules apply to the next write."""
        self._settings.set_setting(SETTING, rules.to_setting())

    # -- reading -------------------------------------------------------------------
    def verdict_set_by(self, claim_id: str) -> str | None:
        """Who last set the claim's verdict, from the history (None if unknown).

        For imports and merges the reviewer named in the imported claim counts."""
        join, order = history_order(self._db, newest_first=True)
        row = self._db.row(
            "SELECT coalesce(CASE WHEN e.action IN ('import', 'merge')"
            f" THEN json_extract(e.after, '$.reviewer') END, e.actor) AS who FROM events e {join}"
            " WHERE e.claim_id = ? AND e.entity = 'claim' AND e.action IN"
            f" ({', '.join('?' * len(_VERDICT_ACTIONS))})"
            f" AND json_extract(e.after, '$.verdict') IS NOT NULL {order} LIMIT 1",
            (claim_id, *_VERDICT_ACTIONS),
        )
        return row["who"] if row else None

    def once_final(self, claim_id: str) -> bool:
        """True if the claim is final or published now or ever was: its verdict has
        been given as a judgement, so changing it (even after reopening the claim)
        is a correction."""
        return self._db.row(
            "SELECT 1 FROM claims WHERE id = ? AND status IN ('final', 'published')"
            " UNION ALL SELECT 1 FROM events WHERE claim_id = ? AND entity = 'claim'"
            " AND json_extract(after, '$.status') IN ('final', 'published') LIMIT 1",
            (claim_id, claim_id),
        ) is not None

    def last_final_judgement(self, claim_id: str) -> dict[str, Any] | None:
        """The verdict and rationale the claim last had while final or published
        (or as last corrected), from its history; None if it never was final.

        A withdrawn correction never stood: the judgement goes back to the one
        before it, whatever the claim went through in between (undone too)."""
        state: dict[str, Any] = {}
        last: dict[str, Any] | None = None
        before_correction: dict[int, dict[str, Any] | None] = {}
        for row in self._db.rows(
                "SELECT id, action, before, after FROM events WHERE claim_id = ?"
                " AND entity = 'claim' ORDER BY id", (claim_id,)):
            after = json.loads(row["after"]) if row["after"] else None
            if not isinstance(after, dict):
                continue
            state.update({k: after[k] for k in ("status", *CORRECTED_FIELDS) if k in after})
            judgement = {k: state.get(k) for k in CORRECTED_FIELDS}
            if row["action"] == "correct":
                before_correction[row["id"]] = last
                last = judgement
            elif row["action"] == "withdraw" and after.get("withdrawn") in before_correction:
                last = before_correction[after["withdrawn"]]
            elif row["action"] == "relabel" and last is not None:
                old = json.loads(row["before"] or "{}").get("verdict")
                if old is not None and last.get("verdict") == old:  # the same verdict, renamed
                    last = last | {"verdict": after.get("verdict")}
            if state.get("status") in (Status.FINAL.value, Status.PUBLISHED.value):
                last = judgement
        return last

    def refinal_changes(self, claim_id: str, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
        """For a claim not final now, written with `values`: the verdict and
        rationale that would differ from the ones it last had while final, as
        {field: (then, now)}. Only the fields written count, unless it becomes
        final (or published) again: then its whole judgement does. Empty when the
        claim is final now or never was: no correction by this rule."""
        claim = read_claim(self._db, claim_id)
        if claim.status in DONE:
            return {}
        status = values.get("status")
        becoming = status is not None and Status.parse(str(getattr(
            status, "value", status))) in DONE
        keys = [k for k in CORRECTED_FIELDS if becoming or k in values]
        # The history is read only for a claim that was final once (an indexed look first).
        last = self.last_final_judgement(claim_id) if keys and self.once_final(claim_id) else None
        if last is None:
            return {}
        changes = {}
        for key in keys:
            now = values[key] if key in values else getattr(claim, key)
            if self._norm(key, now) != self._norm(key, last.get(key)):
                changes[key] = (last.get(key), now)
        return changes

    def _norm(self, key: str, value: Any) -> Any:
        if key == "verdict":
            return self._scales.canonical_verdict(value) if value else None
        return _same_text(value, key) or None

    def correction_needed(self, claim_id: str, fields: dict[str, Any]) -> bool:
        """True if `update_claim(claim_id, **fields)` would be a correction (needs a note)."""
        judged = correction_fields(list(fields))
        if not judged and "status" not in fields:
            return False  # other fields are never corrections: no read at all
        claim = read_claim(self._db, claim_id)
        if claim.status not in DONE:
            return bool(self.refinal_changes(claim_id, fields))
        return any(self._norm(key, fields[key]) != self._norm(key, getattr(claim, key))
                   for key in judged)

    def workflow_problem(self, claim_id: str, fields: dict[str, Any]) -> str | None:
        """The refusal `update_claim(claim_id, **fields)` would meet under the rules
        (None when it would pass them), without writing anything."""
        claim = read_claim(self._db, claim_id)
        values = {key: getattr(value, "value", value) for key, value in fields.items()}
        if "status" in values:
            values["status"] = Status.parse(str(values["status"])).value
        status = Status(values.get("status", claim.status.value))
        becoming = status in DONE and claim.status not in DONE
        return self.final_problem(claim_id, self.workflow_rules(), becoming=becoming,
                                   values=values)

    def corrections(self, claim_id: str) -> list[Correction]:
        """The claim's standing corrections (not withdrawn), oldest first."""
        return [correction_from_event(row["at"], row["actor"], row["before"], row["after"])
                for row in self._db.rows(
                    "SELECT at, actor, before, after FROM events e WHERE claim_id = ?"
                    f" AND action = 'correct' AND {STANDING} ORDER BY id", (claim_id,))]

    def newest_correction_id(self, claim_id: str) -> int | None:
        """The event id of the claim's newest correction (None if it has none)."""
        row = self._db.row("SELECT max(id) AS id FROM events WHERE claim_id = ?"
                           " AND action = 'correct'", (claim_id,))
        return None if row is None else row["id"]

    def standing_correction(self, claim_id: str, event_id: int) -> bool:
        """True if `event_id` is a correction of this claim, not withdrawn."""
        return self._db.row(
            "SELECT 1 FROM events e WHERE id = ? AND claim_id = ? AND action = 'correct'"
            f" AND {STANDING}", (event_id, claim_id)) is not None

    def merge_corrections(self, claim_id: str, corrections: list[Correction]) -> int:
        """Record corrections made in another database (import-annotations), each
        once however often imported, with its own time and reviewer. The claim's
        fields are not touched (the merged claim already carries the result).
        Returns how many were new."""
        if not corrections:
            return 0
        added = 0
        with self._db.writing() as pending:
            row = self._db.row("SELECT article_id FROM claims WHERE id = ?", (claim_id,))
            article_id = None if row is None else row["article_id"]
            for fix in corrections:
                if self._db.row("SELECT 1 FROM events WHERE claim_id = ? AND action = 'correct'"
                             " AND at = ? AND actor = ?", (claim_id, fix.at, fix.reviewer)):
                    continue
                before = {key: old for key, old, _new in fix.changes}
                after = {key: new for key, _old, new in fix.changes}
                after["correction_note"] = fix.note
                self._db.conn.execute(
                    "INSERT INTO events (at, actor, entity, entity_id, action, before, after,"
                    " claim_id, article_id) VALUES (?, ?, 'claim', ?, 'correct', ?, ?, ?, ?)",
                    (fix.at, fix.reviewer, claim_id, event_json(before), event_json(after),
                     claim_id,
                     article_id),
                )
                pending.changes.append(Change("claim", "correct", (claim_id,),
                                              article_id=article_id, claim_id=claim_id))
                added += 1
        return added

    # -- the invariant ---------------------------------------------------------------
    def watch_final(self, claim_id: str, *, becoming: bool) -> None:
        """Check this claim against the rules when the transaction commits."""
        checks = self._db.pending.final_checks
        checks[claim_id] = checks.get(claim_id, False) or becoming

    def _check_final_claims(self, pending: Pending) -> None:
        if not pending.final_checks:
            return
        rules = self.workflow_rules()
        for claim_id, becoming in pending.final_checks.items():
            problem = self.final_problem(claim_id, rules, becoming=becoming)
            if problem:
                raise WorkflowError(problem)

    def final_problem(self, claim_id: str, rules: WorkflowRules, *, becoming: bool,
                       values: dict[str, Any] | None = None) -> str | None:
        """The refusal message if the claim (with `values` applied) breaks the rules."""
        row = self._db.row("SELECT verdict, rationale, status FROM claims WHERE id = ?",
                        (claim_id,))
        if row is None:
            return None  # deleted in the same transaction
        state = dict(row) | (values or {})
        status = Status(state["status"])
        if status not in DONE:
            return None
        missing = missing_for_final(rules, verdict=state["verdict"],
                                    rationale=state["rationale"],
                                    source_count=self._source_count(claim_id))
        if becoming and rules.second_reviewer:
            approval = approval_needed(self.verdict_set_by(claim_id), self._db.reviewer)
            if approval:
                missing.append(approval)
        return refusal(status, missing, becoming=becoming) if missing else None

    def _source_count(self, claim_id: str) -> int:
        return int(self._db.one("SELECT count(*) AS n FROM sources WHERE claim_id = ?",
                             (claim_id,))["n"])


def _same_text(value: Any, key: str) -> str:
    text = str(value or "").replace("\r\n", "\n")
    return text.strip() if key == "rationale" else " ".join(text.split())
