"""Claim > Deleted Claims…: the article's deleted claims, each with its history, and
Restore to bring one back with its sources (the window does it as an undoable
command; this dialog only says which)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.history import shorten
from factcheck_gui.core.store import DeletedClaimInfo, Store
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.inspector.history_view import HistoryView
from factcheck_gui.ui.inspector.times import exact_time, friendly_time
from factcheck_gui.ui.widgets.list_table import list_table
from factcheck_gui.ui.widgets.safe_text import tooltip

READ_ONLY = QT_TRANSLATE_NOOP(
    "DeletedClaimsDialog",
    "This database is open read-only: deleted claims can be read here, not restored.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("DeletedClaimsDialog", "Claim"),
    QT_TRANSLATE_NOOP("DeletedClaimsDialog", "Verdict"),
    QT_TRANSLATE_NOOP("DeletedClaimsDialog", "Sources"),
    QT_TRANSLATE_NOOP("DeletedClaimsDialog", "Deleted by"),
    QT_TRANSLATE_NOOP("DeletedClaimsDialog", "Deleted"),
)
EMPTY = QT_TRANSLATE_NOOP(
    "DeletedClaimsDialog",
    "No deleted claims in this article.\n\nA claim you delete is kept in its history"
    " and listed here, to restore with its sources.",
)


class DeletedClaimsDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, article_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("deletedClaimsDialog")
        self.store = store
        article = store.articles.get_article(article_id)
        self.items: list[DeletedClaimInfo] = store.restore.deleted_claims(article_id)
        self.setWindowTitle(translate("DeletedClaimsDialog", "Deleted Claims of “{title}”")
                            .format(title=shorten(article.title, 50)))

        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        count = len(self.items)
        self.intro.setText(
            translate("DeletedClaimsDialog",
                      "%n deleted claim(s), most recent first. Restore puts the claim back"
                      " where it was, with its verdict, rationale and sources; if the text"
                      " changed since, it is placed on the current text.", None,
                      count) if self.items
            else translate("DeletedClaimsDialog", EMPTY))
        self.intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.table = list_table(
            len(self.items),
            [translate("DeletedClaimsDialog", c) for c in COLUMNS],
            name="deletedClaimsTable",
            label=translate("DeletedClaimsDialog", "Deleted claims"),
            single=True,
        )
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for row, item in enumerate(self.items):
            sources = item.source_count
            values = (
                shorten(item.quote, 120),
                item.verdict or "—",
                QLocale().toString(item.source_count),
                item.deleted_by,
                friendly_time(item.deleted_at),
            )
            tips = (
                item.quote,
                item.verdict or translate("DeletedClaimsDialog", "Not judged"),
                translate("DeletedClaimsDialog", "%n source(s)", None, sources),
                item.deleted_by,
                exact_time(item.deleted_at),
            )
            for column, (value, tip) in enumerate(zip(values, tips, strict=True)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(tooltip(tip))
                if column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(self.items))

        self.history = HistoryView()
        self.history.setObjectName("deletedClaimHistory")
        self.history.setVisible(bool(self.items))
        history_box = QWidget()
        box = QVBoxLayout(history_box)
        box.setContentsMargins(0, 6, 0, 0)
        self.history_label = QLabel(
            translate("DeletedClaimsDialog", "History of the selected claim")
        )
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.history_label)
        box.addWidget(self.history, 1)
        history_box.setVisible(bool(self.items))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(history_box)
        splitter.setSizes([220, 260])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            translate("DeletedClaimsDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(
            translate(
                "DeletedClaimsDialog", "Bring the selected claim back with its sources (undoable)"
            )
        )
        self.restore_button.setVisible(bool(self.items))
        if store.read_only:
            read_only = translate("DeletedClaimsDialog", READ_ONLY)
            self.restore_button.setToolTip(read_only)
            if self.items:
                self.intro.setText(f"{self.intro.text()}\n\n{read_only}")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.items:
            self.table.selectRow(0)
            self.resize(760, 560)
        else:
            self.resize(460, 160)
        self._selected()

    def chosen(self) -> DeletedClaimInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selected(self) -> None:
        item = self.chosen()
        # Read-only: the list and histories still show; nothing can be put back.
        self.restore_button.setEnabled(item is not None and not self.store.read_only)
        if item is None:
            self.history.show_events([])
            return
        try:
            self.history.show_events(self.store.events.for_claim(item.claim_id))
        except FactcheckError:
            self.history.show_events([])

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, article_id: str) -> str | None:
        """The id of the deleted claim to restore, or None. Tests replace this."""
        dialog = cls(parent, store, article_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        item = dialog.chosen()
        return item.claim_id if item else None
