"""Assignments reach the assignee's copy; what each has is asked of the store
(the window's Assigned to me filters and the overview's counts)."""

from __future__ import annotations

from factcheck_gui.core.models import NewArticle


def test_assignments_sync_and_count_per_assignee(member) -> None:
    alice = member("alice", sample=True)
    sample = alice.articles.list_articles()[0]
    other = alice.articles.add_article(NewArticle(title="Other", text="Words " * 20))
    given = alice.claims.add_claim(sample.id, 0, 20)
    alice.claims.add_claim(sample.id, 30, 50)
    whole = [alice.claims.add_claim(other.id, 0, 5).id, alice.claims.add_claim(other.id, 6, 11).id]
    alice.team.assign("claim", given.id, "rita")
    alice.team.assign("article", other.id, "rita")
    alice.team.sync()
    rita = member("rita")
    assert rita.team.assigned_articles("rita") == {sample.id, other.id}
    assert sorted(rita.team.assigned_claims("rita")) == sorted([given.id, *whole])
    assert rita.team.assignee_counts() == {"rita": 3}
    assert rita.team.assigned_articles("bob") == set()
    alice.team.assign("claim", given.id, None)  # taken back
    alice.team.sync()
    rita.team.sync()
    assert rita.team.assigned_articles("rita") == {other.id}
    assert rita.team.assignee_counts() == {"rita": 2}
