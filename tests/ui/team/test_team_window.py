"""The team in the window: joining, live changes from another editor, the status
bar, and conflicts settled as one undoable step. Real server, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.team.conflicts import ConflictsDialog
from factcheck_gui.ui.team.join_dialog import JoinTeamDialog

WAIT_MS = 20_000  # generous: the machine may be busy; speed is the benchmark's business


@pytest.fixture
def bob(pg_cluster, team_db, tmp_path: Path):
    store = Store.open(tmp_path / "bob.db")
    yield store
    store.close()


def join_in_window(qtbot, window, url: str) -> None:
    def drive(dialog) -> int:
        assert isinstance(dialog, JoinTeamDialog)
        dialog.url.setText(url)
        dialog.join_button.click()
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
        assert dialog.error == ""
        return dialog.result()

    window.team.exec_dialog = drive
    assert window.team.join()


def test_join_then_another_editor_s_claim_appears_live(qtbot, open_window, db_path,
                                                       pg_cluster, team_db, bob) -> None:
    with Store.open(db_path) as seed:
        add_sample_article(seed)
    window = open_window()
    assert not window.team.label.isVisible()
    assert window.act.team_join.isEnabled() and not window.act.team_sync.isEnabled()
    join_in_window(qtbot, window, pg_cluster.url(team_db, "alice"))
    assert window.store.reviewer == "alice"
    assert window.act.team_sync.isEnabled() and not window.act.team_join.isEnabled()
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: synced", timeout=WAIT_MS)
    bob.team.join(pg_cluster.url(team_db, "bob"))
    article_id = bob.articles.list_articles()[0].id
    claim = bob.claims.add_claim(article_id, 0, 20, claimant="Seen live")
    bob.team.sync()
    if window.workspace.article_id != article_id:
        window.article.show_article(article_id)
    qtbot.waitUntil(lambda: claim.id in window.workspace.rows, timeout=WAIT_MS)
    assert window.workspace.rows[claim.id].claim.claimant == "Seen live"
    # an edit in the window goes out by itself
    window.store.claims.update_claim(claim.id, rationale="from the window")
    window.team.worker.local_edit()

    def arrived() -> bool:
        bob.team.sync()
        return bob.claims.get_claim(claim.id).rationale == "from the window"

    qtbot.waitUntil(arrived, timeout=WAIT_MS)


def test_conflict_switch_is_one_undoable_step(qtbot, open_window, db_path, pg_cluster,
                                              team_db, bob) -> None:
    with Store.open(db_path) as alice:
        add_sample_article(alice)
        alice.team.join(pg_cluster.url(team_db, "alice"))
        claim = alice.claims.add_claim(alice.articles.list_articles()[0].id, 0, 20)
        alice.team.sync()
        bob.team.join(pg_cluster.url(team_db, "bob"))
        alice.claims.update_claim(claim.id, claimant="Alice's")
        bob.claims.update_claim(claim.id, claimant="Bob's")
        alice.team.sync()
        bob.team.sync()
        alice.team.sync()
    window = open_window()
    qtbot.waitUntil(lambda: window.team.last_status is not None
                    and window.team.last_status.conflicts == 1, timeout=WAIT_MS)
    assert window.team.label.text() == "Team: 1 conflict"
    dialogs: list[ConflictsDialog] = []

    def drive(dialog) -> int:
        dialogs.append(dialog)
        assert dialog.table.rowCount() == 1
        cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
        assert cells[1:6] == ["claimant", "Bob's", "bob", "Alice's", "alice"]
        dialog.switch_button.click()
        assert dialog.table.rowCount() == 0
        return 0

    window.team.exec_dialog = drive
    window.act.team_conflicts.trigger()
    assert dialogs
    assert window.store.claims.get_claim(claim.id).claimant == "Alice's"
    assert window.store.team.conflicts() == []
    window.controller.undo()
    assert window.store.claims.get_claim(claim.id).claimant == "Bob's"
    assert len(window.store.team.conflicts()) == 1
    window.controller.redo()
    assert window.store.claims.get_claim(claim.id).claimant == "Alice's"
