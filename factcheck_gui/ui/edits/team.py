"""Settling a team conflict as one undoable step: keep the value that won, or
switch to the one that lost (a deleted claim comes back)."""

from __future__ import annotations

from typing import Any

from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import Conflict
from factcheck_gui.ui.edits.commands import StoreCommand
from factcheck_gui.ui.i18n import translate


class SettleConflict(StoreCommand):
    def __init__(self, store: Store, conflict: Conflict, *, switch: bool) -> None:
        super().__init__(store, translate("UndoCommands", "Switch to the Other Value") if switch
                         else translate("UndoCommands", "Keep Value"))
        self.conflict, self.switch = conflict, switch
        self._before: Any = None

    def forward(self) -> str | None:
        conflict = self.conflict
        with self.store.batch():
            if not self.switch:
                self.store.team.settle(conflict.id, "confirmed")
                return conflict.claim_id
            if conflict.kind == "field" and conflict.claim_id:
                claim = self.store.claims.get_claim(conflict.claim_id)
                self._before = ((claim.start, claim.end) if conflict.field in ("start", "end")
                                else _plain(getattr(claim, conflict.field)))
            self.store.team.switch(conflict.id)
        return conflict.claim_id

    def backward(self) -> str | None:
        conflict = self.conflict
        with self.store.batch():
            if self.switch and conflict.claim_id:
                if conflict.kind == "deleted":
                    self.store.claims.delete_claim(conflict.claim_id)
                elif conflict.field in ("start", "end"):
                    self.store.claims.set_claim_span(conflict.claim_id, *self._before)
                else:
                    self.store.claims.replay_update(conflict.claim_id,
                                                    **{conflict.field: self._before})
            self.store.team.settle(conflict.id, None)
        return None if self.switch and conflict.kind == "deleted" else conflict.claim_id


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)
