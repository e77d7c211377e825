"""Edit > Find Claims…: the library-wide claim search, kept open between uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

if TYPE_CHECKING:
    from factcheck_gui.ui.claims.find_claims_dialog import FindClaimsDialog

# Ctrl+F finds in the article's text (the key every program uses for that).
FIND_CLAIMS_KEY = "Ctrl+Alt+F"


class FindClaimsController:
    def __init__(self, ws: Workspace, messages: Messages, registry: ActionRegistry,
                 open_claim: Callable[[str, str], object]) -> None:
        self.ws, self.messages, self.open_claim = ws, messages, open_claim
        self.dialog: FindClaimsDialog | None = None
        registry.declare(
            [
                ActionSpec(
                    "find_claims",
                    translate("FindClaims", "Find &Claims…"),
                    self.find_claims,
                    (FIND_CLAIMS_KEY,),
                    translate(
                        "FindClaims", "Search every claim of the library, in other words too"
                    ),
                    menus=(Place("edit", 2, 5),),
                )
            ]
        )

    def find_claims(self) -> FindClaimsDialog:
        if self.dialog is None:
            from factcheck_gui.ui.claims.find_claims_dialog import FindClaimsDialog  # first use

            self.dialog = FindClaimsDialog(self.ws.store, self.messages.parent)
            self.dialog.chosen.connect(self.open_claim)
        dialog = self.dialog
        dialog.set_store(self.ws.store)
        claim = self.ws.selected_claim()
        if claim is not None and not dialog.query.text():
            dialog.query.setText(claim.claim_text or claim.quote)
        dialog.query.selectAll()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return dialog
