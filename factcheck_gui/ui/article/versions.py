"""New versions of the article on screen: Article > Update from File / Clipboard, and
the one undoable command that stores a version (also used by edit mode).

Storing a version re-anchors every claim (core/reanchor.py); the summary banner
(ui/article/review.py) then says what happened to them. Mixed into MainWindow.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import VersionUpdate
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.commands import StoreCommand

if TYPE_CHECKING:
    from factcheck_gui.ui.shell.main_window import MainWindow


class AddVersion(StoreCommand):
    """redo: `add_version` (the claims are re-anchored); undo: `undo_version`."""

    def __init__(self, store: Store, article_id: str, text: str, note: str | None,
                 label: str = "Update Article Text") -> None:
        super().__init__(store, label)
        self.article_id, self.text, self.note = article_id, text, note
        self.update: VersionUpdate | None = None

    def forward(self) -> None:
        self.update = self.store.add_version(self.article_id, self.text, self.note)
        return None

    def backward(self) -> None:
        assert self.update is not None
        self.store.undo_version(self.update)
        self.update = None
        return None


class VersionWork:
    """Article > Update from File / Clipboard and Versions… (see MainWindow)."""

    def ask_update_path(self: MainWindow) -> Path | None:
        """Which file holds the new text. Tests replace this."""
        from factcheck_gui.io.importers import FILE_DIALOG_FILTER

        name, _ = QFileDialog.getOpenFileName(
            self, "Update Article from File", str(Path.home()),
            f"{FILE_DIALOG_FILTER};;All files (*)")
        return Path(name) if name else None

    def update_from_file(self: MainWindow, path: Path | None = None) -> bool:
        """Store the text of an article file as the new version of the article on screen."""
        from factcheck_gui.io.importers import read_article_file

        if self.current_article_id() is None:
            return False
        path = path or self.ask_update_path()
        if path is None:
            return False
        try:
            new = read_article_file(path)
        except (FactcheckError, ValueError, OSError) as error:
            # Our import errors already start with the file's name.
            message = str(error) if path.name in str(error) else f"{path.name}: {error}"
            self.show_error("Cannot read the new text", message)
            return False
        return self.store_new_text(new.text, f"Updated from {path.name}")

    def update_from_clipboard(self: MainWindow) -> bool:
        """Store the text on the clipboard as the new version of the article on screen."""
        from factcheck_gui.ui.importing.articles import clipboard_article

        if self.current_article_id() is None:
            return False
        try:
            text = clipboard_article().text  # keeps the paragraphs, as paste does
        except (FactcheckError, ValueError) as error:
            self.show_error("Cannot update from the clipboard",
                            f"{error}\n\nCopy the article's new text first, then try again.")
            return False
        return self.store_new_text(text, "Updated from the clipboard")

    def store_new_text(self: MainWindow, text: str, note: str | None,
                       label: str = "Update Article Text") -> bool:
        """Store `text` as the current article's new version (one undo step) and say
        what happened to its claims. The same text is refused with a message."""
        article_id = self.current_article_id()
        if article_id is None or not self.inspector.flush():
            return False
        try:
            current = self.store.current_version(article_id)
        except FactcheckError as error:
            self.show_error("Cannot update the article", str(error))
            return False
        if text == current.text:
            self.show_error(
                "Nothing to update",
                f"The new text is the same as the current text (version {current.number}),"
                " so no new version was stored.")
            return False
        command = AddVersion(self.store, article_id, text, note, label)
        if not self.controller.push(command):
            return False
        if command.update is not None:
            self.show_update_summary(command)
        return True

    def show_versions(self: MainWindow) -> None:
        from factcheck_gui.ui.article.versions_dialog import VersionsDialog

        article_id = self.current_article_id()
        if article_id is None:
            return
        try:
            VersionsDialog.ask(self, self.store, article_id)
        except FactcheckError as error:
            self.show_error("Cannot show the versions", str(error))
