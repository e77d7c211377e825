"""How a verdict label looks wherever one is shown or chosen: a colour chip, its
description as a tooltip, and retired labels greyed and marked "retired".

In the claims table the chip carries a second cue besides its hue (`verdict_chip`):
a rated verdict is a small gauge filled as far as its rating goes (True full,
False a quarter), a verdict outside the rating (Unverifiable) is a round dot, and
a claim not judged yet is an empty outline. Two verdicts of close colours, or a
reader who does not see the hues apart, still tell them apart by shape."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QComboBox

from factcheck_gui.core.models import RatingLabel, RatingScale
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.widgets.safe_text import tooltip

RETIRED_NOTE = QT_TRANSLATE_NOOP(
    "VerdictLook", "Retired label: kept for earlier verdicts; it cannot be chosen for new ones.")
CHIP_SIZE = 12


def chip(colour: str | QColor | None, size: int = CHIP_SIZE) -> QPixmap:
    """A small solid square in the verdict's colour (grey dashes when it has none)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour) if colour else QColor()
    if fill.isValid():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
    else:
        painter.setPen(QColor("#8c8c8c"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2.5, 2.5)
    painter.end()
    return pixmap


def rating_level(label: RatingLabel | None, scale: RatingScale | None) -> float | None:
    """How far up its scale a verdict rates, 0.25 (worst) to 1 (best); None when the
    label has no rating value (it judges the evidence, not the claim)."""
    if label is None or label.value is None or scale is None:
        return None
    if scale.best_rating is None or scale.worst_rating is None:
        return 1.0
    span = scale.best_rating - scale.worst_rating
    if span <= 0:
        return 1.0
    fraction = (label.value - scale.worst_rating) / span
    return 0.25 + 0.75 * min(1.0, max(0.0, fraction))


GAUGE_SIZE = (24, 12)  # the claims table's verdict chip, width x height


def verdict_chip(colour: str | QColor | None, level: float | None, *, judged: bool = True,
                 size: tuple[int, int] = GAUGE_SIZE) -> QPixmap:
    """The claims table's verdict chip: a bar filled to `level` (True full, False a
    quarter), a round dot when the verdict has no rating, an empty outline when
    there is no verdict yet."""
    width, height = size
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour) if colour else QColor("#8c8c8c")
    box = QRectF(1, 1, width - 2, height - 2)
    if not judged:
        painter.setPen(QPen(fill, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
    elif level is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = height / 2 - 1
        painter.drawEllipse(QPointF(1 + radius, height / 2), radius, radius)
    else:
        painter.setPen(QPen(fill, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(box.left(), box.top(), box.width() * level,
                                       box.height()), 2, 2)
    painter.end()
    return pixmap


def verdict_icon(colour: str | QColor | None, level: float | None, *,
                 judged: bool = True) -> QIcon:
    """`verdict_chip` as an icon that looks the same on a selected row (kept: the
    claims table asks for one per row and role, and fitting its columns asks often)."""
    name = QColor(colour).name(QColor.NameFormat.HexArgb) if colour else None
    return _verdict_icon(name, level, judged)


@functools.lru_cache(maxsize=256)
def _verdict_icon(colour: str | None, level: float | None, judged: bool) -> QIcon:
    pixmap = verdict_chip(colour, level, judged=judged)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


def chip_icon(colour: str | QColor | None) -> QIcon:
    return QIcon(chip(colour))


def label_text(label: RatingLabel) -> str:
    if label.retired:
        return translate("VerdictLook", "{label} (retired)").format(label=label.label)
    return label.label


def label_tooltip(label: RatingLabel | None) -> str:
    """The label's description (and what "retired" means), escaped for Qt."""
    if label is None:
        return ""
    parts = [label.description or ""]
    if label.retired:
        parts.append(translate("VerdictLook", RETIRED_NOTE))
    return tooltip("\n\n".join(p for p in parts if p))


def fill_verdict_combo(combo: QComboBox, scale: RatingScale | None, none_text: str,
                       current: str | None = None, *, number_keys: bool = True) -> None:
    """The scale's choosable labels (number key hints, chips, description tooltips); a
    retired `current` verdict is added greyed and disabled so it still shows."""
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(none_text, None)
        labels = scale.labels if scale else ()
        for number, label in enumerate((lbl for lbl in labels if not lbl.retired), start=1):
            hint = f"   ({number})" if number_keys and number <= 9 else ""
            combo.addItem(chip_icon(label.colour), f"{label.label}{hint}", label.label)
            combo.setItemData(combo.count() - 1, label_tooltip(label),
                              Qt.ItemDataRole.ToolTipRole)
        if current is not None and combo.findData(current) < 0:
            add_retired_item(combo, scale, current)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(False)


def add_retired_item(combo: QComboBox, scale: RatingScale | None, verdict: str) -> None:
    """`verdict` (retired, or not on the scale at all) as a greyed, unchoosable item."""
    label = scale.find(verdict) if scale else None
    text = (translate("VerdictLook", "{label} (retired)") if label is not None
            else translate("VerdictLook", "{label} (not on the scale)")).format(label=verdict)
    combo.addItem(chip_icon(label.colour if label else None), text, verdict)
    index = combo.count() - 1
    item_tip = label_tooltip(label) if label else tooltip(
        translate("VerdictLook", "This verdict is not on the database's rating scale."))
    combo.setItemData(index, item_tip, Qt.ItemDataRole.ToolTipRole)
    model = combo.model()
    item = model.item(index) if hasattr(model, "item") else None
    if item is not None:
        item.setEnabled(False)
