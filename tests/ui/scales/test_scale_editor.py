"""Edit > Rating Scale…: editing labels, the contrast warning and its fix, the mapping
step, one undoable apply, and the window following the new scale (keys, inspector,
table, highlights) while retired verdicts still show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from factcheck_gui.core import contrast
from factcheck_gui.core.scales import load_preset, preset_names
from factcheck_gui.ui.article.highlight import claim_format
from factcheck_gui.ui.claims.claims_model import VERDICT
from factcheck_gui.ui.scales.editor import CONTRAST, LABEL, ScaleEditor
from factcheck_gui.ui.widgets.safe_text import tooltip
from tests.ui.claims.test_highlights_and_table import INNER, LATE, OUTER, add_claims


def _colours() -> list[str]:
    found = {lbl.colour for name in preset_names() for lbl in load_preset(name).labels}
    return [*sorted(found), "#000000", "#ffffff", "#f2e27a", "#123456", "#a8e07a"]


@pytest.mark.parametrize("colour", _colours())
def test_the_contrast_check_sees_the_marks_qt_draws(qapp, colour: str) -> None:
    rgb = contrast.parse_colour(colour)
    qcolor = QColor(colour)
    for factor in (115, 120, 135, 140):
        # Qt rounds in C floats; a channel may differ by one step in 255, which moves
        # a contrast ratio by well under 0.05.
        for ours, qts in ((contrast.darker(rgb, factor), qcolor.darker(factor)),
                          (contrast.lighter(rgb, factor), qcolor.lighter(factor))):
            assert all(abs(a - b) <= 1 for a, b in zip(ours, qts.getRgb()[:3], strict=False))


def test_deep_and_selected_tints_keep_text_readable_in_dark(qapp) -> None:
    text, base = contrast.parse_colour(contrast.DARK.text), contrast.parse_colour(
        contrast.DARK.base)
    for colour in _colours():
        for depth in (1, 2, 3):
            fmt = claim_format(QColor(colour), judged=True, dark=True, depth=depth)
            background = fmt.background().color()
            drawn = contrast.blend(background.getRgb()[:3], base, background.alphaF())
            assert contrast.contrast_ratio(text, drawn) >= 4.45, (colour, depth)


def _dialog(window) -> ScaleEditor:
    store = window.store
    return ScaleEditor(store.scales.active_scale(), store.scales.verdict_usage(),
                       lambda s, m: store.scales.plan_scale_change(s, mapping=m), window)


def _row(dialog: ScaleEditor, label: str) -> int:
    return next(n for n, row in enumerate(dialog.rows) if row.label == label)


def test_a_pale_colour_is_warned_about_and_fixed(open_window, qtbot) -> None:
    window = open_window()
    dialog = _dialog(window)
    qtbot.addWidget(dialog)
    n = _row(dialog, "Mostly true")
    dialog.table.setCurrentCell(n, LABEL)
    dialog.table.item(n, 3).setText("#F2E27A")  # typed in the colour cell
    assert dialog.rows[n].colour == "#f2e27a"
    assert dialog.table.item(n, CONTRAST).text().startswith("⚠ ")
    assert "Light palette: the colour chip has contrast" in dialog.table.item(
        n, CONTRAST).toolTip()
    assert "Light palette: the colour chip has contrast" in dialog.findings.text()
    assert dialog.fix_button.isEnabled()
    qtbot.mouseClick(dialog.fix_button, Qt.MouseButton.LeftButton)
    fixed = dialog.rows[n].colour
    assert fixed != "#f2e27a" and not contrast.problems(fixed)
    assert dialog.table.item(n, CONTRAST).text() == "✓ light and dark"
    # The colour dialog path (replaced: it would wait for a user).
    dialog.pick_colour = lambda initial, label: "#4173c9"
    dialog.choose_colour()
    assert dialog.rows[n].colour == "#4173c9"


def test_bad_input_is_said_in_one_sentence_and_kept(open_window, qtbot) -> None:
    window = open_window()
    dialog = _dialog(window)
    qtbot.addWidget(dialog)
    dialog.table.item(1, LABEL).setText("true")
    dialog.apply()
    assert dialog.request is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "The rating scale has the label 'true' twice."
    assert dialog.rows[1].label == "true"  # the edit stays to fix
    dialog.table.item(1, 2).setText("lots")
    assert dialog.error.text() == "The value 'lots' of 'true' is not a number."


def test_edit_map_retire_apply_and_undo(open_window, qtbot, monkeypatch) -> None:
    window = open_window()
    store = window.store
    ids = add_claims(store)  # OUTER: Misleading, INNER: True, LATE: none
    window.feed.apply()
    old_scale = store.scales.active_scale()
    seen = {}

    def scripted(dialog: ScaleEditor) -> int:
        # Rename (a mapping by itself), recolour, reorder, describe, retire, remove.
        t = dialog.table
        t.item(_row(dialog, "Misleading"), LABEL).setText("Missing context")
        t.item(_row(dialog, "Missing context"), 4).setText("Needs context to be fair.")
        t.setCurrentCell(_row(dialog, "False"), LABEL)
        for _ in range(4):
            dialog.move_label(-1)
        assert [r.label for r in dialog.rows][:2] == ["False", "True"]
        dialog.set_colour(dialog.rows[_row(dialog, "False")], "#b8433a")
        t.setCurrentCell(_row(dialog, "Unverifiable"), LABEL)
        dialog.toggle_retired()
        t.setCurrentCell(_row(dialog, "True"), LABEL)
        dialog.remove_label()  # in use by INNER: the mapping step asks
        dialog.worst.setCurrentIndex(dialog.worst.findText("False (1)"))
        dialog.apply()
        assert dialog.pages.currentIndex() == 1 and dialog.request is None
        seen["title"] = dialog.mapping.title.text()
        seen["choices"] = [dialog.mapping.combos["True"].itemText(i)
                           for i in range(dialog.mapping.combos["True"].count())]
        dialog.mapping.choose("True", None)  # keep as retired
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(ScaleEditor, "exec", scripted)
    assert window.scales.edit_rating_scale()
    assert seen["title"] == "1 verdict in use is not on “Plain six-point scale”"
    assert seen["choices"][0] == "Keep as a retired label"
    assert "Map to “Mostly true”" in seen["choices"]

    scale = store.scales.active_scale()
    assert scale.id == old_scale.id
    assert [(lbl.label, lbl.retired) for lbl in scale.labels] == [
        ("False", False), ("Mostly true", False), ("Missing context", False),
        ("Mostly false", False), ("Unverifiable", True), ("True", True)]
    assert store.claims.get_claim(ids[OUTER]).verdict == "Missing context"
    assert store.claims.get_claim(ids[INNER]).verdict == "True"
    assert [e.action for e in store.events.for_claim(ids[OUTER])][-1] == "relabel"
    assert window.controller.stack.undoText() == "Edit Rating Scale"
    assert "Ctrl+Z undoes it" in window.statusBar().currentMessage()

    # The window follows: keys 1-9, the Set Verdict menu, inspector, table, highlights.
    assert window.claims.verdict_labels() == ["False", "Mostly true", "Missing context",
                                       "Mostly false"]
    assert window.act.verdicts[0].text() == "False"
    assert window.act.verdicts[2].toolTip() == tooltip("Needs context to be fair.")
    window.claims.select_claim(ids[INNER])
    combo = window.inspector.verdict
    assert combo.currentText() == "True (retired)"
    assert not combo.model().item(combo.currentIndex()).isEnabled()
    assert "Retired label" in combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    missing = combo.findData("Missing context")
    assert "Needs context to be fair." in combo.itemData(missing, Qt.ItemDataRole.ToolTipRole)
    model = window.claims_table.model
    row = model.row_of(ids[INNER])
    assert model.index(row, VERDICT).data() == "True (retired)"
    assert model.index(row, VERDICT).data(Qt.ItemDataRole.FontRole).italic()
    filters = [window.claims_table.verdict_filter.itemText(i)
               for i in range(window.claims_table.verdict_filter.count())]
    assert "True (retired)" in filters
    pane = window.article_view.pane
    spot = pane.text.index(OUTER)
    assert pane.format_at(spot).background().color().rgb() == QColor(
        scale.find("Missing context").colour).rgb()
    # Key 1 now gives the first label of the new order.
    window.claims.select_claim(ids[LATE])
    assert window.claims.set_verdict_number(1)
    assert store.claims.get_claim(ids[LATE]).verdict == "False"

    # Undo both steps: the verdict, then the whole scale change.
    assert window.edits.undo() and window.edits.undo()
    assert store.scales.active_scale() == old_scale
    assert store.claims.get_claim(ids[OUTER]).verdict == "Misleading"
    assert store.claims.get_claim(ids[INNER]).verdict == "True"
    assert window.claims.verdict_labels() == [lbl.label for lbl in old_scale.labels]
    window.claims.select_claim(ids[INNER])
    assert window.inspector.verdict.currentText().startswith("True")
    assert window.inspector.verdict.currentText() != "True (retired)"
    assert window.edits.redo()
    assert store.scales.active_scale() == scale
    assert store.claims.get_claim(ids[OUTER]).verdict == "Missing context"


def test_switching_to_a_preset_from_the_editor(open_window, qtbot, monkeypatch) -> None:
    window = open_window()
    store = window.store
    ids = add_claims(store)
    window.feed.apply()

    def scripted(dialog: ScaleEditor) -> int:
        dialog.load_start("snopes-style")
        dialog.apply()
        dialog.mapping.choose("Misleading", "Mixture")
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(ScaleEditor, "exec", scripted)
    assert window.scales.edit_rating_scale()
    assert store.scales.active_scale().id == "snopes-style"
    assert store.claims.get_claim(ids[OUTER]).verdict == "Mixture"
    assert window.controller.stack.undoText() == "Use Rating Scale “Snopes-style scale”"
    # Cancelling changes nothing; applying the scale as it is adds no undo step.
    monkeypatch.setattr(ScaleEditor, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = store.scales.active_scale()
    assert not window.scales.edit_rating_scale()
    assert store.scales.active_scale() == before
    steps = window.controller.stack.count()
    monkeypatch.setattr(ScaleEditor, "exec", lambda dialog: dialog.apply() or dialog.result())
    assert not window.scales.edit_rating_scale()
    assert window.controller.stack.count() == steps
    assert window.statusBar().currentMessage() == "The rating scale is unchanged."
    assert window.act.rating_scale.text() == "Rating &Scale…"
