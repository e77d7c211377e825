"""Claim > History and Claim > Deleted Claims…: the claim's history in the
inspector, and deleted claims brought back from theirs."""

from __future__ import annotations

from collections.abc import Callable

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.ui.edits.commands import RestoreDeletedClaim
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

STATUS_TIMEOUT_MS = 6000


class HistoryController:
    """History of the selected claim, and restoring deleted ones."""

    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, inspector: Inspector,
                 show_pane: Callable[[str], None]) -> None:
        self.ws, self.undo, self.messages = ws, undo, messages
        self.inspector, self.show_pane = inspector, show_pane
        registry.declare(
            [
                ActionSpec(
                    "claim_history",
                    translate("ClaimHistory", "&History"),
                    self.show_claim_history,
                    ("Ctrl+Shift+H",),
                    translate(
                        "ClaimHistory",
                        "Show who changed the selected claim, when, and from what to what",
                    ),
                    menus=(Place("claim", 5, 1),),
                    when=ws.has_selection,
                ),
                ActionSpec(
                    "deleted_claims",
                    translate("ClaimHistory", "Deleted &Claims…"),
                    self.show_deleted_claims,
                    (),
                    translate(
                        "ClaimHistory",
                        "List this article's deleted claims and restore one with its sources",
                    ),
                    menus=(Place("claim", 5, 2),),
                    when=ws.has_article,
                ),
            ]
        )

    def show_claim_history(self) -> None:
        """Claim > History: the History tab of the inspector, or back to the fields."""
        inspector = self.inspector
        showing = inspector.tabs.currentWidget() is inspector.history and inspector.isVisible()
        self.show_pane("inspector")
        inspector.show_history(not showing)
        if not showing:
            inspector.history.setFocus()

    def show_deleted_claims(self) -> bool:
        """Claim > Deleted Claims…: choose one of the article's deleted claims to restore."""
        from factcheck_gui.ui.claims.deleted_claims_dialog import DeletedClaimsDialog

        article_id = self.ws.article_id
        if article_id is None or not self.inspector.flush():
            return False
        try:
            claim_id = DeletedClaimsDialog.ask(self.messages.parent, self.ws.store, article_id)
        except FactcheckError as error:
            self.messages.show_error(
                translate("ClaimHistory", "Cannot list the deleted claims"), str(error)
            )
            return False
        return claim_id is not None and self.restore_deleted_claim(claim_id)

    def restore_deleted_claim(self, claim_id: str) -> bool:
        """Bring a deleted claim back with its sources (undoable) and select it."""
        store = self.ws.store
        if store.read_only:
            from factcheck_gui.ui.claims.deleted_claims_dialog import READ_ONLY

            self.messages.show_error(translate("ClaimHistory", "Cannot restore the claim"),
                                     translate("DeletedClaimsDialog", READ_ONLY))
            return False
        try:  # for the undo step's name; the claim's own events are quick to read
            quote = next((str(e.before.get("quote") or "")
                          for e in reversed(store.events.for_claim(claim_id))
                          if e.entity == "claim" and e.action == "delete" and e.before), "")
        except FactcheckError:
            quote = ""
        if not self.undo.push(RestoreDeletedClaim(self.undo.store, claim_id, quote)):
            return False
        self.messages.status(
            translate(
                "ClaimHistory", "Claim restored with its sources. Undo (Ctrl+Z) deletes it again."
            ),
            STATUS_TIMEOUT_MS,
        )
        return True
