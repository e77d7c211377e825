"""A claim's sources: a list with add, edit, remove, move up/down, open link and the
kept copy of the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.clock import today
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import Source, Stance
from factcheck_gui.core.urls import is_openable, normalize_source_url
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.theme import error_style
from factcheck_gui.ui.widgets.safe_text import tooltip

_Index = QModelIndex | QPersistentModelIndex
TEXT_FIELDS = ("url", "title", "publisher", "published", "accessed")
SHOWN_ROWS = 3  # sources visible without scrolling the list
STANCES = {
    Stance.SUPPORTS: QT_TRANSLATE_NOOP("SourcesEditor", "Supports"),
    Stance.REFUTES: QT_TRANSLATE_NOOP("SourcesEditor", "Refutes"),
    Stance.CONTEXT: QT_TRANSLATE_NOOP("SourcesEditor", "Context"),
}


def stance_label(stance: Stance) -> str:
    """`Supports`, `Refutes`, `Context` in the window's language."""
    return translate("SourcesEditor", STANCES[stance])


class _FitWidth(QStyledItemDelegate):
    """Items no wider than the list, so their text is elided rather than cut off."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListView):
            hint.setWidth(min(hint.width(), max(40, view.viewport().width() - 4)))
        return hint

#: The preference: whether Add Source offers "Keep a copy" ticked (the last choice).
KEEP_COPY_KEY = "web/keep_copy"


def keep_copy_default() -> bool:
    return bool(QSettings().value(KEEP_COPY_KEY, True, type=bool))


def open_link(url: str) -> bool:
    """Hand `url` to the system browser if it is http(s) with a host; else refuse."""
    if not is_openable(url):
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def source_line(source: Source) -> str:
    """Two lines: the title (or URL), then stance, publisher and date."""
    title = source.title or source.url
    stance = stance_label(source.stance) if source.stance else None
    extra = " · ".join(p for p in (stance, source.publisher, source.published) if p)
    return f"{title}\n{extra}" if extra else title


class SourcesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[Source] = []
        #: A line per source id about its page ("copy kept 2026-12-02 · link gone ...").
        self.notes: dict[str, str] = {}

    def set_sources(self, sources: list[Source],
                    notes: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.sources = list(sources)
        self.notes = notes or {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sources)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.sources):
            return None
        source = self.sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            note = self.notes.get(source.id)
            return source_line(source) + (f"\n{note}" if note else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip("\n".join(p for p in (source.title, source.url, source.note) if p))
        return None


class SourceDialog(QDialog):
    """Add or edit one source; the URL is checked before the dialog closes."""

    def __init__(self, parent: QWidget | None = None, source: Source | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("SourcesEditor", "Edit Source")
            if source
            else translate("SourcesEditor", "Add Source")
        )
        self.setMinimumWidth(460)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "url": translate("SourcesEditor", "&URL:"),
            "title": translate("SourcesEditor", "&Title:"),
            "publisher": translate("SourcesEditor", "&Publisher:"),
            "published": translate("SourcesEditor", "Pu&blished:"),
            "accessed": translate("SourcesEditor", "&Accessed:"),
        }
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setText((getattr(source, name) or "") if source else "")
            self.fields[name] = edit
            form.addRow(labels[name], edit)
        self.fields["url"].setPlaceholderText("https://…")
        self.fields["published"].setPlaceholderText(
            translate("SourcesEditor", "YYYY-MM-DD", "the date format typed in the field"))
        if source is None:
            self.fields["accessed"].setText(today())
        # Adding: fetch the page in the background and keep a copy with the source.
        self.keep_copy: QCheckBox | None = None
        if source is None:
            self.keep_copy = QCheckBox(
                translate("SourcesEditor", "&Keep a copy of the page (fetched in the background)")
            )
            self.keep_copy.setChecked(keep_copy_default())
        self.stance = QComboBox()
        self.stance.addItem("—", None)
        for stance in Stance:
            self.stance.addItem(stance_label(stance), stance.value)
        if source and source.stance:
            self.stance.setCurrentIndex(self.stance.findData(source.stance.value))
        form.addRow(translate("SourcesEditor", "&Stance:"), self.stance)
        self.note = QPlainTextEdit(source.note or "" if source else "")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(translate("SourcesEditor", "&Note:"), self.note)
        if self.keep_copy is not None:
            form.addRow("", self.keep_copy)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() or None
                                  for name, edit in self.fields.items()}
        values["stance"] = self.stance.currentData()
        values["note"] = self.note.toPlainText().strip() or None
        if self.keep_copy is not None:
            values["keep_copy"] = self.keep_copy.isChecked()
        return values

    def accept(self) -> None:
        try:
            self.fields["url"].setText(normalize_source_url(self.fields["url"].text()))
        except ValidationError as error:
            self.error.setText(str(error))
            self.error.show()
            self.fields["url"].setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, source: Source | None = None) -> dict[str, Any] | None:
        """The dialog's values, or None if cancelled. Tests replace this."""
        dialog = cls(parent, source)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if parent is not None:
            # The keys go back to the window (an X server without a window manager
            # leaves them nowhere once the dialog is gone).
            parent.activateWindow()
        return dialog.values() if accepted else None


