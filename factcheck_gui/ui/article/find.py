"""Edit > Find in Article (Ctrl+F): the find bar under the article text, its
keys, and "make the current match a claim" through the usual claim command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor

from factcheck_gui.ui.article.article_view import ArticleView
from factcheck_gui.ui.article.find_bar import CLAIM_KEY_TEXT, FindBar
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import LOCAL, ActionRegistry, ActionSpec, Key, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

STATUS_MS = 4000


class FindController:
    def __init__(self, ws: Workspace, messages: Messages, registry: ActionRegistry,
                 view: ArticleView, make_claim: Callable[..., bool]) -> None:
        self.ws, self.messages, self.view = ws, messages, view
        self.make_claim = make_claim  # the claims controller's create_claim
        self.bar = FindBar(view.pane)
        view.column.addWidget(self.bar)  # under the text
        self.bar.claim_requested.connect(lambda start, end: self.claim_from_match())
        shown = ws.has_article
        registry.declare(
            [
                ActionSpec(
                    "find_in_article",
                    translate("FindInArticle", "&Find in Article…"),
                    self.open,
                    (Key.Find,),
                    translate("FindInArticle", "Find words in the article's text"),
                    menus=(Place("edit", 2, 0),),
                    when=shown,
                    while_correcting=True,
                ),
                ActionSpec(
                    "find_next",
                    translate("FindInArticle", "Find &Next"),
                    self.bar.find_next,
                    ("F3",),
                    translate("FindInArticle", "Go to the next match in the article"),
                    menus=(Place("edit", 2, 1),),
                    when=shown,
                    while_correcting=True,
                ),
                ActionSpec(
                    "find_previous",
                    translate("FindInArticle", "Find Pre&vious"),
                    self.bar.find_previous,
                    ("Shift+F3",),
                    translate("FindInArticle", "Go to the previous match in the article"),
                    menus=(Place("edit", 2, 2),),
                    when=shown,
                    while_correcting=True,
                ),
                ActionSpec(
                    "claim_from_match",
                    translate("FindInArticle", "New Claim from &Match"),
                    self.claim_from_match,
                    (CLAIM_KEY_TEXT, "Ctrl+Enter"),
                    translate("FindInArticle", "Make the current match of the find bar a claim"),
                    LOCAL,
                    menus=(Place("claim", 1, 3),),
                    when=shown,
                    widgets=(self.bar,),
                    writes=True,
                ),
            ]
        )
        action = registry.claim_from_match
        action.enabledChanged.connect(self.bar.set_can_make_claims)
        self.bar.set_can_make_claims(action.isEnabled())

    def open(self) -> None:
        if self.ws.article_id is None:
            self.messages.status(
                translate("FindInArticle", "Open an article first: Find looks in its text."),
                STATUS_MS,
            )
            return
        self.bar.open()

    def claim_from_match(self) -> bool:
        """The current match becomes a claim, exactly as found (Ctrl+Z undoes it)."""
        match = self.bar.current_match() if self.bar.isVisible() else None
        if match is None:
            self.messages.status(
                translate(
                    "FindInArticle", "No match to make a claim of: type words that are in the text."
                ),
                STATUS_MS,
            )
            return False
        pane = self.view.pane
        start, end = match
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.offsets.to_qt(start))
        cursor.setPosition(pane.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        return bool(self.make_claim(exact=True))
