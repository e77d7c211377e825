"""Article > Versions…: every stored text of an article, a readable diff of any two,
and the full text of any one, read-only, with the claims that were on it
(Ctrl+F finds in it).

The diff and the text are built from plain text with QTextCursor.insertText /
setPlainText and character formats (removed: struck through on red, added:
underlined on green; claims: their verdict's colour); article text never goes
through HTML.
"""

from __future__ import annotations

import bisect
import re
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.colours import DIFF
from factcheck_gui.core.models import ArticleVersion, Claim, RatingScale
from factcheck_gui.core.store import Store
from factcheck_gui.core.textdiff import TextChange, changes
from factcheck_gui.ui.article.find_bar import FindBar
from factcheck_gui.ui.article.highlight import OffsetMap, claim_format, is_dark, verdict_colour
from factcheck_gui.ui.article.reading_pane import reading_font
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.library.model import format_date
from factcheck_gui.ui.widgets.list_table import list_table
from factcheck_gui.ui.widgets.safe_text import tooltip

CONTEXT = 60  # unchanged characters shown on each side of a change
MAX_CHANGES = 400  # changes drawn; more are counted, not shown
(REMOVED_BG, REMOVED_FG), (ADDED_BG, ADDED_FG) = DIFF["removed"], DIFF["added"]


class VersionsDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, article_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.store = store
        article = store.articles.get_article(article_id)
        self.versions: list[ArticleVersion] = store.versions.list_versions(article_id)
        current = article.current_version_id
        self.setWindowTitle(translate("VersionsDialog", "Versions of “{title}”").format(
            title=article.title[:60]))

        self.table = list_table(
            len(self.versions),
            [
                translate("VersionsDialog", "Version"),
                translate("VersionsDialog", "Saved"),
                translate("VersionsDialog", "Note"),
                translate("VersionsDialog", "Characters"),
            ],
            name="versionsTable",
            label=translate("VersionsDialog", "Versions"),
            single=True,
        )
        for row, version in enumerate(self.versions):
            number = (translate("VersionsDialog", "{number}  (current)").format(
                number=QLocale().toString(version.number)) if version.id == current
                else QLocale().toString(version.number))
            note = version.note or (
                translate("VersionsDialog", "First text") if version.number == 1 else ""
            )
            values = (
                number,
                saved_at(version.created_at),
                note,
                QLocale().toString(len(version.text)),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tooltip(value))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.old_choice, self.new_choice = QComboBox(), QComboBox()
        self.old_choice.setAccessibleName(translate("VersionsDialog", "Compare from version"))
        self.new_choice.setAccessibleName(translate("VersionsDialog", "Compare to version"))
        for version in self.versions:
            for combo in (self.old_choice, self.new_choice):
                combo.addItem(translate("VersionsDialog", "Version {number}").format(
                    number=QLocale().toString(version.number)), version.id)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.diff = QTextEdit()
        self.diff.setObjectName("versionsDiff")
        self.diff.setReadOnly(True)
        self.diff.setAcceptRichText(False)
        self.diff.setAccessibleName(
            translate("VersionsDialog", "Differences between the two versions")
        )
        self.diff.document().setDefaultFont(reading_font())

        compare = QHBoxLayout()
        compare.addWidget(QLabel(translate("VersionsDialog", "Compare")))
        compare.addWidget(self.old_choice)
        compare.addWidget(
            QLabel(translate("VersionsDialog", "with", "Compare version A with version B"))
        )
        compare.addWidget(self.new_choice)
        compare.addStretch(1)
        compare.addWidget(self.summary)
        changes_tab = QWidget()
        lower_layout = QVBoxLayout(changes_tab)
        lower_layout.setContentsMargins(6, 6, 6, 6)
        lower_layout.addLayout(compare)
        lower_layout.addWidget(self.diff, 1)

        # The full text of the version picked in the table, as it was.
        self.text_heading = QLabel()
        self.text_heading.setObjectName("versionTextHeading")
        self.text_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(translate("VersionsDialog", "Copy Text"))
        self.copy_button.setToolTip(
            translate("VersionsDialog", "Copy this version's whole text to the clipboard")
        )
        self.copy_button.clicked.connect(self.copy_text)
        self.text_view = QTextEdit()
        self.text_view.setObjectName("versionText")
        self.text_view.setReadOnly(True)
        self.text_view.setAcceptRichText(False)
        self.text_view.setUndoRedoEnabled(False)
        self.text_view.setAccessibleName(
            translate("VersionsDialog", "The text of the chosen version")
        )
        self.text_view.document().setDefaultFont(reading_font())
        text_top = QHBoxLayout()
        text_top.addWidget(self.text_heading, 1)
        text_top.addWidget(self.copy_button)
        text_tab = QWidget()
        text_layout = QVBoxLayout(text_tab)
        text_layout.setContentsMargins(6, 6, 6, 6)
        text_layout.addLayout(text_top)
        text_layout.addWidget(self.text_view, 1)
        self.find_bar = FindBar(self.text_view)
        text_layout.addWidget(self.find_bar)
        for keys, slot in (((QKeySequence.StandardKey.Find,), self.find_in_text),
                           (("F3",), self.find_bar.find_next),
                           (("Shift+F3",), self.find_bar.find_previous)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _c=False, slot=slot: slot())
            self.addAction(action)
        self.shown_version: ArticleVersion | None = None
        self.shown_claims: list[tuple[Claim, int, int]] = []

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(translate("VersionsDialog", "The chosen version"))
        self.tabs.addTab(changes_tab, translate("VersionsDialog", "Changes"))
        self.tabs.addTab(text_tab, translate("VersionsDialog", "Text"))
        self.tabs.setTabToolTip(
            1,
            translate(
                "VersionsDialog", "The chosen version's full text, with the claims that were on it"
            ),
        )
        self.tabs.currentChanged.connect(lambda _i: self._show_chosen_text())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 450])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)

        self.table.currentCellChanged.connect(lambda row, *_: self._row_chosen(row))
        self.old_choice.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.new_choice.currentIndexChanged.connect(lambda _i: self.show_diff())
        last = len(self.versions) - 1
        self.table.setCurrentCell(last, 0)  # the latest change is the one to look at
        self.show_diff()

    def find_in_text(self) -> None:
        """Ctrl+F: the find bar over the chosen version's text (the Text tab)."""
        if self.tabs.currentIndex() != 1:
            self.tabs.setCurrentIndex(1)
        self.find_bar.open()

    def _row_chosen(self, row: int) -> None:
        """Picking a version compares it with the one before it (and shows its text
        when the Text tab is open)."""
        if not 0 <= row < len(self.versions):
            return
        self._compare_with_previous(row)
        self._show_chosen_text()

    def _compare_with_previous(self, row: int) -> None:
        for combo, index in ((self.old_choice, max(0, row - 1)), (self.new_choice, row)):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.show_diff()

    def _show_chosen_text(self) -> None:
        row = self.table.currentRow()
        if self.tabs.currentIndex() == 1 and 0 <= row < len(self.versions):
            self.show_text(self.versions[row].number)

    def show_text(self, number: int) -> None:
        """Show the full text of version `number`, read-only, with the claims that
        were anchored on it highlighted in their verdict's colour."""
        version = next(v for v in self.versions if v.number == number)
        if self.tabs.currentIndex() != 1:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
        row = self.versions.index(version)
        if self.table.currentRow() != row:
            self.table.blockSignals(True)
            self.table.setCurrentCell(row, 0)
            self.table.blockSignals(False)
            self._compare_with_previous(row)
        if self.shown_version is not None and self.shown_version.id == version.id:
            return
        self.shown_version = version
        self.shown_claims = self.store.versions.claims_on_version(version.id)
        render_version_text(self.text_view, version.text, self.shown_claims,
                            self.store.scales.active_scale())
        count = len(self.shown_claims)
        claims = (translate("VersionsDialog", "no claims were on this text") if not count else
                  translate("VersionsDialog", "%n claim(s) were on this text", None, count))
        self.text_heading.setText(
            translate("VersionsDialog", "Version {number}, saved {saved} · {characters}"
                      " characters · {claims}").format(
                number=QLocale().toString(version.number), saved=saved_at(version.created_at),
                characters=QLocale().toString(len(version.text)), claims=claims))

    def copy_text(self) -> None:
        """The shown version's whole text to the clipboard, as plain text."""
        if self.shown_version is not None:
            QGuiApplication.clipboard().setText(self.shown_version.text)

    def compare(self, old_number: int, new_number: int) -> None:
        """Show the differences from version `old_number` to `new_number`."""
        numbers = [v.number for v in self.versions]
        self.old_choice.setCurrentIndex(numbers.index(old_number))
        self.new_choice.setCurrentIndex(numbers.index(new_number))
        self.show_diff()

    def show_diff(self) -> None:
        old = self.versions[self.old_choice.currentIndex()]
        new = self.versions[self.new_choice.currentIndex()]
        count = render_diff(self.diff, old.text, new.text, old.number, new.number)
        self.summary.setText(translate("VersionsDialog", "no differences") if count == 0 else
                             translate("VersionsDialog", "%n change(s)", None, count))

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, article_id: str) -> None:
        """Show the versions until closed. Tests replace this."""
        dialog = cls(parent, store, article_id)
        dialog.exec()


