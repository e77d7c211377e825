"""The review workflow's rules, as pure checks (no SQL, no Qt).

A database stores its rules under the setting "workflow" (see `WorkflowRules`).
With rules on, a final or published claim has a verdict, a rationale and at
least `min_sources` sources; optionally, it goes final only with the approval
of a reviewer other than the one who last set its verdict. The store treats
this as an invariant of final and published claims (core/store/workflow.py);
the window and the CLI show the messages built here (through
core.translatable.translate: English for the CLI, the user's language in the window).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck_gui.core.models import Correction, Status
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate

SETTING = "workflow"
DONE = (Status.FINAL, Status.PUBLISHED)
MAX_SOURCES = 10
#: What a correction may change that needs a note (IFCN: corrections are visible).
CORRECTED_FIELDS = ("verdict", "rationale")
_FIELD_WORDS = {"verdict": QT_TRANSLATE_NOOP("Workflow", "verdict"),
                "rationale": QT_TRANSLATE_NOOP("Workflow", "rationale")}


@dataclass(frozen=True, slots=True)
class WorkflowRules:
    """One database's workflow settings (all on by default but `second_reviewer`)."""

    #: Final and published claims need a verdict, a rationale and `min_sources`.
    enabled: bool = True
    min_sources: int = 1
    #: Going final needs a reviewer other than the one who last set the verdict.
    second_reviewer: bool = False
    #: Offer the "published" status in the window (a team that publishes).
    publishes: bool = True

    @classmethod
    def from_setting(cls, value: Any) -> WorkflowRules:
        """Rules from a stored setting; anything missing or malformed takes its default."""
        data = value if isinstance(value, dict) else {}
        default = cls()

        def flag(key: str, fallback: bool) -> bool:
            item = data.get(key, fallback)
            return item if isinstance(item, bool) else fallback

        count = data.get("min_sources", default.min_sources)
        if isinstance(count, bool) or not isinstance(count, int):
            count = default.min_sources
        return cls(
            enabled=flag("enabled", default.enabled),
            min_sources=max(0, min(MAX_SOURCES, count)),
            second_reviewer=flag("second_reviewer", default.second_reviewer),
            publishes=flag("publishes", default.publishes),
        )

    def to_setting(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "min_sources": self.min_sources,
                "second_reviewer": self.second_reviewer, "publishes": self.publishes}

    def statuses(self, current: Status | None = None) -> list[Status]:
        """The statuses to offer: published only if the team publishes (or the
        claim already is)."""
        return [s for s in Status
                if s is not Status.PUBLISHED or self.publishes or current is Status.PUBLISHED]


def sources_text(count: int, *, more: bool) -> str:
    if more:
        return translate("Workflow", "%n more source(s)", None, count)
    return translate("Workflow", "%n source(s)", None, count)


def missing_for_final(
    rules: WorkflowRules, *, verdict: str | None, rationale: str | None, source_count: int
) -> list[str]:
    """What a claim lacks to be final, as phrases ("a verdict", "1 more source")."""
    if not rules.enabled:
        return []
    missing = []
    if not verdict:
        missing.append(translate("Workflow", "a verdict"))
    if not (rationale or "").strip():
        missing.append(translate("Workflow", "a rationale"))
    lacking = rules.min_sources - source_count
    if lacking > 0:
        missing.append(sources_text(lacking, more=source_count > 0))
    return missing


def approval_needed(verdict_by: str | None, reviewer: str) -> str | None:
    """The phrase for a missing second review, or None when `reviewer` may approve."""
    if verdict_by is not None and same_person(verdict_by, reviewer):
        return translate("Workflow", "approval by a reviewer other than {reviewer}, who set"
                         " its verdict").format(reviewer=verdict_by)
    return None


