"""A horizontal bar chart painted with QPainter: label, bar, count on each row.

Every row is a target: a click, or Enter / Space on the keyboard's current row
(Up, Down, Home, End move it), emits `activated(key)`. The hovered row is
highlighted; a selected row stays in full colour while the others fade. Labels
are drawn as plain text (never markup), elided to fit with the full text in the
row's tooltip, which is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QWidget

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.overview.target_chart import TargetChart
from factcheck_gui.ui.widgets.safe_text import tooltip

PAD_X, PAD_Y, GAP = 8, 3, 8
MIN_BAR = 2  # a non-zero count never disappears
FADED = 0.35


@dataclass(frozen=True, slots=True)
class Bar:
    key: str
    label: str
    count: int
    colour: QColor
    note: str = ""  # one more line for the tooltip (a verdict's description...)


def percent(count: int, total: int) -> str:
    """`count`'s share of `total` as the user's locale writes a percentage."""
    locale = QLocale()
    share = 100 * count / total if total else 0
    if 0 < share < 1:
        return translate("OverviewCharts", "<{percent}").format(
            percent=locale.toString(1) + locale.percent())
    return locale.toString(round(share)) + locale.percent()


class BarChart(TargetChart):
    activated = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.bars: list[Bar] = []
        self.total = 0
        self.selected: str | None = None

    # -- data ------------------------------------------------------------------------
    def set_bars(self, bars: list[Bar], total: int | None = None) -> None:
        key = self.bars[self._current].key if 0 <= self._current < len(self.bars) else None
        self.bars = list(bars)
        self.total = sum(b.count for b in bars) if total is None else total
        keys = [b.key for b in self.bars]
        self._current = keys.index(key) if key in keys else 0
        self._hover = -1
        self.updateGeometry()
        self._describe()
        self.update()

    def set_selected(self, key: str | None) -> None:
        self.selected = key
        keys = [b.key for b in self.bars]
        if key in keys:
            self._current = keys.index(key)
        self._describe()
        self.update()

    # -- geometry --------------------------------------------------------------------
    def row_height(self) -> int:
        return max(20, self.fontMetrics().height() + 2 * PAD_Y + 2)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(320, rows * self.row_height() + 2 * PAD_Y)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def row_rect(self, index: int) -> QRect:
        height = self.row_height()
        return QRect(0, PAD_Y + index * height, self.width(), height)

    def bar_rect(self, key: str) -> QRect:
        """Where the bar of `key` is drawn (empty if it is not shown)."""
        for index, bar in enumerate(self.bars):
            if bar.key == key:
                _label_w, bar_x, bar_w = self._columns()
                row = self.row_rect(index)
                width = self._bar_width(bar, bar_w)
                return QRect(bar_x, row.top() + 4, max(width, MIN_BAR), row.height() - 8)
        return QRect()

    def _columns(self) -> tuple[int, int, int]:
        """(label width, bar x, widest bar) for the current size."""
        metrics = self.fontMetrics()
        widest_label = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        label_w = min(widest_label + 4, int(self.width() * 0.42))  # + hinting slack
        count_w = max((metrics.horizontalAdvance(self._count_text(b)) for b in self.bars),
                      default=0) + 4
        bar_x = PAD_X + label_w + GAP
        return label_w, bar_x, max(10, self.width() - bar_x - GAP - count_w - PAD_X)

    def _bar_width(self, bar: Bar, widest: int) -> int:
        top = max((b.count for b in self.bars), default=0)
        if not top or not bar.count:
            return 0
        return max(MIN_BAR, round(widest * bar.count / top))

    def _count_text(self, bar: Bar) -> str:
        return f"{QLocale().toString(bar.count)}  {percent(bar.count, self.total)}"

    def index_at(self, pos: QPoint) -> int:
        if not self.bars:
            return -1
        index = (pos.y() - PAD_Y) // self.row_height()
        return index if 0 <= index < len(self.bars) and pos.y() >= PAD_Y else -1

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not self.bars:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        metrics = self.fontMetrics()
        label_w, bar_x, widest = self._columns()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for index, bar in enumerate(self.bars):
            row = self.row_rect(index)
            chosen = self.selected == bar.key
            if index == self._hover or chosen:
                shade = QColor(highlight)
                shade.setAlphaF(0.28 if chosen else 0.14)
                painter.fillRect(row, shade)
            faded = self.selected is not None and not chosen
            painter.setFont(bold if chosen else self.font())
            painter.setPen(text)
            label = QRect(PAD_X, row.top(), label_w, row.height())
            shown = painter.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                     label_w)
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             shown)
            painter.setFont(self.font())
            width = self._bar_width(bar, widest)
            colour = QColor(bar.colour)
            if faded:
                colour.setAlphaF(FADED)
            if width:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRect(bar_x, row.top() + 4, width, row.height() - 8),
                                        2, 2)
            number = QLocale().toString(bar.count)
            x = bar_x + width + GAP
            middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.setPen(muted if faded else text)
            painter.drawText(QRect(x, row.top(), metrics.horizontalAdvance(number) + 2,
                                   row.height()), middle, number)
            share = percent(bar.count, self.total)
            x += metrics.horizontalAdvance(number + "  ")
            painter.setPen(muted)
            painter.drawText(QRect(x, row.top(), metrics.horizontalAdvance(share) + 2,
                                   row.height()), middle, share)
            if self.hasFocus() and index == self._current:
                pen = QColor(highlight)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(row.adjusted(1, 0, -2, -1), 3, 3)

    # -- targets -----------------------------------------------------------------------
    def item_count(self) -> int:
        return len(self.bars)

    def item_rect(self, index: int) -> QRect:
        return self.row_rect(index)

    def activate(self, index: int) -> None:
        self.activated.emit(self.bars[index].key)

    def tooltip_text(self, index: int) -> str:
        bar = self.bars[index]
        count = bar.count
        lines = [bar.label, translate("OverviewCharts", "%n claim(s) ({percent})", None,
                                      count).format(percent=percent(count, self.total))]
        if bar.note:
            lines.append(bar.note)
        lines.append(translate("OverviewCharts",
                               "Click to show only these claims; click again to show all.")
                     if self.selected != bar.key
                     else translate("OverviewCharts", "Click again to remove this filter."))
        return tooltip("\n".join(lines))

    def _describe(self) -> None:
        """The keyboard's row, for screen readers."""
        if 0 <= self._current < len(self.bars):
            bar = self.bars[self._current]
            count = bar.count
            if bar.key == self.selected:
                text = translate("OverviewCharts", "{label}: %n claim(s), filtered", None,
                                 count)
            else:
                text = translate("OverviewCharts", "{label}: %n claim(s)", None, count)
            self.setAccessibleDescription(text.format(label=bar.label))
        else:
            self.setAccessibleDescription(self.empty_text)
