"""Joining only part of a team database: chosen outlets and dates, kept in later syncs."""

from __future__ import annotations

import pytest

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team.scope import Scope

TEXT = "The harbour bus fare rose from 27 to 19 crowns, the council said on Monday."


def library(member) -> tuple[Store, dict[str, str]]:
    """Alice's team library: three outlets, three dates, a claim and a source each."""
    alice = member("alice")
    ids = {}
    for outlet, day in (("Herald", "2026-03-01"), ("Courier", "2026-03-02"),
                        ("Herald", "2025-01-05")):
        article = alice.articles.add_article(NewArticle(f"{outlet} {day}", TEXT, outlet=outlet,
                                                        published=day))
        claim = alice.claims.add_claim(article.id, 4, 21, rationale=f"on {outlet} {day}")
        alice.sources.add_source(claim.id, f"https://example.org/{outlet}/{day}")
        ids[f"{outlet} {day}"] = article.id
    alice.team.sync()
    return alice, ids


def titles(store: Store) -> list[str]:
    return sorted(a.title for a in store.articles.list_articles())


def test_only_the_chosen_outlet_and_dates_come_and_later_syncs_keep_to_them(member,
                                                                             pg_cluster,
                                                                             team_db) -> None:
    alice, ids = library(member)
    bob = member("bob", join=False)
    bob.team.join(pg_cluster.url(team_db, "bob"),
                  scope=Scope.make(["herald"], since="2026-01-01", until=None))
    assert titles(bob) == ["Herald 2026-03-01"]
    [claim] = bob.claims.list_claims()
    assert claim.rationale == "on Herald 2026-03-01"
    assert len(bob.sources.list_sources(claim.id)) == 1
    assert {e.article_id for e in bob.events.for_article(ids["Courier 2026-03-02"])} == set()
    assert bob.integrity_problems() == []
    assert bob.team.status().part == "outlets herald; dated 2026-01-01 to …"

    # later: only the part's changes are applied; bob's own work goes to everyone
    alice.claims.add_claim(ids["Courier 2026-03-02"], 30, 40)
    alice.claims.update_claim(claim.id, rationale="updated by alice")
    alice.articles.add_article(NewArticle("Herald later", TEXT, outlet="Herald",
                                          published="2026-04-01"))
    alice.articles.add_article(NewArticle("Courier later", TEXT, outlet="Courier",
                                          published="2026-04-01"))
    alice.team.sync()
    bob.claims.add_claim(ids["Herald 2026-03-01"], 30, 40, rationale="bob's")
    bob.team.sync()
    assert titles(bob) == ["Herald 2026-03-01", "Herald later"]
    assert bob.claims.get_claim(claim.id).rationale == "updated by alice"
    assert len(bob.claims.list_claims()) == 2
    alice.team.sync()
    assert "bob's" in [c.rationale for c in alice.claims.list_claims()]
    assert bob.integrity_problems() == [] and alice.integrity_problems() == []


def test_a_bad_date_is_refused() -> None:
    with pytest.raises(ValueError):
        Scope.make(None, since="March")
    assert Scope.make([], None, None) is None
