"""Sources through the inspector's buttons, undoable; panes, context menu, palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from factcheck_gui.ui.inspector.sources_editor import SourceDialog
from factcheck_gui.ui.shell.main_window import app_settings
from tests.ui.conftest import select_text


def sources_of(window) -> list[tuple]:
    return [(s.url, s.title, s.position) for s in
            window.store.sources.list_sources(window.workspace.selected_claim_id)]


def test_sources_edit_reorder_remove_each_undoable(open_window, monkeypatch) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim()
    editor = window.inspector.sources
    answers = iter([{"url": f"https://example.org/{n}", "title": f"S{n}"} for n in range(3)])
    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    for _ in range(3):
        editor.buttons["add"].click()
    assert [t for _, t, _ in sources_of(window)] == ["S0", "S1", "S2"]
    states = [sources_of(window)]

    editor.select_row(2)
    editor.buttons["up"].click()
    assert [t for _, t, _ in sources_of(window)] == ["S0", "S2", "S1"]
    assert editor.current().title == "S2"  # the moved source stays selected
    states.append(sources_of(window))

    monkeypatch.setattr(SourceDialog, "ask", classmethod(
        lambda cls, parent, source=None: {"url": source.url, "title": "Edited",
                                          "publisher": "Courier", "published": None,
                                          "accessed": source.accessed, "stance": "refutes",
                                          "note": None}))
    editor.select_row(0)
    editor.buttons["edit"].click()
    claim_id = window.workspace.selected_claim_id
    assert window.store.sources.list_sources(claim_id)[0].publisher == "Courier"
    assert "Refutes · Courier" in editor.model.index(0, 0).data()
    states.append(sources_of(window))

    editor.select_row(1)
    editor.buttons["remove"].click()
    assert [t for _, t, _ in sources_of(window)] == ["Edited", "S1"]
    states.append(sources_of(window))

    for expected in reversed(states[:-1]):
        window.act.undo.trigger()
        assert sources_of(window) == expected
    for expected in states[1:]:
        window.act.redo.trigger()
        assert sources_of(window) == expected


def test_panes_hide_show_and_are_remembered(open_window) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    window.act.toggle_claims.trigger()
    assert window.claims_table.isHidden() and not window.act.toggle_claims.isChecked()
    window.act.toggle_library.trigger()
    assert window.library.isHidden()
    window.close()
    assert app_settings().value("main_window/show_claims") in (False, "false")
    again = open_window()
    assert again.claims_table.isHidden() and again.library.isHidden()
    assert not again.inspector.isHidden()
    again.act.toggle_claims.trigger()
    assert not again.claims_table.isHidden()


def test_the_context_menu_offers_making_a_claim(open_window) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    pane = window.article_view.pane
    select_text(window, "Councillors voted")
    menu = pane.createStandardContextMenu()
    pane.context_menu_requested.emit(menu)
    assert menu.actions()[0] is window.act.new_claim
    menu.actions()[0].trigger()
    assert window.store.claims.list_claims()[0].quote == "Councillors voted"


def test_highlights_follow_a_dark_palette(open_window) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted")
    window.claims.create_claim()
    window.claims.set_verdict_number(1)
    pane = window.article_view.pane
    offset = pane.text.index("Councillors") + 2
    window.claims.select_claim(None)
    light = pane.format_at(offset).background().color().alphaF()
    palette = QPalette(pane.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1d1f22"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e3e3e3"))
    pane.setPalette(palette)
    dark = pane.format_at(offset).background().color().alphaF()
    assert dark > light  # stronger on a dark page so it stays visible
