"""What the window does with claims: make, select, step through, judge, re-span,
delete, and edit sources. Mixed into MainWindow; every change is a command."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from factcheck_gui.core.models import Claim, ReportRow, Source, Status
from factcheck_gui.ui.article.spans import word_step
from factcheck_gui.ui.article.version_actions_old import update_version_actions
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

if TYPE_CHECKING:
    from factcheck_gui.ui.shell.main_window import MainWindow

STATUS_TIMEOUT_MS = 4000


class ClaimWorkspace:
    """Claim operations of the main window (see MainWindow for the widgets)."""

    selected_claim_id: str | None = None
    rows: dict[str, ReportRow]

    # -- selecting ------------------------------------------------------------------
    def select_claim(
        self: MainWindow, claim_id: str | None, *, scroll: bool = True, flash: bool = False
    ) -> None:
        """Make `claim_id` the selected claim everywhere: text, table, inspector."""
        if claim_id != self.selected_claim_id and not self.inspector.flush():
            # Typing for the claim being left could not be saved: stay with it, so the
            # edit stays on screen for Retry (the banner says why).
            self.claims_table.select(self.selected_claim_id)
            return
        row = self.rows.get(claim_id) if claim_id else None
        self.selected_claim_id = row.claim.id if row else None
        self.article_view.pane.select_claim(self.selected_claim_id, scroll=scroll, flash=flash)
        self.claims_table.select(self.selected_claim_id)
        self.inspector.show_claim(row.claim if row else None, list(row.sources) if row else [])
        self._update_claim_actions()

    def selected_claim(self: MainWindow) -> Claim | None:
        row = self.rows.get(self.selected_claim_id or "")
        return row.claim if row else None

    def _claim_clicked(self: MainWindow, claim_id: str) -> None:
        self.select_claim(claim_id, scroll=False)

    def _table_selected(self: MainWindow, claim_id: str) -> None:
        self.select_claim(claim_id, scroll=True, flash=True)

    def step_claim(self: MainWindow, step: int) -> None:
        ordered = sorted(self.article_view.pane.claims, key=lambda c: (c.start, c.end, c.id))
        if not ordered:
            return
        ids = [c.id for c in ordered]
        if self.selected_claim_id in ids:
            index = max(0, min(len(ids) - 1, ids.index(self.selected_claim_id) + step))
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.select_claim(ids[index], scroll=True)

    def _update_claim_actions(self: MainWindow) -> None:
        has = self.selected_claim_id is not None
        for name in ("delete_claim", "add_source", "mark_final", "end_right", "end_left",
                     "start_left", "start_right", "clear_verdict", "claim_history"):
            self.act.all[name].setEnabled(has)
        for action in self.act.verdicts:
            action.setEnabled(has)
        shown = self.article_view.article is not None
        for name in ("new_claim", "new_claim_exact", "export_article", "export_filter",
                     "article_properties", "deleted_claims"):
            self.act.all[name].setEnabled(shown)
        for name in ("next_claim", "previous_claim"):
            self.act.all[name].setEnabled(bool(self.rows))
        if "verdict_menu" in self.act.all:
            self.act.all["verdict_menu"].setEnabled(has)
        update_version_actions(self)

    def _update_claims(self: MainWindow, claim_ids: set[str]) -> None:
        """Reload just these claims: the cost does not grow with the article's claims."""
        fresh = {row.claim.id: row for row in self.store.report_rows(claim_ids=list(claim_ids))}
        current = self.current_article_id()
        removed = []
        for claim_id in claim_ids:
            row = fresh.get(claim_id)
            if row is not None and row.claim.article_id == current:
                self.rows[claim_id] = row
            elif self.rows.pop(claim_id, None) is not None:
                removed.append(claim_id)
        changed = [row for claim_id, row in fresh.items() if claim_id in self.rows]
        self.claims_table.update_rows(changed, removed)
        self.article_view.update_claims([row.claim for row in changed], removed)
        keep = self.selected_claim_id if self.selected_claim_id in self.rows else None
        self.select_claim(keep, scroll=False)
        self._refilter_suggestions()
        self.refresh_review()

    # -- commands ---------------------------------------------------------------------
    def _after_command(self: MainWindow, claim_id: object) -> None:
        """A write went through: show it now (not on the next turn of the event loop)."""
        self.apply_pending_changes()
        if isinstance(claim_id, str):
            # Another claim (create, undo...): show it; the same one: just refresh it.
            self.select_claim(claim_id, scroll=claim_id != self.selected_claim_id)
        elif claim_id is None and self.selected_claim_id not in self.rows:
            self.select_claim(None)

    def create_claim(self: MainWindow, *, exact: bool = False) -> bool:
        """Mark the selected text as a claim; the inspector's claim text gets the keys."""
        pane = self.article_view.pane
        article = self.article_view.article
        span = pane.selected_span(exact=exact)
        if article is None or span is None:
            self.statusBar().showMessage(
                "Select the words of a claim in the article first.", STATUS_TIMEOUT_MS)
            return False
        start, end = span
        command = CreateClaim(self.controller.store, article.id, start, end, pane.text[start:end])
        if not self.controller.push(command):
            return False
        pane.clear_text_selection()
        self.inspector.focus_claim_text()
        self.statusBar().showMessage(
            "Claim saved. Type its claim text; Escape returns to the article, 1-9 there set "
            "the verdict.", STATUS_TIMEOUT_MS * 2)
        return True

    def delete_selected_claim(self: MainWindow) -> bool:
        claim = self.selected_claim()
        if claim is None:
            return False
        if not self.controller.push(DeleteClaim(self.controller.store, claim.id, claim.quote)):
            return False
        self.statusBar().showMessage("Claim deleted. Undo (Ctrl+Z) brings it back, and so"
                                     " does Claim > Deleted Claims… later.", STATUS_TIMEOUT_MS * 2)
        return True

    def adjust_span(self: MainWindow, edge: str, direction: int) -> bool:
        claim = self.selected_claim()
        if claim is None:
            return False
        text = self.article_view.pane.text
        start, end = claim.start, claim.end
        if edge == "end":
            end = word_step(text, end, direction, edge="end")
        else:
            start = word_step(text, start, direction, edge="start")
        if not 0 <= start < end <= len(text) or (start, end) == (claim.start, claim.end):
            return False
        return self.controller.push(
            RespanClaim(self.controller.store, claim.id, (claim.start, claim.end), (start, end))
        )

    def _set_field(self: MainWindow, field: str, value: Any) -> bool:
        claim = self.selected_claim()
        if claim is None:
            return False
        self.inspector.flush()
        old = getattr(claim, field)
        old = getattr(old, "value", old)
        if old == value:
            return True
        # A final claim's verdict changed by a number key is a correction: asks its note.
        return bool(push_claim_edit(self, self.controller, claim, field, old, value))

    def set_verdict_number(self: MainWindow, number: int) -> bool:
        """1-9: the scale's verdicts in order; 0 clears the verdict."""
        labels = self.verdict_labels()
        if number == 0:
            return self._set_field("verdict", None)
        if not 1 <= number <= len(labels):
            return False
        return self._set_field("verdict", labels[number - 1])

    def mark_final(self: MainWindow) -> bool:
        return self._set_field("status", Status.FINAL.value)

    # -- sources -------------------------------------------------------------------------
    def add_source(self: MainWindow) -> None:
        if self.selected_claim_id is None:
            return
        self.set_pane_visible("inspector", True)
        self.inspector.sources.add()

    def _add_source(self: MainWindow, values: dict) -> None:
        if self.selected_claim_id is not None:
            url = values.pop("url")
            self.controller.push(AddSource(self.controller.store, self.selected_claim_id,
                                           {"url": url, **values}))

    def _edit_source(self: MainWindow, source: Source, values: dict) -> None:
        old = {key: getattr(source, key) for key in values}
        old["stance"] = source.stance.value if source.stance else None
        if old != values:
            self.controller.push(EditSource(self.controller.store, source, old, values))

    def _remove_source(self: MainWindow, source: Source) -> None:
        self.controller.push(RemoveSource(self.controller.store, source))

    def _move_source(self: MainWindow, source: Source, position: int) -> None:
        if self.controller.push(MoveSource(self.controller.store, source, position)):
            self.inspector.sources.select_row(position)

    # -- focus ----------------------------------------------------------------------------
    def toggle_inspector_focus(self: MainWindow) -> None:
        if self.inspector.isAncestorOf(self.focusWidget()):
            self.focus_article()
        elif self.selected_claim_id is not None:
            self.set_pane_visible("inspector", True)
            self.inspector.focus_claim_text()
        else:
            self.focus_article()

    def focus_article(self: MainWindow) -> None:
        self.inspector.flush()
        self.article_view.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def undo(self: MainWindow) -> bool:
        """Undo the last step; typing not yet saved is saved first (and is that step).

        Typing that would be a correction (a final claim's rationale) is not saved
        first, with a note asked for, only to be undone: it is simply taken back."""
        if self.inspector.discard_unsaved_corrections():
            return True
        self.inspector.flush()
        return self.controller.undo()

    def redo(self: MainWindow) -> bool:
        self.inspector.flush()
        return self.controller.redo()

    def retry_save(self: MainWindow) -> bool:
        return self.controller.retry()

    def _write_failed(self: MainWindow, message: str, can_retry: bool) -> None:
        self.banner.show_problem(message, can_retry)
        self.act.retry.setEnabled(can_retry)

    def _write_succeeded(self: MainWindow) -> None:
        self.banner.hide()
        self.act.retry.setEnabled(False)
