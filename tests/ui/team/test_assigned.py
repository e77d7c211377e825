"""Assigned to me in the window: the library's toggle and the claims table's filter
(only for a team database), and the overview's count per assignee. Real server."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article


def listed(window) -> list[str]:
    proxy = window.library.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_assigned_to_me_filters_the_library_and_the_claims(qtbot, open_window, db_path,
                                                           pg_cluster, team_db,
                                                           tmp_path: Path) -> None:
    with Store.open(tmp_path / "alice.db") as alice:
        sample = add_sample_article(alice)
        other = alice.articles.add_article(NewArticle(title="Given whole", text="A " * 40))
        third = alice.articles.add_article(NewArticle(title="Nobody's", text="B " * 40))
        alice.team.join(pg_cluster.url(team_db, "alice"))
        mine = alice.claims.add_claim(sample.id, 0, 20)
        alice.claims.add_claim(sample.id, 30, 50)  # on the same article, not given
        on_other = alice.claims.add_claim(other.id, 0, 10)
        alice.claims.add_claim(third.id, 0, 10)
        alice.team.assign("claim", mine.id, "rita")
        alice.team.assign("article", other.id, "rita")
        alice.team.assign("article", third.id, "bob")
        alice.team.sync()
    with Store.open(db_path) as rita:
        rita.team.join(pg_cluster.url(team_db, "rita"))
    window = open_window()
    library, table = window.library, window.claims_table
    assert library.assigned_only.isVisible() and table.assigned_filter.isVisible()
    assert len(listed(window)) == 3
    library.assigned_only.click()
    assert sorted(listed(window)) == sorted([sample.title, "Given whole"])
    window.article.show_article(sample.id)
    assert table.proxy.rowCount() == 2
    table.assigned_filter.setCurrentIndex(1)
    assert table.visible_ids() == [mine.id]
    assert table.heading.text() == "Claims (1 of 2)"
    window.article.show_article(other.id)  # given with its article: every claim counts
    assert table.visible_ids() == [on_other.id]
    library.assigned_only.click()
    assert len(listed(window)) == 3

    overview = window.overview.show_overview()
    overview.refresh()
    assert overview.assignees.isVisible()
    assert overview.assignees.text() == "Assigned: bob 1 · rita 2"
    overview.close()


def test_no_assigned_filters_outside_a_team(open_window, db_path) -> None:
    with Store.open(db_path) as store:
        add_sample_article(store)
    window = open_window()
    assert window.library.assigned_only.isHidden()
    assert window.claims_table.assigned_filter.isHidden()
    overview = window.overview.show_overview()
    overview.refresh()
    assert overview.assignees.isHidden()
    overview.close()
