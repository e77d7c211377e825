"""Assign to… in the window: an editor gives an article or claims to a reviewer in
one undoable step that travels by sync; others see it disabled with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.team.assign_dialog import AssignDialog

WAIT_MS = 20_000


@pytest.fixture
def joined(db_path: Path, pg_cluster, team_db):
    """The window's database joined as `who`, with the sample and two claims."""
    def make(who: str) -> list[str]:
        with Store.open(db_path) as store:
            article = add_sample_article(store)
            store.team.join(pg_cluster.url(team_db, who))
            return [article.id] + [store.claims.add_claim(article.id, s, s + 10).id
                                   for s in (0, 30)]
    return make


def the_action(menu):
    [action] = [a for a in menu.actions() if a.objectName() == "assignTo"]
    return action


def choose(name: str | None, seen: list[AssignDialog]):
    def drive(dialog) -> int:
        assert isinstance(dialog, AssignDialog)
        seen.append(dialog)
        dialog.who.setCurrentIndex(dialog.who.findData(name))
        dialog.accept()
        return dialog.result()
    return drive


def test_an_editor_assigns_an_article_and_claims_undoably_and_it_travels(
        qtbot, open_window, joined, pg_cluster, team_db, tmp_path: Path) -> None:
    article_id, c1, _ = joined("alice")
    window = open_window()
    menus = window.team.assigning
    window.library.select(article_id)
    assert the_action(menus.library_menu()).isEnabled()
    seen: list[AssignDialog] = []
    menus.exec_dialog = choose("rita", seen)
    the_action(menus.library_menu()).trigger()
    names = [seen[0].who.itemData(i) for i in range(seen[0].who.count())]
    assert "rita" in names and "ron" not in names and names[-1] is None  # readers left out
    store = window.store
    assert [(a["kind"], a["assignee"]) for a in store.team.assignments()] == [("article", "rita")]
    window.controller.undo()
    assert store.team.assignments() == []
    window.controller.redo()
    assert store.team.assignments()[0]["assignee"] == "rita"

    window.article.show_article(article_id)
    window.claims_table.select(c1)
    menus.exec_dialog = choose("bob", seen)
    the_action(menus.claims_menu()).trigger()
    assert {a["target"]: a["assignee"] for a in store.team.assignments()} == {
        article_id: "rita", c1: "bob"}
    assert window.controller.stack.undoText() == "Assign to bob"

    with Store.open(tmp_path / "rita.db") as rita:
        def arrived() -> bool:
            window.team.sync_now()
            rita.team.sync() if rita.team.linked else rita.team.join(
                pg_cluster.url(team_db, "rita"))
            return len(rita.team.assignments()) == 2
        qtbot.waitUntil(arrived, timeout=WAIT_MS)
        assert set(rita.team.assigned_claims("bob")) == {c1}
        assert rita.team.assignments(assignee="rita")[0]["target"] == article_id


def test_a_reviewer_sees_assign_disabled_with_the_reason(qtbot, open_window, joined) -> None:
    article_id, _, _ = joined("rita")
    window = open_window()
    window.library.select(article_id)
    action = the_action(window.team.assigning.library_menu())
    assert not action.isEnabled()
    assert "only the team's editors assign work" in action.text()
    assert not window.team.assigning.assign_claims()
