"""The article details dialog: title, outlet, author, URL, published date, language.

Shown after a single import or paste (prefilled with what the importer found, which
can be wrong) and from Article > Properties. Bad URLs and dates are explained under
their field while typing, and OK stays disabled until they are fixed.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.shell.actions import menu_text

FIELDS = ("title", "outlet", "author", "url", "published", "language")
# Marked here, translated where shown.
LABELS = {"title": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "&Title:"),
          "outlet": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "&Outlet:"),
          "author": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "&Author:"),
          "url": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "&URL:"),
          "published": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "&Published:"),
          "language": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "&Language:")}
PLACEHOLDERS = {"outlet": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "The newspaper or site"),
                "url": "https://…",
                "published": QT_TRANSLATE_NOOP("ArticleMetadataDialog",
                                               "YYYY-MM-DD (or YYYY-MM, YYYY)"),
                "language": QT_TRANSLATE_NOOP("ArticleMetadataDialog", "e.g. en, de, fr")}
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2})?$")
ERROR_STYLE = "color: #b3261e;"


def url_problem(text: str) -> str | None:
    """Why `text` is not an article's web address (None if fine, or empty)."""
    url = text.strip()
    if not url:
        return None
    if any(ch.isspace() for ch in url):
        return translate("ArticleMetadataDialog", "A web address cannot contain spaces.")
    parts = urlsplit(with_scheme(url))
    if parts.scheme.lower() not in ("http", "https"):
        return translate("ArticleMetadataDialog", "Use a web address starting with http:// or "
                         "https://, or leave it empty.")
    if not parts.hostname or ("." not in parts.hostname and parts.hostname != "localhost"):
        return translate("ArticleMetadataDialog",
                         "This web address has no site name (like example.org).")
    return None


def with_scheme(url: str) -> str:
    """`example.org/x` (as copied from an address bar) gains https://."""
    parts = urlsplit(url)
    if url and (not parts.scheme or (not parts.netloc and "." in parts.scheme)):
        return "https://" + url
    return url


def date_problem(text: str) -> str | None:
    """Why `text` is not an ISO date (None if fine, or empty). Partial dates (2024,
    2024-03) and full ISO timestamps are accepted: that is what sources give."""
    value = text.strip()
    if not value:
        return None
    try:
        if _PARTIAL_DATE.match(value):
            datetime.strptime(value, "%Y-%m" if "-" in value else "%Y")
        elif len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        return None
    except ValueError:
        return translate("ArticleMetadataDialog", "Use an ISO date like 2024-03-05 (or 2024-03, or "
                         "2024), or leave it empty.")


class ArticleMetadataDialog(QDialog):
    """Edit an article's details; `values()` gives them, empty fields as None."""

    def __init__(self, parent: QWidget | None, values: dict[str, str | None], *,
                 importing: str | None = None, note: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("ArticleMetadataDialog", "Import Article") if importing is not None
            else translate("ArticleMetadataDialog", "Article Properties"))
        self.setMinimumWidth(520)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        if importing is not None:
            intro = QLabel(translate(
                "ArticleMetadataDialog", "Check the details found in {file}. They are guesses and "
                "can be wrong: correct them before the article is added.").format(file=importing))
            intro.setWordWrap(True)
            intro.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(intro)
            layout.addSpacing(6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in FIELDS:
            edit = QLineEdit(values.get(name) or "")
            placeholder = PLACEHOLDERS.get(name, "")
            if placeholder:
                edit.setPlaceholderText(translate("ArticleMetadataDialog", placeholder))
            shown = translate("ArticleMetadataDialog", LABELS[name])
            edit.setAccessibleName(menu_text(shown).strip(":： "))
            edit.setCursorPosition(0)
            self.fields[name] = edit
            label = QLabel(shown)
            label.setBuddy(edit)
            form.addRow(label, edit)
            error = QLabel()
            error.setObjectName(f"{name}Error")
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setWordWrap(True)  # a longer language's explanation takes two lines
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            self.errors[name] = error
            form.addRow("", error)
            edit.textChanged.connect(lambda _text: self._validate())
        layout.addLayout(form)
        if note:
            self.note = QLabel(note)
            self.note.setWordWrap(True)
            self.note.setTextFormat(Qt.TextFormat.PlainText)
            self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.note.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if importing is not None:  # else the standard (translated) OK
            self.ok_button.setText(translate("ArticleMetadataDialog", "&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._validate()
        self.fields["title"].setFocus()
        self.fields["title"].selectAll()

    def problems(self) -> dict[str, str]:
        found = {}
        if not self.fields["title"].text().strip():
            found["title"] = translate("ArticleMetadataDialog", "An article needs a title.")
        for name, check in (("url", url_problem), ("published", date_problem)):
            problem = check(self.fields[name].text())
            if problem:
                found[name] = problem
        return found

    def _validate(self) -> dict[str, str]:
        found = self.problems()
        for name, label in self.errors.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        self.ok_button.setEnabled(not found)
        return found

    def values(self) -> dict[str, str | None]:
        values = {name: " ".join(edit.text().split()) or None
                  for name, edit in self.fields.items()}
        if values["url"]:
            values["url"] = with_scheme(values["url"])
        return values

    def accept(self) -> None:
        found = self._validate()
        if found:
            self.fields[next(iter(found))].setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, values: dict[str, str | None], *,
            importing: str | None = None, note: str | None = None
            ) -> dict[str, str | None] | None:
        """The edited details, or None if cancelled. Tests replace this."""
        dialog = cls(parent, values, importing=importing, note=note)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
