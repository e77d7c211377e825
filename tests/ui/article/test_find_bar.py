"""Find in the article (Ctrl+F): incremental, every match marked, next/previous
with wrap, "3 of 12", options, quote and dash variants, a match made a claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.ui.article.find_marks import text_rects

TEXT = ("Fares rise again\n\n"
        "The council said fares won’t rise before 2027 – a promise it broke.\n"
        "Critics said “fares will rise” again; the Fares Board agreed 27—19.\n"
        "Nobody expected the fare rise. Fares, fares, fares.")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(open_window, db_path: Path):
    with Store.open(db_path, reviewer="ann") as store:
        store.articles.add_article(NewArticle(title="Fares rise again", text=TEXT))
    window = open_window()
    window.library.select(window.store.articles.list_articles()[0].id)
    assert window.article_view.pane.text == TEXT
    return window


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def found(window) -> list[str]:
    bar = window.article_find.bar
    return [bar._read_text()[a:b] for a, b in bar.matches]


def test_ctrl_f_opens_the_bar_with_the_keys_in_its_box(qtbot, window) -> None:
    assert QKeySequence("Ctrl+F") in window.act.find_in_article.shortcuts()
    window.article_view.pane.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.article_find.bar
    assert bar.isVisible() and bar.query.hasFocus()
    qtbot.keyClicks(bar.query, "fares")
    assert len(bar.matches) == 7 and bar.count.text() == "1 of 7"
    assert bar.marks.isVisible() and len(bar.marks.spans) == 7
    # The current match is the text's selection.
    assert window.article_view.pane.textCursor().selectedText().lower() == "fares"


def test_incremental_next_previous_and_wrap(qtbot, window) -> None:
    window.act.find_in_article.trigger()
    bar = window.article_find.bar
    qtbot.keyClicks(bar.query, "fares w")  # narrowed as typed
    assert found(window) == ["fares w", "fares w"]
    for _ in "w ":
        qtbot.keyClick(bar.query, Qt.Key.Key_Backspace)
    assert bar.count.text() == "1 of 7"
    press(qtbot, window, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 7"
    press(qtbot, window, Qt.Key.Key_Return, SHIFT)
    press(qtbot, window, Qt.Key.Key_Return, SHIFT)
    assert bar.count.text() == "7 of 7"  # wrapped backwards
    press(qtbot, window, Qt.Key.Key_F3)
    assert bar.count.text() == "1 of 7"  # and forwards
    press(qtbot, window, Qt.Key.Key_F3, SHIFT)
    assert bar.count.text() == "7 of 7"
    bar.query.setText("nothing like this")
    assert bar.count.text() == "No matches" and not bar.marks.isVisible()


def test_case_and_whole_word_options(qtbot, window) -> None:
    window.act.find_in_article.trigger()
    bar = window.article_find.bar
    qtbot.keyClicks(bar.query, "Fares")
    assert len(bar.matches) == 7
    bar.case.setChecked(True)
    assert found(window) == ["Fares"] * 3
    bar.case.setChecked(False)
    bar.query.setText("fare")
    assert len(bar.matches) == 8
    bar.whole.setChecked(True)
    assert found(window) == ["fare"]


def test_quote_and_dash_variants_are_one(qtbot, window) -> None:
    window.act.find_in_article.trigger()
    bar = window.article_find.bar
    qtbot.keyClicks(bar.query, "won't rise before 2027 - a")
    assert found(window) == ["won’t rise before 2027 – a"]
    bar.query.setText('"fares will rise"')
    assert found(window) == ["“fares will rise”"]
    bar.query.setText("27-19")
    assert found(window) == ["27—19"]


def test_ctrl_return_makes_the_match_a_claim_and_ctrl_z_undoes_it(qtbot, window) -> None:
    window.act.find_in_article.trigger()
    bar = window.article_find.bar
    assert bar.claim_button.isVisible() and "Ctrl+Return" in bar.claim_button.text()
    qtbot.keyClicks(bar.query, "fares won't rise before 2027")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    [claim] = window.store.claims.list_claims()
    assert claim.quote == "fares won’t rise before 2027"
    assert window.inspector.claim_text.hasFocus()  # the claim's text is next
    window.edits.undo()
    assert window.store.claims.list_claims() == []


def test_no_match_says_so_instead_of_a_claim(qtbot, window) -> None:
    window.act.find_in_article.trigger()
    qtbot.keyClicks(window.article_find.bar.query, "zebra")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.store.claims.list_claims() == []
    assert "No match" in window.statusBar().currentMessage()


def test_escape_returns_to_the_text_with_the_match_selected(qtbot, window) -> None:
    window.act.find_in_article.trigger()
    bar = window.article_find.bar
    qtbot.keyClicks(bar.query, "promise it broke")
    press(qtbot, window, Qt.Key.Key_Escape)
    pane = window.article_view.pane
    assert not bar.isVisible() and pane.hasFocus()
    assert pane.textCursor().selectedText() == "promise it broke"
    assert not bar.marks.isVisible()
    # Return in the text now makes the usual claim of the selection.
    press(qtbot, window, Qt.Key.Key_Return)
    assert [c.quote for c in window.store.claims.list_claims()] == ["promise it broke"]


def test_marks_leave_the_documents_formats_alone(qtbot, window) -> None:
    pane = window.article_view.pane
    before = pane.document().toHtml()
    window.act.find_in_article.trigger()
    qtbot.keyClicks(window.article_find.bar.query, "fares")
    window.article_find.bar.marks.repaint()
    assert pane.document().toHtml() == before


def test_find_works_while_correcting_without_making_claims(qtbot, window,
                                                          monkeypatch) -> None:
    from factcheck_gui.ui.article.text_correction import DiscardEditsDialog

    monkeypatch.setattr(DiscardEditsDialog, "ask", classmethod(lambda cls, parent: True))
    assert window.correcting.enter_edit_mode()
    window.act.find_in_article.trigger()
    bar = window.article_find.bar
    assert bar.isVisible() and not bar.claim_button.isVisible()
    qtbot.keyClicks(bar.query, "fares")
    assert bar.count.text() == "1 of 7"
    # Typing in the text finds again.
    pane = window.article_view.pane
    cursor = pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" More fares.")
    qtbot.waitUntil(lambda: len(bar.matches) == 8)
    assert window.correcting.cancel_editing()


def test_the_versions_window_finds_in_its_text(qtbot, window) -> None:
    from factcheck_gui.ui.article.versions_dialog import VersionsDialog

    dialog = VersionsDialog(window, window.store, window.workspace.article_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_F, CTRL)
    assert dialog.tabs.currentIndex() == 1
    qtbot.waitUntil(dialog.find_bar.query.hasFocus)
    qtbot.keyClicks(dialog.find_bar.query, "27-19")
    assert dialog.find_bar.count.text() == "1 of 1"
    assert dialog.text_view.textCursor().selectedText() == "27—19"
    qtbot.keyClick(dialog.find_bar.query, Qt.Key.Key_Escape)  # closes the bar, not the dialog
    assert dialog.isVisible() and not dialog.find_bar.isVisible()
    dialog.close()


def test_find_claims_has_a_key_of_its_own(window) -> None:
    keys = [k.toString() for k in window.act.find_claims.shortcuts()]
    assert keys == ["Ctrl+Alt+F"]
    rows = {row[0]: row for row in window.act.shortcut_rows()}
    assert rows["Find in Article"][1].startswith("Ctrl+F")
    assert rows["New Claim from Match"][2] == "in the find bar"


def test_the_marks_stay_on_their_words_when_the_text_scrolls(qtbot, open_window) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    window.resize(1000, 600)
    window.act.find_in_article.trigger()
    bar = window.article_find.bar
    bar.query.setText("fares")
    bar.find_previous()  # the last match: far down, the text scrolls to it
    pane = window.article_view.pane
    assert pane.verticalScrollBar().value() > 0
    # A viewport's children move with its pixels when it scrolls; the sheet must not.
    assert bar.marks.geometry() == pane.viewport().rect()
    start, end = bar.current_match()
    mine = text_rects(pane, pane.offsets.to_qt(start), pane.offsets.to_qt(end))
    assert [r.topLeft() for r in mine] == [r.topLeft() for r in pane.span_rects(start, end)]
