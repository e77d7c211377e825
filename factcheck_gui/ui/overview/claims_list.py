"""The overview's claims table: every claim the charts' filter keeps.

Lazy, as the library may hold 200,000 claims: the model holds only the ids (one
sorted query per filter or sort) and fetches the columns a page at a time when
the view asks for them. Sorting is done by the store, in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import RatingLabel, RatingScale, Status
from factcheck_gui.core.overview import OverviewFilter, OverviewRow
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.overview import PAGE
from factcheck_gui.core.times import exact_time
from factcheck_gui.ui.article.highlight import FALLBACK_COLOUR, UNJUDGED_COLOUR
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.library.model import format_date
from factcheck_gui.ui.scales.verdict_look import label_text, label_tooltip
from factcheck_gui.ui.widgets.safe_text import shorten, tooltip

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (QT_TRANSLATE_NOOP("OverviewClaims", "Quote"),
           QT_TRANSLATE_NOOP("OverviewClaims", "Article"),
           QT_TRANSLATE_NOOP("OverviewClaims", "Verdict"),
           QT_TRANSLATE_NOOP("OverviewClaims", "Status"),
           QT_TRANSLATE_NOOP("OverviewClaims", "Reviewer"),
           QT_TRANSLATE_NOOP("OverviewClaims", "Created"))
ORDERS = ("quote", "article", "verdict", "status", "reviewer", "created")
QUOTE, ARTICLE, VERDICT, STATUS, REVIEWER, CREATED = range(len(COLUMNS))
NO_VERDICT = QT_TRANSLATE_NOOP("OverviewClaims", "Not judged")
# The workflow's statuses as the window names them (core's labels stay English).
STATUS_LABELS = {
    Status.TO_CHECK.value: QT_TRANSLATE_NOOP("OverviewClaims", "To check"),
    Status.IN_PROGRESS.value: QT_TRANSLATE_NOOP("OverviewClaims", "In progress"),
    Status.NEEDS_REVIEW.value: QT_TRANSLATE_NOOP("OverviewClaims", "Needs review"),
    Status.FINAL.value: QT_TRANSLATE_NOOP("OverviewClaims", "Final"),
    Status.PUBLISHED.value: QT_TRANSLATE_NOOP("OverviewClaims", "Published"),
}


def no_verdict() -> str:
    return translate("OverviewClaims", NO_VERDICT)


def status_label(value: str) -> str:
    """A status value ("in-progress") as the window shows it; an unknown one as it is."""
    label = STATUS_LABELS.get(value)
    return translate("OverviewClaims", label) if label else value


class OverviewClaimsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.scale: RatingScale | None = None
        self.filter = OverviewFilter()
        self.order = "created"
        self.descending = True
        self._ids: list[str] = []
        self._rows: dict[str, OverviewRow] = {}

    def load(self, store: Store | None, flt: OverviewFilter, scale: RatingScale | None) -> None:
        """Fetch the ids of the claims `flt` keeps (the rows come later, by page)."""
        self.beginResetModel()
        self.store, self.filter, self.scale = store, flt, scale
        self._rows = {}
        self._ids = (store.overview.overview_claim_ids(flt, order=self.order,
                                                       descending=self.descending)
                     if store is not None else [])
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(ORDERS):
            return
        self.order = ORDERS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.load(self.store, self.filter, self.scale)

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, claim_id: str) -> int:
        try:
            return self._ids.index(claim_id)
        except ValueError:
            return -1

    def claim(self, row: int) -> OverviewRow | None:
        if not 0 <= row < len(self._ids):
            return None
        claim_id = self._ids[row]
        if claim_id not in self._rows and self.store is not None:
            start = row - row % PAGE
            try:
                self._rows.update(self.store.overview.overview_rows(self._ids[start:start + PAGE]))
            except FactcheckError:
                return None  # the file went away: blank cells, not a traceback mid-paint
        return self._rows.get(claim_id)

    # -- Qt --------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("OverviewClaims", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.claim(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                shorten(row.quote, 140),
                shorten(row.article_title, 80),
                self._verdict_text(row.verdict),
                status_label(row.status),
                row.reviewer or "",
                format_date(row.created_at) or "",
            )[column]
        if role == ID_ROLE:
            return row.claim_id
        if role == ARTICLE_ROLE:
            return row.article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == QUOTE:
                return tooltip(row.quote)
            if column == ARTICLE:
                return tooltip(" · ".join(p for p in (row.article_title, row.outlet) if p))
            if column == REVIEWER:
                return tooltip(row.reviewer)
            if column == CREATED:
                return tooltip(exact_time(row.created_at))
            if column == VERDICT:
                return label_tooltip(self._label(row.verdict)) or None
        if role == Qt.ItemDataRole.DecorationRole and column == VERDICT:
            return QColor(self._colour(row.verdict))
        return None

    def _label(self, verdict: str | None) -> RatingLabel | None:
        return self.scale.find(verdict) if self.scale and verdict else None

    def _verdict_text(self, verdict: str | None) -> str:
        """As the claims table and the verdict chart say it: "Misleading (retired)"."""
        label = self._label(verdict)
        return label_text(label) if label else verdict or no_verdict()

    def _colour(self, verdict: str | None) -> str:
        if verdict is None:
            return UNJUDGED_COLOUR
        label = self._label(verdict)
        return label.colour if label and label.colour else FALLBACK_COLOUR
