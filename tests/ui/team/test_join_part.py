"""File > Join Team Database… with only part of the team database chosen."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.team.join_dialog import JoinTeamDialog

WAIT_MS = 20_000


def test_the_dialog_joins_only_the_chosen_part(qtbot, pg_cluster, team_db,
                                               tmp_path: Path) -> None:
    with Store.open(tmp_path / "alice.db") as alice:
        article = add_sample_article(alice)
        alice.team.join(pg_cluster.url(team_db, "alice"))
    path = tmp_path / "bob.db"
    Store.open(path).close()
    dialog = JoinTeamDialog(path)
    qtbot.addWidget(dialog)
    dialog.url.setText(pg_cluster.url(team_db, "bob"))
    dialog.part.setChecked(True)
    dialog.part.since.setText("1 March")
    dialog.join_button.click()
    assert dialog.worker is None and "YYYY-MM-DD" in dialog.message.text()
    dialog.part.since.setText("")
    dialog.part.outlets.setText(f"{article.outlet or 'none'}, Elsewhere")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    assert dialog.error == ""
    with Store.open(path) as bob:
        assert [a.id for a in bob.articles.list_articles()] == (
            [article.id] if article.outlet else [])
        assert bob.team.status().part.startswith("outlets ")


def test_two_new_texts_are_listed_by_article_and_version(qtbot, pg_cluster, team_db,
                                                         tmp_path: Path) -> None:
    from factcheck_gui.ui.team.conflicts import ConflictsDialog

    alice = Store.open(tmp_path / "alice.db")
    bob = Store.open(tmp_path / "bob.db")
    try:
        article = add_sample_article(alice)
        alice.team.join(pg_cluster.url(team_db, "alice"))
        bob.team.join(pg_cluster.url(team_db, "bob"))
        text = alice.versions.current_version(article.id).text
        alice.versions.add_version(article.id, "Alice.\n\n" + text)
        bob.versions.add_version(article.id, "Bob.\n\n" + text)
        for store in (alice, bob, alice):
            store.team.sync()
        dialog = ConflictsDialog(alice, lambda conflict, switch: False)
        qtbot.addWidget(dialog)
        [conflict] = alice.team.conflicts()
        cells = dialog._cells(conflict)
        assert cells[0].startswith(article.title[:40])
        assert cells[1:3] == ["current text", "text version 3"]
        assert cells[4] == "text version 2"
    finally:
        alice.close()
        bob.close()
