"""Edit > Rating Scale…: the editor dialog applied as one undoable step, and the
window following the active scale (verdict keys, inspector, table, highlights).

Undo rather than a confirmation plus backup: a scale change is a handful of rows
and one "relabel" event per rewritten claim, and `Store.undo_scale_change` puts
back the old scale and every claim's exact old verdict (even when two old labels
were merged into one), so Ctrl+Z is both safer and quicker than restoring a copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import RatingScale
from factcheck_gui.core.scales import check_scale
from factcheck_gui.core.store import ScaleChange, Store
from factcheck_gui.ui.edits.commands import StoreCommand
from factcheck_gui.ui.shell.actions_old import set_verdict_actions
from factcheck_gui.ui.widgets.safe_text import plural, tooltip

if TYPE_CHECKING:
    from factcheck_gui.ui.scales.editor import ScaleRequest
    from factcheck_gui.ui.shell.main_window import MainWindow

STATUS_TIMEOUT_MS = 6000
READ_ONLY = ("This database is open read-only, so its rating scale cannot be changed;"
             " `scale show` on the command line lists it.")


class ChangeScale(StoreCommand):
    """Make a new or edited scale active; undo restores the old scale and verdicts."""

    def __init__(self, store: Store, request: ScaleRequest, editing: bool) -> None:
        verb = "Edit Rating Scale" if editing else f"Use Rating Scale “{request.scale.name}”"
        super().__init__(store, verb)
        self.request = request
        self.change: ScaleChange | None = None

    def forward(self) -> None:
        if self.change is None:
            self.change = self.store.change_scale(
                self.request.scale, mapping=self.request.mapping,
                keep_retired=self.request.keep_retired)
        else:
            self.store.redo_scale_change(self.change)
        return None

    def backward(self) -> None:
        assert self.change is not None
        self.store.undo_scale_change(self.change)
        return None


class ScaleWork(QMainWindow):
    """Mixin for MainWindow."""

    _shown_scale: RatingScale | None = None

    def edit_rating_scale(self: MainWindow) -> bool:
        """Open the editor; apply what it asks for as one undoable step."""
        if self.store.read_only:
            self.show_error("Cannot change the rating scale", READ_ONLY)
            return False
        self.inspector.flush()
        try:
            current = self.store.active_scale()
            usage = self.store.verdict_usage()
        except FactcheckError as error:
            self.show_error("Could not read the rating scale", str(error))
            return False

        def plan(scale: RatingScale, mapping: dict[str, str]):
            return self.store.plan_scale_change(scale, mapping=mapping)

        from factcheck_gui.ui.scales.editor import ScaleEditor  # on first use, not at start

        request = ScaleEditor.ask(self, current, usage, plan)
        if request is None:
            return False
        if current is not None and request.scale == check_scale(current) and not (
                request.mapping or request.keep_retired):
            self.statusBar().showMessage("The rating scale is unchanged.", STATUS_TIMEOUT_MS)
            return False
        editing = current is not None and request.scale.id == current.id
        command = ChangeScale(self.controller.store, request, editing)
        if not self.controller.push(command):
            return False
        assert command.change is not None
        moved = len(command.change.relabelled)
        kept = len(command.change.kept_retired)
        notes = [f"{plural(moved, 'claim')} relabelled"] if moved else []
        if kept:
            notes.append(f"{plural(kept, 'label')} kept as retired")
        self.statusBar().showMessage(
            f"Rating scale: {command.change.new.name}"
            + (f" ({', '.join(notes)})" if notes else "") + ". Ctrl+Z undoes it.",
            STATUS_TIMEOUT_MS)
        return True

    def apply_scale(self: MainWindow, scale: RatingScale | None) -> None:
        """Verdict keys, menu, inspector and table follow `scale` (when it changed)."""
        if scale == self._shown_scale and self._scale_labels is not None:
            return
        self._shown_scale = scale
        labels = [lbl for lbl in scale.labels if not lbl.retired] if scale else []
        self._scale_labels = [lbl.label for lbl in labels]
        set_verdict_actions(self.act, self, self.article_view.pane, self._scale_labels)
        self.act.verdict_menu.menu().setToolTipsVisible(True)
        for action, label in zip(self.act.verdicts, labels, strict=False):
            if label.description:
                action.setStatusTip(f"{label.label}: {label.description}")
                action.setToolTip(tooltip(label.description))
        self.inspector.set_scale(scale)
        self.claims_table.set_scale(scale)
