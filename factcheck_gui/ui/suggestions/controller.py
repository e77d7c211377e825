"""Suggested claims in the window (View > Show Suggestions): accepting or
dismissing them and stepping through them best first. Every change is a command.

Suggestions are computed once per text version on a worker thread
(suggestions/finder.py) without regard to claims; after every change they are
filtered against the article's claims and dismissed sentences, which is cheap.
While the text is being corrected none are shown: their offsets belong to the
text as it was, and A / D are letters then.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.ui.article.reading_pane import ReadingPane
from factcheck_gui.ui.edits.commands import CreateClaim, DismissSuggestion
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.shell.actions import IN_WIDGET, ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.suggestions.finder import SuggestionFinder, claim_span

if TYPE_CHECKING:
    from factcheck_gui.core.suggest import Suggestion

STATUS_MS = 5000
SETTING = "main_window/show_suggestions"
FINDING = QT_TRANSLATE_NOOP("Suggestions", "Finding check-worthy sentences…")


def _order(suggestion: Suggestion) -> tuple[float, int]:
    return (-suggestion.score, suggestion.start)


class SuggestionsController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, pane: ReadingPane,
                 settings: Callable[[], QSettings]) -> None:
        self.ws, self.undo, self.messages, self.registry = ws, undo, messages, registry
        self.pane, self.settings = pane, settings
        self.finder = SuggestionFinder(pane)
        self.finder.ready.connect(self._suggestions_ready)
        self.finder.failed.connect(lambda _key, message: messages.status(message, STATUS_MS))
        self.suggestions: list[Suggestion] = []  # shown, best first
        self._suggestion_ref: tuple[float, int] | None = None
        self._step_when_ready = 0
        on = lambda: self.shown() and ws.has_article()  # noqa: E731
        registry.declare(
            [
                ActionSpec(
                    "show_suggestions",
                    translate("Suggestions", "Show &Suggestions"),
                    self.toggle_suggestions,
                    ("Ctrl+4",),
                    translate(
                        "Suggestions",
                        "Underline the sentences worth checking (dotted); hover one for why",
                    ),
                    menus=(Place("view", 2, 1), Place("claim/suggestions", 1, 1)),
                    checkable=True,
                    checked=settings().value(SETTING, False) in (True, "true"),
                ),
                ActionSpec(
                    "next_suggestion",
                    translate("Suggestions", "Ne&xt Suggestion"),
                    lambda: self.step_suggestion(1),
                    ("F7",),
                    translate("Suggestions", "Go to the next suggested claim, best first"),
                    menus=(Place("claim/suggestions", 2, 1),),
                ),
                ActionSpec(
                    "previous_suggestion",
                    translate("Suggestions", "Pre&vious Suggestion"),
                    lambda: self.step_suggestion(-1),
                    ("Shift+F7",),
                    translate("Suggestions", "Go back to the previous suggested claim"),
                    menus=(Place("claim/suggestions", 2, 2),),
                ),
                ActionSpec(
                    "accept_suggestion",
                    translate("Suggestions", "&Accept Suggestion"),
                    self.accept_suggestion,
                    ("A",),
                    translate(
                        "Suggestions", "Make the suggested sentence under the text cursor a claim"
                    ),
                    IN_WIDGET,
                    menus=(Place("claim/suggestions", 2, 3),),
                    when=on,
                    widgets=(pane,),
                    writes=True,
                ),
                ActionSpec(
                    "dismiss_suggestion",
                    translate("Suggestions", "&Dismiss Suggestion"),
                    self.dismiss_suggestion,
                    ("D",),
                    translate(
                        "Suggestions",
                        "Stop suggesting the sentence under the text cursor in this article",
                    ),
                    IN_WIDGET,
                    menus=(Place("claim/suggestions", 2, 4),),
                    when=on,
                    widgets=(pane,),
                    writes=True,
                ),
            ]
        )
        keys = [registry.all[name].shortcut().toString() for name in
                ("accept_suggestion", "dismiss_suggestion", "next_suggestion")]
        pane.marks.hint = translate(
            "Suggestions", "{accept}: make it a claim · {dismiss}: dismiss · {next}: next").format(
                accept=keys[0], dismiss=keys[1], next=keys[2])
        ws.article_changed.connect(self.follow)
        ws.claims_changed.connect(lambda: self.refilter())
        ws.mode_changed.connect(self.follow)

    def shown(self) -> bool:
        return self.registry.show_suggestions.isChecked()

    # -- showing --------------------------------------------------------------------
    def toggle_suggestions(self) -> None:
        self.settings().setValue(SETTING, self.shown())
        self.follow()
        if not self.shown():
            self._step_when_ready = 0

    def follow(self) -> None:
        """After the article or its claims changed: ask for, or re-filter, suggestions."""
        version = self.ws.version
        if not self.shown() or version is None or self.ws.is_correcting():
            if self.messages.status_bar().currentMessage() == translate("Suggestions", FINDING):
                self.messages.status_bar().clearMessage()
            self._show([])
            return
        found = self.finder.request(version.id, version.text)
        if found is None:
            self._show([])
            self.messages.status(translate("Suggestions", FINDING))
            return
        self.refilter(found)

    def _suggestions_ready(self, key: str, _found: list[Suggestion]) -> None:
        version = self.ws.version
        if version is None or version.id != key or not self.shown():
            return
        self.follow()
        count = len(self.suggestions)
        next_key = self.registry.next_suggestion.shortcut().toString()
        self.messages.status(
            translate("Suggestions", "%n suggested claim(s): {key} goes through them, best"
                      " first.", None, count).format(key=next_key) if count else
            translate("Suggestions", "No suggested claims."), STATUS_MS)
        if self._step_when_ready:
            step, self._step_when_ready = self._step_when_ready, 0
            self.step_suggestion(step)

    def refilter(self, found: list[Suggestion] | None = None) -> None:
        version = self.ws.version
        if found is None:
            found = self.finder.cached(version.id) if version else None
        if found is None or version is None or not self.shown() or self.ws.is_correcting():
            return
        try:
            dismissed = self.ws.store.memory.dismissed_suggestions(version.article_id)
        except FactcheckError:
            dismissed = set()
        claims = [(c.start, c.end) for c in self.pane.claims]
        from factcheck_gui.core.suggest import filter_suggestions  # with the first results

        self._show(filter_suggestions(found, existing=claims, dismissed=dismissed))

    def _show(self, suggestions: list[Suggestion]) -> None:
        self.suggestions = suggestions
        self.pane.set_suggestions(suggestions)
        self.registry.update()

    # -- moving -----------------------------------------------------------------------
    def step_suggestion(self, step: int) -> bool:
        """Put the text cursor on the next (or previous) suggestion by score."""
        if not self.shown():
            self.registry.show_suggestions.setChecked(True)
            self.toggle_suggestions()
        if not self.suggestions:
            if self.finder.busy():
                self._step_when_ready = step
            else:
                self.messages.status(
                    translate("Suggestions", "No suggested claims in this article."), STATUS_MS
                )
            return False
        pane = self.pane
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
        self.messages.status(
            translate("Suggestions", "Suggestion {current} of {total} (check-worthiness"
                      " {score}): {reasons}").format(
                current=index + 1, total=len(keys), score=QLocale().toString(target.score, "f", 2),
                reasons=translate("Suggestions", "; ", "between reasons").join(
                    r.label for r in target.reasons if r.weight > 0)), STATUS_MS * 2)
        return True

    def _suggestion_here(self) -> Suggestion | None:
        found = self.pane.current_suggestion()
        if self.ws.article is None or found is None:
            next_key = self.registry.next_suggestion.shortcut().toString()
            self.messages.status(
                translate("Suggestions", "Put the text cursor in a suggested sentence ({key} goes"
                          " to the next).").format(key=next_key), STATUS_MS)
            return None
        return found

    # -- accepting and dismissing ------------------------------------------------------
    def accept_suggestion(self) -> bool:
        """Make the suggestion under the text cursor a claim: its claim-carrying
        clause (or whole sentence) without the closing full stop."""
        suggestion = self._suggestion_here()
        article = self.ws.article
        if suggestion is None or article is None:
            return False
        start, end = claim_span(self.pane.text, suggestion)
        self._suggestion_ref = _order(suggestion)
        command = CreateClaim(self.undo.store, article.id, start, end,
                              self.pane.text[start:end])
        if not self.undo.push(command):
            return False
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)
        self.messages.status(
            translate(
                "Suggestions",
                "Suggestion made a claim. Alt+L types its claim text; Ctrl+Z takes it back.",
            ),
            STATUS_MS * 2,
        )
        return True

    def dismiss_suggestion(self) -> bool:
        """Hide the suggestion under the text cursor in this article (undoable)."""
        suggestion = self._suggestion_here()
        article = self.ws.article
        if suggestion is None or article is None:
            return False
        self._suggestion_ref = _order(suggestion)
        command = DismissSuggestion(self.undo.store, article.id, suggestion.sentence)
        if not self.undo.push(command):
            return False
        self.messages.status(
            translate(
                "Suggestions", "Suggestion dismissed for this article; Ctrl+Z brings it back."
            ),
            STATUS_MS,
        )
        return True

    def shutdown(self) -> None:
        self.finder.shutdown()
