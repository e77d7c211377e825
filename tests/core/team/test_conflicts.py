"""Concurrent edits: every copy resolves them the same way and lists them."""

from __future__ import annotations

from factcheck_gui.core.store import Store
from tests.core.team.test_converge import export


def shared_claim(member) -> tuple[Store, Store, str]:
    alice = member("alice", sample=True)
    article = alice.articles.list_articles()[0]
    claim = alice.claims.add_claim(article.id, 0, 20)
    alice.team.sync()
    bob = member("bob")
    return alice, bob, claim.id


def ids(store: Store) -> list[str]:
    return sorted(c.id for c in store.team.conflicts())


def test_same_field_later_push_wins_and_the_other_is_listed(member) -> None:
    alice, bob, claim_id = shared_claim(member)
    alice.claims.update_claim(claim_id, rationale="alice's reason")
    bob.claims.update_claim(claim_id, rationale="bob's reason")  # has not seen alice's
    alice.team.sync()
    bob.team.sync()
    alice.team.sync()
    for store in (alice, bob):
        assert store.claims.get_claim(claim_id).rationale == "bob's reason"
    assert export(alice) == export(bob)
    assert ids(alice) == ids(bob) and len(ids(alice)) == 1
    conflict = alice.team.conflicts()[0]
    assert (conflict.field, conflict.kept, conflict.kept_by) == ("rationale", "bob's reason", "bob")
    assert (conflict.lost, conflict.lost_by) == ("alice's reason", "alice")
    # the value that lost is in the history of both
    for store in (alice, bob):
        reasons = [e.after.get("rationale") for e in store.events.for_claim(claim_id) if e.after]
        assert "alice's reason" in reasons and "bob's reason" in reasons


def test_an_edit_made_after_seeing_the_other_is_no_conflict(member) -> None:
    alice, bob, claim_id = shared_claim(member)
    alice.claims.update_claim(claim_id, rationale="first")
    alice.team.sync()
    bob.team.sync()
    bob.claims.update_claim(claim_id, rationale="second")
    bob.team.sync()
    alice.team.sync()
    assert alice.claims.get_claim(claim_id).rationale == "second"
    assert ids(alice) == ids(bob) == []


def test_different_fields_both_stay(member) -> None:
    alice, bob, claim_id = shared_claim(member)
    alice.claims.update_claim(claim_id, claimant="The minister")
    bob.claims.update_claim(claim_id, rationale="Figures from the office")
    bob.team.sync()
    alice.team.sync()
    bob.team.sync()
    for store in (alice, bob):
        claim = store.claims.get_claim(claim_id)
        assert (claim.claimant, claim.rationale) == ("The minister", "Figures from the office")
    assert export(alice) == export(bob)
    assert ids(alice) == ids(bob) == []


def test_the_pusher_with_an_edit_waiting_keeps_it_and_lists_the_conflict(member) -> None:
    """Bob's edit waits while alice's arrives: bob's pushes later, so it wins."""
    alice, bob, claim_id = shared_claim(member)
    bob.claims.update_claim(claim_id, claimant="Bob's claimant")
    alice.claims.update_claim(claim_id, claimant="Alice's claimant")
    alice.team.sync()
    bob.team.sync()  # pulls alice's (held back by his waiting edit), pushes his
    alice.team.sync()
    for store in (alice, bob):
        assert store.claims.get_claim(claim_id).claimant == "Bob's claimant"
    assert ids(alice) == ids(bob) and len(ids(bob)) == 1


def test_edit_of_a_claim_someone_deleted_is_kept_and_restorable(member) -> None:
    alice, bob, claim_id = shared_claim(member)
    alice.claims.delete_claim(claim_id)
    bob.claims.update_claim(claim_id, rationale="bob worked on it")
    alice.team.sync()
    bob.team.sync()
    alice.team.sync()
    for store in (alice, bob):
        assert store.claims.list_claims() == []
        [conflict] = store.team.conflicts()
        assert conflict.kind == "deleted" and conflict.claim_id == claim_id
        assert conflict.lost_row["rationale"] == "bob worked on it"
    assert ids(alice) == ids(bob)
    bob.team.switch(ids(bob)[0])
    assert bob.claims.get_claim(claim_id).rationale == "bob worked on it"
    assert bob.team.conflicts() == []
    bob.team.sync()
    alice.team.sync()
    assert alice.claims.get_claim(claim_id).rationale == "bob worked on it"
    assert export(alice) == export(bob)


def test_delete_of_a_claim_edited_meanwhile_is_a_conflict(member) -> None:
    alice, bob, claim_id = shared_claim(member)
    bob.claims.update_claim(claim_id, rationale="bob's work")
    bob.team.sync()
    alice.claims.delete_claim(claim_id)  # alice has not seen bob's edit
    alice.team.sync()
    bob.team.sync()
    for store in (alice, bob):
        assert store.claims.list_claims() == []
        [conflict] = store.team.conflicts()
        assert conflict.kind == "deleted"
        assert conflict.lost_row["rationale"] == "bob's work"
        assert (conflict.kept_by, conflict.lost_by) == ("alice", "bob")
    assert ids(alice) == ids(bob)


def test_switch_takes_the_lost_value_for_everyone(member) -> None:
    alice, bob, claim_id = shared_claim(member)
    alice.claims.update_claim(claim_id, claimant="Alice's")
    bob.claims.update_claim(claim_id, claimant="Bob's")
    alice.team.sync()
    bob.team.sync()
    alice.team.sync()
    [conflict] = alice.team.conflicts()
    alice.team.switch(conflict.id)
    assert alice.claims.get_claim(claim_id).claimant == "Alice's"
    alice.team.sync()
    bob.team.sync()
    assert bob.claims.get_claim(claim_id).claimant == "Alice's"
    assert alice.team.conflicts() == []
    assert export(alice) == export(bob)


def test_three_copies_converge(member) -> None:
    alice, bob, claim_id = shared_claim(member)
    carol = member("carol")
    article_id = alice.articles.list_articles()[0].id
    a2 = alice.claims.add_claim(article_id, 30, 60).id
    alice.sources.add_source(claim_id, "https://example.org/a")
    bob.claims.update_claim(claim_id, rationale="bob")
    carol.claims.update_claim(claim_id, rationale="carol", claimant="C")
    b2 = bob.claims.add_claim(article_id, 70, 90).id
    carol.claims.delete_claim(claim_id)
    for _ in range(2):
        for store in (alice, bob, carol):
            store.team.sync()
    assert export(alice) == export(bob) == export(carol)
    assert {c.id for c in alice.claims.list_claims()} == {a2, b2}
    assert ids(alice) == ids(bob) == ids(carol)
    assert ids(alice)
