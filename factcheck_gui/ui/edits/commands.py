"""Every edit the window makes: small QUndoCommands that each call one store method.

The store call happens *before* a command goes on the stack (`edits/undo.py`):
if the write fails (locked, disk full, read-only) the stack is left as it was, the
edit stays on screen and `retry()` tries it again. Undo and redo work the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from factcheck_gui.core.clock import new_id
from factcheck_gui.core.models import Source
from factcheck_gui.core.store import DeletedClaim, Store
from factcheck_gui.core.workflow import WorkflowRules
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.widgets.safe_text import shorten

if TYPE_CHECKING:
    from factcheck_gui.core.models import CopiedJudgement, NewArticle

EDIT_TEXTS = {  # Edit > Undo "…": a field typed or chosen
    "claim_text": QT_TRANSLATE_NOOP("UndoCommands", "Edit Claim Text"),
    "claimant": QT_TRANSLATE_NOOP("UndoCommands", "Edit Claimant"),
    "verdict": QT_TRANSLATE_NOOP("UndoCommands", "Set Verdict"),
    "rationale": QT_TRANSLATE_NOOP("UndoCommands", "Edit Rationale"),
    "status": QT_TRANSLATE_NOOP("UndoCommands", "Set Status"),
}
CORRECT_TEXTS = {  # the same, as a correction of a final claim
    "claim_text": QT_TRANSLATE_NOOP("UndoCommands", "Correct Claim Text"),
    "claimant": QT_TRANSLATE_NOOP("UndoCommands", "Correct Claimant"),
    "verdict": QT_TRANSLATE_NOOP("UndoCommands", "Correct Verdict"),
    "rationale": QT_TRANSLATE_NOOP("UndoCommands", "Correct Rationale"),
    "status": QT_TRANSLATE_NOOP("UndoCommands", "Set Status (Correction)"),
}
TYPING_MERGE_ID = 1001


class StoreCommand(QUndoCommand):
    """`forward()`/`backward()` do the store work; the stack only records them.

    Both return the id of the claim to select afterwards (or None)."""

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(text)
        self.store = store

    def forward(self) -> str | None:
        raise NotImplementedError

    def backward(self) -> str | None:
        raise NotImplementedError

    # The stack calls these when it moves; the controller has done the work already.
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


class CreateClaim(StoreCommand):
    def __init__(self, store: Store, article_id: str, start: int, end: int, quote: str) -> None:
        super().__init__(store, translate("UndoCommands", "Create Claim “{quote}”").format(
            quote=shorten(quote, 30)))
        self.article_id, self.start, self.end = article_id, start, end
        self.claim_id = new_id()
        self.deleted: DeletedClaim | None = None

    def forward(self) -> str:
        if self.deleted is None:
            self.store.claims.add_claim(self.article_id, self.start, self.end,
                                        claim_id=self.claim_id)
        else:  # redo: exactly as it was, timestamps included
            self.store.claims.restore_claim(self.deleted)
        return self.claim_id

    def backward(self) -> None:
        self.deleted = self.store.claims.delete_claim(self.claim_id)
        return None


class DeleteClaim(StoreCommand):
    def __init__(self, store: Store, claim_id: str, quote: str) -> None:
        super().__init__(store, translate("UndoCommands", "Delete Claim “{quote}”").format(
            quote=shorten(quote, 30)))
        self.claim_id = claim_id
        self.deleted: DeletedClaim | None = None

    def forward(self) -> None:
        self.deleted = self.store.claims.delete_claim(self.claim_id)
        return None

    def backward(self) -> str:
        assert self.deleted is not None
        self.store.claims.restore_claim(self.deleted)
        return self.claim_id


class RespanClaim(StoreCommand):
    def __init__(
        self, store: Store, claim_id: str, old: tuple[int, int], new: tuple[int, int]
    ) -> None:
        super().__init__(store, translate("UndoCommands", "Adjust Claim Span"))
        self.claim_id, self.old, self.new = claim_id, old, new
        self._done = False

    def forward(self) -> str:
        with self.store.batch():  # a redo never overwrites someone else's change
            if self._done:
                self.store.claims.require_unchanged(self.claim_id, _span(self.old), "Redo")
            self.store.claims.set_claim_span(self.claim_id, *self.new)
        self._done = True
        return self.claim_id

    def backward(self) -> str:
        with self.store.batch():  # nor does an undo
            self.store.claims.require_unchanged(self.claim_id, _span(self.new))
            self.store.claims.set_claim_span(self.claim_id, *self.old)
        return self.claim_id

    def id(self) -> int:
        return TYPING_MERGE_ID + 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RespanClaim) or other.claim_id != self.claim_id:
            return False
        self.new = other.new
        return True


class UpdateClaim(StoreCommand):
    """One field of one claim. Commands with the same `merge_key` (one typing
    session in one field) merge into a single undo step.

    With `correction_note` the edit is a correction of a final claim (recorded
    with the note). Undo and redo change no published judgement unless the step
    was a correction: undoing a correction records that it was withdrawn (it no
    longer counts, the history keeps both), redoing it records it again with its
    note. Any other step, undone or redone, brings the claim back to a judgement
    it already had and is never a correction, whatever the claim's status."""

    def __init__(
        self,
        store: Store,
        claim_id: str,
        field: str,
        old: Any,
        new: Any,
        merge_key: object = None,
        correction_note: str | None = None,
    ) -> None:
        texts = EDIT_TEXTS if correction_note is None else CORRECT_TEXTS
        super().__init__(store, translate("UndoCommands", texts[field]))
        self.claim_id, self.field, self.old, self.new = claim_id, field, old, new
        self.merge_key = merge_key if correction_note is None else None
        self.correction_note = correction_note
        self._done = False
        #: The "correct" event the last forward recorded (None: it was no correction).
        self._correction: int | None = None

    def forward(self) -> str:
        workflow = self.store.workflow
        with self.store.batch():  # a redo never overwrites someone else's change
            if self._done:
                self.store.claims.require_unchanged(self.claim_id, {self.field: self.old},
                                                    "Redo")
            if self.correction_note is None:
                edit = self.store.claims.replay_update if self._done else (
                    self.store.claims.update_claim)
                edit(self.claim_id, **{self.field: self.new})
            else:
                newest = workflow.newest_correction_id(self.claim_id)
                self.store.claims.update_claim(self.claim_id,
                                               correction_note=self.correction_note,
                                               **{self.field: self.new})
                made = workflow.newest_correction_id(self.claim_id)
                self._correction = made if made != newest else None
        self._done = True
        return self.claim_id

    def backward(self) -> str:
        with self.store.batch():  # nor does an undo
            self.store.claims.require_unchanged(self.claim_id, {self.field: self.new})
            self.store.claims.replay_update(self.claim_id, withdraws=self._correction,
                                            **{self.field: self.old})
        self._correction = None
        return self.claim_id

    def id(self) -> int:
        return TYPING_MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, UpdateClaim)
            and other.merge_key == self.merge_key
            and (other.claim_id, other.field) == (self.claim_id, self.field)
        ):
            return False
        self.new = other.new
        return True


