"""The current article's claims as a table (quote, verdict, status, sources), with
a proxy that sorts and filters by verdict and status."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette

from factcheck_gui.core.models import (
    AnchorState,
    Claim,
    Correction,
    RatingScale,
    ReportRow,
    Status,
)
from factcheck_gui.ui.article.highlight import verdict_colour
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.edits.corrections import corrections_tooltip
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.scales.verdict_look import (
    label_text,
    label_tooltip,
    rating_level,
    verdict_icon,
)
from factcheck_gui.ui.widgets.safe_text import shorten, tooltip

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (QT_TRANSLATE_NOOP("ClaimsTable", "Quote"), QT_TRANSLATE_NOOP("ClaimsTable", "Verdict"),
           QT_TRANSLATE_NOOP("ClaimsTable", "Status"), QT_TRANSLATE_NOOP("ClaimsTable", "Sources"))
QUOTE, VERDICT, STATUS, SOURCES = range(4)
UNJUDGED = "Not judged"  # the filter's data; shown as unjudged_text()
ANCHOR_NOTES = {
    AnchorState.ORPHANED: QT_TRANSLATE_NOOP(
        "ClaimsTable", "Orphaned: the text changed and these words were not found."),
    AnchorState.FUZZY: QT_TRANSLATE_NOOP(
        "ClaimsTable", "Needs a look: placed on slightly different words."),
}
ALL = None
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_VERDICT_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT})
_ANSWERED = _VERDICT_ROLES | {_DECORATION, _ALIGNMENT, int(ID_ROLE), int(SORT_ROLE)}
_RIGHT_MIDDLE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CORRECTED_MARK = "✎"


def unjudged_text() -> str:
    """What the window shows for a claim without a verdict."""
    return translate("ClaimsTable", "Not judged")


class ClaimsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Claim, int, tuple[Correction, ...]]] = []
        self._row_of: dict[str, int] = {}
        self.scale: RatingScale | None = None

    def set_rows(self, rows: list[ReportRow], scale: RatingScale | None) -> None:
        self.beginResetModel()
        self._rows = [(row.claim, len(row.sources), row.corrections) for row in rows]
        self._reindex()
        self.scale = scale
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {entry[0].id: n for n, entry in enumerate(self._rows)}

    def upsert(self, row: ReportRow) -> None:
        """Add or replace one claim's row (the rest of the table is left alone)."""
        entry = (row.claim, len(row.sources), row.corrections)
        index = self.row_of(row.claim.id)
        if index >= 0:
            self._rows[index] = entry
            self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))
            return
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(entry)
        self._row_of[row.claim.id] = position
        self.endInsertRows()

    def remove(self, claim_id: str) -> None:
        index = self.row_of(claim_id)
        if index >= 0:
            self.beginRemoveRows(QModelIndex(), index, index)
            del self._rows[index]
            self._reindex()
            self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return translate("ClaimsTable", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        # Asked for every role of every visible cell at each paint and size hint
        # (about 2,000 calls to build the window): roles as plain ints, the ones
        # never answered turned away first, and only the asked column worked out.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        claim, sources, corrections = self._rows[row]
        column = index.column()
        if column == VERDICT and role in _VERDICT_ROLES:
            return self._verdict_data(claim, role)
        if role == _DISPLAY:
            if column == QUOTE:
                return shorten(claim.quote, 120)
            if column == STATUS:
                return status_text(claim, corrections)
            return QLocale().toString(sources)
        if role == ID_ROLE:
            return claim.id
        if role == SORT_ROLE:
            return (
                claim.start,
                self._verdict_rank(claim),
                list(Status).index(claim.status),
                sources,
            )[column]
        if role == _TOOLTIP and column == STATUS and corrections:
            return corrections_tooltip(corrections)
        if role == _TOOLTIP and column == QUOTE:
            lost = ANCHOR_NOTES.get(claim.anchor_state)
            lost = translate("ClaimsTable", lost) if lost else None
            return tooltip(f"{lost}\n\n{claim.quote}" if lost else claim.quote)
        if role == _FONT and column == QUOTE and (
                claim.anchor_state is AnchorState.ORPHANED):
            font = QFont()
            font.setItalic(True)  # not in the text any more: shown, but set apart
            return font
        if role == _DECORATION and column == VERDICT:
            # The colour, and a shape that says as much without it (verdict_look).
            label = self.scale.find(claim.verdict) if self.scale and claim.verdict else None
            return verdict_icon(verdict_colour(claim, self.scale),
                                rating_level(label, self.scale),
                                judged=claim.verdict is not None)
        if role == _ALIGNMENT and column == SOURCES:
            return _RIGHT_MIDDLE
        return None

    def _verdict_data(self, claim: Claim, role: int) -> object:
        """A retired verdict is marked "(retired)" and greyed; tooltips describe it."""
        label = self.scale.find(claim.verdict) if self.scale and claim.verdict else None
        retired = label is not None and label.retired
        if role == _DISPLAY:
            return label_text(label) if label else claim.verdict or unjudged_text()
        if role == _TOOLTIP:
            return label_tooltip(label) or None
        if role == _FOREGROUND and retired:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == _FONT and retired:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _verdict_rank(self, claim: Claim) -> int:
        if claim.verdict is None or self.scale is None:
            return 10_000
        label = self.scale.find(claim.verdict)
        return label.position if label else 9_999

    def row_of(self, claim_id: str) -> int:
        return self._row_of.get(claim_id, -1)

    def claim_at(self, row: int) -> Claim:
        return self._rows[row][0]

    def corrections_at(self, row: int) -> tuple[Correction, ...]:
        return self._rows[row][2]


def status_text(claim: Claim, corrections: tuple[Correction, ...]) -> str:
    """`Final`, or `Final · corrected` (`· corrected ×2`) when it has corrections:
    a word, not only a colour or an icon."""
    status = status_label(claim.status)
    if not corrections:
        return status
    if len(corrections) == 1:
        return translate("ClaimsTable", "{status} · {mark} corrected").format(
            status=status, mark=CORRECTED_MARK)
    return translate("ClaimsTable", "{status} · {mark} corrected ×{count}").format(
        status=status, mark=CORRECTED_MARK, count=QLocale().toString(len(corrections)))


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose verdict and status match the chosen filters (None = any;
    the verdict filter `UNJUDGED` keeps claims without a verdict)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.verdict: str | None = ALL
        self.status: Status | None = ALL
        self.only: set[str] | None = None  # claim ids to keep (a link filter), None: all
        self.setSortRole(SORT_ROLE)

    def set_filters(self, verdict: str | None, status: Status | None) -> None:
        self.beginFilterChange()
        self.verdict, self.status = verdict, status
        self.endFilterChange()

    def set_only(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.only = ids
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ClaimsTableModel) or source_row >= model.rowCount():
            return False
        claim = model.claim_at(source_row)
        if self.only is not None and claim.id not in self.only:
            return False
        if self.status is not None and claim.status is not self.status:
            return False
        if self.verdict is None:
            return True
        if self.verdict == UNJUDGED:
            return claim.verdict is None
        return (claim.verdict or "").casefold() == self.verdict.casefold()