def same_person(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


def join_words(items: Sequence[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(items) <= 1:
        return "".join(items)
    return translate("Workflow", "{items} and {last}").format(
        items=translate("Workflow", ", ", "between items").join(items[:-1]), last=items[-1])


def refusal(status: Status, missing: Sequence[str], *, becoming: bool) -> str:
    """The one-sentence message for a refused write, naming everything missing."""
    name = translate("Status", status.label).lower()
    if becoming:
        return translate("Workflow", "Claim can't be {status} yet: it needs {missing}.").format(
            status=name, missing=join_words(missing))
    return translate("Workflow", "Claim can't stay {status}: it would need {missing}; set its"
                     " status back first to make this change.").format(
                         status=name, missing=join_words(missing))


def final_hint(rules: WorkflowRules, *, verdict: str | None, rationale: str | None,
               source_count: int) -> str:
    """A short reminder near the status ("Final needs: rationale, 1 source"), or ""."""
    missing = missing_for_final(rules, verdict=verdict, rationale=rationale,
                                source_count=source_count)
    if not missing:
        return ""
    return translate("Workflow", "Final needs: {missing}").format(
        missing=_short_list(rules, verdict, rationale, source_count))


def done_hint(rules: WorkflowRules, status: Status, *, verdict: str | None,
              rationale: str | None, source_count: int) -> str:
    """For a final or published claim the rules would not let be made final now
    (it was, before the rules were tightened, or it was restored): what it lacks,
    so that a refused edit is no surprise ("Final, short of the current rules:
    1 more source"), or ""."""
    missing = missing_for_final(rules, verdict=verdict, rationale=rationale,
                                source_count=source_count)
    if not missing:
        return ""
    return translate("Workflow", "{status}, short of the current rules: {missing}").format(
        status=translate("Status", status.label),
        missing=_short_list(rules, verdict, rationale, source_count))


def _short_list(rules: WorkflowRules, verdict: str | None, rationale: str | None,
                source_count: int) -> str:
    """What a claim lacks in a hint's few words: "rationale, 1 source"."""
    short = []
    if not verdict:
        short.append(translate("Workflow", "verdict"))
    if not (rationale or "").strip():
        short.append(translate("Workflow", "rationale"))
    lacking = rules.min_sources - source_count
    if lacking > 0:
        short.append(sources_text(lacking, more=source_count > 0))
    return translate("Workflow", ", ", "between items").join(short)


def correction_fields(changed: Sequence[str]) -> list[str]:
    """Which of the changed fields make an edit of a final claim a correction."""
    return [name for name in CORRECTED_FIELDS if name in changed]


def correction_needed_message(status: Status, fields: Sequence[str], *,
                              reopened: bool = False, becoming: Status | None = None) -> str:
    names = join_words([translate("Workflow", _FIELD_WORDS.get(f, f)) for f in fields])
    if becoming is not None:
        return translate("Workflow", "Claim was final before with another {fields}: marking it"
                         " {status} again is a correction and needs a short correction note."
                         ).format(fields=names,
                                  status=translate("Status", becoming.label).lower())
    now = translate("Status", status.label).lower()
    if reopened:
        return translate("Workflow", "Claim was final before (now {status}): changing its"
                         " {fields} is a correction and needs a short correction note."
                         ).format(status=now, fields=names)
    return translate("Workflow", "Claim is {status}: changing its {fields} is a correction and"
                     " needs a short correction note.").format(status=now, fields=names)


def correction_from_event(at: str, actor: str, before: Any, after: Any) -> Correction:
    """A Correction from a "correct" event's columns (JSON text or dicts)."""
    before = json.loads(before) if isinstance(before, str) else (before or {})
    after = json.loads(after) if isinstance(after, str) else (after or {})
    changes = tuple((key, before.get(key), after.get(key)) for key in _field_order(before))
    return Correction(at=at, reviewer=actor, changes=changes,
                      note=str(after.get("correction_note") or ""))


def _field_order(before: dict[str, Any]) -> list[str]:
    """Verdict first, then the rest alphabetically (the CSV's SQL does the same)."""
    return sorted(before, key=lambda key: (key != "verdict", key))


def format_correction(correction: Correction,
                      when: Callable[[str], str] | None = None) -> str:
    """One line: `2026-11-25T13:09Z · Ann Lee · verdict: A → B; rationale edited · note`.

    store.reports.report_cells builds the same text in SQL (a test keeps them equal). The
    window passes `when` (ui/inspector/times.friendly_time) to show local times instead."""
    parts = []
    for key, old, new in correction.changes:
        if key == "rationale":
            parts.append("rationale edited")
        else:
            parts.append(f"{key}: {'—' if old is None else old} → {'—' if new is None else new}")
    stamp = when(correction.at) if when is not None else f"{correction.at[:16]}Z"
    return (f"{stamp} · {correction.reviewer} · {'; '.join(parts)}"
            f" · note: {correction.note}")