class AddSource(StoreCommand):
    def __init__(self, store: Store, claim_id: str, fields: dict[str, Any]) -> None:
        super().__init__(store, translate("UndoCommands", "Add Source"))
        self.claim_id, self.fields = claim_id, fields
        self.source_id = new_id()
        self.position: int | None = None

    def forward(self) -> str:
        source = self.store.sources.add_source(
            self.claim_id, source_id=self.source_id, position=self.position, **self.fields
        )
        self.position = source.position
        return self.claim_id

    def backward(self) -> str:
        self.store.sources.delete_source(self.source_id)
        return self.claim_id


class EditSource(StoreCommand):
    def __init__(
        self, store: Store, source: Source, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        super().__init__(store, translate("UndoCommands", "Edit Source"))
        self.source_id, self.claim_id = source.id, source.claim_id
        self.old, self.new = old, new
        self._done = False

    def forward(self) -> str:
        with self.store.batch():  # a redo never overwrites someone else's change
            if self._done:
                self.store.sources.require_unchanged(self.source_id, self.old, "Redo")
            self.store.sources.update_source(self.source_id, **self.new)
        self._done = True
        return self.claim_id

    def backward(self) -> str:
        with self.store.batch():  # nor does an undo
            self.store.sources.require_unchanged(self.source_id, self.new)
            self.store.sources.update_source(self.source_id, **self.old)
        return self.claim_id


class RemoveSource(StoreCommand):
    def __init__(self, store: Store, source: Source) -> None:
        super().__init__(store, translate("UndoCommands", "Remove Source"))
        self.source = source

    def forward(self) -> str:
        self.source = self.store.sources.delete_source(self.source.id)
        return self.source.claim_id

    def backward(self) -> str:
        s = self.source
        self.store.sources.add_source(
            s.claim_id, s.url, title=s.title, publisher=s.publisher, published=s.published,
            accessed=s.accessed, stance=s.stance, note=s.note, position=s.position,
            source_id=s.id,
        )
        return s.claim_id


class MoveSource(StoreCommand):
    def __init__(self, store: Store, source: Source, position: int) -> None:
        super().__init__(store, translate("UndoCommands", "Move Source"))
        self.source_id, self.claim_id = source.id, source.claim_id
        self.old, self.new = source.position, position

    def forward(self) -> str:
        self.store.sources.move_source(self.source_id, self.new)
        return self.claim_id

    def backward(self) -> str:
        self.store.sources.move_source(self.source_id, self.old)
        return self.claim_id


class AddArticle(StoreCommand):
    def __init__(self, store: Store, new: NewArticle) -> None:
        super().__init__(store, translate("UndoCommands", "Add Article “{title}”").format(
            title=shorten(new.title, 30)))
        self.new = new
        self.article_id: str | None = None

    def forward(self) -> None:
        self.article_id = self.store.articles.add_article(self.new, article_id=self.article_id).id
        return None

    def backward(self) -> None:
        assert self.article_id is not None
        self.store.articles.delete_article(self.article_id)
        return None


class EditArticle(StoreCommand):
    """An article's details (title, outlet, author, url, published, language)."""

    def __init__(self, store: Store, article_id: str, old: dict[str, Any],
                 new: dict[str, Any]) -> None:
        super().__init__(store, translate("UndoCommands", "Edit Article Properties"))
        self.article_id = article_id
        changed = [k for k in new if new[k] != old.get(k)]
        self.old = {k: old.get(k) for k in changed}
        self.new = {k: new[k] for k in changed}

    def forward(self) -> None:
        self.store.articles.update_article(self.article_id, **self.new)
        return None

    def backward(self) -> None:
        self.store.articles.update_article(self.article_id, **self.old)
        return None


class DismissSuggestion(StoreCommand):
    """Hide a suggested sentence in this article for good (until undone)."""

    def __init__(self, store: Store, article_id: str, sentence: str) -> None:
        super().__init__(store, translate("UndoCommands", "Dismiss Suggestion “{sentence}”").format(
            sentence=shorten(sentence, 30)))
        self.article_id, self.sentence = article_id, sentence

    def forward(self) -> None:
        self.store.memory.dismiss_suggestion(self.article_id, self.sentence)
        return None

    def backward(self) -> None:
        self.store.memory.undismiss_suggestion(self.article_id, self.sentence)
        return None


class CopyJudgement(StoreCommand):
    """Copy an earlier claim's verdict, rationale and sources into a claim; the
    history says "copied from" that claim. Redo gives the copied sources the ids
    they had, so later steps on the stack still find them."""

    def __init__(self, store: Store, from_id: str, to_id: str) -> None:
        super().__init__(store, translate("UndoCommands", "Copy Earlier Verdict"))
        self.from_id, self.to_id = from_id, to_id
        self.copied: CopiedJudgement | None = None
        self.source_ids: dict[str, str] = {}

    def forward(self) -> str:
        self.copied = self.store.memory.copy_judgement(self.from_id, self.to_id,
                                                source_ids=self.source_ids)
        added = set(self.copied.added_source_ids)
        self.source_ids = {s.url: s.id for s in self.store.sources.list_sources(self.to_id)
                           if s.id in added}
        return self.to_id

    def backward(self) -> str:
        assert self.copied is not None
        self.store.memory.revert_copied_judgement(self.copied)
        return self.to_id


class SetWorkflowRules(StoreCommand):
    """Preferences: this database's workflow rules (what a final claim needs)."""

    def __init__(self, store: Store, old: WorkflowRules, new: WorkflowRules) -> None:
        super().__init__(store, translate("UndoCommands", "Change Workflow Rules"))
        self.old, self.new = old, new

    def forward(self) -> None:
        self.store.workflow.set_workflow_rules(self.new)
        return None

    def backward(self) -> None:
        self.store.workflow.set_workflow_rules(self.old)
        return None


class RestoreDeletedClaim(StoreCommand):
    """redo: rebuild the claim and its sources from its "delete" event (re-anchored
    if the text changed since); undo: delete it again (which records the claim,
    source ids included, so that redo brings back the very same)."""

    def __init__(self, store: Store, claim_id: str, quote: str = "") -> None:
        super().__init__(store, translate("UndoCommands", "Restore Claim “{quote}”").format(
            quote=shorten(quote, 30)) if quote
                         else translate("UndoCommands", "Restore Claim"))
        self.claim_id = claim_id

    def forward(self) -> str:
        self.store.restore.restore_deleted_claim(self.claim_id)
        return self.claim_id

    def backward(self) -> None:
        self.store.claims.delete_claim(self.claim_id)
        return None


def _span(span: tuple[int, int]) -> dict[str, int]:
    return {"start": span[0], "end": span[1]}
