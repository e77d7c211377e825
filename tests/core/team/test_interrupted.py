"""Sync cut off anywhere and run again applies nothing twice; offline edits wait."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import psycopg
import pytest

from factcheck_gui.core.store.team import OfflineError, sync
from tests.core.team.test_converge import export


class Cut(Exception):
    pass


def server_ids(pg_cluster, team_db) -> list[str]:
    with psycopg.connect(pg_cluster.url(team_db)) as conn:
        return [row[0] for row in conn.execute("SELECT id::text FROM factcheck.changes")]


def busy_alice(member):
    alice = member("alice", sample=True)
    article_id = alice.articles.list_articles()[0].id
    for n in range(8):
        claim = alice.claims.add_claim(article_id, n * 10, n * 10 + 5)
        alice.claims.update_claim(claim.id, rationale=f"reason {n}")
    return alice


@pytest.fixture
def cut_at(monkeypatch):
    def arm(step: str, number: int, action=None) -> None:
        def hook(where: str, batch: int) -> None:
            if (where, batch) == (step, number):
                monkeypatch.setattr(sync, "between_batches", None)
                if action:
                    action()
                raise Cut(f"cut after {where} batch {batch}")
        monkeypatch.setattr(sync, "between_batches", hook)
    return arm


def test_push_cut_between_batches_and_repeated(member, cut_at, pg_cluster, team_db) -> None:
    alice = member("alice")
    bob = member("bob", sample=True)
    article_id = bob.articles.list_articles()[0].id
    for n in range(5):
        bob.claims.add_claim(article_id, n * 10, n * 10 + 5)
    cut_at("push", 1)
    with pytest.raises(Cut):
        bob.team.sync(batch=4)
    assert bob.team.status().waiting > 0
    bob.team.sync(batch=4)
    ids = server_ids(pg_cluster, team_db)
    assert len(ids) == len(set(ids))
    assert bob.team.status().waiting == 0
    alice.team.sync(batch=4)
    assert export(alice) == export(bob)


def test_push_committed_but_answer_lost(member, monkeypatch, pg_cluster, team_db) -> None:
    bob = member("bob")
    alice = busy_alice(member)
    events_before = len(alice.connection.execute("SELECT id FROM events").fetchall())
    original = sync.Syncer._numbered

    def lost(self, rows, seqs):
        monkeypatch.setattr(sync.Syncer, "_numbered", original)
        raise OfflineError("connection lost before the answer")

    alice.claims.add_claim(alice.articles.list_articles()[0].id, 200, 210)
    monkeypatch.setattr(sync.Syncer, "_numbered", lost)
    with pytest.raises(OfflineError):
        alice.team.sync()
    alice.team.sync()
    ids = server_ids(pg_cluster, team_db)
    assert len(ids) == len(set(ids))
    # her own changes came back in the pull and were recognised, not applied again
    assert len(alice.connection.execute("SELECT id FROM events").fetchall()) == events_before + 1
    assert alice.team.status().waiting == 0
    bob.team.sync()
    assert export(alice) == export(bob)


def test_pull_cut_between_batches_and_repeated(member, cut_at) -> None:
    alice = busy_alice(member)
    alice.team.sync()
    bob = member("bob", join=False)
    cut_at("pull", 2)
    with pytest.raises(Cut):
        bob.team.join(alice.team.link()["url"].replace("alice@", "bob@"), batch=5)
    bob.team.sync(batch=5)
    assert export(alice) == export(bob)
    count = "SELECT count(*) FROM events"
    assert (bob.connection.execute(count).fetchone()[0]
            >= alice.connection.execute(count).fetchone()[0])
    bob.team.sync()
    assert bob.team.status().summary == "synced"


def test_server_restarted_mid_sync(member, cut_at, pg_cluster) -> None:
    alice = busy_alice(member)
    alice.team.sync()
    bob = member("bob")
    bob.claims.add_claim(bob.articles.list_articles()[0].id, 300, 310)
    alice.claims.update_claim(alice.claims.list_claims()[0].id, claimant="after")
    alice.team.sync()

    def restart() -> None:
        pg_cluster.stop("immediate")

    cut_at("pull", 1, restart)
    try:
        with pytest.raises(Cut):
            bob.team.sync(batch=1)
        with pytest.raises(OfflineError):
            bob.team.sync(batch=1)
        assert bob.team.status().offline_since
    finally:
        pg_cluster.start()
    bob.team.sync(batch=1)
    alice.team.sync()
    assert export(alice) == export(bob)
    assert bob.team.status().summary == "synced"


def test_offline_edits_wait_and_go_when_back(member, pg_cluster) -> None:
    alice = busy_alice(member)
    alice.team.sync()
    bob = member("bob")
    pg_cluster.stop()
    try:
        claim_id = alice.claims.list_claims()[0].id
        alice.claims.update_claim(claim_id, rationale="written on the train")
        with pytest.raises(OfflineError):
            alice.team.sync()
        status = alice.team.status()
        assert status.waiting == 2  # the claim row and its history entry
        assert status.summary.startswith("offline since") and "2 changes waiting" in status.summary
    finally:
        pg_cluster.start()
    alice.team.sync()
    bob.team.sync()
    assert bob.claims.get_claim(claim_id).rationale == "written on the train"
    assert alice.team.status().summary == "synced"


@pytest.mark.process
def test_a_process_killed_mid_push_then_synced_again(member, pg_cluster, team_db,
                                                     tmp_path) -> None:
    alice = busy_alice(member)
    path = alice.path
    alice.close()
    script = textwrap.dedent(f"""
        import os, signal
        from factcheck_gui.core.store import Store
        from factcheck_gui.core.store.team import sync
        def die(where, batch):
            if (where, batch) == ("push", 2):
                os.kill(os.getpid(), signal.SIGKILL)
        sync.between_batches = die
        Store.open({str(path)!r}).team.sync(batch=3)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=os.getcwd(), timeout=120,
                          check=False)
    assert done.returncode == -signal.SIGKILL
    from factcheck_gui.core.store import Store

    with Store.open(path) as again:
        assert again.team.status().waiting > 0
        again.team.sync(batch=3)
        ids = server_ids(pg_cluster, team_db)
        assert len(ids) == len(set(ids))
        bob = member("bob")
        assert export(again) == export(bob)


def test_join_cancelled_after_a_batch_goes_on_with_the_next_sync(member) -> None:
    alice = busy_alice(member)
    alice.team.sync()
    bob = member("bob", join=False)
    seen: list[tuple[str, int, int]] = []
    report = bob.team.join(alice.team.link()["url"].replace("alice@", "bob@"), batch=5,
                           progress=lambda *step: seen.append(step),
                           cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and len(seen) == 2
    assert seen[0][0] == "pull" and seen[0][1] == 5 and seen[0][2] > 10  # done of total
    assert export(alice) != export(bob)
    bob.team.sync()
    assert export(alice) == export(bob)


def test_the_window_poll_ignores_sync_bookkeeping(member) -> None:
    alice = busy_alice(member)
    alice.team.sync()
    from factcheck_gui.core.store import Store

    watch = alice.watch_other_writes()
    with Store.open(alice.path) as worker:  # the window's sync thread has its own connection
        claim_id = worker.claims.list_claims()[0].id
        worker.claims.update_claim(claim_id, claimant="from the worker's connection")
        assert [c.claim_id for c in watch.poll()] == [claim_id]
        worker.team.sync()
        assert watch.poll() == []
