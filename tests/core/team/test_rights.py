"""Rights are the server's: checked by connecting as each role with psycopg,
not through our client."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import psycopg
import pytest

INSERT = ("INSERT INTO factcheck.changes (id, client, base_seq, tbl, op, data)"
          " VALUES (%s, %s, 0, %s, %s, %s::jsonb)")


def change(tbl: str = "claims", op: str = "update", **new: object) -> tuple:
    data = {"old": {"id": "c1", "status": "to-check"}, "new": {"id": "c1", **new}}
    return (uuid.uuid4(), uuid.uuid4(), tbl, op, json.dumps(data))


@pytest.fixture
def as_role(pg_cluster, team_db):
    opened = []

    def connect(user: str) -> psycopg.Connection:
        conn = psycopg.connect(pg_cluster.url(team_db, user), autocommit=True)
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.close()


def test_a_reader_reads_but_cannot_write(as_role) -> None:
    as_role("alice").execute(INSERT, change(rationale="x"))
    ron = as_role("ron")
    assert ron.execute("SELECT count(*) FROM factcheck.changes").fetchone()[0] == 1
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        ron.execute(INSERT, change(rationale="y"))


def test_a_reviewer_edits_but_cannot_make_final_publish_or_change_scales(as_role) -> None:
    rita = as_role("rita")
    rita.execute(INSERT, change(rationale="fine"))
    for refused in (change(status="final"), change(status="published"),
                    change("rating_scales", "insert", name="mine"),
                    change("settings", "update", key="workflow_rules", value="{}")):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rita.execute(INSERT, refused)
    # editing a claim that is final already is a correction: editors only
    data = json.dumps({"old": {"status": "final"}, "new": {"rationale": "sneaky"}})
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute(INSERT, (uuid.uuid4(), uuid.uuid4(), "claims", "update", data))
    as_role("alice").execute(INSERT, change(status="final"))


def test_nobody_signs_as_someone_else_or_rewrites_history(as_role) -> None:
    rita = as_role("rita")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute("INSERT INTO factcheck.changes (id, client, base_seq, tbl, op, data,"
                     " author) VALUES (%s, %s, 0, 'claims', 'update', '{}', 'alice')",
                     change()[:2])
    # a number or a time of one's own choosing is not possible either
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute("INSERT INTO factcheck.changes (seq, id, client, base_seq, tbl, op, data)"
                     " VALUES (1, %s, %s, 0, 'claims', 'update', '{}')", change()[:2])
    rita.execute(INSERT, change(rationale="mine"))
    assert rita.execute("SELECT author FROM factcheck.changes").fetchone()[0] == "rita"
    alice = as_role("alice")
    for statement in ("UPDATE factcheck.changes SET author = 'alice'",
                      "DELETE FROM factcheck.changes"):
        for conn in (rita, alice):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_through_the_client_a_reviewer_s_final_is_refused_and_counted(member) -> None:
    alice = member("alice", sample=True)
    article_id = alice.articles.list_articles()[0].id
    claim = alice.claims.add_claim(article_id, 0, 20)
    alice.workflow.set_workflow_rules(replace(alice.workflow.workflow_rules(), enabled=False))
    alice.team.sync()
    rita = member("rita")
    assert not rita.workflow.workflow_rules().enabled  # the team's rules travelled
    assert rita.reviewer == "rita"
    rita.claims.update_claim(claim.id, rationale="checked")
    rita.workflow.set_workflow_rules(rita.workflow.workflow_rules())  # unchanged: no-op
    rita.claims.update_claim(claim.id, status="final")
    report = rita.team.sync()
    assert report.refused == 1
    status = rita.team.status()
    assert status.refused == 1 and status.waiting == 0
    alice.team.sync()
    got = alice.claims.get_claim(claim.id)
    assert (got.rationale, got.status.value, got.reviewer) == ("checked", "to-check", "rita")


def test_the_second_reviewer_rule_works_across_people(member) -> None:
    from factcheck_gui.core.errors import WorkflowError
    from factcheck_gui.core.workflow import WorkflowRules

    alice = member("alice", sample=True)
    alice.workflow.set_workflow_rules(WorkflowRules(enabled=True, min_sources=0,
                                                    second_reviewer=True))
    verdict = alice.scales.active_scale().labels[0].label
    claim = alice.claims.add_claim(alice.articles.list_articles()[0].id, 0, 20,
                                   verdict=verdict, rationale="minutes")
    with pytest.raises(WorkflowError):
        alice.claims.update_claim(claim.id, status="final")  # her own verdict
    alice.team.sync()
    bob = member("bob")
    assert bob.workflow.verdict_set_by(claim.id) == "alice"  # the server's name for her
    bob.claims.update_claim(claim.id, status="final")
    bob.team.sync()
    alice.team.sync()
    assert alice.claims.get_claim(claim.id).status.value == "final"


def rules(second_reviewer: bool) -> tuple:
    value = json.dumps({"enabled": True, "min_sources": 0, "second_reviewer": second_reviewer,
                        "publishes": True})
    data = {"old": None, "new": {"key": "workflow", "value": value}}
    return (uuid.uuid4(), uuid.uuid4(), "settings", "update", json.dumps(data))


def claim_change(op: str, old: dict | None, **new: object) -> tuple:
    data = {"old": old, "new": {"id": "c9", "status": "to-check", **new}}
    return (uuid.uuid4(), uuid.uuid4(), "claims", op, json.dumps(data))


def test_the_server_keeps_the_second_reviewer_rule(as_role) -> None:
    """Not only the window: a role pushing by hand cannot approve its own verdict."""
    alice, bob, rita = as_role("alice"), as_role("bob"), as_role("rita")
    alice.execute(INSERT, rules(True))
    alice.execute(INSERT, claim_change("insert", None, verdict="False"))
    own = claim_change("update", {"id": "c9", "status": "to-check", "verdict": "False"},
                       verdict="False", status="final")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="second-reviewer"):
        alice.execute(INSERT, own)
    # setting the verdict and approving it in one change is one person too
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        bob.execute(INSERT, claim_change("update", {"id": "c9", "verdict": "False"},
                                         verdict="True", status="final"))
    # a reviewer's new verdict makes alice a second reviewer; bob is one already
    rita.execute(INSERT, claim_change("update", {"id": "c9", "verdict": "False"},
                                      verdict="Mostly false"))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute(INSERT, claim_change("update", {"id": "c9", "status": "to-check",
                                                     "verdict": "Mostly false"},
                                          verdict="Mostly false", status="published"))
    bob.execute(INSERT, claim_change("update", {"id": "c9", "status": "to-check",
                                                "verdict": "Mostly false"},
                                     verdict="Mostly false", status="final"))


def test_without_the_rule_the_one_who_set_the_verdict_may_approve(as_role) -> None:
    alice = as_role("alice")
    alice.execute(INSERT, rules(False))
    alice.execute(INSERT, claim_change("insert", None, verdict="False"))
    alice.execute(INSERT, claim_change("update", {"id": "c9", "status": "to-check",
                                                  "verdict": "False"},
                                       verdict="False", status="final"))


def test_a_reader_cannot_change_rules_or_assign_and_a_reviewer_cannot_publish(as_role) -> None:
    ron, rita = as_role("ron"), as_role("rita")
    for refused in (rules(False), change("team_assignments", "insert", target="c1")):
        for conn in (ron, rita):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(INSERT, refused)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        ron.execute(INSERT, change(rationale="a reader's note"))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute(INSERT, change(status="published"))
