"""Two and three working copies editing the same article end the same."""

from __future__ import annotations

import io
import json

from factcheck_gui.core.store import Store


def export(store: Store) -> str:
    """Everything a report shows, in a stable order, as text."""
    claims = [
        {k: getattr(c, k) for k in ("id", "article_id", "start", "end", "quote", "claim_text",
                                    "claimant", "verdict", "rationale", "status", "reviewer",
                                    "created_at", "updated_at")}
        | {"sources": [(s.id, s.url, s.title, s.stance, s.position)
                       for s in store.sources.list_sources(c.id)]}
        for c in store.claims.list_claims()
    ]
    articles = [(a.id, a.title, a.claim_count) for a in store.articles.list_articles()]
    out = io.StringIO()
    json.dump({"articles": articles, "claims": claims,
               "rules": store.workflow.workflow_rules().to_setting()}, out, default=str,
              sort_keys=True, indent=1)
    return out.getvalue()


def test_a_claim_travels_to_a_second_copy(member) -> None:
    alice = member("alice", sample=True)
    article = alice.articles.list_articles()[0]
    claim = alice.claims.add_claim(article.id, 0, 20, verdict=None)
    alice.team.sync()
    bob = member("bob")
    assert [c.id for c in bob.claims.list_claims()] == [claim.id]
    bob.claims.update_claim(claim.id, rationale="checked by bob")
    bob.team.sync()
    alice.team.sync()
    assert alice.claims.get_claim(claim.id).rationale == "checked by bob"
    assert export(alice) == export(bob)
    assert alice.team.status().summary == "synced"


def test_a_joined_database_passes_its_integrity_check(member) -> None:
    alice = member("alice", sample=True)
    alice.claims.add_claim(alice.articles.list_articles()[0].id, 0, 20)
    alice.team.sync()
    assert alice.integrity_problems() == []
