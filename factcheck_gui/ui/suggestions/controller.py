"""The claim finder in the window: suggested claims (View > Show Suggestions),
accepting or dismissing them, stepping through them best first, and the
library-wide Find Claims box. Mixed into MainWindow; every change is a command.

Suggestions are computed once per text version on a worker thread
(ui/suggestions/finder.py) without regard to claims; after every change they are
filtered against the article's claims and dismissed sentences, which is cheap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.suggest import Suggestion, filter_suggestions
from factcheck_gui.ui.edits.commands import CreateClaim, DismissSuggestion
from factcheck_gui.ui.suggestions.finder import SuggestionFinder, claim_span

if TYPE_CHECKING:
    from factcheck_gui.ui.claims.find_claims_dialog import FindClaimsDialog
    from factcheck_gui.ui.shell.main_window import MainWindow

STATUS_MS = 5000
SETTING = "main_window/show_suggestions"
FINDING = "Finding check-worthy sentences…"


def _order(suggestion: Suggestion) -> tuple[float, int]:
    return (-suggestion.score, suggestion.start)


class ClaimFinderWorkspace:
    """Suggestion and find-claims operations of the main window."""

    def _setup_claim_finder(self: MainWindow) -> None:
        self.finder = SuggestionFinder(self)
        self.finder.ready.connect(self._suggestions_ready)
        self.finder.failed.connect(lambda _key, message: self.statusBar().showMessage(
            message, STATUS_MS))
        self.suggestions: list[Suggestion] = []  # shown, best first
        self._suggestion_ref: tuple[float, int] | None = None
        self._step_when_ready = 0
        self._find_dialog: FindClaimsDialog | None = None
        keys = [self.act.all[name].shortcut().toString() for name in
                ("accept_suggestion", "dismiss_suggestion", "next_suggestion")]
        self.article_view.pane.marks.hint = (
            f"{keys[0]}: make it a claim · {keys[1]}: dismiss · {keys[2]}: next")
        shown = self.settings().value(SETTING, False) in (True, "true")
        self.act.show_suggestions.setChecked(shown)

    def suggestions_shown(self: MainWindow) -> bool:
        return self.act.show_suggestions.isChecked()

    # -- showing --------------------------------------------------------------------
    def toggle_suggestions(self: MainWindow) -> None:
        self.settings().setValue(SETTING, self.suggestions_shown())
        self._follow_suggestions()
        if not self.suggestions_shown():
            self._step_when_ready = 0

    def _follow_suggestions(self: MainWindow) -> None:
        """After the article or its claims changed: ask for, or re-filter, suggestions."""
        version = self.article_view.version
        if not self.suggestions_shown() or version is None:
            if self.statusBar().currentMessage() == FINDING:
                self.statusBar().clearMessage()
            self._show_suggestions([])
            return
        found = self.finder.request(version.id, version.text)
        if found is None:
            self._show_suggestions([])
            self.statusBar().showMessage(FINDING)
            return
        self._refilter_suggestions(found)

    def _suggestions_ready(self: MainWindow, key: str, _found: list) -> None:
        version = self.article_view.version
        if version is None or version.id != key or not self.suggestions_shown():
            return
        self._follow_suggestions()
        count = len(self.suggestions)
        next_key = self.act.next_suggestion.shortcut().toString()
        self.statusBar().showMessage(
            f"{count} suggested claim{'s' if count != 1 else ''}"
            + (f": {next_key} goes through them, best first." if count else "."), STATUS_MS)
        if self._step_when_ready:
            step, self._step_when_ready = self._step_when_ready, 0
            self.step_suggestion(step)

    def _refilter_suggestions(self: MainWindow, found: list[Suggestion] | None = None) -> None:
        version = self.article_view.version
        if found is None:
            found = self.finder.cached(version.id) if version else None
        if found is None or version is None or not self.suggestions_shown():
            return
        try:
            dismissed = self.store.dismissed_suggestions(version.article_id)
        except FactcheckError:
            dismissed = set()
        claims = [(c.start, c.end) for c in self.article_view.pane.claims]
        self._show_suggestions(filter_suggestions(found, existing=claims, dismissed=dismissed))

    def _show_suggestions(self: MainWindow, suggestions: list[Suggestion]) -> None:
        self.suggestions = suggestions
        self.article_view.pane.set_suggestions(suggestions)
        on = self.suggestions_shown() and self.article_view.article is not None
        for name in ("accept_suggestion", "dismiss_suggestion"):
            self.act.all[name].setEnabled(on)

    # -- moving -----------------------------------------------------------------------
    def step_suggestion(self: MainWindow, step: int) -> bool:
        """Put the text cursor on the next (or previous) suggestion by score."""
        if not self.suggestions_shown():
            self.act.show_suggestions.setChecked(True)
            self.toggle_suggestions()
        if not self.suggestions:
            if self.finder.busy():
                self._step_when_ready = step
            else:
                self.statusBar().showMessage("No suggested claims in this article.", STATUS_MS)
            return False
        pane = self.article_view.pane
        keys = [_order(s) for s in self.suggestions]
        # The cursor's suggestion counts once the user (or a step) placed it there.
        here = pane.current_suggestion() if pane.caret_placed else None
        ref = _order(here) if here is not None else self._suggestion_ref
        if ref is None:
            index = 0 if step > 0 else len(keys) - 1
        elif step > 0:
            index = bisect_right(keys, ref) % len(keys)
        else:
            index = (bisect_left(keys, ref) - 1) % len(keys)
        target = self.suggestions[index]
        self._suggestion_ref = _order(target)
        pane.move_caret(target.start)
        pane.scroll_span_into_view(target.start, target.end)
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.statusBar().showMessage(
            f"Suggestion {index + 1} of {len(keys)} (check-worthiness {target.score:.2f}): "
            + "; ".join(r.label for r in target.reasons if r.weight > 0), STATUS_MS * 2)
        return True

    def _suggestion_here(self: MainWindow) -> Suggestion | None:
        article = self.article_view.article
        found = self.article_view.pane.current_suggestion()
        if article is None or found is None:
            next_key = self.act.next_suggestion.shortcut().toString()
            self.statusBar().showMessage(
                f"Put the text cursor in a suggested sentence ({next_key} goes to the next).",
                STATUS_MS)
            return None
        return found

    # -- accepting and dismissing ------------------------------------------------------
    def accept_suggestion(self: MainWindow) -> bool:
        """Make the suggestion under the text cursor a claim: its claim-carrying
        clause (or whole sentence) without the closing full stop."""
        suggestion = self._suggestion_here()
        if suggestion is None:
            return False
        pane = self.article_view.pane
        start, end = claim_span(pane.text, suggestion)
        article = self.article_view.article
        assert article is not None
        self._suggestion_ref = _order(suggestion)
        command = CreateClaim(self.controller.store, article.id, start, end, pane.text[start:end])
        if not self.controller.push(command):
            return False
        pane.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(
            "Suggestion made a claim. F6 types its claim text; Ctrl+Z takes it back.",
            STATUS_MS * 2)
        return True

    def dismiss_suggestion(self: MainWindow) -> bool:
        """Hide the suggestion under the text cursor in this article (undoable)."""
        suggestion = self._suggestion_here()
        if suggestion is None:
            return False
        article = self.article_view.article
        assert article is not None
        self._suggestion_ref = _order(suggestion)
        command = DismissSuggestion(self.controller.store, article.id, suggestion.sentence)
        if not self.controller.push(command):
            return False
        self.statusBar().showMessage("Suggestion dismissed for this article; Ctrl+Z brings "
                                     "it back.", STATUS_MS)
        return True

    # -- find claims ---------------------------------------------------------------------
    def find_claims(self: MainWindow) -> FindClaimsDialog:
        if self._find_dialog is None:
            from factcheck_gui.ui.claims.find_claims_dialog import (
                FindClaimsDialog,  # first use, not start
            )

            self._find_dialog = FindClaimsDialog(self.store, self)
            self._find_dialog.chosen.connect(self.open_claim)
        dialog = self._find_dialog
        dialog.set_store(self.store)
        claim = self.selected_claim()
        if claim is not None and not dialog.query.text():
            dialog.query.setText(claim.claim_text or claim.quote)
        dialog.query.selectAll()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return dialog

    def open_claim(self: MainWindow, article_id: str, claim_id: str) -> bool:
        """Show `article_id` and select its claim `claim_id`."""
        if self.library.current_id() != article_id and not self.library.select(article_id):
            self.library.search.clear()  # a library search may hide the article
            if not self.library.select(article_id):
                self.statusBar().showMessage("That claim's article is gone.", STATUS_MS)
                return False
        if self.current_article_id() != article_id:
            self.show_article(article_id)
        self.select_claim(claim_id, scroll=True, flash=True)
        self.article_view.pane.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.selected_claim_id == claim_id
