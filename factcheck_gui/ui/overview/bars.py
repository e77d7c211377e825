"""From the store's counts to what the charts draw: order, labels and colours.

Verdicts follow the active scale (its order and colours); retired labels and
verdicts the scale does not know are still counted and shown, named as such,
after the scale's own; claims without a verdict come last. Statuses follow the
workflow's order. Outlets and reviewers come most first, "none" last.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from factcheck_gui.core import colours
from factcheck_gui.core.models import RatingScale, Status
from factcheck_gui.core.overview import NONE, Count
from factcheck_gui.ui.article.highlight import FALLBACK_COLOUR, UNJUDGED_COLOUR
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.overview.bar_chart import Bar
from factcheck_gui.ui.overview.claims_list import NO_VERDICT, no_verdict, status_label
from factcheck_gui.ui.overview.timeline import Series
from factcheck_gui.ui.scales.verdict_look import label_text
from factcheck_gui.ui.widgets.status_look import STATUS_COLOURS

OTHER_STATUS = colours.OTHER_STATUS
PLAIN_BAR = colours.PLAIN_BAR  # outlets and reviewers: one colour, the length tells
NONE_LABELS = {"verdict": NO_VERDICT,
               "outlet": QT_TRANSLATE_NOOP("OverviewFilter", "No outlet"),
               "reviewer": QT_TRANSLATE_NOOP("OverviewFilter", "No reviewer")}
# How a filter reads on its chip, by dimension: "Verdict: False".
FILTER_TEXTS = {"verdict": QT_TRANSLATE_NOOP("OverviewFilter", "Verdict: {value}"),
                "status": QT_TRANSLATE_NOOP("OverviewFilter", "Status: {value}"),
                "outlet": QT_TRANSLATE_NOOP("OverviewFilter", "Outlet: {value}"),
                "reviewer": QT_TRANSLATE_NOOP("OverviewFilter", "Reviewer: {value}")}


def none_label(dimension: str) -> str:
    """The bar of claims without a verdict, outlet or reviewer."""
    if dimension == "verdict":
        return no_verdict()
    return translate("OverviewFilter", NONE_LABELS[dimension])


def _colour(value: str | None, fallback: str) -> QColor:
    colour = QColor(value) if value else QColor(fallback)
    return colour if colour.isValid() else QColor(fallback)


def verdict_series(scale: RatingScale | None, keys: set[str]) -> list[Series]:
    """Every verdict to draw, in order: the scale's (retired ones only if used),
    verdicts not on the scale, then no verdict."""
    series = []
    known = set()
    for label in scale.labels if scale else ():
        known.add(label.label)
        if label.retired and label.label not in keys:
            continue
        series.append(Series(label.label, label_text(label),
                             _colour(label.colour, FALLBACK_COLOUR)))
    for key in sorted(keys - known - {NONE}, key=str.casefold):
        series.append(Series(key, translate("OverviewFilter", "{verdict} (not on the scale)"
                                            ).format(verdict=key), QColor(FALLBACK_COLOUR)))
    series.append(Series(NONE, none_label("verdict"), QColor(UNJUDGED_COLOUR)))
    return series


def status_series(keys: set[str], *, publishes: bool = True) -> list[Series]:
    """Every status in order (Published only if the team publishes or some claim is),
    then any unknown ones found in the data."""
    series = [Series(s.value, status_label(s.value), QColor(STATUS_COLOURS[s.value]))
              for s in Status if publishes or s is not Status.PUBLISHED or s.value in keys]
    known = {s.value for s in Status}
    series += [Series(k, status_label(k), QColor(OTHER_STATUS))
               for k in sorted(keys - known, key=str.casefold)]
    return series


def verdict_bars(counts: list[Count], scale: RatingScale | None) -> list[Bar]:
    by_key = {c.key: c.count for c in counts}
    notes = {label.label: label.description or "" for label in scale.labels} if scale else {}
    return [Bar(s.key, s.label, by_key.get(s.key, 0), s.colour, notes.get(s.key, ""))
            for s in verdict_series(scale, set(by_key))]


def status_bars(counts: list[Count], *, publishes: bool = True) -> list[Bar]:
    by_key = {c.key: c.count for c in counts if c.count}
    return [Bar(s.key, s.label, by_key.get(s.key, 0), s.colour)
            for s in status_series(set(by_key), publishes=publishes)]


def ranked_bars(counts: list[Count], dimension: str) -> list[Bar]:
    """Most first (as counted), with the "none" bar last."""
    bars = [Bar(c.key, c.key, c.count, QColor(PLAIN_BAR)) for c in counts if c.key != NONE]
    bars += [Bar(NONE, none_label(dimension), c.count, QColor(UNJUDGED_COLOUR))
             for c in counts if c.key == NONE]
    return bars


def filter_text(dimension: str, value: str) -> str:
    """How a filter reads on its chip: `Verdict: False`, `No outlet`."""
    if value == NONE and dimension in NONE_LABELS:
        return none_label(dimension)
    shown = status_label(value) if dimension == "status" else value
    template = FILTER_TEXTS.get(dimension)
    if template is None:
        return f"{dimension.capitalize()}: {shown}"
    return translate("OverviewFilter", template).format(value=shown)
