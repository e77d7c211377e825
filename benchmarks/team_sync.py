"""Team sync against a real PostgreSQL server started for the run (pg_server.py).

1. Pull: a second copy pulls what one editor wrote (claims with their history:
   10,000 changes in full mode), against that editor writing the same claims
   locally in one transaction (the floor). Target: at most 3x.
2. Push: the editor sends them, against the same floor (no target).
3. Propagation: an edit on one copy until it is in another copy's database,
   which listens (LISTEN/NOTIFY) and syncs as the window's worker does.
   Targets on the median and the 95th percentile: 2 s and 5 s. The window
   shows it at its next one-second poll of the database after that.

Without PostgreSQL installed each row says so instead of a number.
"""

from __future__ import annotations

import atexit
import statistics
import threading
import time

from benchmarks.harness import Context, Result, timed
from benchmarks.pg_server import Cluster, remove_cluster, start_cluster
from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import server

TEXT = "The minister said fares rose by 27 percent while buses ran late. " * 400


def _cluster(ctx: Context) -> Cluster | None:
    def start() -> Cluster | None:
        cluster = start_cluster()
        if cluster is not None:  # stopped even if the run ends early
            atexit.register(remove_cluster, cluster)
        return cluster

    return ctx.cached("team-cluster", start)


def _team(cluster: Cluster) -> str:
    name = cluster.new_database()
    conn = server.connect(cluster.url(name))
    try:
        server.init_schema(conn)
        for person in ("alice", "bob"):
            server.grant(conn, person, "editor")
    finally:
        conn.close()
    return name


def _write(store: Store, article_id: str, count: int) -> None:
    with store.batch():
        for n in range(count):
            start = (n * 7) % (len(TEXT) - 40)
            store.claims.add_claim(article_id, start, start + 30, rationale=f"reason {n}")


def _no_server(name: str, target: str) -> Result:
    return Result(name, 0.0, "s", target=target, passed=None,
                  note="PostgreSQL is not installed here (apt-get install postgresql)")


def pull_and_push(ctx: Context) -> list[Result]:
    claims = 100 if ctx.quick else 5_000  # each claim is two changes: the row, its history
    pull_name = f"pull {claims * 2:,} changes into a second copy"
    push_name = f"push {claims * 2:,} changes"
    cluster = _cluster(ctx)
    if cluster is None:
        return [_no_server(pull_name, "<= 3x"), _no_server(push_name, "")]
    team = _team(cluster)
    floor_path, alice_path, bob_path = (ctx.workdir / f"team-{n}.db"
                                        for n in ("floor", "alice", "bob"))
    for path in (floor_path, alice_path, bob_path):
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
    article = NewArticle(title="Fares", text=TEXT, outlet=None, author=None, url=None,
                         published=None, language=None, provenance=Provenance())
    with Store.open(floor_path, reviewer="alice") as floor_store:
        floor_id = floor_store.articles.add_article(article).id
        floor = timed(lambda: _write(floor_store, floor_id, claims))
    with Store.open(alice_path) as alice, Store.open(bob_path) as bob:
        alice.team.join(cluster.url(team, "alice"))
        article_id = alice.articles.add_article(article).id
        bob.team.join(cluster.url(team, "bob"))
        alice.team.sync()
        bob.team.sync()  # the article first: what is measured is the claims
        _write(alice, article_id, claims)
        push = timed(alice.team.sync)
        pull = timed(bob.team.sync)
        assert len(bob.claims.list_claims()) == claims
    return [
        Result(pull_name, pull, "s", floor, "writing them locally", "<= 3x",
               pull <= 3 * floor),
        Result(push_name, push, "s", floor, "writing them locally"),
    ]


def propagation(ctx: Context) -> list[Result]:
    rounds = 5 if ctx.quick else 40
    names = ("propagation, median", "propagation, 95th percentile")
    cluster = _cluster(ctx)
    if cluster is None:
        return [_no_server(names[0], "<= 2 s"), _no_server(names[1], "<= 5 s")]
    team = _team(cluster)
    alice_path, bob_path = ctx.workdir / "prop-alice.db", ctx.workdir / "prop-bob.db"
    for path in (alice_path, bob_path):
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
    article = NewArticle(title="Fares", text=TEXT, outlet=None, author=None, url=None,
                         published=None, language=None, provenance=Provenance())
    with Store.open(alice_path) as alice:
        alice.team.join(cluster.url(team, "alice"))
        claim = alice.claims.add_claim(alice.articles.add_article(article).id, 0, 20)
        alice.team.sync()
        Store.open(bob_path).close()
        with Store.open(bob_path) as bob:
            bob.team.join(cluster.url(team, "bob"))
        stop = threading.Event()
        listening = threading.Event()

        def bob_worker() -> None:  # what the window's worker does, in a thread
            with Store.open(bob_path) as own:
                listener = own.team.listener()
                listening.set()
                while not stop.is_set():
                    if listener.heard(0.2):
                        own.team.sync()
                listener.close()

        thread = threading.Thread(target=bob_worker)
        thread.start()
        listening.wait(30)
        times = []
        with Store.open(bob_path) as reader:
            for n in range(rounds):
                value = f"edit {n}"
                start = time.perf_counter()
                alice.claims.update_claim(claim.id, rationale=value)
                alice.team.sync()
                while reader.claims.get_claim(claim.id).rationale != value:
                    time.sleep(0.01)
                times.append(time.perf_counter() - start)
        stop.set()
        thread.join()
    median = statistics.median(times)
    p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
    note = f"{rounds} edits; to the other copy's database (its window's poll adds up to 1 s)"
    return [Result(names[0], median, "s", target="<= 2 s", passed=median <= 2, note=note),
            Result(names[1], p95, "s", target="<= 5 s", passed=p95 <= 5)]


def stop_server(ctx: Context) -> list[Result]:
    """Not a measurement: stops the server the rows above started."""
    cluster = ctx.cached("team-cluster", lambda: None)
    if isinstance(cluster, Cluster):
        atexit.unregister(remove_cluster)
        remove_cluster(cluster)
    return []


SCENARIOS = [pull_and_push, propagation, stop_server]
