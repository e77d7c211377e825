"""The claim finder in the window, over real database files and real widgets:
suggestions shown, stepped through best first, accepted and dismissed with undo;
claim memory in the inspector; the library-wide Find Claims box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.core.suggest import sentence_key
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.shell.main_window import MainWindow
from factcheck_gui.ui.suggestions.finder import claim_span
from tests.ui.conftest import select_text

EARLIER_TEXT = (
    "Harbourline fares: what the council did not say\n\n"
    "Saltmere's 18 per cent bus fare rise is the biggest since the network came under "
    "municipal ownership in 1987, the council said.\n\n"
    "The ferry timetable will not change this winter.\n"
)
EARLIER_QUOTE = ("Saltmere's 18 per cent bus fare rise is the biggest since the network "
                 "came under municipal ownership in 1987")
SAMPLE_QUOTE = ("The rise of 18% is the largest since the network was brought into "
                "municipal ownership in 1987")


def show_suggestions(qtbot, window: MainWindow) -> None:
    if not window.act.show_suggestions.isChecked():
        window.act.show_suggestions.trigger()
    qtbot.waitUntil(lambda: bool(window.claim_finder.suggestions), timeout=10000)


def sample_window(open_window, qtbot) -> MainWindow:
    window = open_window()
    window.act.open_sample.trigger()
    show_suggestions(qtbot, window)
    window.article_view.pane.setFocus(Qt.FocusReason.OtherFocusReason)
    return window


def settle_layout() -> None:
    """Run the layout requests an article's header queues when it is shown (labels
    appearing change the text's height by a few lines): a fixed wait was not
    always enough on a busy machine, and the first picture came out shorter."""
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def viewport_image(window: MainWindow) -> QImage:
    pane = window.article_view.pane
    pane.viewport().repaint()
    return pane.viewport().grab().toImage()


def test_suggestions_are_drawn_over_the_text_and_change_nothing(open_window, qtbot) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    pane = window.article_view.pane
    store = window.store
    pane.verticalScrollBar().setValue(0)
    settle_layout()  # the header's labels resize the text once shown
    before_formats = [pane.format_at(i).underlineStyle() for i in range(0, len(pane.text), 7)]
    before = viewport_image(window)

    show_suggestions(qtbot, window)
    after = viewport_image(window)
    assert after != before  # the dotted lines are painted...
    assert store.claims.list_claims() == []  # ...and nothing else changes
    assert [pane.format_at(i).underlineStyle()
            for i in range(0, len(pane.text), 7)] == before_formats
    assert pane.toPlainText() == pane.text

    # Best first; each one a sentence of the text, explained on hover.
    scores = [s.score for s in window.claim_finder.suggestions]
    assert scores == sorted(scores, reverse=True)
    best = window.claim_finder.suggestions[0]
    assert pane.text[best.start:best.end] == best.sentence
    middle = (best.start + best.end) // 2
    point = pane.span_rects(middle, middle + 1)[0].center().toPoint()
    tip = pane.tooltip_at(point)
    assert "Suggested claim" in tip and best.reasons[0].label in tip
    assert "A: make it a claim" in tip

    # Off again: the lines go, the text looks as before.
    window.act.show_suggestions.trigger()
    assert window.claim_finder.suggestions == []
    assert "Suggested claim" not in pane.tooltip_at(point)
    assert viewport_image(window) == before


def test_next_suggestion_goes_by_score_and_wraps(open_window, qtbot) -> None:
    window = sample_window(open_window, qtbot)
    pane = window.article_view.pane
    order = [s.start for s in window.claim_finder.suggestions]
    visited = []
    for _ in order:
        qtbot.keyClick(pane, Qt.Key.Key_F7)
        visited.append(pane.caret_offset())
    assert visited == order
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    assert pane.caret_offset() == order[0]  # round again
    qtbot.keyClick(pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert pane.caret_offset() == order[-1]
    qtbot.keyClick(pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert pane.caret_offset() == order[-2]


def test_next_suggestion_turns_them_on_and_waits_for_them(open_window, qtbot) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    assert not window.act.show_suggestions.isChecked()
    window.act.next_suggestion.trigger()
    assert window.act.show_suggestions.isChecked()
    qtbot.waitUntil(lambda: bool(window.claim_finder.suggestions), timeout=10000)
    assert window.article_view.pane.caret_offset() == window.claim_finder.suggestions[0].start


def test_accepting_a_suggestion_makes_a_claim_and_undo_takes_it_back(
    open_window, qtbot
) -> None:
    window = sample_window(open_window, qtbot)
    pane = window.article_view.pane
    store = window.store
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    best = window.claim_finder.suggestions[0]
    start, end = claim_span(pane.text, best)
    qtbot.keyClick(pane, Qt.Key.Key_A)

    claims = store.claims.list_claims()
    assert [(c.start, c.end, c.quote) for c in claims] == [(start, end, pane.text[start:end])]
    assert not pane.text[start:end].endswith(".")  # the clause, without its full stop
    assert window.workspace.selected_claim_id == claims[0].id
    assert best.start not in [s.start for s in window.claim_finder.suggestions]  # it is a claim now
    assert window.act.undo.text().startswith("&Undo Create Claim")

    # The next suggestion is the next best one.
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    assert pane.caret_offset() == window.claim_finder.suggestions[0].start

    window.act.undo.trigger()
    assert store.claims.list_claims() == []
    assert window.claim_finder.suggestions[0].start == best.start
    window.act.redo.trigger()
    assert [c.id for c in store.claims.list_claims()] == [claims[0].id]
    assert best.start not in [s.start for s in window.claim_finder.suggestions]


def test_dismissing_is_remembered_for_the_article_and_undoable(
    open_window, qtbot, db_path
) -> None:
    window = sample_window(open_window, qtbot)
    pane = window.article_view.pane
    store = window.store
    article_id = window.workspace.article_id
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    second = window.claim_finder.suggestions[1]
    assert pane.current_suggestion() == second
    count = len(window.claim_finder.suggestions)
    qtbot.keyClick(pane, Qt.Key.Key_D)

    assert store.memory.dismissed_suggestions(article_id) == {sentence_key(second.sentence)}
    assert len(window.claim_finder.suggestions) == count - 1
    assert second.start not in [s.start for s in window.claim_finder.suggestions]
    assert store.claims.list_claims() == []
    assert window.act.undo.text().startswith("&Undo Dismiss Suggestion")
    qtbot.keyClick(pane, Qt.Key.Key_F7)  # on to the one after it
    assert pane.caret_offset() == window.claim_finder.suggestions[1].start

    window.act.undo.trigger()
    assert store.memory.dismissed_suggestions(article_id) == set()
    assert second.start in [s.start for s in window.claim_finder.suggestions]
    window.act.redo.trigger()
    assert store.memory.dismissed_suggestions(article_id) == {sentence_key(second.sentence)}

    # Another window on the same file (the next session) still leaves it out; the
    # suggestions are shown again without asking, as they were when it closed.
    window.close()
    again = open_window()
    again.library.select(article_id)
    assert again.act.show_suggestions.isChecked()
    show_suggestions(qtbot, again)
    assert second.start not in [s.start for s in again.claim_finder.suggestions]
    assert len(again.claim_finder.suggestions) == count - 1


def test_accept_outside_a_suggestion_explains(open_window, qtbot) -> None:
    window = sample_window(open_window, qtbot)
    pane = window.article_view.pane
    gaps = [i for i in range(len(pane.text)) if pane.marks.at(i) is None]
    pane.move_caret(gaps[0])
    qtbot.keyClick(pane, Qt.Key.Key_A)
    assert window.store.claims.list_claims() == []
    assert "suggested sentence" in window.statusBar().currentMessage()


def test_the_accepted_span_is_the_claim_clause_without_its_full_stop() -> None:
    from factcheck_gui.core.suggest import suggest

    text = ("It was a grey morning in the old town; unemployment fell to 3.5% last year, "
            "the statistics office said.\n\n\"Fares rose 18%,\" she said.")
    first, second = sorted(suggest(text, min_score=0.1), key=lambda s: s.start)
    start, end = claim_span(text, first)
    assert text[start:end] == ("unemployment fell to 3.5% last year, the statistics office "
                               "said")
    start, end = claim_span(text, second)
    assert text[start:end] == "\"Fares rose 18%,\" she said"


def test_switching_articles_while_suggestions_are_found_shows_the_right_ones(
    open_window, qtbot, db_path
) -> None:
    with Store.open(db_path, reviewer="bea") as store:
        first = store.articles.add_article(NewArticle(title="One", text=EARLIER_TEXT * 40))
        second = add_sample_article(store)
    window = open_window()
    window.library.select(first.id)
    window.act.show_suggestions.trigger()
    window.library.select(second.id)  # before the first article's are ready
    finder = window.claim_finder
    qtbot.waitUntil(lambda: bool(finder.suggestions) and not finder.finder.busy(), timeout=10000)
    text = window.article_view.pane.text
    assert window.workspace.article_id == second.id
    assert all(text[s.start:s.end] == s.sentence for s in window.claim_finder.suggestions)
    assert any("Saltmere" in s.sentence for s in window.claim_finder.suggestions)
    window.library.select(first.id)  # asked for earlier: shown at once, or soon
    qtbot.waitUntil(lambda: any("ferry" in s.sentence or "18 per cent" in s.sentence
                                for s in window.claim_finder.suggestions), timeout=10000)


def test_the_context_menu_offers_the_suggestion_under_the_cursor(open_window, qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    window = sample_window(open_window, qtbot)
    pane = window.article_view.pane
    gap = next(i for i in range(len(pane.text)) if pane.marks.at(i) is None)
    pane.move_caret(gap)
    menu = QMenu()
    menu.addAction("Copy")
    window.claims.extend_context_menu(menu)
    assert window.act.accept_suggestion not in menu.actions()
    pane.move_caret(window.claim_finder.suggestions[0].start + 3)
    menu = QMenu()
    menu.addAction("Copy")
    window.claims.extend_context_menu(menu)
    assert window.act.accept_suggestion in menu.actions()
    assert window.act.dismiss_suggestion in menu.actions()


# -- claim memory -------------------------------------------------------------------

def library_with_an_earlier_check(db_path) -> tuple[str, str, str]:
    """An earlier article whose judged claim says what the sample says; returns
    (earlier claim id, sample article id, the sample's claim id)."""
    with Store.open(db_path, reviewer="bea") as store:
        earlier = store.articles.add_article(NewArticle(title="Harbourline fares: what the council "
                                                        "did not say", text=EARLIER_TEXT,
                                                        published="2025-11-02"))
        start = EARLIER_TEXT.index(EARLIER_QUOTE)
        with store.batch():  # final with its source (the workflow rules hold at commit)
            old = store.claims.add_claim(earlier.id, start, start + len(EARLIER_QUOTE),
                                         verdict="Misleading",
                                         rationale="A bigger rise came in 1991.",
                                         status="final")
            store.sources.add_source(old.id, "https://example.org/fare-history",
                                     title="Fare history")
        sample = add_sample_article(store)
        text = store.versions.current_version(sample.id).text
        s = text.index(SAMPLE_QUOTE)
        new = store.claims.add_claim(sample.id, s, s + len(SAMPLE_QUOTE))
        other = text.index("Councillors voted 27 to 19")
        store.claims.add_claim(sample.id, other, other + 26)
    return old.id, sample.id, new.id


def test_checked_before_lists_the_earlier_claim_and_copies_it_undoably(
    open_window, qtbot, db_path
) -> None:
    old_id, sample_id, new_id = library_with_an_earlier_check(db_path)
    window = open_window()
    window.library.select(sample_id)
    window.claims.select_claim(new_id)
    memory = window.inspector.memory
    qtbot.waitUntil(lambda: bool(memory.entry_widgets()), timeout=3000)
    entry = memory.entry_widgets()[0]
    qtbot.waitUntil(lambda: entry.isVisibleTo(window), timeout=3000)
    assert entry.result.claim_id == old_id
    assert entry.result.verdict == "Misleading"
    assert entry.result.article_title.startswith("Harbourline fares")

    qtbot.mouseClick(entry.copy, Qt.MouseButton.LeftButton)
    store = window.store
    claim = store.claims.get_claim(new_id)
    assert (claim.verdict, claim.rationale) == ("Misleading", "A bigger rise came in 1991.")
    sources = store.sources.list_sources(new_id)
    assert [s.url for s in sources] == ["https://example.org/fare-history"]
    copy = [e for e in store.events.for_claim(new_id) if e.action == "copy"]
    assert copy and copy[-1].after["copied_from"] == old_id
    assert window.inspector.verdict.currentData() == "Misleading"
    assert window.inspector.rationale.toPlainText() == "A bigger rise came in 1991."
    assert window.act.undo.text() == "&Undo Copy Earlier Verdict"

    window.act.undo.trigger()
    claim = store.claims.get_claim(new_id)
    assert (claim.verdict, claim.rationale) == (None, None)
    assert store.sources.list_sources(new_id) == []
    assert window.inspector.verdict.currentData() is None

    window.act.redo.trigger()  # the copied source comes back with the same id
    assert [s.id for s in store.sources.list_sources(new_id)] == [s.id for s in sources]
    assert store.claims.get_claim(new_id).verdict == "Misleading"


def test_claim_memory_waits_for_the_selection_to_rest_and_remembers(
    open_window, qtbot, db_path
) -> None:
    _old, sample_id, new_id = library_with_an_earlier_check(db_path)
    window = open_window()
    window.library.select(sample_id)
    memory = window.inspector.memory
    ids = [c.id for c in window.store.claims.list_claims(article_id=sample_id)]
    other = next(i for i in ids if i != new_id)
    qtbot.waitUntil(lambda: not memory.pending(), timeout=3000)
    start = memory.lookups
    for claim_id in (new_id, other, new_id, other, new_id):  # quick clicks: no lookup
        window.claims.select_claim(claim_id)
    assert memory.lookups == start
    qtbot.waitUntil(lambda: memory.lookups == start + 1, timeout=3000)
    window.claims.select_claim(other)
    qtbot.waitUntil(lambda: memory.lookups == start + 2, timeout=3000)
    window.claims.select_claim(new_id)  # asked before: answered at once, from memory
    assert memory.lookups == start + 2 and memory.entry_widgets()
    assert "No similar claim" in memory.note.text() or not memory.note.isVisible()
    window.claims.select_claim(other)
    assert memory.note.text() == "No similar claim in other articles."

    # A change to the claim asks again, but what was shown stays until the answer.
    window.claims.select_claim(new_id)
    shown = memory.entry_widgets()
    window.store.claims.update_claim(new_id, claimant="Harbourline")
    window.feed.apply()
    assert memory.pending() and memory.entry_widgets() == shown
    qtbot.waitUntil(lambda: not memory.pending(), timeout=3000)
    assert memory.lookups == start + 3 and memory.entry_widgets()


# -- find claims --------------------------------------------------------------------

def test_find_claims_opens_the_article_and_selects_the_claim(
    open_window, qtbot, db_path
) -> None:
    old_id, sample_id, _new = library_with_an_earlier_check(db_path)
    window = open_window()
    window.library.select(sample_id)
    window.claims.select_claim(None)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)  # Ctrl+F finds in the article
    dialog = window.claim_search.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "biggest fare rise since 1987")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=3000)
    assert "Harbourline fares" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert window.workspace.article_id != sample_id
    assert window.library.current_id() == window.workspace.article_id
    assert window.workspace.selected_claim_id == old_id
    assert window.claims_table.current_id() == old_id
    assert window.article_view.pane.selected_id == old_id


