"""Claim > History and Claim > Deleted Claims…: the claim's history in the inspector,
and deleted claims brought back from theirs. Mixed into MainWindow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.commands import StoreCommand

if TYPE_CHECKING:
    from factcheck_gui.ui.shell.main_window import MainWindow

STATUS_TIMEOUT_MS = 6000


class RestoreDeletedClaim(StoreCommand):
    """redo: rebuild the claim and its sources from its "delete" event (re-anchored
    if the text changed since); undo: delete it again (which records the claim,
    source ids included, so that redo brings back the very same)."""

    def __init__(self, store: Store, claim_id: str, quote: str = "") -> None:
        from factcheck_gui.core.history import shorten

        super().__init__(store, f"Restore Claim “{shorten(quote, 30)}”" if quote
                         else "Restore Claim")
        self.claim_id = claim_id

    def forward(self) -> str:
        self.store.restore_deleted_claim(self.claim_id)
        return self.claim_id

    def backward(self) -> None:
        self.store.delete_claim(self.claim_id)
        return None


class HistoryWork:
    """History of the selected claim, and restoring deleted ones (see MainWindow)."""

    def show_claim_history(self: MainWindow) -> None:
        """Claim > History: the History tab of the inspector, or back to the fields."""
        inspector = self.inspector
        showing = (inspector.tabs.currentWidget() is inspector.history
                   and self.pane_widget("inspector").isVisible())
        self.set_pane_visible("inspector", True)
        inspector.show_history(not showing)
        if not showing:
            inspector.history.setFocus()

    def show_deleted_claims(self: MainWindow) -> bool:
        """Claim > Deleted Claims…: choose one of the article's deleted claims to restore."""
        from factcheck_gui.ui.claims.deleted_claims_dialog import DeletedClaimsDialog

        article_id = self.current_article_id()
        if article_id is None or not self.inspector.flush():
            return False
        try:
            claim_id = DeletedClaimsDialog.ask(self, self.store, article_id)
        except FactcheckError as error:
            self.show_error("Cannot list the deleted claims", str(error))
            return False
        return claim_id is not None and self.restore_deleted_claim(claim_id)

    def restore_deleted_claim(self: MainWindow, claim_id: str) -> bool:
        """Bring a deleted claim back with its sources (undoable) and select it."""
        if self.store.read_only:
            from factcheck_gui.ui.claims.deleted_claims_dialog import READ_ONLY

            self.show_error("Cannot restore the claim", READ_ONLY)
            return False
        try:  # for the undo step's name; the claim's own events are quick to read
            quote = next((str(e.before.get("quote") or "")
                          for e in reversed(self.store.history(claim_id))
                          if e.entity == "claim" and e.action == "delete" and e.before), "")
        except FactcheckError:
            quote = ""
        if not self.controller.push(RestoreDeletedClaim(self.controller.store, claim_id, quote)):
            return False
        self.statusBar().showMessage("Claim restored with its sources. Undo (Ctrl+Z) deletes"
                                     " it again.", STATUS_TIMEOUT_MS)
        return True
