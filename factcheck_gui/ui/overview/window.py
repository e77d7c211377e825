"""View > Library Overview: charts over the whole database, and the claims behind them.

Four bar charts (verdict, status, reviewer, outlet) and a timeline of claims
created per week or month. A click on a bar or column (or Enter on the keyboard's
one) filters the claims table below; filters in different charts combine (verdict
AND outlet...), each shown as a removable chip. Each chart counts under the
other charts' filters, so its own bars stay comparable while one is chosen.
Enter or a double click on a claim opens it in the main window.

The window listens to the store and refreshes shortly after any change (only
while it is shown; a hidden window catches up when it is shown again).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.overview import (
    MONTH,
    WEEK,
    OverviewFilter,
    choose_granularity,
    time_buckets,
)
from factcheck_gui.core.store import Change, Store
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.overview.bar_chart import BarChart
from factcheck_gui.ui.overview.bars import (
    filter_text,
    ranked_bars,
    status_bars,
    status_series,
    verdict_bars,
    verdict_series,
)
from factcheck_gui.ui.overview.claims_pane import ClaimsPane, heading
from factcheck_gui.ui.overview.review_card import ReviewsCard
from factcheck_gui.ui.overview.timeline import TimelineChart, bucket_label
from factcheck_gui.ui.widgets.safe_text import shorten, tooltip

REFRESH_MS = 300
RANKED_ROWS = 8  # outlets and reviewers shown before "Show all"
EMPTY_HEADING = QT_TRANSLATE_NOOP("Overview", "No claims yet")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Overview", "Mark claims in your articles and give them verdicts: this overview then "
    "counts them by verdict, status, outlet, reviewer and date, and every bar "
    "shows you the claims behind it.")
CARD_STYLE = ("QFrame#chartCard { background: palette(base); border: 1px solid palette(mid);"
              " border-radius: 6px; }")


class ChartCard(QFrame):
    """A titled box around one chart, with room for controls beside the title."""

    def __init__(self, title: str, chart: QWidget, *controls: QWidget) -> None:
        super().__init__()
        self.setObjectName("chartCard")
        self.title = heading(title)
        self.chart = chart
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addStretch(1)
        for control in controls:
            top.addWidget(control)
        self.footer = QHBoxLayout()
        self.footer.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(chart)
        layout.addLayout(self.footer)
        layout.addStretch(1)


class OverviewWindow(QWidget):
    """`open_claim_requested(article_id, claim_id)` when the user opens a claim."""

    open_claim_requested = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("libraryOverview")
        self.store = store
        self.filter = OverviewFilter()
        self.expanded: set[str] = set()
        self._unsubscribe: Callable[[], None] | None = None
        self._stale = True
        self._sized = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.resize(1180, 760)
        self.set_store(store)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("overviewSummary")
        # A team database: how many claims each reviewer has been given.
        self.assignees = QLabel()
        self.assignees.setTextFormat(Qt.TextFormat.PlainText)
        self.assignees.setObjectName("overviewAssignees")
        self.assignees.setToolTip(translate("Overview", "Claims assigned to each reviewer"
                                            " (directly or through their article)"))
        self.assignees.hide()
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(6)
        self.chip_buttons: dict[str, QToolButton] = {}
        self.clear_button = QPushButton(translate("Overview", "Clear Filter"))
        self.clear_button.setToolTip(translate("Overview", "Show every claim again (Esc)"))
        self.clear_button.clicked.connect(self.clear_filter)
        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 12, 6)
        header.setSpacing(10)
        header.addWidget(self.summary)
        header.addLayout(self.chips)
        header.addStretch(1)
        header.addWidget(self.assignees)
        header.addWidget(self.clear_button)

        self.charts: dict[str, BarChart] = {}
        for dimension, name in (("verdict", translate("Overview", "Claims by verdict")),
                                ("status", translate("Overview", "Claims by status")),
                                ("reviewer", translate("Overview", "Claims by reviewer")),
                                ("outlet", translate("Overview", "Claims by outlet"))):
            chart = BarChart(name)
            chart.setObjectName(f"{dimension}Chart")
            chart.activated.connect(lambda key, d=dimension: self.toggle(d, key))
            self.charts[dimension] = chart
        self.timeline = TimelineChart(translate("Overview", "Claims created over time"))
        self.timeline.setObjectName("timelineChart")
        self.timeline.activated.connect(self._period_chosen)
        self.stack_by = QComboBox()
        self.stack_by.setAccessibleName(translate("Overview", "Colour the columns by"))
        self.stack_by.addItem(translate("Overview", "By verdict"), "verdict")
        self.stack_by.addItem(translate("Overview", "By status"), "status")
        self.stack_by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period = QComboBox()
        self.period.setAccessibleName(translate("Overview", "Column width"))
        self.period.addItem(translate("Overview", "Automatic"), None)
        self.period.addItem(translate("Overview", "Weeks"), WEEK)
        self.period.addItem(translate("Overview", "Months"), MONTH)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.cards = {
            "verdict": ChartCard(translate("Overview", "Verdict"), self.charts["verdict"]),
            "status": ChartCard(translate("Overview", "Status"), self.charts["status"]),
            "reviewer": ChartCard(translate("Overview", "Reviewer"), self.charts["reviewer"]),
            "outlet": ChartCard(translate("Overview", "Outlet"), self.charts["outlet"]),
            "period": ChartCard(translate("Overview", "Created"), self.timeline, self.stack_by,
                                self.period),
        }
        self.reviews = ReviewsCard()
        self.cards["reviews"] = ChartCard(
            translate("Overview", "Reviews: agreement and calibration"), self.reviews)
        self.more: dict[str, QToolButton] = {}
        for dimension in ("reviewer", "outlet"):
            button = QToolButton()
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, d=dimension: self._toggle_more(d))
            self.cards[dimension].footer.addWidget(button)
            self.cards[dimension].footer.addStretch(1)
            self.more[dimension] = button
        grid = QGridLayout()
        grid.setContentsMargins(12, 4, 12, 12)
        grid.setSpacing(12)
        grid.addWidget(self.cards["verdict"], 0, 0)
        grid.addWidget(self.cards["status"], 0, 1)
        grid.addWidget(self.cards["reviewer"], 0, 2)
        grid.addWidget(self.cards["period"], 1, 0, 1, 2)
        grid.addWidget(self.cards["outlet"], 1, 2)
        grid.addWidget(self.cards["reviews"], 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(3, 1)
        charts = QWidget()
        charts.setObjectName("overviewCharts")
        charts.setStyleSheet(CARD_STYLE)
        charts.setLayout(grid)
        self.charts_widget = charts
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(charts)
        self.scroll_area.setAccessibleName(translate("Overview", "Charts"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)

        self.claims = ClaimsPane()
        self.claims.open_requested.connect(self.open_claim_requested)
        self.model, self.table = self.claims.model, self.claims.table

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.claims)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([470, 290])

        self.empty_heading = heading(translate("Overview", EMPTY_HEADING))
        font = self.empty_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.empty_heading.setFont(font)
        self.empty_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = QLabel(translate("Overview", EMPTY_TEXT))
        self.empty.setObjectName("overviewEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFixedWidth(460)
        empty_box = QWidget()
        empty_layout = QVBoxLayout(empty_box)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_heading)
        empty_layout.addSpacing(8)
        middle = QHBoxLayout()  # (an aligned word-wrapped label would get one line's height)
        middle.addStretch(1)
        middle.addWidget(self.empty)
        middle.addStretch(1)
        empty_layout.addLayout(middle)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty_box)
        self.pages.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        clear = QShortcut(QKeySequence("Escape"), self)
        clear.activated.connect(self.clear_filter)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)

    # -- the database ----------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        """Follow `store` (another database was opened); the filter starts afresh."""
        self.disconnect_store()
        self.store = store
        self.filter = OverviewFilter()
        self._unsubscribe = store.subscribe(self._store_changed)
        self.setWindowTitle(translate("Overview", "Library Overview — {file}").format(
            file=store.path.name))
        self._stale = True
        if self.isVisible():
            self.refresh()

    def disconnect_store(self) -> None:
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _store_changed(self, _changes: list[Change]) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_splitter)  # once the layout has settled

    def _size_splitter(self) -> None:
        """The charts get the height they need (up to two thirds), the table the rest."""
        total = sum(self.splitter.sizes())
        charts = min(self.charts_widget.sizeHint().height(), total * 2 // 3)
        self.splitter.setSizes([charts, total - charts])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again and reload the table (keeping the filter and the current claim)."""
        self._timer.stop()
        self._stale = False
        flt = self.filter
        try:
            scale = self.store.scales.active_scale()
            publishes = self.store.workflow.workflow_rules().publishes
            total = self.store.overview.overview_total()
            counts = {d: self.store.overview.overview_counts(d, flt.without(d))
                      for d in self.charts}
            stack = self.stack_by.currentData()
            days = self.store.overview.overview_days(stack, flt.without("period"))
            keep = self.current_claim_id()
            self.model.load(self.store, flt, scale)
            assigned = self.store.team.assignee_counts()
        except FactcheckError as error:
            self.summary.setText(translate("Overview", "Could not count the claims: {error}"
                                           ).format(error=error))
            return
        self.pages.setCurrentIndex(1 if total else 0)
        self.summary.setVisible(bool(total))
        self.clear_button.setVisible(bool(total))
        self.assignees.setText(translate("Overview", "Assigned: {people}").format(
            people=" · ".join(f"{name} {QLocale().toString(count)}"
                              for name, count in assigned.items())))
        self.assignees.setVisible(bool(assigned))
        self.charts["verdict"].set_bars(verdict_bars(counts["verdict"], scale))
        self.charts["status"].set_bars(status_bars(counts["status"], publishes=publishes))
        for dimension in ("reviewer", "outlet"):
            self._show_ranked(dimension, counts[dimension])
        for dimension, chart in self.charts.items():
            chart.set_selected(getattr(flt, dimension))
        granularity = self.period.currentData() or choose_granularity(days)
        keys = {d.key for d in days}
        series = [s for s in (verdict_series(scale, keys) if stack == "verdict"
                              else status_series(keys)) if s.key in keys]
        self.timeline.set_data(time_buckets(days, granularity), series, granularity)
        self.timeline.set_selected(self._period())
        self._show_filter(total)
        self.cards["reviews"].setVisible(self.reviews.refresh(self.store))
        if keep:
            self.select_claim(keep)

    def _show_ranked(self, dimension: str, counts: list) -> None:
        bars = ranked_bars(counts, dimension)
        button = self.more[dimension]
        selected = getattr(self.filter, dimension)
        shown = bars
        if dimension not in self.expanded and len(bars) > RANKED_ROWS:
            shown = bars[:RANKED_ROWS]
            shown += [b for b in bars[RANKED_ROWS:] if b.key == selected]
        button.setVisible(len(bars) > RANKED_ROWS)
        count = len(bars)
        if dimension in self.expanded:
            text = translate("Overview", "Show the top %n", None, RANKED_ROWS)
        elif dimension == "outlet":
            text = translate("Overview", "Show all %n outlet(s)", None, count)
        else:
            text = translate("Overview", "Show all %n reviewer(s)", None, count)
        button.setText(text)
        self.charts[dimension].set_bars(shown, total=sum(b.count for b in bars))

    def _toggle_more(self, dimension: str) -> None:
        self.expanded ^= {dimension}
        self.refresh()

    def _show_filter(self, total: int) -> None:
        for chip in self.chip_buttons.values():
            self.chips.removeWidget(chip)
            chip.hide()  # deleted later (it may be the one clicked): not shown till then
            chip.deleteLater()
        self.chip_buttons = {d: self._chip(d) for d in self.filter.active()}
        for chip in self.chip_buttons.values():
            self.chips.addWidget(chip)
            chip.show()  # now, not when the event loop comes round
        shown = self.model.rowCount()
        self.clear_button.setEnabled(not self.filter.is_empty)
        if self.filter.is_empty:
            self.summary.setText(translate("Overview", "%n claim(s) in the library", None, total))
            self.claims.heading.setText(translate("Overview", "All claims ({count})").format(
                count=QLocale().toString(shown)))
        else:
            self.summary.setText(translate("Overview", "{shown} of %n claim(s):", None, total
                                           ).format(shown=QLocale().toString(shown)))
            self.claims.heading.setText(translate("Overview", "Claims matching the filter ({count})"
                                                  ).format(count=QLocale().toString(shown)))

    def _chip(self, dimension: str) -> QToolButton:
        if dimension == "period":
            start, end = self._period() or (date.min, date.min)
            text = translate("Overview", "Created: {period}").format(
                period=self._period_label(start, end))
        else:
            text = filter_text(dimension, getattr(self.filter, dimension))
        chip = QToolButton()
        chip.setObjectName(f"chip_{dimension}")
        # Button text is not markup, but "&" would become a keyboard accelerator.
        chip.setText(shorten(text, 48).replace("&", "&&") + "  ✕")
        remove = translate("Overview", "Click to remove this filter.")
        chip.setToolTip(tooltip(f"{text}\n{remove}"))
        chip.setAccessibleName(translate("Overview", "Remove filter {filter}").format(filter=text))
        chip.setFixedHeight(self.clear_button.sizeHint().height())  # the header keeps its height
        chip.setStyleSheet("QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
                           " padding: 2px 8px; background: palette(base); }"
                           "QToolButton:hover { border-color: palette(highlight); }")
        chip.clicked.connect(lambda _c=False, d=dimension: self.remove_filter(d))
        return chip

    def _period(self) -> tuple[date, date] | None:
        if self.filter.created_from is None or self.filter.created_until is None:
            return None
        return (date.fromisoformat(self.filter.created_from),
                date.fromisoformat(self.filter.created_until))

    def _period_label(self, start: date, end: date) -> str:
        for bucket in self.timeline.buckets:
            if (bucket.start, bucket.end) == (start, end):
                return bucket_label(bucket, self.timeline.granularity, long=True)
        locale, short = QLocale(), QLocale.FormatType.ShortFormat
        return translate("Overview", "{start} to {end}").format(
            start=locale.toString(QDate(start.year, start.month, start.day), short),
            end=locale.toString(QDate(end.year, end.month, end.day), short))

    # -- filtering -------------------------------------------------------------------------
    def toggle(self, dimension: str, key: str) -> None:
        """Filter by `key` in `dimension`, or drop that filter if it is the one set."""
        same = self.filter.value(dimension) == key
        self.set_filter(self.filter.with_value(dimension, None if same else key))

    def _period_chosen(self, index: int) -> None:
        bucket = self.timeline.buckets[index]
        period = (bucket.start.isoformat(), bucket.end.isoformat())
        same = self.filter.value("period") == period
        start, end = (None, None) if same else period
        self.set_filter(replace(self.filter, created_from=start, created_until=end))

    def remove_filter(self, dimension: str) -> None:
        self.set_filter(self.filter.without(dimension))

    def clear_filter(self) -> None:
        if not self.filter.is_empty:
            self.set_filter(OverviewFilter())

    def set_filter(self, flt: OverviewFilter) -> None:
        focus = self.focusWidget()
        self.filter = flt
        self.refresh()
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)  # chips come and go

    # -- the table -------------------------------------------------------------------------
    def shown_claim_ids(self) -> list[str]:
        return self.model.ids()

    def current_claim_id(self) -> str | None:
        return self.claims.current_claim_id()

    def select_claim(self, claim_id: str) -> bool:
        return self.claims.select_claim(claim_id)
