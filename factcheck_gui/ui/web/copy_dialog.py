"""A source's kept copy, read-only and as plain text only (no HTML, no scripts, no
remote loads): where it came from, when, its hash, then the page's text."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import Source, SourceCopy
from factcheck_gui.ui.i18n import translate


def _utc(stamp: str | None) -> str:
    """An ISO time stamp (UTC) to the minute, as the user's locale writes it."""
    when = QDateTime.fromString((stamp or "")[:19], Qt.DateFormat.ISODate)
    if not when.isValid():
        return (stamp or "")[:16].replace("T", " ")
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def copy_details(source: Source, copy: SourceCopy) -> str:
    lines = [translate("CopyDialog", "Address: {url}").format(url=source.url)]
    if copy.final_url and copy.final_url != source.url:
        lines.append(translate("CopyDialog", "Ended at: {url}").format(url=copy.final_url))
    if copy.kept:
        lines.append(translate("CopyDialog", "Kept: {time} UTC (HTTP {status}, {type})").format(
            time=_utc(copy.fetched_at), status=copy.status,
            type=copy.content_type or translate("CopyDialog", "no type")))
        lines.append(translate("CopyDialog", "SHA-256 of the page: {hash}").format(
            hash=copy.sha256))
    if copy.error:
        lines.append(translate("CopyDialog", "Last attempt: {time} UTC: {error}").format(
            time=_utc(copy.attempted_at), error=copy.error))
    return "\n".join(lines)


class CopyDialog(QDialog):
    def __init__(self, parent: QWidget | None, source: Source, copy: SourceCopy,
                 highlight: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CopyDialog", "Kept Copy — {title}").format(
            title=copy.title or source.title or source.url))
        self.details = QLabel(copy_details(source, copy))
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # addresses are not markup
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("copyText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("CopyDialog", "Text of the kept copy"))
        self.text.setAccessibleDescription(
            translate("CopyDialog", "The page's text as kept, read only") if highlight is None
            else translate("CopyDialog",
                           "The page's text as kept, read only; the passage found is selected"))
        self.text.setPlainText(copy.text or "")
        if highlight is not None:  # "found in source N": show the passage selected
            cursor = self.text.textCursor()
            cursor.setPosition(highlight[0])
            cursor.setPosition(highlight[1], QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    @classmethod
    def show_copy(cls, parent: QWidget | None, source: Source, copy: SourceCopy,
                  highlight: tuple[int, int] | None = None) -> None:
        """Show it and wait until it is closed. Tests replace this."""
        cls(parent, source, copy, highlight).exec()
