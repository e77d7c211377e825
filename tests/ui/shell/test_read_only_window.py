"""A database open read-only: the window offers reading, searching and exporting,
and nothing that writes; the inspector shows the claim's fields without taking
typing, and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from factcheck_gui.app import create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.shell.main_window import MainWindow
from tests.ui.shell.test_enablement_by_state import WRITES

QUOTE = "Councillors voted 27 to 19"
READS = {
    "export", "export_html", "export_pdf", "export_library", "export_article",
    "export_filter", "find_claims", "claim_history", "deleted_claims", "versions",
    "library_overview", "next_claim", "previous_claim", "next_pane", "previous_pane", "to_article",
    "show_suggestions", "next_suggestion", "previous_suggestion", "toggle_library",
    "toggle_claims", "toggle_inspector", "toggle_review", "toolbar", "review_next",
    "review_previous", "new_db", "open_db", "preferences", "shortcuts", "about", "quit",
    "find_in_article", "find_next", "find_previous", "filter_verdict", "filter_status",
    "search_library",
}


@pytest.fixture
def viewer(qtbot, db_path: Path):
    with Store.open(db_path, reviewer="ann") as store:
        article = add_sample_article(store)
        text = store.versions.current_version(article.id).text
        start = text.index(QUOTE)
        claim = store.claims.add_claim(article.id, start, start + len(QUOTE))
        store.claims.update_claim(claim.id, rationale="The minutes show 27 to 19.")
    store = Store.open(db_path, reviewer="ann", read_only=True)
    window = create_main_window(store)
    qtbot.addWidget(window)
    window.act.next_claim.trigger()
    assert window.workspace.selected_claim_id == claim.id
    yield window
    window.disconnect_store()
    store.close()


def test_every_write_is_off_and_every_read_on(viewer: MainWindow) -> None:
    specs = viewer.act.specs
    # The list named here and the actions declared as writing are the same set.
    assert {name for name, spec in specs.items() if spec.writes} == WRITES
    assert not [name for name in WRITES if viewer.act.all[name].isEnabled()]
    off = [name for name in READS if not viewer.act.all[name].isEnabled()]
    # review_* need claims to look at, which the sample does not have here.
    assert set(off) <= {"review_next", "review_previous"}
    assert not viewer.act.menus["claim/verdict"].isEnabled()
    assert not viewer.act.menus["claim/span"].isEnabled()
    viewer.act.update()  # recomputing does not turn a write back on
    assert not [name for name in WRITES if viewer.act.all[name].isEnabled()]


def test_the_window_says_read_only(viewer: MainWindow) -> None:
    assert viewer.windowTitle().endswith("(read-only)")
    assert not viewer.read_only_label.isHidden()
    assert "read-only" in viewer.read_only_label.toolTip()


def test_the_inspector_shows_without_taking_edits(viewer: MainWindow, qtbot) -> None:
    inspector = viewer.inspector
    assert inspector.heading.text() == "Claim (read-only)"
    for name in ("claim_text", "claimant", "rationale"):
        assert inspector.field(name).isReadOnly(), name
    flags = inspector.rationale.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    before = inspector.rationale.toPlainText()
    qtbot.keyClicks(inspector.rationale, "typed")
    assert inspector.rationale.toPlainText() == before
    inspector.rationale.selectAll()
    assert inspector.rationale.textCursor().selectedText() == before  # can be copied
    assert not inspector.verdict.isEnabled() and not inspector.status.isEnabled()
    buttons = inspector.sources.buttons
    assert not any(buttons[key].isEnabled() for key in ("add", "edit", "remove", "up", "down"))
    assert inspector.flush() and viewer.controller.stack.count() == 0


def test_a_writable_database_gets_editable_fields_back(viewer: MainWindow, tmp_path) -> None:
    other = Store.open(tmp_path / "other.db", reviewer="ann")
    old = viewer.store
    viewer.set_store(other)
    try:
        assert not viewer.windowTitle().endswith("(read-only)")
        assert viewer.read_only_label.isHidden()
        assert not viewer.inspector.rationale.isReadOnly()
        assert viewer.inspector.verdict.isEnabled()
        assert viewer.act.import_articles.isEnabled()
        assert viewer.empty_state.button.isEnabled()
    finally:
        viewer.set_store(old)
        other.close()


def test_an_empty_read_only_database_offers_no_import(qtbot, db_path: Path) -> None:
    Store.open(db_path).close()
    store = Store.open(db_path, read_only=True)
    window = create_main_window(store)
    qtbot.addWidget(window)
    try:
        empty = window.empty_state
        assert not empty.button.isEnabled() and not empty.import_button.isEnabled()
        assert not empty.paste_button.isEnabled() and empty.open_button.isEnabled()
    finally:
        window.disconnect_store()
        store.close()
