"""The undoable rating-scale change.

Undo rather than a confirmation plus backup: a scale change is a handful of rows
and one "relabel" event per rewritten claim, and `Store.undo_scale_change` puts
back the old scale and every claim's exact old verdict (even when two old labels
were merged into one), so Ctrl+Z is both safer and quicker than restoring a copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_gui.core.store import ScaleChange, Store
from factcheck_gui.ui.edits.commands import StoreCommand
from factcheck_gui.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck_gui.ui.scales.editor import ScaleRequest


class ChangeScale(StoreCommand):
    """Make a new or edited scale active; undo restores the old scale and verdicts."""

    def __init__(self, store: Store, request: ScaleRequest, editing: bool) -> None:
        verb = (
            translate("UndoCommands", "Edit Rating Scale")
            if editing
            else translate("UndoCommands", "Use Rating Scale “{name}”").format(
                name=request.scale.name
            )
        )
        super().__init__(store, verb)
        self.request = request
        self.change: ScaleChange | None = None

    def forward(self) -> None:
        if self.change is None:
            self.change = self.store.scales.change_scale(
                self.request.scale, mapping=self.request.mapping,
                keep_retired=self.request.keep_retired)
        else:
            self.store.scales.redo_scale_change(self.change)
        return None

    def backward(self) -> None:
        assert self.change is not None
        self.store.scales.undo_scale_change(self.change)
        return None
