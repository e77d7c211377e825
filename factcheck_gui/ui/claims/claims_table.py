"""The claims of the current article as a sortable, filterable table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import RatingScale, ReportRow, Status
from factcheck_gui.ui.claims.claims_model import (
    ID_ROLE,
    QUOTE,
    SOURCES,
    STATUS,
    UNJUDGED,
    VERDICT,
    ClaimsFilterProxy,
    ClaimsTableModel,
    unjudged_text,
)
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.scales.verdict_look import (
    GAUGE_SIZE,
    chip_icon,
    label_text,
    label_tooltip,
)
from factcheck_gui.ui.widgets.viewport import viewport_of

NARROW = 440  # pixels: below this the filters sit under the heading


class ClaimsTable(QWidget):
    """Emits `claim_selected(id)` when the user picks a row."""

    claim_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsTable")
        self.model = ClaimsTableModel(self)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._quiet = False

        self.heading = QLabel(translate("ClaimsTable", "Claims"))
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.verdict_filter = QComboBox()
        self.verdict_filter.setAccessibleName(translate("ClaimsTable", "Filter by verdict"))
        self.verdict_filter.setToolTip(
            translate("ClaimsTable", "Show only claims with this verdict")
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(translate("ClaimsTable", "Filter by status"))
        self.status_filter.setToolTip(translate("ClaimsTable", "Show only claims with this status"))
        self.status_filter.addItem(translate("ClaimsTable", "All statuses"), None)
        self.set_publishes(True)
        self.set_scale(None)
        # Off the Tab chain: Tab from the text reaches the table, and a stray key can
        # no longer change a filter unseen. A click, or View > Filter Claims, opens them.
        for box in (self.verdict_filter, self.status_filter):
            box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.verdict_filter.currentIndexChanged.connect(self._filters_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.link_filter = QComboBox()
        self.link_filter.setAccessibleName(translate("ClaimsTable", "Filter by sources' links"))
        self.link_filter.setToolTip(translate(
            "ClaimsTable", "Show only claims with a source whose page is gone or changed"
            " (Sources > Check Links)"))
        self.link_filter.addItem(translate("ClaimsTable", "All sources"), False)
        self.link_filter.addItem(translate("ClaimsTable", "Sources gone or changed"), True)
        self.link_filter.currentIndexChanged.connect(lambda _index: self.refilter())
        #: Ids of claims whose sources were last found gone or changed (the window's).
        self.link_trouble: Callable[[], set[str]] = set
        # Shown only for a database in a team (ui/team/assigned.py).
        self.assigned_filter = QComboBox()
        self.assigned_filter.setAccessibleName(translate("ClaimsTable", "Filter by assignee"))
        self.assigned_filter.setToolTip(translate(
            "ClaimsTable", "Show only claims assigned to you (or on an article assigned"
            " to you)"))
        self.assigned_filter.addItem(translate("ClaimsTable", "Everyone's claims"), False)
        self.assigned_filter.addItem(translate("ClaimsTable", "Assigned to me"), True)
        self.assigned_filter.currentIndexChanged.connect(lambda _index: self.refilter())
        self.assigned_filter.hide()
        #: Ids of the claims assigned to the current reviewer (the team's).
        self.assigned: Callable[[], set[str]] = set

        self.view = QTableView()
        self.view.setObjectName("claimsView")
        self.view.setAccessibleName(translate("ClaimsTable", "Claims of this article"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(QUOTE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be selected (Shift/Ctrl+click) for File > Export of a selection.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        # The quote takes the spare width; the others are as wide as what they hold,
        # up to a share of the table (fit_columns), so the quote never shrinks to
        # a few letters in a narrow table. Their full text is in the tooltips.
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        for column in (VERDICT, STATUS, SOURCES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setIconSize(QSize(*GAUGE_SIZE))  # the verdict's gauge (verdict_look)
        self._fit_pending = False
        # What the columns' contents measured, and for which rows and font: a resize
        # that shows the same rows reuses it (the window resizes the table several
        # times while it is built; each measure asks the model for every cell).
        self._measured: tuple[object, dict[int, int]] | None = None
        viewport_of(self.view).installEventFilter(self)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.rowsMoved, self.proxy.dataChanged, self.proxy.layoutChanged,
                       self.proxy.headerDataChanged):
            signal.connect(self._contents_changed)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.dataChanged,
                       self.proxy.layoutChanged):
            signal.connect(self.fit_columns)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        bar = QHBoxLayout()
        bar.setContentsMargins(10, 6, 6, 4)
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.filter_grid = QGridLayout()
        self.filter_grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._place_filters(3)
        self.filters_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filters_row.setContentsMargins(0, 0, 0, 0)
        self.filters_row.addWidget(self.heading)
        self.filters_row.addLayout(self.filter_grid)
        bar.addLayout(self.filters_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setMinimumHeight(120)
        # Explicit, so the wide row of filters never sets the minimum: below NARROW
        # they stack (resizeEvent), and the table can sit beside the text.
        self.setMinimumWidth(220)

    def open_filter(self, which: str = "verdict") -> None:
        """Open a filter's list on purpose (the keyboard's way in): "verdict" or "status"."""
        box = self.verdict_filter if which == "verdict" else self.status_filter
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.showPopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and (
                event.type() == QEvent.Type.Resize
                or (event.type() == QEvent.Type.Show and self._fit_pending)):
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self, *_args: object) -> None:
        """Verdict, Status and Sources as wide as their contents, each at most a
        share of the table; the quote gets the rest (and at least as much as any).
        A hidden table is fitted when it is shown (measuring every row's cells is a
        good part of building the window at start-up)."""
        view, header = self.view, self.view.horizontalHeader()
        if not view.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        width = view.viewport().width()
        if width <= 0:
            return
        shares = {VERDICT: 0.24, STATUS: 0.22, SOURCES: 1.0}  # a count is always short
        wanted = self._content_widths()
        for column, share in shares.items():
            header.resizeSection(column, max(36, min(wanted[column], round(width * share))))

    def _content_widths(self) -> dict[int, int]:
        """How wide Verdict, Status and Sources want to be for the rows in view."""
        view, rows = self.view, self.view.verticalHeader()
        key = (rows.visualIndexAt(0), rows.visualIndexAt(view.viewport().height()),
               view.font().key(), view.style().name())
        if self._measured is None or self._measured[0] != key:
            header = view.horizontalHeader()
            self._measured = (key, {
                column: max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
                for column in (VERDICT, STATUS, SOURCES)})
        return self._measured[1]

    def _contents_changed(self, *_args: object) -> None:
        self._measured = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow (beside the text): the filters go under the heading."""
        super().resizeEvent(event)
        self._arrange_filters()

    def show_assigned_filter(self, shown: bool) -> None:
        """Offer Assigned to me (a team database), arranging the filters again."""
        self.assigned_filter.setVisible(shown)
        self._columns = 0  # place them again
        self._arrange_filters()

    def _arrange_filters(self) -> None:
        """All filters in a row beside the heading if they fit; else two columns
        beside it (four filters in a medium table); narrow, one under the heading."""
        boxes = self._shown_filters()
        heading = (
            self.heading.fontMetrics().horizontalAdvance(
                translate("ClaimsTable", "Claims ({shown} of {total})").format(shown=999, total=999)
            )
            + 24
        )
        widest = max(box.sizeHint().width() for box in boxes) + 6
        width = self.width()
        if width >= max(NARROW, heading + sum(box.sizeHint().width() + 6 for box in boxes)):
            columns = len(boxes)
        elif width >= max(NARROW, heading + 2 * widest):
            columns = 2
        else:
            columns = 1
        direction = (QBoxLayout.Direction.TopToBottom if columns == 1
                     else QBoxLayout.Direction.LeftToRight)
        if (self.filters_row.direction(), self._columns) != (direction, columns):
            self.filters_row.setDirection(direction)
            self._place_filters(columns)

    def _place_filters(self, columns: int) -> None:
        """The shown filters in `columns` columns, row by row."""
        boxes = (self.verdict_filter, self.status_filter, self.link_filter,
                 self.assigned_filter)
        for box in boxes:
            self.filter_grid.removeWidget(box)
        shown = self._shown_filters()
        for index, box in enumerate(shown):
            self.filter_grid.addWidget(box, index // columns, index % columns)
        if self.assigned_filter not in shown:
            self.filter_grid.addWidget(self.assigned_filter, 0, len(shown))  # hidden
        self._columns = columns

    def _shown_filters(self) -> list[QComboBox]:
        boxes = [self.verdict_filter, self.status_filter, self.link_filter]
        return boxes + [self.assigned_filter] * (not self.assigned_filter.isHidden())

    def set_scale(self, scale: RatingScale | None) -> None:
        keep = self.verdict_filter.currentData()
        self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        self.verdict_filter.addItem(translate("ClaimsTable", "All verdicts"), None)
        self.verdict_filter.addItem(unjudged_text(), UNJUDGED)
        for label in scale.labels if scale else ():  # retired ones too: they are in use
            self.verdict_filter.addItem(chip_icon(label.colour), label_text(label), label.label)
            self.verdict_filter.setItemData(self.verdict_filter.count() - 1,
                                            label_tooltip(label), Qt.ItemDataRole.ToolTipRole)
        index = self.verdict_filter.findData(keep)
        self.verdict_filter.setCurrentIndex(max(0, index))
        self.verdict_filter.blockSignals(False)

    def set_rows(self, rows: list[ReportRow], scale: RatingScale | None) -> None:
        keep = self.current_id()
        self._quiet = True
        try:
            self.model.set_rows(rows, scale)
            if keep:
                self.select(keep)
        finally:
            self._quiet = False
        self._update_heading()

    def update_rows(self, rows: list[ReportRow], removed: list[str]) -> None:
        """Replace or add `rows` and drop `removed`, keeping everything else."""
        keep = self.current_id()
        self._quiet = True
        try:
            for claim_id in removed:
                self.model.remove(claim_id)
            for row in rows:
                self.model.upsert(row)
            if keep:
                self.select(keep)
        finally:
            self._quiet = False
        self._update_heading()

    def set_publishes(self, publishes: bool) -> None:
        """Offer Published in the status filter only if the team publishes (or it is
        the filter chosen now)."""
        chosen = self.status_filter.currentData()
        wanted = [s for s in Status
                  if publishes or s is not Status.PUBLISHED or chosen == s.value]
        have = [self.status_filter.itemData(i) for i in range(1, self.status_filter.count())]
        if have == [s.value for s in wanted]:
            return
        blocked = self.status_filter.blockSignals(True)
        try:
            while self.status_filter.count() > 1:
                self.status_filter.removeItem(1)
            for status in wanted:
                self.status_filter.addItem(status_label(status), status.value)
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(chosen)))
        finally:
            self.status_filter.blockSignals(blocked)

    def filters(self) -> tuple[str | None, Status | None]:
        status = self.status_filter.currentData()
        return self.verdict_filter.currentData(), Status(status) if status else None

    def _filters_changed(self) -> None:
        self.proxy.set_filters(*self.filters())
        self._update_heading()

    def refilter(self) -> None:
        """Apply the link and assignee filters again (after a link check, a sync)."""
        only: set[str] | None = None
        if self.link_filter.currentData():
            only = self.link_trouble()
        if self.assigned_filter.currentData() and not self.assigned_filter.isHidden():
            mine = self.assigned()
            only = mine if only is None else only & mine
        self.proxy.set_only(only)
        self._update_heading()

    def _update_heading(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        number = QLocale().toString
        self.heading.setText(
            translate("ClaimsTable", "Claims ({total})").format(total=number(total))
            if shown == total else
            translate("ClaimsTable", "Claims ({shown} of {total})").format(
                shown=number(shown), total=number(total)))

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def selected_ids(self) -> list[str]:
        """The claims selected in the table, in the table's order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ID_ROLE) for index in rows]

    def select(self, claim_id: str | None) -> None:
        """Show `claim_id` as the current row without announcing it."""
        self._quiet = True
        try:
            row = self.model.row_of(claim_id) if claim_id else -1
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            selection = self.view.selectionModel()
            if index is None or not index.isValid():
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        finally:
            self._quiet = False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.claim_selected.emit(current.data(ID_ROLE))
