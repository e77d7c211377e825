"""The rating-scale editor's second step: for each verdict in use that the new scale
lacks, map it to a new label (those claims are rewritten) or keep it as a retired
label (it still shows and exports, and cannot be chosen for new verdicts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from factcheck_gui.core.models import RatingScale
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.scales.verdict_look import chip_icon, label_tooltip
from factcheck_gui.ui.widgets.layouts import clear_layout

KEEP = "__keep__"


class MappingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleMapping")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(translate(
            "ScaleMapping",
            "Nothing changes silently: map each verdict to a label of the new scale (its "
            "claims get the new label; each change is recorded in the claim's history) or "
            "keep it as a retired label (its claims keep it; it still shows, greyed, and "
            "exports, but cannot be chosen for new verdicts)."))
        self.note.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(4, 1)
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def set_labels(self, unaccounted: dict[str, int], new: RatingScale,
                   old: RatingScale | None) -> None:
        """One row per verdict: chip and label, claim count, map to / keep choice."""
        clear_layout(self.grid)
        self.combos = {}
        count = len(unaccounted)
        self.title.setText(translate("ScaleMapping", "%n verdict(s) in use not on “{scale}”",
                                     None, count).format(scale=new.name))
        choosable = [label for label in new.labels if not label.retired]
        for n, (verdict, claims) in enumerate(unaccounted.items()):
            before = old.find(verdict) if old else None
            name = QLabel(verdict)
            name.setTextFormat(Qt.TextFormat.PlainText)
            chip = QLabel()
            chip.setPixmap(chip_icon(before.colour if before else None).pixmap(12, 12))
            used = QLabel(translate("ScaleMapping", "%n claim(s)", None, claims))
            used.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            combo = QComboBox()
            combo.setMinimumWidth(240)
            combo.setAccessibleName(translate("ScaleMapping", "What becomes of {verdict}"
                                              ).format(verdict=verdict))
            combo.addItem(translate("ScaleMapping", "Keep as a retired label"), KEEP)
            for label in choosable:
                combo.addItem(chip_icon(label.colour),
                              translate("ScaleMapping", "Map to “{label}”").format(
                                  label=label.label), label.label)
                combo.setItemData(combo.count() - 1, label_tooltip(label),
                                  Qt.ItemDataRole.ToolTipRole)
            twin = new.find(verdict)
            combo.setCurrentIndex(max(0, combo.findData(twin.label)) if twin else 0)
            self.grid.addWidget(chip, n, 0)
            self.grid.addWidget(name, n, 1)
            self.grid.addWidget(used, n, 2)
            self.grid.addWidget(combo, n, 3)
            self.combos[verdict] = combo

    def choose(self, verdict: str, target: str | None) -> None:
        """Pick `target` (a new label) for `verdict`, or None to keep it retired."""
        combo = self.combos[verdict]
        combo.setCurrentIndex(combo.findData(target if target is not None else KEEP))

    def choices(self) -> tuple[dict[str, str], list[str]]:
        """(old label -> new label, labels kept retired)."""
        mapping, keep = {}, []
        for verdict, combo in self.combos.items():
            if combo.currentData() == KEEP:
                keep.append(verdict)
            else:
                mapping[verdict] = combo.currentData()
        return mapping, keep
