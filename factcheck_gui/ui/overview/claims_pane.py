"""The overview's lower half: a heading and the table of claims the filter keeps.

Enter (or a double click, or whatever activates a row on the platform) emits
`open_requested(article_id, claim_id)`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.overview.claims_list import (
    ARTICLE,
    ARTICLE_ROLE,
    CREATED,
    ID_ROLE,
    QUOTE,
    REVIEWER,
    STATUS,
    VERDICT,
    OverviewClaimsModel,
)

WIDTHS = {ARTICLE: 230, VERDICT: 175,  # room for "Unverifiable (retired)"
          STATUS: 105, REVIEWER: 120, CREATED: 100}


def heading(text: str) -> QLabel:
    """A bold plain-text label."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class ClaimsPane(QWidget):
    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OverviewClaimsModel(self)
        self.table = table = QTableView()
        table.setObjectName("overviewClaims")
        table.setAccessibleName(translate("OverviewClaims", "Claims matching the filter"))
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(CREATED, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        head.setHighlightSections(False)
        for column, width in WIDTHS.items():
            head.resizeSection(column, width)
        table.activated.connect(self._activated)
        self.heading = heading(translate("OverviewClaims", "Claims"))
        self.hint = QLabel(translate("OverviewClaims",
                                     "Enter or double-click opens a claim in the main window."))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setEnabled(False)  # drawn muted: a hint, not a control
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 12, 4)
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(table, 1)

    def current_claim_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_claim(self, claim_id: str) -> bool:
        row = self.model.row_of(claim_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, QUOTE))
        return True

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ARTICLE_ROLE), index.data(ID_ROLE))
