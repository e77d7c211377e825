"""Edit > Undo, Redo and Retry Saving, and the banner that says why a change
was not saved."""

from __future__ import annotations

import shiboken6

from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Key, Place, menu_text
from factcheck_gui.ui.widgets.banner import SaveBanner
from factcheck_gui.ui.widgets.safe_text import tooltip


class EditActions:
    def __init__(self, undo: UndoController, registry: ActionRegistry, inspector: Inspector,
                 banner: SaveBanner) -> None:
        self.undo_controller, self.registry = undo, registry
        self.inspector, self.banner = inspector, banner
        stack = undo.stack
        registry.declare([
            ActionSpec("undo", translate("EditActions", "&Undo"), self.undo, (Key.Undo,),
                       translate("EditActions", "Undo the last change"),
                       menus=(Place("edit", 1, 1),), toolbar=Place("toolbar", 4, 1),
                       when=stack.canUndo, writes=True),
            # Redo's standard keys include Ctrl+Shift+Z on most desktops; the explicit
            # one covers the others, and the registry keeps each sequence once.
            ActionSpec("redo", translate("EditActions", "&Redo"), self.redo,
                       (Key.Redo, "Ctrl+Shift+Z"), translate("EditActions", "Redo"),
                       menus=(Place("edit", 1, 2),), toolbar=Place("toolbar", 4, 2),
                       when=stack.canRedo, writes=True),
            ActionSpec("retry", translate("EditActions", "Re&try Saving"), self.retry_save,
                       ("Ctrl+Shift+R",),
                       translate("EditActions", "Try the change that could not be saved again"),
                       menus=(Place("edit", 3, 2),), when=undo.can_retry, writes=True),
        ])
        undo.failed.connect(self._write_failed)
        undo.succeeded.connect(self._write_succeeded)
        banner.retry_requested.connect(self.retry_save)
        banner.dismissed.connect(registry.update)
        stack.indexChanged.connect(lambda _i: self.update_texts())
        self.update_texts()

    def undo(self) -> bool:
        """Undo the last step; typing not yet saved is saved first (and is that step).

        Typing that would be a correction (a final claim's rationale) is not saved
        first, with a note asked for, only to be undone: it is simply taken back."""
        if self.inspector.discard_unsaved_corrections():
            return True
        self.inspector.flush()
        return self.undo_controller.undo()

    def redo(self) -> bool:
        self.inspector.flush()
        return self.undo_controller.redo()

    def retry_save(self) -> bool:
        return self.undo_controller.retry()

    def forget_failure(self) -> None:
        """A failure reported elsewhere (a batch's summary): no banner, no Retry."""
        self.undo_controller.forget_failure()
        self.banner.hide()
        self.registry.update()

    def show_problem(self, message: str) -> None:
        """A problem found outside a write of ours (the database's -wal gone)."""
        self._write_failed(message, False)

    def _write_failed(self, message: str, can_retry: bool) -> None:
        self.banner.show_problem(message, can_retry)
        self.registry.update()

    def _write_succeeded(self) -> None:
        self.banner.hide()
        self.registry.update()

    def update_texts(self) -> None:
        """Undo and Redo name the step they would take."""
        stack = self.undo_controller.stack
        act = self.registry
        if not shiboken6.isValid(stack) or not shiboken6.isValid(act.undo):
            return  # the window is being destroyed
        for action, can, text, named, menu, verb in (
            (act.undo, stack.canUndo(), stack.undoText(),
             translate("EditActions", "&Undo {step}"), translate("EditActions", "&Undo"),
             translate("EditActions", "Undo")),
            (act.redo, stack.canRedo(), stack.redoText(),
             translate("EditActions", "&Redo {step}"), translate("EditActions", "&Redo"),
             translate("EditActions", "Redo")),
        ):
            # The step's name may quote a claim or a scale: its "&" is no accelerator.
            action.setText(named.format(step=text.replace("&", "&&")) if can and text
                           else menu)
            action.setIconText(verb)  # the toolbar stays short; the menu names the step
            action.setToolTip(tooltip(menu_text(named).format(step=text)) if can and text
                              else verb)
        act.update()
