"""The claims controller with its own widgets and no main window: it makes,
selects, judges and deletes claims through the undo stack, and the article
controller shows what the store then holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.article.article_view import ArticleView
from factcheck_gui.ui.article.controller import ArticleController
from factcheck_gui.ui.claims.claims_model import VERDICT
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.claims.controller import ClaimsController
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, MenuSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

QUOTE = "the first fare increase in three years"


class Parts:
    def __init__(self, qtbot, store: Store) -> None:
        self.host = QMainWindow()  # only a parent for the actions and dialogs
        qtbot.addWidget(self.host)
        self.ws = Workspace(store)
        self.undo = UndoController(store)
        self.act = ActionRegistry(self.host, self.ws.is_correcting)
        self.act.declare_menus([MenuSpec("claim", "&Claim"),
                                MenuSpec("claim/verdict", "Verdict", Place("claim", 1)),
                                MenuSpec("claim/span", "Span", Place("claim", 1, 1)),
                                MenuSpec("edit", "&Edit")])
        self.view, self.table = ArticleView(), ClaimsTable()
        self.inspector = Inspector(self.undo)
        self.shown_panes: list[str] = []
        self.claims = ClaimsController(self.ws, self.undo, Messages(self.host), self.act,
                                       self.view, self.table, self.inspector,
                                       self.shown_panes.append)
        self.article = ArticleController(self.ws, Messages(self.host), self.view, self.table,
                                         self.claims, self.claims.set_scale)
        self.act.build_menus()
        self.ws.state_changed.connect(self.act.update)
        # What the change feed does after a command: show the claims that changed.
        self.undo.select_claim.connect(self._after)

    def _after(self, claim_id: object) -> None:
        self.article.show_article(self.ws.article_id or "")
        if isinstance(claim_id, str):
            self.claims.select_claim(claim_id)

    def select_text(self, quote: str) -> None:
        pane = self.view.pane
        start = pane.text.index(quote)
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.offsets.to_qt(start))
        cursor.setPosition(pane.offsets.to_qt(start + len(quote)),
                           QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)


@pytest.fixture
def parts(qtbot, tmp_path: Path):
    with Store.open(tmp_path / "claims.db", reviewer="ann") as store:
        article = add_sample_article(store)
        made = Parts(qtbot, store)
        made.article.show_article(article.id)
        yield made
        made.inspector.memory.stop()  # its look-ups end before the store closes


def test_a_claim_is_made_selected_judged_and_deleted(parts) -> None:
    ws, claims, act = parts.ws, parts.claims, parts.act
    assert act.new_claim.isEnabled() and not act.delete_claim.isEnabled()
    parts.select_text(QUOTE)
    assert claims.create_claim()
    claim_id = ws.selected_claim_id
    assert claim_id is not None and ws.rows[claim_id].claim.quote == QUOTE
    assert act.delete_claim.isEnabled() and act.mark_final.isEnabled()
    assert parts.table.current_id() == claim_id
    labels = claims.verdict_labels()
    assert labels and claims.set_verdict_number(1)
    assert ws.store.claims.get_claim(claim_id).verdict == labels[0]
    assert not claims.set_verdict_number(len(labels) + 1)
    assert claims.delete_selected_claim()
    assert ws.store.claims.list_claims() == [] and ws.selected_claim_id is None
    assert not act.delete_claim.isEnabled()


def test_stepping_goes_through_the_claims_in_text_order(parts) -> None:
    store, ws = parts.ws.store, parts.ws
    text = store.versions.current_version(ws.article_id).text
    first = store.claims.add_claim(ws.article_id, text.index(QUOTE), text.index(QUOTE) + len(QUOTE))
    second = store.claims.add_claim(ws.article_id, 0, 6)
    parts.article.show_article(ws.article_id)
    parts.claims.step_claim(1)
    assert ws.selected_claim_id == second.id
    parts.claims.step_claim(1)
    assert ws.selected_claim_id == first.id
    parts.claims.step_claim(-1)
    assert ws.selected_claim_id == second.id


def test_adding_a_source_shows_the_inspector(parts) -> None:
    parts.claims.add_source()
    assert parts.shown_panes == []  # no claim selected: nothing to add to
    parts.select_text(QUOTE)
    parts.claims.create_claim()
    parts.inspector.sources.add = lambda: None  # the source dialog is tested elsewhere
    parts.claims.add_source()
    assert parts.shown_panes == ["inspector"]


def test_a_table_filled_while_hidden_fits_its_columns_when_shown(parts, qtbot) -> None:
    # Fitting waits for the table to be shown (start-up builds it hidden); then
    # the verdict column is as wide as its contents, not Qt's default.
    table = parts.table
    header = table.view.horizontalHeader()
    assert not table.isVisible() and table._fit_pending
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    assert not table._fit_pending
    wanted = max(table.view.sizeHintForColumn(VERDICT), header.sectionSizeHint(VERDICT))
    share = round(table.view.viewport().width() * 0.24)
    assert header.sectionSize(VERDICT) == max(36, min(wanted, share))
