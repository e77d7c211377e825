"""Undoable steps on an article's text: a new version (its claims re-anchored), and
one claim re-attached to new words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_gui.core.models import Claim
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.commands import StoreCommand
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.widgets.safe_text import shorten

if TYPE_CHECKING:
    from factcheck_gui.core.models import VersionUpdate, WebFetch


class AddVersion(StoreCommand):
    """redo: `add_version` (the claims are re-anchored); undo: `undo_version`."""

    def __init__(self, store: Store, article_id: str, text: str, note: str | None,
                 label: str | None = None, fetched: WebFetch | None = None) -> None:
        super().__init__(store, label or translate("UndoCommands", "Update Article Text"))
        self.article_id, self.new_text, self.note = article_id, text, note
        self.fetched = fetched  # the page the text came from (Update from URL)
        self.update: VersionUpdate | None = None

    def forward(self) -> None:
        self.update = self.store.versions.add_version(self.article_id, self.new_text, self.note,
                                                      fetched=self.fetched)
        return None

    def backward(self) -> None:
        assert self.update is not None
        self.store.versions.undo_version(self.update)
        self.update = None
        return None


class ReattachClaim(StoreCommand):
    """redo: `reattach_claim` to new words; undo: `restore_anchor` (lost again)."""

    def __init__(self, store: Store, claim: Claim, start: int, end: int) -> None:
        super().__init__(store, translate("UndoCommands", "Re-attach Claim “{quote}”").format(
            quote=shorten(claim.quote, 30)))
        self.claim_id, self.start, self.end = claim.id, start, end
        self.saved = store.versions.saved_anchor(claim.id)

    def forward(self) -> str:
        self.store.versions.reattach_claim(self.claim_id, self.start, self.end)
        return self.claim_id

    def backward(self) -> str:
        self.store.versions.restore_anchor(self.saved)
        return self.claim_id
