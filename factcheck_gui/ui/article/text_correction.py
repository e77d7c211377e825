"""Edit mode: Article > Correct Text (F2) makes the article text editable, for typos
and OCR slips. Done (or F2 again) stores the corrected text as a new version through
the same undoable command as an update; Escape cancels (asking only if something
changed). While editing, claims are hidden from the text and every other command is
off, so nothing can change under the user's hands. Mixed into MainWindow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QWidget,
)

from factcheck_gui.core.models import ArticleVersion
from factcheck_gui.core.textdiff import changes
from factcheck_gui.ui.article.article_view import same_title

if TYPE_CHECKING:
    from factcheck_gui.ui.shell.main_window import MainWindow

# Actions that stay on while editing (everything else could change data or the view).
KEEP_ON = {"edit_text", "cancel_edit", "quit", "about", "shortcuts", "toggle_library",
           "toggle_claims", "toggle_inspector", "toolbar", "toggle_review"}
NOTE = "Corrected in the window"


class EditBar(QFrame):
    done_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editBar")
        self.setStyleSheet("#editBar { background: #fff4c2; border-bottom: 1px solid #d6b740; }"
                           "#editBar QLabel { color: #3a3000; }")
        message = QLabel("Correcting the text. Claims are hidden while you type; Done stores "
                         "the corrected text as a new version and puts them back.")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = QPushButton("Done")
        self.done_button.setToolTip("Store the corrected text as a new version (F2)")
        self.done_button.clicked.connect(self.done_requested)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Leave the text as it was (Escape)")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(message, 1)
        layout.addWidget(self.done_button)
        layout.addWidget(self.cancel_button)
        self.hide()


class DiscardEditsDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """True to throw the corrections away. Tests replace this."""
        answer = QMessageBox.question(
            parent, "Discard corrections?",
            "You changed the article's text. Leave edit mode without storing the changes?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


@dataclass
class EditSession:
    article_id: str
    version: ArticleVersion
    shown: str  # the text as the document holds it on entering (Qt may normalise)
    enabled: dict[str, bool]
    scroll: int


class EditModeWork:
    """Entering, finishing and cancelling edit mode (see MainWindow)."""

    edit_session: EditSession | None = None

    def is_editing(self: MainWindow) -> bool:
        return self.edit_session is not None

    def _show_suggestions(self: MainWindow, suggestions: list) -> None:
        """Suggested claims (claim finder) wait until the text is stored: their
        offsets belong to the text as it was, and A / D are letters while typing."""
        if self.is_editing():
            self.suggestions = []
            self.article_view.pane.set_suggestions([])
            return
        super()._show_suggestions(suggestions)  # type: ignore[misc]

    def dragEnterEvent(self: MainWindow, event: QDragEnterEvent) -> None:
        if self.is_editing():
            event.ignore()  # no importing while the text is being corrected
            return
        super().dragEnterEvent(event)  # type: ignore[misc]

    def toggle_edit_mode(self: MainWindow) -> bool:
        return self.finish_editing() if self.is_editing() else self.enter_edit_mode()

    def enter_edit_mode(self: MainWindow) -> bool:
        view, pane = self.article_view, self.article_view.pane
        if view.article is None or view.version is None or not self.inspector.flush():
            self.act.edit_text.setChecked(False)
            return False
        version = view.version
        scroll = pane.verticalScrollBar().value()
        cursor_at = pane.textCursor().position()
        enabled = {name: action.isEnabled() for name, action in self.act.all.items()}
        enabled.update({f"verdict:{n}": a.isEnabled() for n, a in enumerate(self.act.verdicts)})
        # Plain text, no claims painted: what the user types is all there is.
        heading = same_title(version.text.split("\n", 1)[0], view.article.title)
        pane.show_text(version.text, heading=heading)
        pane.set_claims([], pane.scale)
        self.edit_session = EditSession(view.article.id, version, _document_text(pane),
                                        enabled, scroll)
        for name, action in self.act.all.items():
            action.setEnabled(name in KEEP_ON)
        for action in self.act.verdicts:
            action.setEnabled(False)
        if self.act.recent_menu is not None:  # its entries are not in act.all
            self.act.recent_menu.setEnabled(False)
        for widget in (self.library, self.claims_table, self.inspector, self.review_pane):
            widget.setEnabled(False)
        self.summary_banner.hide()
        pane.setReadOnly(False)
        pane.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        pane.setUndoRedoEnabled(True)  # Ctrl+Z undoes typing while editing
        self.act.edit_text.setChecked(True)
        self.act.cancel_edit.setEnabled(True)
        self.edit_bar.show()
        cursor = pane.textCursor()
        cursor.setPosition(min(cursor_at, len(self.edit_session.shown)))
        pane.setTextCursor(cursor)
        pane.verticalScrollBar().setValue(scroll)
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.statusBar().showMessage("Edit mode: correct the text, then press Done (F2) or "
                                     "Escape to cancel.", 8000)
        return True

    def edited_text(self: MainWindow) -> str | None:
        """The text as corrected so far (None when not editing)."""
        session = self.edit_session
        if session is None:
            return None
        now = _document_text(self.article_view.pane)
        if session.shown == session.version.text:
            return now
        # Qt changed some characters on the way in: carry only the user's edits over.
        text = session.version.text
        if len(session.shown) != len(text):
            return now
        for change in reversed(changes(session.shown, now)):
            text = text[: change.old_start] + change.added + text[change.old_end :]
        return text

    def finish_editing(self: MainWindow) -> bool:
        """Leave edit mode, storing the corrected text as a new version (if changed)."""
        session = self.edit_session
        if session is None:
            return True
        text = self.edited_text()
        if text is None or text == session.version.text:
            self._leave_edit_mode()
            return True
        if not text.strip():
            self.show_error("Cannot store an empty text",
                            "The article's text cannot be empty. Undo the deletion (Ctrl+Z) "
                            "or cancel with Escape.")
            return False
        from factcheck_gui.ui.article.versions import AddVersion

        command = AddVersion(self.store, session.article_id, text, NOTE, "Correct Article Text")
        if not self.controller.push(command, retry=self.finish_editing):
            return False  # the banner says why; the corrections stay on screen
        self._leave_edit_mode()
        if command.update is not None:
            self.show_update_summary(command)
        return True

    def cancel_editing(self: MainWindow) -> bool:
        """Leave edit mode without storing; asks first if the text was changed."""
        session = self.edit_session
        if session is None:
            return True
        text = self.edited_text()
        if text != session.version.text and not DiscardEditsDialog.ask(self):
            return False
        self._leave_edit_mode()
        self.statusBar().showMessage("Corrections discarded; the text is as it was.", 5000)
        return True

    def finish_editing_on_close(self: MainWindow) -> bool:
        """Closing the window stores the corrections, as other typing is saved."""
        return self.finish_editing() or self.confirm_discard()

    def _leave_edit_mode(self: MainWindow) -> None:
        session = self.edit_session
        assert session is not None
        self.edit_session = None
        pane = self.article_view.pane
        pane.setUndoRedoEnabled(False)
        pane.setReadOnly(True)
        pane.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.edit_bar.hide()
        self._fill_recent_menu()  # re-enables Open Recent if it has entries
        for widget in (self.library, self.claims_table, self.inspector, self.review_pane):
            widget.setEnabled(True)
        for name, action in self.act.all.items():
            action.setEnabled(session.enabled.get(name, True))
        for number, action in enumerate(self.act.verdicts):
            action.setEnabled(session.enabled.get(f"verdict:{number}", True))
        self.act.edit_text.setChecked(False)
        self.act.cancel_edit.setEnabled(False)
        self.article_view.version = None  # paint the stored text afresh, claims and all
        self.apply_pending_changes()  # what was held back while editing
        if self.article_view.version is None and self.current_article_id() is not None:
            self.show_article(self.current_article_id())
        self._update_claim_actions()
        self._update_undo_actions()
        self.act.retry.setEnabled(self.controller.can_retry())
        pane.verticalScrollBar().setValue(session.scroll)
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _document_text(pane: QTextEdit) -> str:
    """The document's characters as typed (toPlainText would turn no-break spaces
    into spaces); paragraph and line separators become newlines."""
    return pane.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
