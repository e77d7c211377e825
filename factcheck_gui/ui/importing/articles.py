"""Getting articles in from the window: File > Import, dropped files, Paste as New
Article, the sample article, and Article > Properties.

One file (or a paste) is checked for a duplicate, then its details are confirmed in
the metadata dialog before it is added. Several files are a batch: a progress
dialog with Cancel, duplicates skipped, failures listed, and a summary at the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEventLoop, QLocale, QMimeData, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QProgressDialog,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import Article
from factcheck_gui.ui.article.reading_pane import ReadingPane
from factcheck_gui.ui.edits.commands import AddArticle, EditArticle
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.library.controller import LibraryController
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.changes import ChangeFeed
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

PROGRESS_EVERY_S = 0.1
PROGRESS_WIDTH = 400

if TYPE_CHECKING:
    from factcheck_gui.core.models import NewArticle
    from factcheck_gui.core.near_duplicates import NearDuplicate
    from factcheck_gui.io.batch import BatchResult, Failed, Imported, Skipped, Target
    from factcheck_gui.ui.inspector.inspector import Inspector


class ArticleImportController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, library: LibraryController, feed: ChangeFeed,
                 inspector: Inspector, pane: ReadingPane,
                 forget_failure: Callable[[], None],
                 store_version: Callable[[str, str | None], bool] | None = None) -> None:
        self.ws, self.undo, self.messages = ws, undo, messages
        # Stores a text as a new version of the article on screen (the versions part).
        self.store_version = store_version
        self.library, self.feed, self.inspector, self.pane = library, feed, inspector, pane
        self.forget_failure = forget_failure  # clears the save banner and Retry
        self.last_import: BatchResult | None = None  # the last batch's outcome
        registry.declare([
            ActionSpec("open_sample", translate("ImportArticles", "Open &Sample Article"),
                       self.open_sample_article, (),
                       translate("ImportArticles",
                                 "Add the sample article to the library and open it"),
                       menus=(Place("file", 2, 1),), writes=True),
            ActionSpec("import_articles", translate("ImportArticles", "&Import Articles…"),
                       lambda: self.import_articles(), ("Ctrl+I",),
                       translate("ImportArticles", "Add article files (.txt, .md, .html, .docx,"
                                 " .pdf) to the library"),
                       menus=(Place("file", 2, 2),), writes=True),
            ActionSpec("paste_article", translate("ImportArticles", "&Paste as New Article"),
                       self.paste_article, ("Ctrl+Shift+V",),
                       translate("ImportArticles",
                                 "Make a new article from the text on the clipboard"),
                       menus=(Place("file", 2, 3),), writes=True),
            ActionSpec("article_properties", translate("ImportArticles", "&Properties…"),
                       self.edit_article_properties, ("Ctrl+Shift+P",),
                       translate("ImportArticles", "Edit the title, outlet, author, URL, date and"
                                 " language of the article on screen"),
                       menus=(Place("article", 1, 1),), when=ws.has_article, writes=True),
        ])

    def open_sample_article(self) -> None:
        from factcheck_gui.sample import add_sample_article

        try:
            article = add_sample_article(self.ws.store)
        except FactcheckError as error:
            self.messages.show_error(
                translate("ImportArticles", "Could not add the sample article"), str(error))
            return
        if not self.feed.apply():  # already there: nothing was written
            self.library.refresh()
        self.library.select(article.id)
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_import_paths(self) -> list[Path]:
        from factcheck_gui.io.guess.language import preload
        from factcheck_gui.io.importers import SUPPORTED_SUFFIXES
        from factcheck_gui.ui.files.folders import ask_open_paths

        preload()  # while the user picks files
        articles = translate("ImportArticles", "Articles ({patterns})").format(
            patterns=" ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES))
        return ask_open_paths(self.messages.parent,
                              translate("ImportArticles", "Import Articles"), "articles",
                              articles + ";;" + translate("ImportArticles", "All files (*)"))

    def ask_open_duplicate(self, existing: Article, what: str) -> bool:
        """Whether to open the article that already has this text (else do nothing)."""
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("ImportArticles", "Already in the Library"),
                          translate("ImportArticles", "The text of {what} is already in the"
                                    " library as “{title}”.\n\nOpen that article instead?"
                                    ).format(what=what, title=existing.title),
                          parent=self.messages.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Open
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        return box.exec() == QMessageBox.StandardButton.Open

    def ask_near_duplicate(self, near: NearDuplicate, what: str) -> str | None:
        """"version" (store as a new version of the stored article), "article" (a
        separate article) or None (cancel) for a changed copy of a stored article."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("ImportArticles", "Changed Copy of a Stored Article"),
                          translate("ImportArticles", "The text of {what} is nearly the same as"
                                    " “{title}” ({changes}).\n\nStore it as a new version of"
                                    " that article (its claims follow the text), or add it as a"
                                    " separate article?").format(
                              what=what, title=near.article.title, changes=changes_text(near)),
                          parent=self.messages.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        as_version = box.addButton(translate("ImportArticles", "New &Version"),
                                   QMessageBox.ButtonRole.AcceptRole)
        separate = box.addButton(translate("ImportArticles", "&Separate Article"),
                                 QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(as_version)
        box.exec()
        clicked = box.clickedButton()
        return "version" if clicked is as_version else "article" if clicked is separate else None

    # -- one article ----------------------------------------------------------------------
    def paste_article(self) -> bool:
        """A new article from the clipboard; web addresses (one a line) are fetched."""
        from factcheck_gui.ui.web.controller import web_addresses

        urls = web_addresses(QGuiApplication.clipboard().text())
        if urls:
            return bool(self.import_batch(list(urls)).imported)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first guess loads a model
        try:
            new = clipboard_article()
        except (FactcheckError, ValueError) as error:
            QApplication.restoreOverrideCursor()
            self.messages.show_error(
                translate("ImportArticles", "Cannot paste an article"),
                f"{error}\n\n"
                + translate("ImportArticles", "Copy the article's text first, then paste again."))
            return False
        QApplication.restoreOverrideCursor()
        return self.add_checked_article(new, translate("ImportArticles", "the clipboard"))

    def import_one_file(self, path: Path) -> bool:
        from factcheck_gui.io.batch import failure_reason
        from factcheck_gui.io.importers import read_article_file

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            new = read_article_file(path)
        except Exception as error:  # one clear line, never a traceback
            QApplication.restoreOverrideCursor()
            self.messages.show_error(translate("ImportArticles", "Cannot import the file"),
                                     failure_reason(path, error))
            return False
        QApplication.restoreOverrideCursor()
        return self.add_checked_article(new, path.name)

    def add_checked_article(self, new: NewArticle, what: str) -> bool:
        """Offer the existing article for a duplicate; else confirm the details, add."""
        # The dialog and the comparison load with the first import, not at start-up.
        from factcheck_gui.core.near_duplicates import find_near_duplicates
        from factcheck_gui.ui.dialogs.article_metadata import FIELDS, ArticleMetadataDialog
        from factcheck_gui.ui.importing.notes import notes_text

        try:
            existing = self.ws.store.articles.find_articles_by_text(new.text)
        except FactcheckError as error:
            self.messages.show_error(translate("ImportArticles", "Cannot add the article"),
                                     str(error))
            return False
        if existing:
            if self.ask_open_duplicate(existing[0], what):
                self.library.select(existing[0].id, clear_search=True)
            return False
        near = find_near_duplicates(self.ws.store, new.text, limit=1) \
            if self.store_version is not None else []
        if near:
            choice = self.ask_near_duplicate(near[0], what)
            if choice is None:
                return False
            if choice == "version" and self.store_version is not None:
                self.library.select(near[0].article.id, clear_search=True)
                if self.ws.article_id != near[0].article.id:
                    return False
                note = translate("ImportArticles", "Updated from {what}").format(what=what)
                return self.store_version(new.text, note)
        values = ArticleMetadataDialog.ask(
            self.messages.parent, {name: getattr(new, name) for name in FIELDS}, importing=what,
            note=notes_text(new.notes) or None)
        if values is None:
            return False
        confirmed = replace(new, title=values["title"] or new.title, outlet=values["outlet"],
                            author=values["author"], url=values["url"],
                            published=values["published"], language=values["language"])
        return self._add_article(confirmed) is not None

    def _add_article(self, new: NewArticle, *, select: bool = True) -> str | None:
        """Add through the undo stack; the new article's id, or None if not saved."""
        command = AddArticle(self.ws.store, new)
        if not self.undo.push(command):
            return None
        if select:
            self.feed.apply()
            self.library.select(command.article_id or "", clear_search=True)
        return command.article_id

    # -- files ----------------------------------------------------------------------------
    def import_articles(self, paths: list[Path] | None = None) -> int:
        """Import article files, asking which unless given: one file with its details
        confirmed, several as a batch. Returns how many articles were added."""
        if self.feed.is_held():  # a batch is running (a drop slipped past its dialog)
            return 0
        paths = self.ask_import_paths() if paths is None else paths
        if not paths or not self.inspector.flush():
            return 0
        if len(paths) == 1:
            return int(self.import_one_file(paths[0]))
        result = self.import_batch(paths)
        return len(result.imported)

    def import_batch(self, paths: Sequence[Target]) -> BatchResult:
        """Import several files with a progress dialog; shows the summary at the end."""
        from factcheck_gui.ui.importing.batch_import import BatchImport, ImportSummaryDialog

        parent = self.messages.parent
        batch = BatchImport(paths, self._write_batch_article, parent=parent)
        count = len(paths)
        importing = translate("ImportArticles", "Importing %n file(s)…", None, count)
        progress = QProgressDialog(importing, translate("ImportArticles", "Cancel"), 0,
                                   len(paths), parent)
        progress.setWindowTitle(translate("ImportArticles", "Import Articles"))
        label = QLabel(progress)  # file names are shown as they are, never as markup
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        progress.setLabel(label)
        progress.setLabelText(importing)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(PROGRESS_WIDTH)  # long file names do not resize it
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(batch.cancel)
        progress.setValue(0)

        shown = [0.0]

        def advance(done: int, total: int, name: str) -> None:
            # setValue() repaints and runs the event loop: a few times a second is enough.
            now = time.monotonic()
            if now - shown[0] >= PROGRESS_EVERY_S or done == total:
                shown[0] = now
                name = progress.fontMetrics().elidedText(
                    name, Qt.TextElideMode.ElideMiddle, PROGRESS_WIDTH - 40)
                progress.setLabelText(translate("ImportArticles", "Imported {done} of %n file(s)",
                                                None, total).format(
                    done=QLocale().toString(done)) + "\n" + name)
                progress.setValue(done)

        loop = QEventLoop()
        batch.progressed.connect(advance)
        batch.finished.connect(lambda _result: loop.quit())
        try:
            with self.feed.held():  # one library refresh at the end, not one per file
                batch.start()
                if not batch.done:
                    loop.exec()
        finally:
            progress.close()
            progress.deleteLater()
            batch.deleteLater()
        result = batch.result
        self.last_import = result
        self.feed.apply()
        if result.imported:
            self.library.select(result.imported[0].article.id, clear_search=True)
        ImportSummaryDialog.show_result(parent, result)
        return result

    def _write_batch_article(self, path: Target,
                             new: NewArticle) -> Imported | Skipped | Failed:
        from factcheck_gui.io.batch import Failed, Imported, Skipped

        existing = self.ws.store.articles.find_articles_by_text(new.text)
        if existing:
            return Skipped(path, existing[0])
        problems: list[str] = []

        def note(message: str, _can_retry: bool) -> None:
            problems.append(message)

        self.undo.failed.connect(note)
        try:
            article_id = self._add_article(new, select=False)
        finally:
            self.undo.failed.disconnect(note)
        if article_id is None:
            # The summary lists it; the banner's Retry would re-add just this one.
            self.forget_failure()
            reason = problems[0] if problems else translate("ImportArticles", "could not be saved")
            return Failed(path, f"{path.name}: {reason}")
        return Imported(path, self.ws.store.articles.get_article(article_id), new.notes)

    # -- drag and drop (the window passes its events on) -------------------------------
    def drag_enter(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            # Not inside the drop: the dragging application waits until dropEvent returns.
            QTimer.singleShot(0, self.pane, lambda: self.import_articles(paths))

    # -- Article > Properties -------------------------------------------------------------
    def edit_article_properties(self) -> bool:
        article = self.ws.article
        if article is None or not self.inspector.flush():
            return False
        from factcheck_gui.ui.dialogs.article_metadata import FIELDS, ArticleMetadataDialog

        old = {name: getattr(article, name) for name in FIELDS}
        values = ArticleMetadataDialog.ask(self.messages.parent, old, note=provenance_note(article))
        if values is None:
            return False
        command = EditArticle(self.ws.store, article.id, old, values)
        if not command.new:
            return False
        return self.undo.push(command)


def provenance_note(article: Article) -> str:
    """Where the text came from, for the Properties dialog (read-only)."""
    origin = article.provenance
    day = QDate.fromString(article.imported_at[:10], Qt.DateFormat.ISODate)
    when = (QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid()
            else article.imported_at[:10])
    file, tool = origin.source_filename, origin.extractor
    if file and tool:
        text = translate("ImportArticles", "Imported from {file} with {tool} on {date}.")
    elif file:
        text = translate("ImportArticles", "Imported from {file} on {date}.")
    elif tool:
        text = translate("ImportArticles", "Imported by hand with {tool} on {date}.")
    else:
        text = translate("ImportArticles", "Imported by hand on {date}.")
    return text.format(file=file, tool=tool, date=when)


def changes_text(near: NearDuplicate) -> str:
    """What differs from the stored article, in the new text's terms:
    "2 lines added, 1 line changed"."""
    added, changed, removed = near.added, near.changed, near.removed
    parts = []
    if added:
        parts.append(translate("ImportArticles", "%n line(s) added", None, added))
    if changed:
        parts.append(translate("ImportArticles", "%n line(s) changed", None, changed))
    if removed:
        parts.append(translate("ImportArticles", "%n line(s) removed", None, removed))
    separator = translate("ImportArticles", ", ", "between the parts of a list")
    return separator.join(parts) or translate("ImportArticles", "only spacing changed")


def dropped_files(mime: QMimeData) -> list[Path]:
    """Local files among dropped URLs (anything else is not ours to open)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def clipboard_article() -> NewArticle:
    """The clipboard as an article: its HTML (paragraphs and the page's metadata kept)
    when there is some that reads, else its plain text. Raises the importers' errors."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasHtml():
        from factcheck_gui.io.html_import import article_from_clipboard_html

        try:
            return article_from_clipboard_html(mime.html())
        except (FactcheckError, ValueError):
            pass  # fall back to the plain text of the same copy
    from factcheck_gui.io.text_import import article_from_text  # on first paste

    return article_from_text(clipboard.text())
