"""Undo commands of blind review and curation: each decision one step.

Curation makes an article claim from reviewers' pass claims (take one, merge
two, or write the final judgement on a group) in one transaction with a
`curate` event naming the passes and claims it came from. Undo deletes the
curated claim; redo puts it back exactly (the history keeps both, and the link).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from factcheck_gui.core.clock import new_id
from factcheck_gui.core.review import PassClaim, PassSource
from factcheck_gui.core.store import DeletedClaim, Store
from factcheck_gui.ui.edits.commands import StoreCommand
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.widgets.safe_text import shorten


class StartReview(StoreCommand):
    def __init__(self, store: Store, article_id: str, reviewers: Sequence[str]) -> None:
        super().__init__(
            store,
            translate("UndoCommands", "Start Blind Review ({reviewers})").format(
                reviewers=", ".join(reviewers)
            ),
        )
        self.article_id, self.reviewers = article_id, list(reviewers)
        self.pass_ids = [new_id() for _ in reviewers]

    def forward(self) -> None:
        with self.store.batch():
            for pass_id, name in zip(self.pass_ids, self.reviewers, strict=True):
                self.store.reviews.start_pass(self.article_id, name, pass_id=pass_id)
        return None

    def backward(self) -> None:
        with self.store.batch():
            for pass_id in self.pass_ids:
                self.store.reviews.delete_pass(pass_id)
        return None


class AddPassClaim(StoreCommand):
    def __init__(self, store: Store, pass_id: str, start: int, end: int, quote: str,
                 **fields: Any) -> None:
        super().__init__(store, translate("UndoCommands", "Add Review Claim “{quote}”").format(
            quote=shorten(quote, 30)))
        self.pass_id, self.start, self.end, self.fields = pass_id, start, end, fields
        self.claim_id = new_id()
        self.deleted: PassClaim | None = None

    def forward(self) -> None:
        if self.deleted is None:
            self.store.reviews.add_pass_claim(self.pass_id, self.start, self.end,
                                              claim_id=self.claim_id, **self.fields)
        else:
            self.store.reviews.restore_pass_claim(self.deleted)
        return None

    def backward(self) -> None:
        self.deleted = self.store.reviews.delete_pass_claim(self.claim_id)
        return None


class EditPassClaim(StoreCommand):
    def __init__(self, store: Store, claim: PassClaim, new: dict[str, Any]) -> None:
        super().__init__(store, translate("UndoCommands", "Edit Review Claim “{quote}”").format(
            quote=shorten(claim.quote, 30)))
        self.claim_id = claim.id
        self.new = new
        self.old: dict[str, Any] = {k: (list(claim.sources) if k == "sources"
                                        else getattr(claim, k)) for k in new}

    def forward(self) -> None:
        self.store.reviews.update_pass_claim(self.claim_id, **self.new)
        return None

    def backward(self) -> None:
        self.store.reviews.update_pass_claim(self.claim_id, **self.old)
        return None


class DeletePassClaim(StoreCommand):
    def __init__(self, store: Store, claim: PassClaim) -> None:
        super().__init__(store, translate("UndoCommands", "Delete Review Claim “{quote}”").format(
            quote=shorten(claim.quote, 30)))
        self.claim = claim

    def forward(self) -> None:
        self.store.reviews.delete_pass_claim(self.claim.id)
        return None

    def backward(self) -> None:
        self.store.reviews.restore_pass_claim(self.claim)
        return None


class SetPassDone(StoreCommand):
    def __init__(self, store: Store, pass_id: str, done: bool = True) -> None:
        super().__init__(store, translate("UndoCommands", "Mark Review Pass Done") if done
                         else translate("UndoCommands", "Reopen Review Pass"))
        self.pass_id, self.done = pass_id, done

    def forward(self) -> None:
        self.store.reviews.set_done(self.pass_id, self.done)
        return None

    def backward(self) -> None:
        self.store.reviews.set_done(self.pass_id, not self.done)
        return None


def merged_fields(claims: Sequence[PassClaim]) -> dict[str, Any]:
    """What merging claims gives: the span covering all of them, the first one's
    verdict and claim text, every rationale (named by reviewer when they differ),
    and every source once."""
    first = claims[0]
    rationales = [(c.reviewer, c.rationale) for c in claims if c.rationale]
    rationale: str | None
    if len({r for _n, r in rationales}) > 1:
        rationale = "\n\n".join(f"{name}: {text}" for name, text in rationales)
    else:
        rationale = rationales[0][1] if rationales else None
    sources: dict[str, PassSource] = {}
    for claim in claims:
        for source in claim.sources:
            sources.setdefault(source.url, source)
    return {"start": min(c.start for c in claims), "end": max(c.end for c in claims),
            "verdict": first.verdict, "rationale": rationale,
            "claim_text": first.claim_text, "sources": list(sources.values())}


class Curate(StoreCommand):
    """Make an article claim from pass claims. `how` is "take", "merge" or "judge";
    `overrides` (verdict, rationale, status) replace what the pass claims say."""

    LABELS: ClassVar[dict[str, str]] = {
        "take": QT_TRANSLATE_NOOP("UndoCommands", "Take Review Claim “{quote}”"),
        "merge": QT_TRANSLATE_NOOP("UndoCommands", "Merge Review Claims “{quote}”"),
        "judge": QT_TRANSLATE_NOOP("UndoCommands", "Write Final Judgement “{quote}”")}

    def __init__(self, store: Store, article_id: str, how: str,
                 taken: Sequence[PassClaim], **overrides: Any) -> None:
        super().__init__(store, translate("UndoCommands", self.LABELS[how]).format(
            quote=shorten(taken[0].quote, 30)))
        self.article_id, self.how, self.taken = article_id, how, list(taken)
        self.fields = merged_fields(self.taken) | {k: v for k, v in overrides.items()}
        self.claim_id = new_id()
        self.deleted: DeletedClaim | None = None

    def forward(self) -> str:
        if self.deleted is not None:
            self.store.claims.restore_claim(self.deleted)
            return self.claim_id
        f = self.fields
        with self.store.batch():
            verdict = self.store.scales.canonical_verdict(f["verdict"]) if f["verdict"] else None
            self.store.claims.add_claim(
                self.article_id, f["start"], f["end"], claim_id=self.claim_id,
                claim_text=f["claim_text"], verdict=verdict, rationale=f["rationale"],
                status=f.get("status") or "in-progress")
            for source in f["sources"]:
                self.store.sources.add_source(self.claim_id, source.url, title=source.title,
                                              stance=source.stance)
            self.store.reviews.link_curated(self.claim_id, self.article_id, self.how,
                                            self.taken)
        return self.claim_id

    def backward(self) -> None:
        self.deleted = self.store.claims.delete_claim(self.claim_id)
        return None
