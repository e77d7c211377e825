"""Article > Correct Text (F2) makes the article text editable, for typos and OCR
slips. Done (or F2 again) stores the corrected text as a new version through the
same undoable command as an update; Escape cancels (asking only if something
changed). While correcting, claims are hidden from the text and every other
command is off (the workspace's mode), so nothing can change under the user's hands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTextEdit, QWidget

from factcheck_gui.core.models import ArticleVersion
from factcheck_gui.ui.article.article_view import ArticleView, same_title
from factcheck_gui.ui.article.controller import ArticleController
from factcheck_gui.ui.article.review import ReviewController
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.edits.versions import AddVersion
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import LOCAL, ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Mode, Workspace
from factcheck_gui.ui.widgets.banner import Banner

NOTE = "Corrected in the window"


class EditBar(Banner):
    done_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("editBar", "#fff4c2", "#d6b740", "#3a3000", framed=False,
                         parent=parent)
        self.message.setText(
            translate(
                "TextCorrection",
                "Correcting the text. Claims are hidden while you type; Done "
                "stores the corrected text as a new version and puts them back.",
            )
        )
        self.done_button = self.add_button(
            translate("TextCorrection", "Done"),
            translate("TextCorrection", "Store the corrected text as a new version (F2)"),
        )
        self.done_button.clicked.connect(self.done_requested)
        self.cancel_button = self.add_button(
            translate("TextCorrection", "Cancel"),
            translate("TextCorrection", "Leave the text as it was (Escape)"),
        )
        self.cancel_button.clicked.connect(self.cancel_requested)


class DiscardEditsDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """True to throw the corrections away. Tests replace this."""
        from PySide6.QtWidgets import QMessageBox  # as dialogs are, when asked for

        answer = QMessageBox.question(
            parent,
            translate("TextCorrection", "Discard corrections?"),
            translate(
                "TextCorrection",
                "You changed the article's text. Leave edit mode without storing the changes?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


@dataclass
class EditSession:
    """The article text being corrected, as it was on entering."""

    article_id: str
    version: ArticleVersion
    shown: str  # the text as the document holds it on entering (Qt may normalise)
    scroll: int


class TextCorrectionController:
    """Entering, finishing and cancelling the correction of an article's text."""

    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, view: ArticleView, article: ArticleController,
                 inspector: Inspector, review: ReviewController,
                 apply_changes: Callable[[], object],
                 frozen: Sequence[QWidget]) -> None:
        self.ws, self.undo, self.messages, self.registry = ws, undo, messages, registry
        self.view, self.article, self.inspector, self.review = view, article, inspector, review
        self.apply_changes = apply_changes  # the held-back store changes, once done
        self.frozen = frozen  # widgets off while correcting
        self.session: EditSession | None = None
        registry.declare(
            [
                ActionSpec(
                    "edit_text",
                    translate("TextCorrection", "Co&rrect Text"),
                    self.toggle_edit_mode,
                    ("F2",),
                    translate(
                        "TextCorrection",
                        "Fix typos in the article's text; Done stores it as a new version",
                    ),
                    menus=(Place("article", 2, 3),),
                    checkable=True,
                    when=ws.has_article,
                    while_correcting=True,
                    writes=True,
                ),
                ActionSpec(
                    "cancel_edit",
                    translate("TextCorrection", "Cancel Correcting"),
                    self.cancel_editing,
                    ("Escape",),
                    translate("TextCorrection", "Leave edit mode without storing the changes"),
                    LOCAL,
                    when=ws.is_correcting,
                    while_correcting=True,
                    widgets=(view.pane,),
                ),
            ]
        )
        self.edit_bar = EditBar()
        view.insert_strip(self.edit_bar)
        self.edit_bar.done_requested.connect(self.finish_editing)
        self.edit_bar.cancel_requested.connect(self.cancel_editing)

    def is_editing(self) -> bool:
        return self.session is not None

    def toggle_edit_mode(self) -> bool:
        return self.finish_editing() if self.is_editing() else self.enter_edit_mode()

    def enter_edit_mode(self) -> bool:
        view, pane = self.view, self.view.pane
        if view.article is None or view.version is None or not self.inspector.flush():
            self.registry.edit_text.setChecked(False)
            return False
        version = view.version
        scroll = pane.verticalScrollBar().value()
        cursor_at = pane.textCursor().position()
        # Plain text, no claims painted: what the user types is all there is.
        heading = same_title(version.text.split("\n", 1)[0], view.article.title)
        pane.show_text(version.text, heading=heading)
        pane.set_claims([], pane.scale)
        self.session = EditSession(view.article.id, version, _document_text(pane), scroll)
        for widget in self.frozen:
            widget.setEnabled(False)
        self.review.summary_banner.hide()
        pane.setReadOnly(False)
        pane.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        pane.setUndoRedoEnabled(True)  # Ctrl+Z undoes typing while editing
        self.ws.set_mode(Mode.CORRECTING)
        self.registry.update()
        self.registry.edit_text.setChecked(True)
        self.edit_bar.show()
        cursor = pane.textCursor()
        cursor.setPosition(min(cursor_at, len(self.session.shown)))
        pane.setTextCursor(cursor)
        pane.verticalScrollBar().setValue(scroll)
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.messages.status(
            translate(
                "TextCorrection",
                "Edit mode: correct the text, then press Done (F2) or Escape to cancel.",
            ),
            8000,
        )
        return True

    def edited_text(self) -> str | None:
        """The text as corrected so far (None when not editing)."""
        session = self.session
        if session is None:
            return None
        now = _document_text(self.view.pane)
        if session.shown == session.version.text:
            return now
        # Qt changed some characters on the way in: carry only the user's edits over.
        text = session.version.text
        if len(session.shown) != len(text):
            return now
        from factcheck_gui.core.textdiff import changes  # only once text was edited

        for change in reversed(changes(session.shown, now)):
            text = text[: change.old_start] + change.added + text[change.old_end :]
        return text

    def finish_editing(self) -> bool:
        """Leave edit mode, storing the corrected text as a new version (if changed)."""
        session = self.session
        if session is None:
            return True
        text = self.edited_text()
        if text is None or text == session.version.text:
            self._leave_edit_mode()
            return True
        if not text.strip():
            self.messages.show_error(
                translate("TextCorrection", "Cannot store an empty text"),
                translate(
                    "TextCorrection",
                    "The article's text cannot be empty. Undo the deletion (Ctrl+Z) "
                    "or cancel with Escape.",
                ),
            )
            return False
        command = AddVersion(self.ws.store, session.article_id, text, NOTE,
                             translate("TextCorrection", "Correct Article Text"))
        if not self.undo.push(command, retry=self.finish_editing):
            return False  # the banner says why; the corrections stay on screen
        self._leave_edit_mode()
        if command.update is not None:
            self.review.show_update_summary(command)
        return True

    def cancel_editing(self) -> bool:
        """Leave edit mode without storing; asks first if the text was changed."""
        session = self.session
        if session is None:
            return True
        text = self.edited_text()
        if text != session.version.text and not DiscardEditsDialog.ask(self.messages.parent):
            return False
        self._leave_edit_mode()
        self.messages.status(
            translate("TextCorrection", "Corrections discarded; the text is as it was."), 5000
        )
        return True

    def finish_editing_on_close(self) -> bool:
        """Closing the window stores the corrections, as other typing is saved."""
        return self.finish_editing() or self.messages.confirm_discard()

    def _leave_edit_mode(self) -> None:
        session = self.session
        assert session is not None
        self.session = None
        pane = self.view.pane
        pane.setUndoRedoEnabled(False)
        pane.setReadOnly(True)
        pane.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.edit_bar.hide()
        for widget in self.frozen:
            widget.setEnabled(True)
        self.ws.set_mode(self.ws.reading_mode())
        self.registry.edit_text.setChecked(False)
        self.article.forget_text()  # paint the stored text afresh, claims and all
        self.apply_changes()  # what was held back while editing
        if self.article.text_is_stale():
            self.article.show_article(self.ws.article_id or "")
        self.registry.update()
        pane.verticalScrollBar().setValue(session.scroll)
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _document_text(pane: QTextEdit) -> str:
    """The document's characters as typed (toPlainText would turn no-break spaces
    into spaces); paragraph and line separators become newlines."""
    return pane.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