def render_diff(view: QTextEdit, old: str, new: str, old_number: int, new_number: int) -> int:
    """Write the changes from `old` to `new` into `view`, one paragraph per change,
    each with some unchanged text around it; returns how many changes there are."""
    found = changes(old, new)
    document = view.document()
    document.clear()
    cursor = QTextCursor(document)
    plain = QTextCharFormat()
    muted = QTextCharFormat()
    muted.setForeground(view.palette().color(QPalette.ColorRole.PlaceholderText))
    heading = QTextCharFormat(muted)
    heading.setFontWeight(QFont.Weight.DemiBold)
    heading.setFontPointSize(document.defaultFont().pointSizeF() * 0.85)
    removed, added = QTextCharFormat(), QTextCharFormat()
    removed.setBackground(QColor(REMOVED_BG))
    removed.setForeground(QColor(REMOVED_FG))
    removed.setFontStrikeOut(True)
    added.setBackground(QColor(ADDED_BG))
    added.setForeground(QColor(ADDED_FG))
    added.setFontUnderline(True)
    cursor.beginEditBlock()
    if old_number == new_number:
        cursor.insertText(
            translate(
                "VersionsDialog", "The same version is chosen twice; choose another to compare."
            ),
            muted,
        )
    elif not found:
        cursor.insertText(translate("VersionsDialog", "Versions {old} and {new} have the same"
                                    " text.").format(
            old=QLocale().toString(old_number), new=QLocale().toString(new_number)), muted)
    starts = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", old)] if found else []
    for number, change in enumerate(found[:MAX_CHANGES], start=1):
        if number > 1:
            cursor.insertBlock()
            cursor.insertBlock()
        paragraph = max(1, bisect.bisect_right(starts, change.old_start))
        cursor.insertText(
            translate(
                "VersionsDialog", "Change {number} of {total} · paragraph {paragraph}"
            ).format(
                number=QLocale().toString(number),
                total=QLocale().toString(len(found)),
                paragraph=QLocale().toString(paragraph),
            ),
            heading,
        )
        cursor.insertBlock()
        low = found[number - 2].old_end if number > 1 else 0
        high = found[number].old_start if number < len(found) else len(old)
        start, end, gone, new_words = _whole_words(old, new, change, low, high)
        before, after = _context(old, start, end)
        cursor.insertText(before, plain)
        if gone:
            cursor.insertText(_shown(gone), removed)
        if gone and new_words:
            cursor.insertText(" ", plain)
        if new_words:
            cursor.insertText(_shown(new_words), added)
        cursor.insertText(after, plain)
    if len(found) > MAX_CHANGES:
        cursor.insertBlock()
        cursor.insertBlock()
        more = len(found) - MAX_CHANGES
        cursor.insertText(translate("VersionsDialog", "… and %n more change(s).", None, more),
                          muted)
    cursor.endEditBlock()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    return len(found)


def render_version_text(view: QTextEdit, text: str, spans: list[tuple[Claim, int, int]],
                        scale: RatingScale | None) -> None:
    """Put `text` into `view` as plain text and paint each claim span on it with
    character formats, in its verdict's colour; a claim's quote as a tooltip."""
    view.setPlainText(text)
    document = view.document()
    offsets = OffsetMap(text)
    dark = is_dark(view.palette())
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for claim, start, end in spans:
        fmt = claim_format(verdict_colour(claim, scale),
                           judged=claim.verdict is not None, dark=dark)
        fmt.setToolTip(tooltip(claim.verdict or translate("VersionsDialog", "not judged yet")))
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
    view.moveCursor(QTextCursor.MoveOperation.Start)


def saved_at(stamp: str) -> str:
    """An ISO timestamp as the user's local date and time: '25 Nov 2026, 14:32'."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    clock = QLocale().toString(QTime(moment.hour, moment.minute),
                               QLocale.FormatType.ShortFormat)
    return translate("VersionsDialog", "{date}, {time}").format(
        date=format_date(moment.date().isoformat()), time=clock)


def _whole_words(old: str, new: str, change: TextChange, low: int,
                 high: int) -> tuple[int, int, str, str]:
    """A replacement widened to whole words ("14.2" -> "14.3", not "2" -> "3"):
    the unchanged letters around it are the same in both texts. Stays within
    [low, high), the unchanged stretch between its neighbours. Pure insertions
    and deletions are shown as they are."""
    replaced = bool(change.removed and change.added)
    left = right = 0
    while (replaced and change.old_start - left > low
           and not old[change.old_start - left - 1].isspace()):
        left += 1
    while (replaced and change.old_end + right < high
           and not old[change.old_end + right].isspace()):
        right += 1
    start, end = change.old_start - left, change.old_end + right
    return (start, end, old[start:end],
            new[change.new_start - left : change.new_end + right])


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT characters of unchanged text each side, cut at a word."""
    before = text[max(0, start - CONTEXT) : start]
    if start - CONTEXT > 0 and " " in before:
        before = "…" + before[before.index(" ") :]
    after = text[end : end + CONTEXT]
    if end + CONTEXT < len(text) and " " in after:
        after = after[: after.rindex(" ")] + " …"
    return _shown(before), _shown(after)


def _shown(text: str) -> str:
    """Paragraph breaks as a visible mark, so a change to them can be seen."""
    return text.replace("\r\n", "\n").replace("\n\n", " ¶ ").replace("\n", " ↵ ")
