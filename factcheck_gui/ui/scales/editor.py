"""Edit > Rating Scale…: start from a preset or the database's scale, edit its labels
(name, ClaimReview value, colour with a contrast check, description, number-key
order, best and worst), then map or retire the verdicts in use that disappear.

The dialog only collects a `ScaleRequest`; the window applies it as one undoable
command (ui/scales/controller.py), so nothing is written here.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.contrast import Finding, parse_colour, passing_colour, problems
from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import RatingLabel, RatingScale
from factcheck_gui.core.scales import check_scale, load_preset, preset_names
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.scales.mapping import MappingPage
from factcheck_gui.ui.scales.preview import ColourPreview
from factcheck_gui.ui.scales.verdict_look import chip_icon
from factcheck_gui.ui.theme import error_style
from factcheck_gui.ui.widgets.safe_text import tooltip

COLUMNS = (QT_TRANSLATE_NOOP("ScaleEditor", "Key"), QT_TRANSLATE_NOOP("ScaleEditor", "Label"),
           QT_TRANSLATE_NOOP("ScaleEditor", "Value"), QT_TRANSLATE_NOOP("ScaleEditor", "Colour"),
           QT_TRANSLATE_NOOP("ScaleEditor", "Description"),
           QT_TRANSLATE_NOOP("ScaleEditor", "Contrast"))
KEY, LABEL, VALUE, COLOUR, DESCRIPTION, CONTRAST = range(len(COLUMNS))
CURRENT = "__current__"
_ids = itertools.count(1)
# What the contrast check found, by (palette, where): the short form for the table,
# and whole sentences for the findings under it.
SHORT_FINDINGS = {
    ("light", "highlight"): QT_TRANSLATE_NOOP("ScaleEditor", "light highlight"),
    ("light", "chip"): QT_TRANSLATE_NOOP("ScaleEditor", "light chip"),
    ("light", "underline"): QT_TRANSLATE_NOOP("ScaleEditor", "light underline"),
    ("dark", "highlight"): QT_TRANSLATE_NOOP("ScaleEditor", "dark highlight"),
    ("dark", "chip"): QT_TRANSLATE_NOOP("ScaleEditor", "dark chip"),
    ("dark", "underline"): QT_TRANSLATE_NOOP("ScaleEditor", "dark underline"),
}
FINDINGS = {
    ("light", "highlight"): QT_TRANSLATE_NOOP(
        "ScaleEditor", "Light palette: text on the highlight has contrast {ratio}:1 (needs"
        " {minimum}:1)."),
    ("light", "chip"): QT_TRANSLATE_NOOP(
        "ScaleEditor", "Light palette: the colour chip has contrast {ratio}:1 (needs"
        " {minimum}:1)."),
    ("light", "underline"): QT_TRANSLATE_NOOP(
        "ScaleEditor", "Light palette: the underline has contrast {ratio}:1 (needs"
        " {minimum}:1)."),
    ("dark", "highlight"): QT_TRANSLATE_NOOP(
        "ScaleEditor", "Dark palette: text on the highlight has contrast {ratio}:1 (needs"
        " {minimum}:1)."),
    ("dark", "chip"): QT_TRANSLATE_NOOP(
        "ScaleEditor", "Dark palette: the colour chip has contrast {ratio}:1 (needs"
        " {minimum}:1)."),
    ("dark", "underline"): QT_TRANSLATE_NOOP(
        "ScaleEditor", "Dark palette: the underline has contrast {ratio}:1 (needs"
        " {minimum}:1)."),
}


def short_finding(finding: Finding) -> str:
    text = SHORT_FINDINGS.get((finding.palette, finding.where))
    return translate("ScaleEditor", text) if text else f"{finding.palette} {finding.where}"


def finding_text(finding: Finding) -> str:
    """One failed contrast check as a sentence, numbers in the user's locale."""
    text = FINDINGS.get((finding.palette, finding.where))
    if text is None:
        return finding.describe().capitalize() + "."
    locale = QLocale()
    return translate("ScaleEditor", text).format(
        ratio=locale.toString(finding.ratio, "f", 1),
        minimum=locale.toString(finding.minimum, "g", 3))


