"""The History tab of the inspector and Claim > Deleted Claims…, with real widgets
over a real database that several reviewers wrote to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.claims.deleted_claims_dialog import EMPTY, DeletedClaimsDialog
from factcheck_gui.ui.inspector.history_view import NO_CLAIM, SHOWN

QUOTE = "the first fare increase in three years"
HOSTILE = "<b>bold</b> <img src='file:///etc/passwd'> " + "and then some more words " * 6


def _prepare(db_path: Path) -> tuple[str, str]:
    """ann marks a claim, bob judges and sources it (each in their own session)."""
    with Store.open(db_path, reviewer="ann") as ann:
        article = add_sample_article(ann)
        text = ann.versions.current_version(article.id).text
        start = text.index(QUOTE)
        claim = ann.claims.add_claim(article.id, start, start + len(QUOTE))
    with Store.open(db_path, reviewer="bob") as bob:
        bob.claims.update_claim(claim.id, verdict="Mostly true")
        bob.sources.add_source(claim.id, "https://example.org/fares", title="Fare table")
    return article.id, claim.id


def _history_tab(window) -> None:
    window.act.claim_history.trigger()
    assert window.inspector.tabs.currentWidget() is window.inspector.history


def test_history_tab_shows_each_reviewers_changes_in_order(open_window, db_path) -> None:
    _article_id, claim_id = _prepare(db_path)
    window = open_window(reviewer="cy")
    window.claims.select_claim(claim_id)
    assert window.claims.set_verdict_number(window.claims.verdict_labels().index("True") + 1)
    _history_tab(window)
    view = window.inspector.history
    assert [text.splitlines() for text in view.entry_texts()] == [
        ["cy · " + view._widgets[0].time.text(), "set verdict: Mostly true -> True"],
        ["bob · " + view._widgets[1].time.text(),
         "added source https://example.org/fares",
         "set verdict: (none) -> Mostly true"],
        ["ann · " + view._widgets[2].time.text(), f"created claim on “{QUOTE}”"],
    ]
    assert view._widgets[0].time.text().startswith("Today ")
    assert "UTC" in view._widgets[0].time.toolTip()  # the exact time on hover
    assert view.summary.text() == "4 changes by ann, bob, cy, newest first"

    # A change made now shows at once, on top, without selecting the claim again.
    assert window.claims.set_verdict_number(window.claims.verdict_labels().index("False") + 1)
    assert view.entry_texts()[0].splitlines()[1:] == [
        "set verdict: True -> False", "set verdict: Mostly true -> True"]

    # Ctrl+Shift+H again goes back to the claim's fields.
    window.act.claim_history.trigger()
    assert window.inspector.tabs.currentIndex() == 0


def test_history_loads_only_when_shown_and_follows_the_selection(open_window,
                                                                 db_path) -> None:
    _article_id, claim_id = _prepare(db_path)
    window = open_window()
    view = window.inspector.history
    window.claims.select_claim(claim_id)
    loads = view.loads
    window.claims.set_verdict_number(1)
    assert view.loads == loads  # the Claim tab is in front: nothing read
    _history_tab(window)
    assert view.loads == loads + 1
    window.claims.select_claim(None)
    assert view.summary.text() == NO_CLAIM and view.entry_texts() == []


def test_history_keeps_untrusted_text_plain_and_long_values_expand(open_window,
                                                                   db_path) -> None:
    _article_id, claim_id = _prepare(db_path)
    window = open_window()
    window.store.claims.update_claim(claim_id, rationale=HOSTILE)
    window.claims.select_claim(claim_id)
    _history_tab(window)
    block = window.inspector.history._widgets[0]
    label, line = block.lines[0]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("set rationale: (none) -> “<b>bold</b> <img src=")
    assert label.text().endswith("…”") and "&lt;img" in label.toolTip()
    assert "<img" not in label.toolTip()
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText
               for lbl in window.inspector.history.findChildren(QLabel))
    block.more.click()
    assert label.text() == line.full and HOSTILE.strip() in label.text()
    block.more.click()
    assert label.text() == line.text


def test_a_long_history_shows_the_newest_first_and_the_rest_on_demand(open_window,
                                                                      db_path) -> None:
    _article_id, claim_id = _prepare(db_path)
    with Store.open(db_path, reviewer="bob") as bob:
        for number in range(SHOWN + 20):
            bob.claims.update_claim(claim_id, verdict="False" if number % 2 else "True")
    window = open_window()
    window.claims.select_claim(claim_id)
    _history_tab(window)
    view = window.inspector.history
    shown = sum(len(w.entries) for w in view._widgets)
    assert shown == SHOWN and view.older.isVisibleTo(view)
    assert view.older.text() == f"Show {SHOWN + 23 - SHOWN} older changes"
    view.older.click()
    assert sum(len(w.entries) for w in view._widgets) == SHOWN + 23
    assert not view.older.isVisibleTo(view)
    assert view.entry_texts()[-1].splitlines()[-1] == f"created claim on “{QUOTE}”"


def test_a_deleted_claim_comes_back_with_its_sources_undo_and_redo(
        open_window, db_path, monkeypatch) -> None:
    article_id, claim_id = _prepare(db_path)
    window = open_window(reviewer="cy")
    store = window.store
    store.sources.add_source(claim_id, "https://example.org/second", stance="supports")
    sources = store.sources.list_sources(claim_id)
    window.claims.select_claim(claim_id)
    assert window.claims.delete_selected_claim()
    assert claim_id not in window.workspace.rows
    assert [item.claim_id for item in store.restore.deleted_claims(article_id)] == [claim_id]

    monkeypatch.setattr(DeletedClaimsDialog, "ask",
                        classmethod(lambda cls, parent, store, article: claim_id))
    window.act.deleted_claims.trigger()
    assert window.workspace.selected_claim_id == claim_id
    assert store.sources.list_sources(claim_id) == sources
    assert window.inspector.sources.model.rowCount() == 2
    assert window.act.undo.text().startswith("&Undo Restore Claim “the first fare")

    assert window.edits.undo()
    assert claim_id not in window.workspace.rows and store.restore.deleted_claims(article_id)
    assert window.edits.redo()
    assert window.workspace.selected_claim_id == claim_id
    assert store.sources.list_sources(claim_id) == sources  # the same sources, ids and all
    actions = [(e.actor,
                e.action) for e in store.events.for_claim(claim_id) if e.entity == "claim"]
    assert actions[-4:] == [("cy", "delete"), ("cy", "restore"), ("cy", "delete"),
                            ("cy", "restore")]


def test_a_refused_restore_says_why_and_changes_nothing(open_window, db_path,
                                                        monkeypatch) -> None:
    _article_id, claim_id = _prepare(db_path)
    window = open_window()
    monkeypatch.setattr(DeletedClaimsDialog, "ask",
                        classmethod(lambda cls, parent, store, article: claim_id))
    count = window.controller.stack.count()
    window.act.deleted_claims.trigger()  # the claim is not deleted
    assert window.controller.stack.count() == count
    assert window.banner.isVisibleTo(window)
    assert "not deleted" in window.banner.message.text()


def test_the_deleted_claims_dialog_lists_them_with_their_history(open_window, db_path,
                                                                 qtbot) -> None:
    article_id, claim_id = _prepare(db_path)
    window = open_window()
    store = window.store
    text = store.versions.current_version(article_id).text
    start = text.index("rise of 18%")
    other = store.claims.add_claim(article_id, start, start + len("rise of 18%"),
                                   rationale=HOSTILE).id
    store.claims.delete_claim(claim_id)
    with Store.open(db_path, reviewer="dee") as dee:
        dee.claims.delete_claim(other)
    dialog = DeletedClaimsDialog(window, store, article_id)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (0, 2, 3)] == ["rise of 18%", "0", "dee"]
    assert [table.item(1, c).text() for c in (0, 1, 2, 3)] == [QUOTE, "Mostly true", "1",
                                                               "ann"]
    assert dialog.chosen().claim_id == other
    assert dialog.history.entry_texts()[0].splitlines()[1] == (
        "deleted claim on “rise of 18%”")
    table.selectRow(1)
    assert dialog.chosen().claim_id == claim_id and dialog.restore_button.isEnabled()
    assert dialog.history.entry_texts()[-1].splitlines()[0].startswith("ann · ")

    empty_article = store.articles.add_article(NewArticle(  # an article without deleted claims
        title="Quiet day", text="Nothing happened.", outlet=None, author=None, url=None,
        published=None, language=None, provenance=Provenance())).id
    empty = DeletedClaimsDialog(window, store, empty_article)
    qtbot.addWidget(empty)
    assert empty.intro.text() == EMPTY
    assert not empty.restore_button.isVisibleTo(empty) and empty.chosen() is None