def test_find_claims_by_words_of_a_rationale_and_past_a_library_search(
    open_window, qtbot, db_path
) -> None:
    old_id, sample_id, new_id = library_with_an_earlier_check(db_path)
    window = open_window()
    window.library.select(sample_id)
    window.library.search.setText("Saltmere bus")  # hides the earlier article
    dialog = window.claim_search.find_claims()
    dialog.query.setText("bigger rise 1991")  # words of the rationale only
    dialog.search()
    hits = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.results.count())]
    assert hits[0][1] == old_id
    dialog.results.setCurrentRow(0)
    dialog.open_current()
    assert window.workspace.selected_claim_id == old_id
    assert new_id != old_id


def test_the_new_actions_are_in_the_shortcut_sheet(open_window) -> None:

    window = open_window()
    rows = {row[0]: row[1:] for row in window.act.shortcut_rows()}
    assert rows["Accept Suggestion"] == ("A", "in the article text")
    assert rows["Dismiss Suggestion"] == ("D", "in the article text")
    assert rows["Next Suggestion"][0] == "F7"
    assert rows["Show Suggestions"][0] == "Ctrl+4"
    assert rows["Find Claims"][0] == "Ctrl+Alt+F"
    assert rows["Find in Article"][0].startswith("Ctrl+F")



