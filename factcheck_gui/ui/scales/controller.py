"""Edit > Rating Scale…: the editor dialog applied as one undoable step, and the
window following the active scale (verdict keys, inspector, table, highlights)."""

from __future__ import annotations

from collections.abc import Callable

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import RatingScale
from factcheck_gui.core.scales import check_scale
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

STATUS_TIMEOUT_MS = 6000
_UNSET = object()


class ScalesController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, inspector: Inspector, table: ClaimsTable,
                 set_verdicts: Callable[[RatingScale | None], None]) -> None:
        self.ws, self.undo, self.messages = ws, undo, messages
        self.inspector, self.table, self.set_verdicts = inspector, table, set_verdicts
        self._shown: object = _UNSET  # the scale the window follows now
        registry.declare([ActionSpec(
            "rating_scale", translate("ScalesController", "Rating &Scale…"),
            self.edit_rating_scale, (),
            translate("ScalesController", "Choose or edit this database's verdicts: labels,"
                      " colours, order, ClaimReview values"),
            menus=(Place("edit", 4, 2),), writes=True)])

    def edit_rating_scale(self) -> bool:
        """Open the editor; apply what it asks for as one undoable step."""
        store = self.ws.store
        if store.read_only:
            self.messages.show_error(
                translate("ScalesController", "Cannot change the rating scale"),
                translate("ScalesController", "This database is open read-only, so its rating"
                          " scale cannot be changed; `scale show` on the command line lists it."))
            return False
        self.inspector.flush()
        try:
            current = store.scales.active_scale()
            usage = store.scales.verdict_usage()
        except FactcheckError as error:
            self.messages.show_error(
                translate("ScalesController", "Could not read the rating scale"), str(error))
            return False

        def plan(scale: RatingScale, mapping: dict[str, str]
                 ) -> tuple[RatingScale, dict[str, str], dict[str, int]]:
            return store.scales.plan_scale_change(scale, mapping=mapping)

        from factcheck_gui.ui.edits.scales import ChangeScale  # both on first use, not at start
        from factcheck_gui.ui.scales.editor import ScaleEditor

        request = ScaleEditor.ask(self.messages.parent, current, usage, plan)
        if request is None:
            return False
        if current is not None and request.scale == check_scale(current) and not (
                request.mapping or request.keep_retired):
            self.messages.status(translate("ScalesController", "The rating scale is unchanged."),
                                 STATUS_TIMEOUT_MS)
            return False
        editing = current is not None and request.scale.id == current.id
        command = ChangeScale(self.undo.store, request, editing)
        if not self.undo.push(command):
            return False
        assert command.change is not None
        moved = len(command.change.relabelled)
        kept = len(command.change.kept_retired)
        notes = [translate("ScalesController", "%n claim(s) relabelled", None, moved)
                 ] if moved else []
        if kept:
            notes.append(translate("ScalesController", "%n label(s) kept as retired", None, kept))
        name = command.change.new.name
        if notes:
            separator = translate("ScalesController", ", ", "between the parts of a list")
            text = translate("ScalesController", "Rating scale: {name} ({changes}). Ctrl+Z undoes"
                             " it.").format(name=name, changes=separator.join(notes))
        else:
            text = translate("ScalesController", "Rating scale: {name}. Ctrl+Z undoes it."
                             ).format(name=name)
        self.messages.status(text, STATUS_TIMEOUT_MS)
        return True

    def apply_scale(self, scale: RatingScale | None) -> None:
        """Verdict keys, menu, inspector and table follow `scale` (when it changed)."""
        if scale == self._shown:
            return
        self._shown = scale
        self.set_verdicts(scale)
        self.inspector.set_scale(scale)
        self.table.set_scale(scale)
