"""Which actions are on in each state of the window: no article, an article, a
claim selected, the text being corrected, a read-only database. The sets were
checked against the window before it was rebuilt from controllers; a change to
an action's `when` (or `writes`) shows here as a named difference."""

from __future__ import annotations

from factcheck_gui.app import create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import select_text

ALWAYS = {
    "new_db", "open_db", "restore_backup", "open_sample", "import_articles", "paste_article",
    "import_annotations", "export", "export_html", "export_pdf", "export_library", "quit",
    "find_claims", "preferences", "rating_scale", "toggle_library", "toggle_claims",
    "toggle_inspector", "show_suggestions", "library_overview", "toggle_review", "toolbar",
    "next_pane", "previous_pane", "to_article", "next_suggestion", "previous_suggestion",
    "shortcuts", "about", "search_library", "team_join",
    "open_url", "check_links", "retry_copies",
} | {"claims_beside", "zoom_in", "zoom_out", "zoom_reset", "reading_settings"}  # reading
ARTICLE = {
    "export_article", "export_filter", "article_properties", "update_from_file",
    "update_from_clipboard", "edit_text", "versions", "new_claim", "new_claim_exact",
    "deleted_claims", "find_in_article", "find_next", "find_previous", "claim_from_match",
    "filter_verdict", "filter_status", "start_review", "update_from_url",
}
HAS_CLAIMS = {"next_claim", "previous_claim"}
CLAIM = {
    "reattach", "add_source", "mark_final", "clear_verdict", "end_right", "end_left",
    "start_left", "start_right", "delete_claim", "claim_history", "find_in_sources",
}
VERDICTS = {f"verdict:{n}" for n in range(6)}
# Every action that changes the database: off while it is open read-only.
WRITES = {
    "restore_backup", "open_sample", "import_articles", "paste_article", "import_annotations",
    "rating_scale", "article_properties", "update_from_file", "update_from_clipboard",
    "edit_text", "new_claim", "new_claim_exact", "reattach", "add_source", "mark_final",
    "clear_verdict", "end_right", "end_left", "start_left", "start_right", "delete_claim",
    "undo", "redo", "retry", "accept_suggestion", "dismiss_suggestion", "claim_from_match",
    "start_review", "team_join",
    "open_url", "update_from_url", "check_links", "retry_copies",
} | VERDICTS
WHILE_CORRECTING = {
    "edit_text", "cancel_edit", "toggle_library", "toggle_claims", "toggle_inspector",
    "toggle_review", "toolbar", "quit", "shortcuts", "about", "next_pane", "previous_pane",
    "find_in_article", "find_next", "find_previous",
    "claims_beside", "zoom_in", "zoom_out", "zoom_reset", "reading_settings",
}


def enabled(window: MainWindow) -> set[str]:
    return {name for name, action in window.act.all.items() if action.isEnabled()}


def test_actions_on_in_each_state(open_window, db_path, qtbot) -> None:
    window = open_window()
    assert enabled(window) == ALWAYS
    window.act.open_sample.trigger()
    assert enabled(window) == ALWAYS | ARTICLE
    select_text(window, "Councillors voted 27 to 19")
    assert window.claims.create_claim()
    assert enabled(window) == ALWAYS | ARTICLE | HAS_CLAIMS | CLAIM | VERDICTS | {"undo"}
    window.act.edit_text.trigger()
    assert enabled(window) == WHILE_CORRECTING
    window.act.cancel_edit.trigger()
    assert enabled(window) == ALWAYS | ARTICLE | HAS_CLAIMS | CLAIM | VERDICTS | {"undo"}
    assert window.edits.undo()
    assert enabled(window) == ALWAYS | ARTICLE | {"redo"}
    assert window.edits.redo()
    window.close()

    read_only = Store.open(db_path, reviewer="ann", read_only=True)
    viewer = create_main_window(read_only)
    qtbot.addWidget(viewer)
    try:
        # A read-only database offers what reads: nothing that would be refused.
        assert enabled(viewer) == (ALWAYS | ARTICLE | HAS_CLAIMS) - WRITES
        viewer.act.next_claim.trigger()
        assert viewer.workspace.selected_claim_id is not None
        assert enabled(viewer) == (ALWAYS | ARTICLE | HAS_CLAIMS | CLAIM | VERDICTS) - WRITES
    finally:
        viewer.disconnect_store()
        read_only.close()
