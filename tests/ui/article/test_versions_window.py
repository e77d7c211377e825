"""Article > Update from File / Clipboard, the summary banner, undo of a version
change, and Article > Versions… with its diff."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument

from factcheck_gui.core.models import AnchorState
from factcheck_gui.io.text_import import article_from_text
from factcheck_gui.ui.article.versions_dialog import VersionsDialog
from tests.ui.article.versions_helpers import QUOTES, current_text, edited, sample_with_claims


def _anchor(claim) -> tuple:
    return (claim.version_id, claim.start, claim.end, claim.quote, claim.prefix,
            claim.suffix, claim.anchor_state, claim.original_quote, claim.verdict)


def _errors(window, monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.messages, "show_error",
                        lambda title, text: shown.append((title, text)))
    return shown


def test_update_from_file_stores_a_version_and_says_what_happened(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    ids = sample_with_claims(window)
    old = current_text(window)
    path = tmp_path / "corrected.txt"
    path.write_text(edited(old), encoding="utf-8")
    window.versions.ask_update_path = lambda: path
    assert window.act.update_from_file.isEnabled()

    window.act.update_from_file.trigger()

    article_id = window.workspace.article_id
    versions = window.store.versions.list_versions(article_id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[1].note == "Updated from corrected.txt"
    assert window.article_view.pane.text == edited(old)
    banner = window.review.summary_banner
    assert banner.isVisible()
    assert banner.message.text() == (
        "Version 2 stored: 2 ok, 0 moved, 1 need a look, 1 orphaned.")
    assert banner.review_button.isVisible()
    states = {key: window.workspace.rows[i].claim.anchor_state for key, i in ids.items()}
    assert states == {"ok": AnchorState.OK, "fuzzy": AnchorState.FUZZY,
                      "orphan": AnchorState.ORPHANED, "later": AnchorState.OK}
    # The orphan is kept whole but not painted; the others are on the new text.
    painted = set(window.article_view.pane.layer.claims)
    assert painted == {ids["ok"], ids["fuzzy"], ids["later"]}
    assert window.workspace.rows[ids["orphan"]].claim.rationale == "why orphan"
    assert window.review.review_dock.isVisible()
    assert window.controller.stack.undoText() == "Update Article Text"

    # The summary speaks of this article: another one shown, it goes.
    other = window.store.articles.add_article(article_from_text("Another story\n\nWith its text."))
    window.feed.apply()
    window.library.select(other.id)
    assert window.workspace.article_id == other.id
    assert not banner.isVisible()
    assert window.review.review_pane.ids() == []


def test_another_database_drops_the_summary(open_window, tmp_path: Path) -> None:
    window = open_window()
    sample_with_claims(window)
    window.versions.store_new_text(edited(current_text(window)), None)
    assert window.review.summary_banner.isVisible()
    assert window.files.open_database_at(tmp_path / "other.db")
    assert not window.review.summary_banner.isVisible()
    assert window.controller.stack.count() == 0
    window.controller.stack.indexChanged.emit(0)  # nothing stale is touched
    assert not window.review.summary_banner.isVisible()


def test_undo_of_an_update_brings_back_the_old_text_and_anchors(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    ids = sample_with_claims(window)
    old = current_text(window)
    before = {i: _anchor(window.store.claims.get_claim(i)) for i in ids.values()}
    path = tmp_path / "corrected.txt"
    path.write_text(edited(old), encoding="utf-8")
    assert window.versions.update_from_file(path)

    assert window.edits.undo()
    article_id = window.workspace.article_id
    assert [v.number for v in window.store.versions.list_versions(article_id)] == [1]
    assert window.article_view.pane.text == old
    assert {i: _anchor(window.store.claims.get_claim(i)) for i in ids.values()} == before
    assert set(window.article_view.pane.layer.claims) == set(ids.values())
    assert not window.review.summary_banner.isVisible()
    assert window.review.claims_to_look_at() == []

    assert window.edits.redo()
    assert current_text(window) == edited(old)
    assert window.workspace.rows[ids["orphan"]].claim.anchor_state is AnchorState.ORPHANED


def test_the_same_text_is_refused_with_a_message(open_window, monkeypatch,
                                                 tmp_path: Path) -> None:
    window = open_window()
    sample_with_claims(window)
    shown = _errors(window, monkeypatch)
    steps = window.controller.stack.count()
    path = tmp_path / "same.txt"
    path.write_text(current_text(window), encoding="utf-8")

    assert not window.versions.update_from_file(path)

    assert shown and shown[0][0] == "Nothing to update"
    assert "same as the current text (version 1)" in shown[0][1]
    assert window.controller.stack.count() == steps
    assert len(window.store.versions.list_versions(window.workspace.article_id)) == 1
    assert not window.review.summary_banner.isVisible()


def test_an_unreadable_file_is_one_clear_message(open_window, monkeypatch,
                                                 tmp_path: Path) -> None:
    window = open_window()
    sample_with_claims(window)
    shown = _errors(window, monkeypatch)
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    assert not window.versions.update_from_file(path)
    assert shown[0][0] == "Cannot read the new text"
    assert shown[0][1].startswith("empty.txt: ")


def test_update_from_clipboard(open_window, monkeypatch) -> None:
    window = open_window()
    ids = sample_with_claims(window)
    QGuiApplication.clipboard().setText(edited(current_text(window)))

    window.act.update_from_clipboard.trigger()

    versions = window.store.versions.list_versions(window.workspace.article_id)
    assert versions[-1].note == "Updated from the clipboard"
    assert window.workspace.rows[ids["fuzzy"]].claim.anchor_state is AnchorState.FUZZY

    shown = _errors(window, monkeypatch)
    QGuiApplication.clipboard().setText("   ")
    assert not window.versions.update_from_clipboard()
    assert shown[0][0] == "Cannot update from the clipboard"


def test_update_actions_need_an_article(open_window) -> None:
    window = open_window()
    assert window.workspace.article_id is None
    for name in ("update_from_file", "update_from_clipboard", "edit_text", "versions"):
        assert not window.act.all[name].isEnabled(), name
    assert not window.versions.update_from_clipboard()


def _find(document: QTextDocument, text: str) -> QTextCursor:
    cursor = document.find(text)
    assert not cursor.isNull(), f"{text!r} is not in the diff"
    return cursor


def test_versions_dialog_lists_versions_and_styles_the_diff(open_window, tmp_path) -> None:
    window = open_window()
    sample_with_claims(window)
    old = current_text(window)
    window.versions.store_new_text(edited(old), "first correction")
    markup = edited(old).replace("Others were more forgiving.",
                                 "Others were <b>more</b> forgiving &amp; kind.")
    window.versions.store_new_text(markup, None)

    dialog = VersionsDialog(window, window.store, window.workspace.article_id)
    window.show_versions_dialog = dialog  # keep it alive while the test looks
    table = dialog.table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["1", "2", "3  (current)"]
    assert table.item(1, 2).text() == "first correction"
    assert table.item(0, 2).text() == "First text"
    # Opens on the latest change: version 2 -> 3; the article's markup is just text.
    assert dialog.summary.text() == "1 change"
    document = dialog.diff.document()
    assert "<b>more</b> forgiving &amp; kind." in document.toPlainText()
    added = _find(document, "<b>")
    assert added.charFormat().fontUnderline()

    dialog.compare(1, 2)
    assert dialog.summary.text() == "2 changes"
    plain = document.toPlainText()
    assert "Change 1 of 2 · paragraph 6" in plain and "Change 2 of 2" in plain
    removed = _find(document, "reviewed by the transport committee")
    assert removed.charFormat().fontStrikeOut()
    assert not removed.charFormat().fontUnderline()
    assert _find(document, "14.2").charFormat().fontStrikeOut()  # whole words, not digits
    assert _find(document, "14.3").charFormat().fontUnderline()

    dialog.compare(2, 2)
    assert "same version is chosen twice" in document.toPlainText()
    table.setCurrentCell(1, 0)  # picking version 2 compares it with version 1
    assert (dialog.old_choice.currentIndex(), dialog.new_choice.currentIndex()) == (0, 1)
    dialog.close()


def test_versions_menu_opens_the_dialog(open_window, monkeypatch) -> None:
    window = open_window()
    sample_with_claims(window)
    opened = []
    monkeypatch.setattr(VersionsDialog, "ask",
                        classmethod(lambda cls, parent, store, article_id:
                                    opened.append(article_id)))
    window.act.versions.trigger()
    assert opened == [window.workspace.article_id]



HOSTILE = '<img src="file:///etc/hostname"> <b>bold</b>'


def test_markup_in_texts_quotes_and_notes_stays_text(open_window) -> None:
    window = open_window()
    sample_with_claims(window)
    store, article_id = window.store, window.workspace.article_id
    with_markup = current_text(window).replace("Others were", f"{HOSTILE} Others were")
    window.versions.store_new_text(with_markup, HOSTILE)
    start = with_markup.index(HOSTILE)
    hostile = store.claims.add_claim(article_id, start, start + len(HOSTILE)).id
    window.versions.store_new_text(with_markup.replace(HOSTILE, "Quite."), None)
    assert window.workspace.rows[hostile].claim.anchor_state is AnchorState.ORPHANED

    row = window.review.review_pane.ids().index(hostile)
    tip = window.review.review_pane.list.item(row).toolTip()
    assert "&lt;img" in tip and "<img" not in tip
    assert HOSTILE in window.review.review_pane.list.item(row).text()  # plain item text
    dialog = VersionsDialog(window, store, article_id)
    note_tip = dialog.table.item(1, 2).toolTip()
    assert "&lt;img" in note_tip and "<img" not in note_tip
    dialog.compare(1, 2)
    assert HOSTILE in dialog.diff.document().toPlainText()
    dialog.close()


def test_an_old_version_is_shown_in_full_with_its_claims(open_window) -> None:
    window = open_window()
    ids = sample_with_claims(window)
    store, article_id = window.store, window.workspace.article_id
    old = current_text(window)
    window.versions.store_new_text(edited(old), "first correction")
    dialog = VersionsDialog(window, store, article_id)
    window.show_versions_dialog = dialog  # keep it alive while the test looks
    assert dialog.tabs.currentIndex() == 0  # opens on the changes, as before

    dialog.show_text(1)
    assert dialog.tabs.currentIndex() == 1 and dialog.table.currentRow() == 0
    view = dialog.text_view
    assert view.isReadOnly() and view.toPlainText() == old
    assert "Version 1" in dialog.text_heading.text()
    assert "4 claims were on this text" in dialog.text_heading.text()
    # The orphaned claim is painted where it was on version 1; plain text is not.
    orphan = old.index(QUOTES["orphan"])
    cursor = QTextCursor(view.document())
    cursor.setPosition(orphan + 3)
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
    assert {c.id for c, _s, _e in dialog.shown_claims} == set(ids.values())
    cursor.setPosition(1)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush

    dialog.copy_text()
    assert QGuiApplication.clipboard().text() == old

    # Picking version 2 in the table shows its text: three claims on it.
    dialog.table.setCurrentCell(1, 0)
    assert view.toPlainText() == edited(old)
    assert "3 claims were on this text" in dialog.text_heading.text()
    assert (dialog.old_choice.currentIndex(), dialog.new_choice.currentIndex()) == (0, 1)
    dialog.close()


def test_a_version_text_with_markup_stays_text(open_window) -> None:
    window = open_window()
    sample_with_claims(window)
    store, article_id = window.store, window.workspace.article_id
    with_markup = current_text(window).replace("Others were", f"{HOSTILE} Others were")
    window.versions.store_new_text(with_markup, None)
    dialog = VersionsDialog(window, store, article_id)
    dialog.show_text(2)
    assert HOSTILE in dialog.text_view.toPlainText()
    assert "<img" not in dialog.text_view.document().toHtml().split("<body")[1].replace(
        "&lt;img", "")
    dialog.close()
