"""Claims created per week or month as stacked columns, painted with QPainter.

Each column is a target like a bar of the bar chart: a click, or Enter / Space
on the keyboard's column (Left, Right, Home, End), emits `activated(index)`.
Date labels under the columns are thinned so that they never overlap; the
legend under them wraps; the tooltip lists the column's parts (escaped).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from factcheck_gui.core.overview import WEEK, TimeBucket
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.overview.bar_chart import FADED
from factcheck_gui.ui.overview.target_chart import TargetChart
from factcheck_gui.ui.widgets.patterns import fill_patterned
from factcheck_gui.ui.widgets.safe_text import tooltip

PAD = 8
AXIS_GAP = 6
SWATCH = 10
PLOT_HEIGHT = 120
MAX_COLUMN = 42


@dataclass(frozen=True, slots=True)
class Series:
    """One kind of stacked part: a verdict or a status."""

    key: str
    label: str
    colour: QColor


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5 x 10^n) giving about `ticks` grid lines up to `top`."""
    raw = max(1.0, top / ticks)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def bucket_label(bucket: TimeBucket, granularity: str, *, long: bool = False) -> str:
    locale = QLocale()
    start = QDate(bucket.start.year, bucket.start.month, bucket.start.day)
    if granularity == WEEK:
        if long:
            last = bucket.end - timedelta(days=1)
            end = QDate(last.year, last.month, last.day)
            return translate("OverviewCharts", "Week of {start} (to {end})").format(
                start=locale.toString(start, "d MMM yyyy"), end=locale.toString(end, "d MMM"))
        return locale.toString(start, "d MMM")
    return locale.toString(start, "MMMM yyyy" if long else "MMM yyyy")


