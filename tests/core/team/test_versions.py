"""New versions of one article stored by two editors at once (both offline): every
version survives on every copy, numbered in the server's order, the claims sit
on the version that won, and the two texts are listed as a conflict."""

from __future__ import annotations

from factcheck_gui.core.store import Store
from tests.core.team.test_converge import export


def versions(store: Store, article_id: str) -> list[tuple[str, int, str]]:
    return [(v.id, v.number, v.text) for v in store.versions.list_versions(article_id)]


def two_editors_with_a_claim(member) -> tuple[Store, Store, str, str]:
    alice = member("alice", sample=True)
    article_id = alice.articles.list_articles()[0].id
    text = alice.versions.current_version(article_id).text
    start = text.index("fare")
    claim = alice.claims.add_claim(article_id, start, start + 4)
    alice.team.sync()
    bob = member("bob")
    return alice, bob, article_id, claim.id


def test_both_new_versions_survive_everywhere_in_one_order(member) -> None:
    alice, bob, article_id, claim_id = two_editors_with_a_claim(member)
    text = alice.versions.current_version(article_id).text
    va = alice.versions.add_version(article_id, "Alice's lead.\n\n" + text).version
    vb = bob.versions.add_version(article_id, "Bob's lead.\n\n" + text).version
    assert va.number == vb.number == 2  # both offline: both say "2"
    alice.team.sync()
    bob.team.sync()
    alice.team.sync()
    for store in (alice, bob):
        got = versions(store, article_id)
        assert [(i, n) for i, n, _ in got][1:] == [(va.id, 2), (vb.id, 3)]
        assert store.versions.current_version(article_id).id == vb.id  # the later push
        claim = store.claims.get_claim(claim_id)
        current = store.versions.current_version(article_id)
        assert claim.version_id == current.id
        assert current.text[claim.start:claim.end] == claim.quote == "fare"
        assert store.integrity_problems() == []
    assert export(alice) == export(bob)
    # not silent: the text that lost is listed, the same on both copies
    for store in (alice, bob):
        [conflict] = [c for c in store.team.conflicts() if c.table == "articles"]
        assert (conflict.field, conflict.kept, conflict.lost) == (
            "current_version_id", vb.id, va.id)
        assert (conflict.kept_by, conflict.lost_by) == ("bob", "alice")
        assert conflict.article_id == article_id


def test_a_claim_made_on_the_version_that_lost_moves_to_the_one_that_won(member) -> None:
    alice, bob, article_id, _ = two_editors_with_a_claim(member)
    text = alice.versions.current_version(article_id).text
    alice.versions.add_version(article_id, "Alice's lead.\n\n" + text)
    new_text = alice.versions.current_version(article_id).text
    start = new_text.index("quarter") if "quarter" in new_text else new_text.index("bus")
    word = new_text[start:start + 3]
    made = alice.claims.add_claim(article_id, start, start + 3).id
    bob.versions.add_version(article_id, text + "\n\nBob's correction.")
    alice.team.sync()
    bob.team.sync()
    alice.team.sync()
    bob.team.sync()
    for store in (alice, bob):
        claim = store.claims.get_claim(made)
        current = store.versions.current_version(article_id)
        assert claim.version_id == current.id
        assert current.text[claim.start:claim.end] == claim.quote == word
    assert export(alice) == export(bob)


def test_three_editors_each_add_a_version(member) -> None:
    alice, bob, article_id, _ = two_editors_with_a_claim(member)
    carol = member("carol")
    text = alice.versions.current_version(article_id).text
    made = [store.versions.add_version(article_id, f"{name}.\n\n{text}").version.id
            for name, store in (("A", alice), ("B", bob), ("C", carol))]
    for _ in range(2):
        for store in (carol, alice, bob):
            store.team.sync()
    orders = [[i for i, _, _ in versions(store, article_id)] for store in (alice, bob, carol)]
    assert orders[0] == orders[1] == orders[2]
    assert sorted(orders[0][1:]) == sorted(made)
    assert [n for _, n, _ in versions(alice, article_id)] == [1, 2, 3, 4]
    assert export(alice) == export(bob) == export(carol)


def test_history_is_in_the_same_order_on_every_copy(member) -> None:
    alice, bob, article_id, claim_id = two_editors_with_a_claim(member)
    carol = member("carol")
    alice.claims.update_claim(claim_id, rationale="a1")
    bob.claims.update_claim(claim_id, claimant="b1")
    carol.claims.update_claim(claim_id, verdict=None, claimant="c1")
    alice.claims.update_claim(claim_id, rationale="a2")
    bob.team.sync()
    carol.team.sync()
    alice.team.sync()
    bob.team.sync()
    carol.team.sync()

    def history(store: Store) -> list[tuple]:
        return [(e.actor, e.action, e.at, str(e.before), str(e.after))
                for e in store.events.for_claim(claim_id)]

    assert history(alice) == history(bob) == history(carol)
    assert [(e.at, e.action) for e in alice.events.for_article(article_id)] == [
        (e.at, e.action) for e in carol.events.for_article(article_id)]
    # before the last sync, each copy's own waiting events come last
    bob.claims.update_claim(claim_id, rationale="b2")
    assert bob.events.for_claim(claim_id)[-1].after == {"rationale": "b2"}


def test_a_span_moved_on_the_old_text_follows_onto_the_new_one(member) -> None:
    """Bob moves a claim's span on version 1 while alice stores version 2: bob's
    span wins (pushed later) and is re-anchored onto alice's text, no conflict."""
    alice, bob, article_id, claim_id = two_editors_with_a_claim(member)
    text = alice.versions.current_version(article_id).text
    alice.versions.add_version(article_id, "A new first line.\n\n" + text)
    start = text.index("bus")
    bob.claims.set_claim_span(claim_id, start, start + 3)
    alice.team.sync()
    bob.team.sync()
    alice.team.sync()
    bob.team.sync()
    for store in (alice, bob):
        claim = store.claims.get_claim(claim_id)
        current = store.versions.current_version(article_id)
        assert claim.version_id == current.id and current.number == 2
        assert current.text[claim.start:claim.end] == claim.quote == "bus"
        assert store.team.conflicts() == []
    assert export(alice) == export(bob)