@dataclass
class Row:
    """One label being edited; `original` is its name on the database's scale."""

    label: str
    value: float | None = None
    colour: str | None = None
    description: str | None = None
    alternate_name: str | None = None
    retired: bool = False
    original: str | None = None
    id: int = field(default_factory=lambda: next(_ids))


@dataclass(frozen=True)
class ScaleRequest:
    """What the user asked for: the scale, old label -> new label, labels kept retired."""

    scale: RatingScale
    mapping: dict[str, str]
    keep_retired: tuple[str, ...]


class ScaleEditor(QDialog):
    def __init__(self, current: RatingScale | None, usage: dict[str, int], plan,
                 parent: QWidget | None = None) -> None:
        """`plan(scale, mapping)` gives (stored, mapping, unaccounted) without writing
        (Store.plan_scale_change), so the dialog can tell which verdicts need a choice."""
        super().__init__(parent)
        self.setWindowTitle(translate("ScaleEditor", "Rating Scale"))
        self.setObjectName("scaleEditor")
        self.current, self.usage, self._plan = current, usage, plan
        self.rows: list[Row] = []
        self.best_id: int | None = None
        self.worst_id: int | None = None
        self.scale_id = current.id if current else "custom"
        self.description: str | None = current.description if current else None
        self.request: ScaleRequest | None = None
        self._pending: tuple[RatingScale, dict[str, str], list[str]] | None = None
        self._filling = False

        self.start = QComboBox()
        self.start.setAccessibleName(translate("ScaleEditor", "Start from"))
        if current is not None:
            self.start.addItem(translate("ScaleEditor", "This database's scale: {name}").format(
                name=current.name), CURRENT)
        for name in preset_names():
            self.start.addItem(translate("ScaleEditor", "Preset: {name}").format(
                name=load_preset(name).name), name)
        self.start.activated.connect(lambda _i: self.load_start(self.start.currentData()))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("ScaleEditor", "Scale name"))

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("scaleLabels")
        self.table.setAccessibleName(translate("ScaleEditor", "Verdicts of the scale"))
        self.table.setHorizontalHeaderLabels([translate("ScaleEditor", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (KEY, VALUE, COLOUR, CONTRAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(LABEL, 150)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.currentCellChanged.connect(lambda *_a: self._row_selected())
        self.table.cellDoubleClicked.connect(self._double_clicked)

        buttons = QVBoxLayout()
        self.add_button = self._button(translate("ScaleEditor", "Add Label"), self.add_label,
                                       buttons)
        self.remove_button = self._button(translate("ScaleEditor", "Remove"), self.remove_label,
                                          buttons)
        self.up_button = self._button(translate("ScaleEditor", "Move Up"),
                                      lambda: self.move_label(-1), buttons)
        self.down_button = self._button(translate("ScaleEditor", "Move Down"),
                                        lambda: self.move_label(1), buttons)
        self.retire_button = self._button(translate("ScaleEditor", "Retire"),
                                          self.toggle_retired, buttons)
        self.colour_button = self._button(translate("ScaleEditor", "Colour…"),
                                          self.choose_colour, buttons)
        buttons.addStretch(1)

        self.best = QComboBox()
        self.best.setAccessibleName(translate("ScaleEditor", "Best label"))
        self.worst = QComboBox()
        self.worst.setAccessibleName(translate("ScaleEditor", "Worst label"))
        self.best.activated.connect(lambda _i: self._set_end("best"))
        self.worst.activated.connect(lambda _i: self._set_end("worst"))
        ends = QHBoxLayout()
        ends.addWidget(QLabel(translate("ScaleEditor", "Best:")))
        ends.addWidget(self.best, 1)
        ends.addSpacing(12)
        ends.addWidget(QLabel(translate("ScaleEditor", "Worst:")))
        ends.addWidget(self.worst, 1)

        self.preview = ColourPreview()
        self.findings = QLabel()
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.setWordWrap(True)
        self.fix_button = QPushButton(translate("ScaleEditor", "Use a Readable Colour"))
        self.fix_button.clicked.connect(self.use_suggested_colour)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.findings, 1)
        fix_row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()

        form = QFormLayout()
        form.addRow(translate("ScaleEditor", "Start from:"), self.start)
        form.addRow(translate("ScaleEditor", "Name:"), self.name)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)
        hint = QLabel(translate("ScaleEditor",
                                "Keys 1-9 follow the order of the labels. Value is ClaimReview's "
                                "ratingValue (leave it empty for labels that rate the evidence,"
                                " not the claim). Descriptions show as tooltips wherever a verdict"
                                " is chosen."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addLayout(ends)
        layout.addWidget(self.preview)
        layout.addLayout(fix_row)

        self.mapping = MappingPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(editor)
        self.pages.addWidget(self.mapping)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.box.addButton(translate("ScaleEditor", "Back"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button = self.box.addButton(translate("ScaleEditor", "Apply"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button.clicked.connect(self.back)
        self.box.accepted.connect(self.apply)
        self.box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.box)
        self.resize(860, 600)
        self.load_start(CURRENT if current is not None else "default")
        self._show_page(0)

    @classmethod
    def ask(cls, parent: QWidget, current: RatingScale | None, usage: dict[str, int],
            plan) -> ScaleRequest | None:
        """The user's request, or None when cancelled (tests replace this)."""
        dialog = cls(current, usage, plan, parent)
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _button(self, text: str, slot, layout: QVBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _c=False: slot())
        layout.addWidget(button)
        return button

    # -- loading -----------------------------------------------------------------------
    def load_start(self, which: str) -> None:
        """Fill the editor from the database's scale or a preset."""
        scale = self.current if which == CURRENT else load_preset(which)
        assert scale is not None
        self.start.setCurrentIndex(max(0, self.start.findData(which)))
        from_database = which == CURRENT
        self.scale_id = scale.id  # a preset's id: switching; the database's: editing
        self.description = scale.description
        self.name.setText(scale.name)
        self.rows = [Row(label=lbl.label, value=lbl.value, colour=lbl.colour,
                         description=lbl.description, alternate_name=lbl.alternate_name,
                         retired=lbl.retired, original=lbl.label if from_database else None)
                     for lbl in scale.labels]
        self.best_id = self._row_with_value(scale.best_rating)
        self.worst_id = self._row_with_value(scale.worst_rating)
        self.error.hide()
        self.refresh(0)

    def _row_with_value(self, value: float | None) -> int | None:
        return next((row.id for row in self.rows
                     if value is not None and row.value == value and not row.retired), None)

    # -- showing -----------------------------------------------------------------------
    def ordered(self) -> list[Row]:
        """Choosable labels first (in key order), retired ones after."""
        return [r for r in self.rows if not r.retired] + [r for r in self.rows if r.retired]

    def refresh(self, select: int | None = None) -> None:
        self.rows = self.ordered()
        self._filling = True
        try:
            self.table.setRowCount(len(self.rows))
            key = 0
            for n, row in enumerate(self.rows):
                if not row.retired:
                    key += 1
                self._fill_row(n, row, key)
        finally:
            self._filling = False
        self._fill_ends()
        if select is not None and self.rows:
            self.table.setCurrentCell(max(0, min(select, len(self.rows) - 1)), LABEL)
        self._row_selected()

    def _fill_row(self, n: int, row: Row, key: int) -> None:
        in_use = self.usage.get(row.original or "", 0)
        key_text = (translate("ScaleEditor", "retired") if row.retired
                    else (str(key) if key <= 9 else "—"))
        cells = {
            KEY: _item(key_text, editable=False),
            LABEL: _item(row.label),
            VALUE: _item(_num(row.value)),
            COLOUR: _item(row.colour or ""),
            DESCRIPTION: _item(row.description or ""),
            CONTRAST: _item("", editable=False),
        }
        cells[LABEL].setToolTip(tooltip(
            translate("ScaleEditor", "Used by %n claim(s)", None, in_use) if in_use
            else translate("ScaleEditor", "Not used by any claim yet")))
        cells[DESCRIPTION].setToolTip(tooltip(row.description))
        cells[COLOUR].setIcon(chip_icon(row.colour))
        failing = problems(row.colour) if row.colour and parse_colour(row.colour) else []
        if row.colour and parse_colour(row.colour) is None:
            cells[CONTRAST].setText(translate("ScaleEditor", "not a colour"))
        elif failing:
            separator = translate("ScaleEditor", ", ", "between the parts of a list")
            cells[CONTRAST].setText("⚠ " + separator.join(sorted({short_finding(f)
                                                                   for f in failing})))
            cells[CONTRAST].setToolTip(tooltip("\n".join(finding_text(f) for f in failing)))
        else:
            cells[CONTRAST].setText(translate("ScaleEditor", "✓ light and dark") if row.colour
                                    else "")
        for column, item in cells.items():
            if row.retired:
                item.setForeground(self.palette().brush(QPalette.ColorGroup.Disabled,
                                                        QPalette.ColorRole.Text))
            self.table.setItem(n, column, item)

    def _fill_ends(self) -> None:
        for combo, chosen in ((self.best, self.best_id), (self.worst, self.worst_id)):
            combo.clear()
            combo.addItem(translate("ScaleEditor", "None (no bestRating / worstRating)"), None)
            for row in self.rows:
                if not row.retired and row.value is not None:
                    combo.addItem(f"{row.label} ({_num(row.value)})", row.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _set_end(self, which: str) -> None:
        combo = self.best if which == "best" else self.worst
        setattr(self, f"{which}_id", combo.currentData())

    def selected_row(self) -> Row | None:
        n = self.table.currentRow()
        return self.rows[n] if 0 <= n < len(self.rows) else None

    def _row_selected(self) -> None:
        row = self.selected_row()
        for button in (self.remove_button, self.up_button, self.down_button,
                       self.retire_button, self.colour_button):
            button.setEnabled(row is not None)
        if row is None:
            self.preview.set_colour(None, "")
            self.findings.setText("")
            self.fix_button.setEnabled(False)
            return
        self.retire_button.setText(translate("ScaleEditor", "Un-retire") if row.retired
                                   else translate("ScaleEditor", "Retire"))
        self.preview.set_colour(row.colour, row.label)
        if not row.colour:
            self.findings.setText(translate("ScaleEditor", "'{label}' has no colour: claims"
                                            " show in grey-blue.").format(label=row.label))
            self.fix_button.setEnabled(False)
            return
        if parse_colour(row.colour) is None:
            self.findings.setText(translate("ScaleEditor", "'{colour}' is not a colour like"
                                            " #3aa89b.").format(colour=row.colour))
            self.fix_button.setEnabled(False)
            return
        failing = problems(row.colour)
        suggestion = passing_colour(row.colour) if failing else None
        if not failing:
            self.findings.setText(translate("ScaleEditor", "{colour} reads well on light and"
                                            " dark backgrounds (text 4.5:1, chip and underline"
                                            " 3:1).").format(colour=row.colour))
        else:
            lines = [finding_text(f) for f in failing]
            if suggestion:
                lines.append(translate("ScaleEditor", "Nearest colour that passes: {colour}."
                                       ).format(colour=suggestion))
            self.findings.setText("\n".join(lines))
        self.fix_button.setEnabled(bool(suggestion))
        self.fix_button.setText(
            translate("ScaleEditor", "Use {colour}").format(colour=suggestion) if suggestion
            else translate("ScaleEditor", "Use a Readable Colour"))

    # -- editing -----------------------------------------------------------------------
    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = self.rows[item.row()]
        text = item.text().strip()
        column = item.column()
        if column == LABEL:
            row.label = text
        elif column == DESCRIPTION:
            row.description = text or None
        elif column == COLOUR:
            rgb = parse_colour(text)
            row.colour = "#{:02x}{:02x}{:02x}".format(*rgb) if rgb else (text or None)
        elif column == VALUE:
            try:
                row.value = float(text) if text else None
            except ValueError:
                self.show_error(translate("ScaleEditor", "The value '{value}' of '{label}' is"
                                          " not a number.").format(value=text, label=row.label))
                row.value = None
        self.refresh(item.row())

    def _double_clicked(self, n: int, column: int) -> None:
        if column == COLOUR:
            self.choose_colour()

    def add_label(self) -> None:
        self.rows.insert(len([r for r in self.rows if not r.retired]),
                         Row(label=translate("ScaleEditor", "New label {number}").format(
                             number=len(self.rows) + 1), colour="#6d7590"))
        self.refresh(len([r for r in self.rows if not r.retired]) - 1)
        item = self.table.item(self.table.currentRow(), LABEL)
        if item is not None:
            self.table.editItem(item)

    def remove_label(self) -> None:
        n = self.table.currentRow()
        if 0 <= n < len(self.rows):
            del self.rows[n]
            self.refresh(n)

    def move_label(self, step: int) -> None:
        """Up or down among the choosable labels (the order of keys 1-9)."""
        n = self.table.currentRow()
        other = n + step
        if not (0 <= n < len(self.rows) and 0 <= other < len(self.rows)):
            return
        if self.rows[n].retired != self.rows[other].retired:
            return
        self.rows[n], self.rows[other] = self.rows[other], self.rows[n]
        self.refresh(other)

    def toggle_retired(self) -> None:
        row = self.selected_row()
        if row is not None:
            row.retired = not row.retired
            self.refresh()
            self.table.setCurrentCell(self.rows.index(row), LABEL)

    def choose_colour(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        colour = self.pick_colour(QColor(row.colour or "#6d7590"), row.label)
        if colour is not None:
            self.set_colour(row, colour)

    def pick_colour(self, initial: QColor, label: str) -> str | None:
        """The colour dialog (tests replace this)."""
        chosen = QColorDialog.getColor(initial, self, translate("ScaleEditor", "Colour of {label}"
                                                                  ).format(label=label))
        return chosen.name() if chosen.isValid() else None

    def use_suggested_colour(self) -> None:
        row = self.selected_row()
        if row is not None and row.colour and (fixed := passing_colour(row.colour)):
            self.set_colour(row, fixed)

    def set_colour(self, row: Row, colour: str) -> None:
        row.colour = colour
        self.refresh(self.rows.index(row))

    # -- applying ----------------------------------------------------------------------
    def build_scale(self) -> RatingScale:
        best = next((r.value for r in self.rows if r.id == self.best_id), None)
        worst = next((r.value for r in self.rows if r.id == self.worst_id), None)
        labels = tuple(RatingLabel(label=r.label, value=r.value, position=n,
                                   description=r.description, colour=r.colour,
                                   alternate_name=r.alternate_name if r.original == r.label
                                   else None, retired=r.retired)
                       for n, r in enumerate(self.ordered()))
        return check_scale(RatingScale(id=self.scale_id, name=self.name.text(),
                                       description=self.description, best_rating=best,
                                       worst_rating=worst, labels=labels))

    def renames(self) -> dict[str, str]:
        return {r.original: r.label for r in self.rows
                if r.original is not None and r.original != r.label}

    def apply(self) -> None:
        if self.pages.currentIndex() == 1 and self._pending is not None:
            scale, mapping, keep = self._pending
            chosen_map, chosen_keep = self.mapping.choices()
            self.request = ScaleRequest(scale, mapping | chosen_map, tuple(keep + chosen_keep))
            self.accept()
            return
        try:
            scale = self.build_scale()
            mapping = self.renames()
            _stored, _resolved, unaccounted = self._plan(scale, mapping)
        except FactcheckError as error:
            self.show_error(str(error))
            return
        self.error.hide()
        if not unaccounted:
            self.request = ScaleRequest(scale, mapping, ())
            self.accept()
            return
        self._pending = (scale, mapping, [])
        self.mapping.set_labels(unaccounted, scale, self.current)
        self._show_page(1)

    def back(self) -> None:
        self._show_page(0)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.apply_button.setText(translate("ScaleEditor", "Apply"))

    def show_error(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:] + ("" if message.endswith(".")
                                                                  else "."))
        self.error.show()


def _item(text: str, *, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
