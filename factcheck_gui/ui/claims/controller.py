"""Claims: make, select, step through, judge, re-span, delete, and edit sources.

Owns the selection (in the workspace) and the claim actions; every change is a
command pushed on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from factcheck_gui.core.models import Claim, RatingScale, Source, Status
from factcheck_gui.ui.article.article_view import ArticleView
from factcheck_gui.ui.article.spans import word_step
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.edits.commands import (
    AddSource,
    CreateClaim,
    DeleteClaim,
    EditSource,
    MoveSource,
    RemoveSource,
    RespanClaim,
)
from factcheck_gui.ui.edits.corrections import push_claim_edit
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import (
    IN_WIDGET,
    LOCAL,
    ActionRegistry,
    ActionSpec,
    Key,
    Place,
)
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.widgets.safe_text import tooltip

STATUS_TIMEOUT_MS = 4000


class ClaimsController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, article_view: ArticleView, table: ClaimsTable,
                 inspector: Inspector, show_pane: Callable[[str], None]) -> None:
        self.ws, self.undo, self.messages, self.registry = ws, undo, messages, registry
        self.article_view, self.table, self.inspector = article_view, table, inspector
        self.show_pane = show_pane
        #: Told (source id, url, keep a copy?) after Add Source (the window's web part).
        self.source_added: Callable[[str, str, bool], None] | None = None
        self.labels: list[str] = []  # the active scale's verdicts, in key order
        self.pane = article_view.pane
        self._declare()
        self.pane.claim_clicked.connect(lambda claim_id: self.select_claim(claim_id, scroll=False))
        self.pane.context_menu_requested.connect(self.extend_context_menu)
        table.claim_selected.connect(
            lambda claim_id: self.select_claim(claim_id, scroll=True, flash=True))
        inspector.on_form(self._wire_sources)

    def _wire_sources(self) -> None:
        sources = self.inspector.sources
        sources.add_requested.connect(self._add_source)
        sources.edit_requested.connect(self._edit_source)
        sources.remove_requested.connect(self._remove_source)
        sources.move_requested.connect(self._move_source)

    def _declare(self) -> None:
        ws, pane, table = self.ws, self.pane, self.table
        shown, has = ws.has_article, ws.has_selection
        self.registry.declare(
            [
                ActionSpec(
                    "new_claim",
                    translate("ClaimsController", "&New Claim from Selection"),
                    lambda: self.create_claim(),
                    ("Return", "Enter"),
                    translate(
                        "ClaimsController",
                        "Mark the selected text as a claim, snapped to whole words",
                    ),
                    LOCAL,
                    menus=(Place("claim", 1, 1),),
                    toolbar=Place("toolbar", 1, 1),
                    when=shown,
                    icon_text=translate("ClaimsController", "New Claim"),
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "new_claim_exact",
                    translate("ClaimsController", "New Claim from &Exact Selection"),
                    lambda: self.create_claim(exact=True),
                    ("Shift+Return", "Shift+Enter"),
                    translate(
                        "ClaimsController", "Mark exactly the selected characters as a claim"
                    ),
                    LOCAL,
                    menus=(Place("claim", 1, 2),),
                    when=shown,
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "next_claim",
                    translate("ClaimsController", "Ne&xt Claim"),
                    lambda: self.step_claim(1),
                    ("Ctrl+Down",),
                    translate("ClaimsController", "Select the next claim in the text"),
                    menus=(Place("claim", 2, 1),),
                    toolbar=Place("toolbar", 2, 2),
                    when=lambda: bool(ws.rows),
                ),
                ActionSpec(
                    "previous_claim",
                    translate("ClaimsController", "Pre&vious Claim"),
                    lambda: self.step_claim(-1),
                    ("Ctrl+Up",),
                    translate("ClaimsController", "Select the previous claim in the text"),
                    menus=(Place("claim", 2, 2),),
                    toolbar=Place("toolbar", 2, 1),
                    when=lambda: bool(ws.rows),
                ),
                ActionSpec(
                    "end_right",
                    translate("ClaimsController", "Extend End by a Word"),
                    lambda: self.adjust_span("end", 1),
                    ("Alt+Shift+Right",),
                    translate(
                        "ClaimsController", "Move the end of the selected claim one word right"
                    ),
                    LOCAL,
                    menus=(Place("claim/span", 1, 1),),
                    when=has,
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "end_left",
                    translate("ClaimsController", "Shrink End by a Word"),
                    lambda: self.adjust_span("end", -1),
                    ("Alt+Shift+Left",),
                    translate(
                        "ClaimsController", "Move the end of the selected claim one word left"
                    ),
                    LOCAL,
                    menus=(Place("claim/span", 1, 2),),
                    when=has,
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "start_left",
                    translate("ClaimsController", "Extend Start by a Word"),
                    lambda: self.adjust_span("start", -1),
                    ("Ctrl+Alt+Left",),
                    translate(
                        "ClaimsController", "Move the start of the selected claim one word left"
                    ),
                    LOCAL,
                    menus=(Place("claim/span", 1, 3),),
                    when=has,
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "start_right",
                    translate("ClaimsController", "Shrink Start by a Word"),
                    lambda: self.adjust_span("start", 1),
                    ("Ctrl+Alt+Right",),
                    translate(
                        "ClaimsController", "Move the start of the selected claim one word right"
                    ),
                    LOCAL,
                    menus=(Place("claim/span", 1, 4),),
                    when=has,
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "filter_verdict",
                    translate("ClaimsController", "Filter Claims by &Verdict…"),
                    lambda: self.open_filter("verdict"),
                    (),
                    translate(
                        "ClaimsController", "Choose the verdict of the claims the table shows"
                    ),
                    menus=(Place("view", 2, 3),),
                    when=shown,
                ),
                ActionSpec(
                    "filter_status",
                    translate("ClaimsController", "Filter Claims by &Status…"),
                    lambda: self.open_filter("status"),
                    (),
                    translate(
                        "ClaimsController", "Choose the status of the claims the table shows"
                    ),
                    menus=(Place("view", 2, 4),),
                    when=shown,
                ),
                ActionSpec(
                    "to_article",
                    translate("ClaimsController", "Back to the Article"),
                    self.focus_article,
                    ("Escape",),
                    translate(
                        "ClaimsController", "Leave the claim's fields and return to the text"
                    ),
                    LOCAL,
                    menus=(Place("claim", 2, 4),),
                    widgets=(self.inspector,),
                ),
                ActionSpec(
                    "add_source",
                    translate("ClaimsController", "Add &Source…"),
                    self.add_source,
                    ("Ctrl+Shift+S",),
                    translate("ClaimsController", "Add a source to the selected claim"),
                    menus=(Place("claim", 3, 1),),
                    toolbar=Place("toolbar", 3, 1),
                    when=has,
                    writes=True,
                ),
                ActionSpec(
                    "mark_final",
                    translate("ClaimsController", "Mark &Final"),
                    self.mark_final,
                    ("Ctrl+Shift+F",),
                    translate("ClaimsController", "Set the selected claim's status to Final"),
                    menus=(Place("claim", 3, 2),),
                    toolbar=Place("toolbar", 3, 2),
                    when=has,
                    writes=True,
                ),
                ActionSpec(
                    "clear_verdict",
                    translate("ClaimsController", "Clear Verdict"),
                    lambda: self.set_verdict_number(0),
                    ("0",),
                    translate("ClaimsController", "Remove the selected claim's verdict"),
                    LOCAL,
                    menus=(Place("claim/verdict", 2, 1),),
                    when=has,
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "delete_claim",
                    translate("ClaimsController", "&Delete Claim"),
                    self.delete_selected_claim,
                    (Key.Delete,),
                    translate("ClaimsController", "Delete the selected claim (undoable)"),
                    LOCAL,
                    menus=(Place("edit", 3, 1), Place("claim", 4, 1)),
                    toolbar=Place("toolbar", 1, 2),
                    when=has,
                    widgets=(pane, table.view),
                    writes=True,
                ),
            ]
        )
        self.registry.menu_enabled_when("claim/verdict", has, writes=True)
        self.registry.menu_enabled_when("claim/span", has, writes=True)

    # -- verdict keys ------------------------------------------------------------------------
    def set_scale(self, scale: RatingScale | None) -> None:
        """One action per verdict of the scale; keys 1-9 while the article has focus."""
        labels = [label for label in scale.labels if not label.retired] if scale else []
        self.labels = [label.label for label in labels]
        self.registry.remove([f"verdict:{n}" for n in range(len(self.registry.verdicts))])
        specs = []
        for number, label in enumerate(labels, start=1):
            keys = (str(number),) if number <= 9 else ()
            # A label is the user's text: "&" is no accelerator, "<" no markup in the tooltip.
            specs.append(
                ActionSpec(
                    f"verdict:{number - 1}",
                    label.label.replace("&", "&&"),
                    partial(self.set_verdict_number, number),
                    keys,
                    translate("ClaimsController", "Set the verdict to {label}").format(
                        label=label.label
                    ),
                    IN_WIDGET,
                    menus=(Place("claim/verdict", 1, number),),
                    when=self.ws.has_selection,
                    widgets=(self.pane,),
                    writes=True,
                )
            )
        self.registry.verdicts = self.registry.declare(specs)
        for number, (action, label) in enumerate(
            zip(self.registry.verdicts, labels, strict=True), start=1
        ):
            if label.description:
                action.setStatusTip(
                    translate("ClaimsController", "{label}: {description}").format(
                        label=label.label, description=label.description
                    )
                )
                action.setToolTip(tooltip(label.description))
            else:
                action.setToolTip(
                    tooltip(
                        translate("ClaimsController", "Set the verdict to {label} ({key})").format(
                            label=label.label, key=number
                        )
                        if number <= 9
                        else translate("ClaimsController", "Set the verdict to {label}").format(
                            label=label.label
                        )
                    )
                )
        menu = self.registry.menus.get("claim/verdict")
        if menu is not None:
            self.registry.fill_menu("claim/verdict")
            menu.setToolTipsVisible(True)
        self.registry.update()

    def verdict_labels(self) -> list[str]:
        return list(self.labels)

    # -- selecting ---------------------------------------------------------------------------
    def select_claim(
        self, claim_id: str | None, *, scroll: bool = True, flash: bool = False
    ) -> None:
        """Make `claim_id` the selected claim everywhere: text, table, inspector."""
        ws = self.ws
        if claim_id != ws.selected_claim_id and not self.inspector.flush():
            # Typing for the claim being left could not be saved: stay with it, so the
            # edit stays on screen for Retry (the banner says why).
            self.table.select(ws.selected_claim_id)
            return
        row = ws.rows.get(claim_id) if claim_id else None
        selected = row.claim.id if row else None
        ws.selected_claim_id = selected
        self.pane.select_claim(selected, scroll=scroll, flash=flash)
        self.table.select(selected)
        self.inspector.show_claim(row.claim if row else None, list(row.sources) if row else [])
        ws.set_selected(selected)

    def selected_claim(self) -> Claim | None:
        return self.ws.selected_claim()

    def step_claim(self, step: int) -> None:
        ordered = sorted(self.pane.claims, key=lambda c: (c.start, c.end, c.id))
        if not ordered:
            return
        ids = [c.id for c in ordered]
        selected = self.ws.selected_claim_id
        if selected in ids:
            index = max(0, min(len(ids) - 1, ids.index(selected) + step))
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.select_claim(ids[index], scroll=True)

    def extend_context_menu(self, menu: QMenu) -> None:
        """The claim actions on top of the text's own context menu."""
        act = self.registry
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction | None] = [act.new_claim, act.new_claim_exact]  # None: separator
        if self.ws.selected_claim_id:
            added.append(act.delete_claim)
        if self.pane.current_suggestion() is not None:
            added += [None, act.accept_suggestion, act.dismiss_suggestion]
        added.append(None)
        for action in added:
            if first is None:
                menu.addSeparator() if action is None else menu.addAction(action)
            elif action is None:
                menu.insertSeparator(first)
            else:
                menu.insertAction(first, action)

    # -- commands -----------------------------------------------------------------------------
    def create_claim(self, *, exact: bool = False) -> bool:
        """Mark the selected text as a claim; the inspector's claim text gets the keys."""
        article = self.ws.article
        span = self.pane.selected_span(exact=exact)
        if article is None or span is None:
            self.messages.status(
                translate("ClaimsController", "Select the words of a claim in the article first."),
                STATUS_TIMEOUT_MS,
            )
            return False
        start, end = span
        command = CreateClaim(self.undo.store, article.id, start, end, self.pane.text[start:end])
        if not self.undo.push(command):
            return False
        self.pane.clear_text_selection()
        self.inspector.focus_claim_text()
        self.messages.status(
            translate(
                "ClaimsController",
                "Claim saved. Type its claim text; Escape returns to the article, 1-9 there set "
                "the verdict.",
            ),
            STATUS_TIMEOUT_MS * 2,
        )
        return True

    def delete_selected_claim(self) -> bool:
        claim = self.selected_claim()
        if claim is None:
            return False
        if not self.undo.push(DeleteClaim(self.undo.store, claim.id, claim.quote)):
            return False
        self.messages.status(
            translate(
                "ClaimsController",
                "Claim deleted. Undo (Ctrl+Z) brings it back, and so"
                " does Claim > Deleted Claims… later.",
            ),
            STATUS_TIMEOUT_MS * 2,
        )
        return True

    def adjust_span(self, edge: str, direction: int) -> bool:
        claim = self.selected_claim()
        if claim is None:
            return False
        text = self.pane.text
        start, end = claim.start, claim.end
        if edge == "end":
            end = word_step(text, end, direction, edge="end")
        else:
            start = word_step(text, start, direction, edge="start")
        if not 0 <= start < end <= len(text) or (start, end) == (claim.start, claim.end):
            return False
        return self.undo.push(
            RespanClaim(self.undo.store, claim.id, (claim.start, claim.end), (start, end))
        )

    def set_field(self, field: str, value: Any) -> bool:
        claim = self.selected_claim()
        if claim is None:
            return False
        self.inspector.flush()
        old = getattr(claim, field)
        old = getattr(old, "value", old)
        if old == value:
            return True
        # A final claim's verdict changed by a number key is a correction: asks its note.
        return bool(push_claim_edit(self.messages.parent, self.undo, claim, field, old, value))

    def set_verdict_number(self, number: int) -> bool:
        """1-9: the scale's verdicts in order; 0 clears the verdict."""
        if number == 0:
            return self.set_field("verdict", None)
        if not 1 <= number <= len(self.labels):
            return False
        return self.set_field("verdict", self.labels[number - 1])

    def mark_final(self) -> bool:
        return self.set_field("status", Status.FINAL.value)

    # -- sources --------------------------------------------------------------------------------
    def add_source(self) -> None:
        if self.ws.selected_claim_id is None:
            return
        self.show_pane("inspector")
        self.inspector.sources.add()

    def _add_source(self, values: dict[str, Any]) -> None:
        claim_id = self.ws.selected_claim_id
        if claim_id is not None:
            url = values.pop("url")
            keep = values.pop("keep_copy", None)
            command = AddSource(self.undo.store, claim_id, {"url": url, **values})
            if self.undo.push(command) and keep is not None and self.source_added is not None:
                self.source_added(command.source_id, url, keep)

    def _edit_source(self, source: Source, values: dict[str, Any]) -> None:
        old = {key: getattr(source, key) for key in values}
        old["stance"] = source.stance.value if source.stance else None
        if old != values:
            self.undo.push(EditSource(self.undo.store, source, old, values))

    def _remove_source(self, source: Source) -> None:
        self.undo.push(RemoveSource(self.undo.store, source))

    def _move_source(self, source: Source, position: int) -> None:
        if self.undo.push(MoveSource(self.undo.store, source, position)):
            self.inspector.sources.select_row(position)

    # -- focus ----------------------------------------------------------------------------------
    def open_filter(self, which: str) -> None:
        self.show_pane("claims")
        self.table.open_filter(which)

    def focus_inspector(self) -> bool:
        """The selected claim's fields get the keys (False: no claim to show)."""
        if self.ws.selected_claim_id is None:
            return False
        self.show_pane("inspector")
        self.inspector.focus_claim_text()
        return True

    def focus_article(self) -> None:
        self.inspector.flush()
        self.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
