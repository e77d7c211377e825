"""The find bar under a text view: find as you type, every match marked.

Enter / Shift+Enter (and F3 / Shift+F3, where the window gives them) go to the
next / previous match, wrapping at the ends; "3 of 12" says where you are.
Matching ignores quote and dash variants (core/textfind.py). The current match
is the view's selection, so Escape returns to the text with it selected and
the view's own keys (Return: make a claim) act on it. Where the bar can make
claims, Ctrl+Return makes the current match one.

The bar serves any QTextEdit: the article's reading pane (read-only or being
corrected) and the Versions window's text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QWidget,
)

from factcheck_gui.core.textfind import FindOptions, find_all, nearest
from factcheck_gui.ui.article.find_marks import FindMarks
from factcheck_gui.ui.article.highlight import OffsetMap
from factcheck_gui.ui.i18n import translate

CLAIM_KEY_TEXT = "Ctrl+Return"
REFRESH_MS = 150  # after the text itself changed (typing while correcting)


def document_text(view: QTextEdit) -> str:
    """The view's characters, one for each document position (line and paragraph
    separators as newlines; no-break spaces kept)."""
    return view.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


class FindBar(QFrame):
    """Find in one text view. `claim_requested(start, end)` (code points of the
    view's text) asks for the current match to become a claim."""

    claim_requested = Signal(int, int)
    closed = Signal()

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.view = view
        self.marks = FindMarks(view)
        self.matches: list[tuple[int, int]] = []  # code points
        self.current = -1
        self._text: str | None = None  # the view's text as last read
        self._offsets = OffsetMap("")
        self._from = 0  # where finding starts: the caret when the bar opened

        self.query = QLineEdit()
        self.query.setObjectName("findQuery")
        self.query.setAccessibleName(translate("FindBar", "Find in the text"))
        self.query.setPlaceholderText(translate("FindBar", "Find in the text"))
        self.query.setClearButtonEnabled(True)
        self.query.setMinimumWidth(120)
        self.query.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(
            translate("FindBar", "{current} of {total}").format(current=999, total=9999)))
        self.previous_button = _tool(
            "▲", translate("FindBar", "Previous match (Shift+Enter, Shift+F3)")
        )
        self.next_button = _tool("▼", translate("FindBar", "Next match (Enter, F3)"))
        # Compact toggles, as editors show them (the column may be narrow); each says
        # what it does on hover and to a screen reader.
        self.case = _toggle(
            "Aa", translate("FindBar", "Match case: tell capital letters from small ones")
        )
        self.whole = _toggle(
            "|ab|",
            translate("FindBar", "Whole words: only matches that start and end at word edges"),
        )
        for box in (self.case, self.whole):
            box.toggled.connect(lambda _on: self.search())
        self.claim_button = QPushButton(
            translate("FindBar", "Make Claim ({key})").format(key=CLAIM_KEY_TEXT))
        self.claim_button.setObjectName("findMakeClaim")
        self.claim_button.setToolTip(
            translate("FindBar", "Make the current match a claim (undo with Ctrl+Z)")
        )
        self.claim_button.clicked.connect(self.request_claim)
        # The box gives way before the button's key does.
        self.claim_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.claim_button.hide()
        self.close_button = _tool("✕", translate("FindBar", "Close the find bar (Escape)"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.query.textChanged.connect(lambda _text: self.search())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.case)
        layout.addWidget(self.whole)
        layout.addWidget(self.claim_button)
        layout.addWidget(self.close_button)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._text_changed)
        view.document().contentsChanged.connect(self._document_changed)
        self.hide()

    # -- opening and closing -------------------------------------------------------------
    def open(self) -> None:
        """Show the bar with the keys in its box; the selected words (if any, short)
        become the phrase, else the last phrase is offered again, selected."""
        cursor = self.view.textCursor()
        selected = cursor.selectedText()
        self._from = self._code_point(cursor.selectionStart())
        if selected and "\u2029" not in selected and len(selected) <= 200:
            self.query.setText(selected)
        self.show()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        self.search()

    def close_bar(self) -> None:
        """Hide the bar and its marks; the text gets the keys, the match selected."""
        self.hide()
        self.marks.set_spans([], -1)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.closed.emit()

    def set_can_make_claims(self, allowed: bool) -> None:
        self.claim_button.setVisible(allowed)

    # -- finding ---------------------------------------------------------------------------
    def options(self) -> FindOptions:
        return FindOptions(case_sensitive=self.case.isChecked(),
                           whole_word=self.whole.isChecked())

    def search(self) -> None:
        """Find the phrase again (it, the options or the text changed)."""
        if not self.isVisible():
            return
        text = self._read_text()
        self.matches = find_all(text, self.query.text(), self.options())
        self.current = nearest(self.matches, self._from) if self.matches else -1
        self._show_current(move=True)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if not self.matches:
            self.search()
            return
        self.current = (self.current + step) % len(self.matches)
        self._from = self.matches[self.current][0]
        self._show_current(move=True)

    def current_match(self) -> tuple[int, int] | None:
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    def count_text(self) -> str:
        if not self.query.text().strip():
            return ""
        if not self.matches:
            return translate("FindBar", "No matches")
        number = QLocale().toString
        return translate("FindBar", "{current} of {total}").format(
            current=number(self.current + 1), total=number(len(self.matches)))

    def request_claim(self) -> None:
        match = self.current_match()
        if match is not None:
            self.claim_requested.emit(*match)

    def _show_current(self, *, move: bool) -> None:
        self.count.setText(self.count_text())
        self.query.setProperty("noMatch", bool(self.query.text().strip()) and not self.matches)
        to_qt = self._offsets.to_qt
        spans = [(to_qt(a), to_qt(b)) for a, b in self.matches]
        self.marks.set_spans(spans, self.current)
        match = self.current_match()
        if match is None or not move:
            return
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(to_qt(match[0]))
        cursor.setPosition(to_qt(match[1]), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)  # scrolls it into view
        self.view.ensureCursorVisible()

    # -- the text ----------------------------------------------------------------------------
    def _read_text(self) -> str:
        if self._text is None:
            self._text = document_text(self.view)
            self._offsets = OffsetMap(self._text)
        return self._text

    def _code_point(self, position: int) -> int:
        self._read_text()
        return self._offsets.from_qt(position)

    def _document_changed(self) -> None:
        # Format changes (claim colours) also land here: read the text again only
        # when it is needed, and find again only while the bar shows.
        self._text = None
        if self.isVisible():
            self._refresh.start()

    def _text_changed(self) -> None:
        if not self.isVisible():
            return
        text = self._read_text()
        self.matches = find_all(text, self.query.text(), self.options())
        match = self.current_match()
        self.current = min(self.current, len(self.matches) - 1) if match else (
            nearest(self.matches, self._from) if self.matches else -1)
        self._show_current(move=False)

    # -- keys in the box ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                    mods & Qt.KeyboardModifier.ControlModifier):
                self._step(-1 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
        return super().eventFilter(watched, event)


def _toggle(text: str, tip: str) -> QToolButton:
    button = _tool(text, tip)
    button.setCheckable(True)
    return button


def _tool(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button
