"""The overview's Reviews card: how far reviewers agree over the library, and each
reviewer's calibration over time (a trainee's trend line).

Left, the agreement figures over every reviewed article (core/review_agreement.py).
Right, one line per reviewer: for each done pass, in the order the passes were
done, the share of their verdicts that match the curated claim's on the claims
both marked. Hidden while no pass is done.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.review_agreement import Agreement, Calibration
from factcheck_gui.core.review_selection import (
    calibrations,
    reviewed_articles,
    selection_agreement,
)
from factcheck_gui.core.store import Store
from factcheck_gui.ui.i18n import translate

LINE_COLOURS = ("#4f86c6", "#d08c2b", "#3a9a6e", "#b0506a", "#6a55b0", "#7a8a2a")


def _fmt(value: float | None) -> str:
    if value is None:
        return translate("OverviewReviews", "n/a", "no value")
    return QLocale().toString(value, "f", 2)


def _percent(share: float) -> str:
    return QLocale().toString(round(100 * share)) + QLocale().percent()


def agreement_text(figures: Agreement) -> str:
    found = figures.found
    locale = QLocale()
    articles, matched = figures.articles, figures.matched_units
    lines = [
        translate("OverviewReviews", "%n article(s), reviewers: {names}", None,
                  articles).format(names=", ".join(figures.reviewers)),
        translate("OverviewReviews", "Claims found by all / some / one: {all} / {some} / {one}"
                  ).format(all=locale.toString(found["all"]), some=locale.toString(found["some"]),
                           one=locale.toString(found["one"])),
        translate("OverviewReviews", "Unitizing alpha (spans): {value}").format(
            value=_fmt(figures.span_alpha)),
        translate("OverviewReviews",
                  "Verdict alpha: {nominal} nominal, {ordinal} ordinal (%n matched)", None,
                  matched).format(nominal=_fmt(figures.verdict_alpha_nominal),
                                                ordinal=_fmt(figures.verdict_alpha_ordinal)),
    ]
    if figures.verdict_kappa is not None:
        lines.append(translate("OverviewReviews", "Cohen's kappa (verdicts): {value}").format(
            value=_fmt(figures.verdict_kappa)))
    lines.append(translate("OverviewReviews", "Status alpha: {value}").format(
        value=_fmt(figures.status_alpha)))
    return "\n".join(lines)


class CalibrationChart(QWidget):
    """Lines of 0..1 values per reviewer over their passes, oldest left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("OverviewReviews", "Calibration per reviewer over time"))
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.series: dict[str, list[Calibration]] = {}

    def set_data(self, items: Sequence[Calibration]) -> None:
        self.series = {}
        for item in items:
            if item.verdict_same is not None:
                self.series.setdefault(item.reviewer, []).append(item)
        lines = [translate("OverviewReviews", "{name}: {shares}").format(
            name=name, shares=", ".join(_percent(c.verdict_same or 0) for c in points))
                 for name, points in self.series.items()]
        self.setToolTip(translate("OverviewReviews",
                                  "Verdicts matching the curated result, pass by pass:")
                        + "\n" + "\n".join(lines))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        legend_height = 18
        area = QRectF(46, 8, self.width() - 58, self.height() - 26 - legend_height)
        painter.setPen(QPen(grid, 1))
        for fraction in (0.0, 0.5, 1.0):
            y = area.bottom() - fraction * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, 40, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _percent(fraction))
            painter.setPen(QPen(grid, 1))
        if not self.series:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             translate("OverviewReviews", "No curated passes yet"))
            return
        longest = max(len(points) for points in self.series.values())
        step = area.width() / max(1, longest - 1)
        x_legend = area.left()
        for number, (name, points) in enumerate(self.series.items()):
            colour = QColor(LINE_COLOURS[number % len(LINE_COLOURS)])
            path = QPainterPath()
            dots = []
            for i, point in enumerate(points):
                at = QPointF(area.left() + i * step if longest > 1 else area.center().x(),
                             area.bottom() - (point.verdict_same or 0) * area.height())
                dots.append(at)
                path.moveTo(at) if i == 0 else path.lineTo(at)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            for dot in dots:
                painter.drawEllipse(dot, 3, 3)
            painter.fillRect(QRectF(x_legend, self.height() - legend_height + 4, 10, 10),
                             colour)
            painter.setPen(text)
            label = f"{name} ({QLocale().toString(len(points))})"
            width = painter.fontMetrics().horizontalAdvance(label)
            painter.drawText(QRectF(x_legend + 14, self.height() - legend_height, width + 4,
                                    legend_height), Qt.AlignmentFlag.AlignVCenter, label)
            x_legend += width + 34


class ReviewsCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setObjectName("reviewFigures")
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart = CalibrationChart()
        right = QVBoxLayout()
        caption = QLabel(translate("OverviewReviews",
                                    "Calibration: verdicts matching the curated result, per pass"))
        caption.setTextFormat(Qt.TextFormat.PlainText)
        right.addWidget(caption)
        right.addWidget(self.chart)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.figures)
        layout.addLayout(right, 1)

    def refresh(self, store: Store) -> bool:
        """Read the figures again; False (and nothing shown) when no pass is done."""
        try:
            shown = _reviewed(store)
            figures = selection_agreement(store, shown)
            trend = [c for c in calibrations(store) if c.article_id in shown]
        except FactcheckError as error:
            self.figures.setText(translate("OverviewReviews",
                                            "Could not compute the review figures: {error}"
                                            ).format(error=error))
            return True
        if not figures.reviewers:
            return False
        self.figures.setText(agreement_text(figures))
        self.chart.set_data(trend)
        return True


def _reviewed(store: Store) -> list[str]:
    """Reviewed articles, without the ones the current reviewer checks blind."""
    blind = store.reviews.blind_articles(store.reviewer)
    return [a for a in reviewed_articles(store) if a not in blind]