class TimelineChart(TargetChart):
    activated = Signal(int)
    step_keys = (Qt.Key.Key_Left, Qt.Key.Key_Right)

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        name = name or translate("OverviewCharts", "Claims over time")
        super().__init__(name, parent)
        self.buckets: list[TimeBucket] = []
        self.series: list[Series] = []
        self.granularity = WEEK
        self.selected: tuple[date, date] | None = None

    def set_data(self, buckets: list[TimeBucket], series: list[Series],
                 granularity: str) -> None:
        self.buckets, self.series, self.granularity = list(buckets), list(series), granularity
        self._current = min(self._current, max(0, len(self.buckets) - 1))
        self._hover = -1
        self.updateGeometry()
        self._describe()
        self.update()

    def set_selected(self, period: tuple[date, date] | None) -> None:
        self.selected = period
        for index, bucket in enumerate(self.buckets):
            if period == (bucket.start, bucket.end):
                self._current = index
        self._describe()
        self.update()

    # -- geometry --------------------------------------------------------------------
    def _legend_rows(self, width: int) -> list[list[tuple[Series, int]]]:
        """The legend's entries with their widths, wrapped to `width`."""
        metrics = self.fontMetrics()
        rows: list[list[tuple[Series, int]]] = [[]]
        used = 0
        for series in self.series:
            entry = SWATCH + 4 + metrics.horizontalAdvance(series.label) + 14
            if rows[-1] and used + entry > width:
                rows.append([])
                used = 0
            rows[-1].append((series, entry))
            used += entry
        return rows if rows[0] else []

    def _legend_height(self, width: int) -> int:
        return len(self._legend_rows(width)) * (self.fontMetrics().height() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.sizeHint().height():
            self.updateGeometry()  # the legend wraps differently at this width

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        width = max(self.width(), 400)
        return QSize(520, PAD + PLOT_HEIGHT + AXIS_GAP + line + 8
                     + self._legend_height(width - 2 * PAD) + PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def heightForWidth(self, width: int) -> int:
        return self.sizeHint().height()

    def _plot(self) -> QRect:
        metrics = self.fontMetrics()
        axis_w = metrics.horizontalAdvance(QLocale().toString(self._top())) + AXIS_GAP
        return QRect(PAD + axis_w, PAD, max(20, self.width() - 2 * PAD - axis_w), PLOT_HEIGHT)

    def _top(self) -> int:
        highest = max((b.total for b in self.buckets), default=0)
        step = nice_step(highest)
        return max(step, -(-highest // step) * step)

    def column_rect(self, index: int) -> QRect:
        """The slot of column `index` (the whole height of the plot)."""
        plot = self._plot()
        if not self.buckets:
            return QRect()
        slot = plot.width() / len(self.buckets)
        return QRect(round(plot.left() + index * slot), plot.top(), max(1, round(slot)),
                     plot.height())

    def index_at(self, pos: QPoint) -> int:
        plot = self._plot()
        if not self.buckets or not plot.adjusted(0, 0, 0, AXIS_GAP + 20).contains(pos):
            return -1
        slot = plot.width() / len(self.buckets)
        index = int((pos.x() - plot.left()) // slot)
        return index if 0 <= index < len(self.buckets) else -1

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not self.buckets:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        metrics = self.fontMetrics()
        plot = self._plot()
        top = self._top()
        step = nice_step(top)
        grid = QColor(text)
        grid.setAlphaF(0.15)
        for value in range(0, top + 1, step):
            line_y = plot.bottom() - round(plot.height() * value / top)
            painter.setPen(grid)
            painter.drawLine(plot.left(), line_y, plot.right(), line_y)
            painter.setPen(muted)
            label = QRect(PAD, line_y - metrics.height() // 2, plot.left() - PAD - AXIS_GAP,
                          metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             QLocale().toString(value))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for index, bucket in enumerate(self.buckets):
            slot = self.column_rect(index)
            chosen = self.selected == (bucket.start, bucket.end)
            if index == self._hover or chosen:
                shade = QColor(highlight)
                shade.setAlphaF(0.28 if chosen else 0.14)
                painter.fillRect(slot, shade)
            width = min(MAX_COLUMN, max(1, round(slot.width() * 0.7)))
            x = slot.left() + (slot.width() - width) // 2
            y = float(plot.bottom() + 1)
            faded = self.selected is not None and not chosen
            for number, series in enumerate(self.series):
                count = bucket.counts.get(series.key, 0)
                if not count:
                    continue
                height = plot.height() * count / top
                colour = QColor(series.colour)
                if faded:
                    colour.setAlphaF(FADED)
                fill_patterned(painter, QRect(x, round(y - height), width,
                                              round(y) - round(y - height)), colour, number)
                y -= height
            if self.hasFocus() and index == self._current:
                painter.setPen(highlight)
                painter.drawRect(slot.adjusted(0, 0, -1, -1))
        self._paint_dates(painter, muted)
        self._paint_legend(painter, plot.bottom() + AXIS_GAP + metrics.height() + 8, text)

    def date_labels(self) -> list[tuple[QRect, str]]:
        """Where each shown date label goes: every n-th column, so none overlap."""
        if not self.buckets:
            return []
        plot = self._plot()
        metrics = self.fontMetrics()
        labels = [bucket_label(b, self.granularity) for b in self.buckets]
        slot = plot.width() / len(self.buckets)
        widest = max(metrics.horizontalAdvance(label) for label in labels) + 10
        every = max(1, -(-widest // max(1, int(slot))))
        placed = []
        for index in range(0, len(labels), every):
            centre = round(plot.left() + (index + 0.5) * slot)
            left = max(0, min(self.width() - widest, centre - widest // 2))
            placed.append((QRect(left, plot.bottom() + AXIS_GAP, widest, metrics.height()),
                           labels[index]))
        return placed

    def _paint_dates(self, painter: QPainter, colour: QColor) -> None:
        painter.setPen(colour)
        for rect, label in self.date_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_legend(self, painter: QPainter, y: int, colour: QColor) -> None:
        metrics = self.fontMetrics()
        line = metrics.height() + 4
        for row in self._legend_rows(self.width() - 2 * PAD):
            x = PAD
            for series, width in row:
                fill_patterned(painter, QRect(x, y + (line - SWATCH) // 2, SWATCH, SWATCH),
                               series.colour, self.series.index(series))
                painter.setPen(colour)
                # Only as wide as the label: its alignment flips in a right-to-left
                # layout and would move it over the next swatch.
                label_width = metrics.horizontalAdvance(series.label) + 2
                painter.drawText(QRect(x + SWATCH + 4, y, label_width, line),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 series.label)
                x += width
            y += line

    # -- targets -----------------------------------------------------------------------
    def item_count(self) -> int:
        return len(self.buckets)

    def item_rect(self, index: int) -> QRect:
        return self.column_rect(index)

    def activate(self, index: int) -> None:
        self.activated.emit(index)

    def summary(self, index: int) -> list[str]:
        bucket = self.buckets[index]
        total = bucket.total
        lines = [translate("OverviewCharts", "{period}: %n claim(s)", None, total).format(
            period=bucket_label(bucket, self.granularity, long=True))]
        lines += [translate("OverviewCharts", "{label}: {count}").format(
            label=s.label, count=QLocale().toString(bucket.counts[s.key])) for s in self.series
                  if bucket.counts.get(s.key)]
        return lines

    def tooltip_text(self, index: int) -> str:
        bucket = self.buckets[index]
        chosen = self.selected == (bucket.start, bucket.end)
        hint = (translate("OverviewCharts", "Click again to remove this filter.") if chosen
                else translate("OverviewCharts", "Click to show only these claims."))
        return tooltip("\n".join([*self.summary(index), hint]))

    def _describe(self) -> None:
        if 0 <= self._current < len(self.buckets):
            self.setAccessibleDescription("; ".join(self.summary(self._current)))
        else:
            self.setAccessibleDescription(self.empty_text)