class SourcesEditor(QWidget):
    """The list plus its buttons. Emits requests; the window turns them into commands."""

    add_requested = Signal(dict)
    edit_requested = Signal(object, dict)  # Source, new values
    remove_requested = Signal(object)
    move_requested = Signal(object, int)
    problem = Signal(str)  # something asked for could not be done, said in words
    copy_requested = Signal(object)  # Source: show its kept copy, or fetch one

    def __init__(self, parent: QWidget | None = None,
                 opener: Callable[[str], bool] = open_link) -> None:
        super().__init__(parent)
        self.opener = opener
        #: Lines about each source's page (kept copy, link check), given by the window.
        self.web_info: Callable[[list[str]], dict[str, str]] | None = None
        self.read_only = False  # the list can be read and opened, not changed
        self.model = SourcesModel(self)
        self.view = QListView()
        self.view.setObjectName("sourcesList")
        self.view.setAccessibleName(translate("SourcesEditor", "Sources"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(1)
        self.view.setStyleSheet("QListView::item { padding: 4px 3px; }")
        # A long title ends in "…" (whole in the tooltip) instead of hiding the rest
        # of the list behind a horizontal scroll bar; three sources show at once.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegate(_FitWidth(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        line = self.view.fontMetrics().lineSpacing()
        self.view.setMinimumHeight(SHOWN_ROWS * (2 * line + 10) + 2 * self.view.frameWidth()
                                   + 4)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.buttons: dict[str, QToolButton] = {}
        # Two rows: one bar of seven buttons is wider than the inspector at 1024x640.
        edit_bar, page_bar = QHBoxLayout(), QHBoxLayout()
        for bar in (edit_bar, page_bar):
            bar.setContentsMargins(0, 0, 0, 0)
            bar.setSpacing(3)
        for key, text, tip, slot in (
            (
                "add",
                QT_TRANSLATE_NOOP("SourcesEditor", "Add…"),
                QT_TRANSLATE_NOOP("SourcesEditor", "Add a source (Ctrl+Shift+S)"),
                self.add,
            ),
            (
                "edit",
                QT_TRANSLATE_NOOP("SourcesEditor", "Edit…"),
                QT_TRANSLATE_NOOP("SourcesEditor", "Edit the selected source"),
                self.edit_current,
            ),
            (
                "remove",
                QT_TRANSLATE_NOOP("SourcesEditor", "Remove"),
                QT_TRANSLATE_NOOP("SourcesEditor", "Remove the selected source"),
                self.remove_current,
            ),
            (
                "up",
                "▲",
                QT_TRANSLATE_NOOP("SourcesEditor", "Move the selected source up"),
                lambda: self.move_current(-1),
            ),
            (
                "down",
                "▼",
                QT_TRANSLATE_NOOP("SourcesEditor", "Move the selected source down"),
                lambda: self.move_current(1),
            ),
            (
                "open",
                QT_TRANSLATE_NOOP("SourcesEditor", "Open"),
                QT_TRANSLATE_NOOP(
                    "SourcesEditor", "Open the source in your browser (http and https only)"
                ),
                self.open_current,
            ),
            (
                "copy",
                QT_TRANSLATE_NOOP("SourcesEditor", "Copy…"),
                QT_TRANSLATE_NOOP(
                    "SourcesEditor", "Show the kept copy of the page as plain text (or fetch one)"
                ),
                self.copy_current,
            ),
        ):
            button = QToolButton()
            button.setText(translate("SourcesEditor", text))
            button.setToolTip(translate("SourcesEditor", tip))
            button.setAccessibleName(translate("SourcesEditor", tip))
            button.clicked.connect(slot)
            self.buttons[key] = button
            (page_bar if key in ("open", "copy") else edit_bar).addWidget(button)
            if key == "remove":
                edit_bar.addSpacing(4)
        edit_bar.addStretch(1)
        page_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.view, 1)
        layout.addLayout(edit_bar)
        layout.addLayout(page_bar)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_sources(self, sources: list[Source]) -> None:
        keep = self.current()
        self.model.set_sources(sources, self._notes(sources))
        ids = [s.id for s in sources]
        if keep is not None and keep.id in ids:
            self.select_row(ids.index(keep.id))
        self._update_buttons()

    def _notes(self, sources: list[Source]) -> dict[str, str]:
        return self.web_info([s.id for s in sources]) if self.web_info and sources else {}

    def refresh_notes(self) -> None:
        """Ask again what is known about the pages of the sources shown."""
        if self.model.sources:
            self.set_sources(self.model.sources)

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def current(self) -> Source | None:
        index = self.view.currentIndex()
        return self.model.sources[index.row()] if index.isValid() else None

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        source = self.current()
        has = source is not None
        writable = not self.read_only
        for key in ("edit", "remove"):
            self.buttons[key].setEnabled(has and writable)
        self.buttons["open"].setEnabled(has)
        self.buttons["copy"].setEnabled(has)
        position = source.position if source is not None else -1
        self.buttons["up"].setEnabled(writable and position > 0)
        self.buttons["down"].setEnabled(
            writable and 0 <= position < len(self.model.sources) - 1)
        self.buttons["add"].setEnabled(writable and self.isEnabled())

    def add(self) -> None:
        if self.read_only:
            return
        values = SourceDialog.ask(self.window())
        if values is not None:
            self.add_requested.emit(values)

    def edit_current(self) -> None:
        source = self.current()
        if source is None or self.read_only:
            return
        values = SourceDialog.ask(self.window(), source)
        if values is not None:
            self.edit_requested.emit(source, values)

    def remove_current(self) -> None:
        source = self.current()
        if source is not None:
            self.remove_requested.emit(source)

    def move_current(self, step: int) -> None:
        source = self.current()
        if source is not None and 0 <= source.position + step < len(self.model.sources):
            self.move_requested.emit(source, source.position + step)

    def copy_current(self) -> None:
        source = self.current()
        if source is not None:
            self.copy_requested.emit(source)

    def open_current(self) -> bool:
        """Open the selected source's link; say why when it cannot be (never silent)."""
        source = self.current()
        if source is None:
            self.problem.emit(
                translate(
                    "SourcesEditor", "Select a source first: Open shows its link in your browser."
                )
            )
            return False
        if not is_openable(source.url):
            self.problem.emit(translate(
                "SourcesEditor", "The link “{url}” was not opened: only web links (http or"
                " https, with a host) open in the browser.").format(url=_short(source.url)))
            return False
        if self.opener(source.url):
            return True
        QGuiApplication.clipboard().setText(source.url)
        self.problem.emit(translate(
            "SourcesEditor", "No web browser opened “{url}”. The link is on the clipboard:"
            " paste it into a browser.").format(url=_short(source.url)))
        return False


def _short(url: str, limit: int = 80) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"