def test_the_context_menu_offers_the_claim_and_the_suggestion_commands(
        open_window, qtbot) -> None:
    """Right-click: New Claim and New Claim from Exact Selection; Delete Claim when a
    claim is selected; Accept and Dismiss on a suggestion; then Qt's own entries."""
    window = sample_window(open_window, qtbot)
    act, pane = window.act, window.article_view.pane
    registered = set(act.all.values())

    def ours() -> list[object]:
        """The menu's entries before Qt's own (a separator as None)."""
        menu = pane.createStandardContextMenu()
        pane.context_menu_requested.emit(menu)
        entries: list[object] = []
        for action in menu.actions():
            if not action.isSeparator() and action not in registered:
                break
            entries.append(None if action.isSeparator() else action)
        return entries

    plain = next(offset for offset in range(len(pane.text))
                 if pane.text[offset].isalpha() and pane.marks.at(offset) is None)
    pane.move_caret(plain)  # no suggestion there
    assert pane.current_suggestion() is None
    assert ours() == [act.new_claim, act.new_claim_exact, None]
    assert window.claim_finder.step_suggestion(1)
    assert pane.current_suggestion() is not None
    assert ours() == [act.new_claim, act.new_claim_exact, None, act.accept_suggestion,
                      act.dismiss_suggestion, None]
    select_text(window, "Councillors voted 27 to 19")
    assert window.claims.create_claim()
    pane.move_caret(plain)
    assert ours() == [act.new_claim, act.new_claim_exact, act.delete_claim, None]
