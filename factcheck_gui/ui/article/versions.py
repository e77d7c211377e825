"""New versions of the article on screen: Article > Update from File / Clipboard,
and Versions… to list and compare them.

Storing a version re-anchors every claim (core/reanchor.py); the summary banner
(article/review.py) then says what happened to them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.ui.article.review import ReviewController
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.edits.versions import AddVersion
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

if TYPE_CHECKING:
    from factcheck_gui.core.models import WebFetch


class VersionsController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, inspector: Inspector,
                 review: ReviewController) -> None:
        self.ws, self.undo, self.messages = ws, undo, messages
        self.inspector, self.review = inspector, review
        shown = ws.has_article
        registry.declare(
            [
                ActionSpec(
                    "update_from_file",
                    translate("ArticleVersions", "Update from &File…"),
                    lambda: self.update_from_file(),
                    ("Ctrl+Shift+U",),
                    translate(
                        "ArticleVersions",
                        "Store the text of a file as the new version of this "
                        "article; claims follow it",
                    ),
                    menus=(Place("article", 2, 1),),
                    when=shown,
                    writes=True,
                ),
                ActionSpec(
                    "update_from_clipboard",
                    translate("ArticleVersions", "Update from &Clipboard"),
                    self.update_from_clipboard,
                    (),
                    translate(
                        "ArticleVersions",
                        "Store the text on the clipboard as the new version of this article",
                    ),
                    menus=(Place("article", 2, 2),),
                    when=shown,
                    writes=True,
                ),
                ActionSpec(
                    "versions",
                    translate("ArticleVersions", "&Versions…"),
                    self.show_versions,
                    (),
                    translate(
                        "ArticleVersions", "List this article's versions and compare any two"
                    ),
                    menus=(Place("article", 3, 1),),
                    when=shown,
                ),
            ]
        )

    def ask_update_path(self) -> Path | None:
        """Which file holds the new text. Tests replace this."""
        from factcheck_gui.io.importers import FILE_DIALOG_FILTER
        from factcheck_gui.ui.files.folders import ask_open_path

        return ask_open_path(
            self.messages.parent,
            translate("ArticleVersions", "Update Article from File"),
            "articles",
            FILE_DIALOG_FILTER + ";;" + translate("ArticleVersions", "All files") + " (*)",
        )

    def update_from_file(self, path: Path | None = None) -> bool:
        """Store the text of an article file as the new version of the article on screen."""
        from factcheck_gui.io.importers import read_article_file

        if self.ws.article_id is None:
            return False
        path = path or self.ask_update_path()
        if path is None:
            return False
        try:
            new = read_article_file(path)
        except (FactcheckError, ValueError, OSError) as error:
            # Our import errors already start with the file's name.
            message = str(error) if path.name in str(error) else translate(
                "ArticleVersions", "{file}: {error}").format(file=path.name, error=error)
            self.messages.show_error(
                translate("ArticleVersions", "Cannot read the new text"), message
            )
            return False
        return self.store_new_text(new.text, f"Updated from {path.name}")

    def update_from_clipboard(self) -> bool:
        """Store the text on the clipboard as the new version of the article on screen."""
        from factcheck_gui.ui.importing.articles import clipboard_article

        if self.ws.article_id is None:
            return False
        try:
            text = clipboard_article().text  # keeps the paragraphs, as paste does
        except (FactcheckError, ValueError) as error:
            self.messages.show_error(
                translate("ArticleVersions", "Cannot update from the clipboard"),
                translate("ArticleVersions", "{error}\n\nCopy the article's new text first, then"
                          " try again.").format(error=error))
            return False
        # The note is stored with the version (data, like the command line's notes).
        return self.store_new_text(text, "Updated from the clipboard")

    def store_new_text(self, text: str, note: str | None,
                       label: str | None = None, fetched: WebFetch | None = None
                       ) -> bool:
        """Store `text` as the current article's new version (one undo step) and say
        what happened to its claims. The same text is refused with a message."""
        article_id = self.ws.article_id
        if article_id is None or not self.inspector.flush():
            return False
        try:
            current = self.ws.store.versions.current_version(article_id)
        except FactcheckError as error:
            self.messages.show_error(
                translate("ArticleVersions", "Cannot update the article"), str(error)
            )
            return False
        if text == current.text:
            self.messages.show_error(
                translate("ArticleVersions", "Nothing to update"),
                translate("ArticleVersions", "The new text is the same as the current text"
                          " (version {number}), so no new version was stored.").format(
                              number=QLocale().toString(current.number)))
            return False
        label = label or translate("ArticleVersions", "Update Article Text")
        command = AddVersion(self.ws.store, article_id, text, note, label, fetched)
        if not self.undo.push(command):
            return False
        if command.update is not None:
            self.review.show_update_summary(command)
        return True

    def show_versions(self) -> None:
        from factcheck_gui.ui.article.versions_dialog import VersionsDialog

        article_id = self.ws.article_id
        if article_id is None:
            return
        try:
            VersionsDialog.ask(self.messages.parent, self.ws.store, article_id)
        except FactcheckError as error:
            self.messages.show_error(
                translate("ArticleVersions", "Cannot show the versions"), str(error)
            )
