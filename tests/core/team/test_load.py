"""Many editors in their own processes on overlapping claims: after the last sync
every copy is the same, nothing anyone wrote is lost, and every copy lists
exactly the conflicts the server's change log shows (computed here on its own)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from factcheck_gui.core.store import Store
from tests.core.team.test_converge import export

REPO = Path(__file__).resolve().parents[3]
EDITOR = REPO / "tests" / "helpers" / "team_editor.py"
JUDGED = {"claimant", "rationale", "claim_text"}
LONG = os.environ.get("FACTCHECK_TEAM_LOAD") == "1"


def expected_conflicts(url: str) -> set[str]:
    """The conflict rule applied to the server's log, independently of the client:
    a change loses a field to the next change of it that came from another copy
    that had not pulled it."""
    held: dict[tuple[str, str], tuple[int, str, str, object]] = {}
    found = set()
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT seq, replace(id::text, '-', ''), client::text, base_seq,"
                            " data FROM factcheck.changes WHERE tbl = 'claims'"
                            " AND op = 'update' ORDER BY seq").fetchall()
    for seq, ident, client, base, data in rows:
        old, new = data["old"], data["new"]
        for field in JUDGED:
            if old.get(field) == new.get(field):
                continue
            before = held.get((new["id"], field))
            if before and before[2] != client and base < before[0] and before[3] != new[field]:
                found.add(f"{ident}:{before[1]}:{field}")
            held[(new["id"], field)] = (seq, ident, client, new[field])
    return found


def run_editors(pg_cluster, team_db, tmp_path: Path, editors: int, edits: int) -> None:
    from factcheck_gui.core.store.team import server

    admin = server.connect(pg_cluster.url(team_db))
    names = [f"editor{n}" for n in range(editors)]
    for name in names:
        server.grant(admin, name, "editor")
    admin.close()
    with Store.open(tmp_path / "seed.db") as seed:
        from factcheck_gui.sample import add_sample_article

        article = add_sample_article(seed)
        seed.team.join(pg_cluster.url(team_db, "alice"))
        ids = [seed.claims.add_claim(article.id, n * 12, n * 12 + 8).id for n in range(6)]
        seed.team.sync()
    ids_file = tmp_path / "ids.json"
    ids_file.write_text(json.dumps(ids))
    paths = []
    for name in names:
        path = tmp_path / f"{name}.db"
        with Store.open(path) as store:
            store.team.join(pg_cluster.url(team_db, name))
        paths.append(path)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    procs = [subprocess.Popen([sys.executable, str(EDITOR), str(path), str(seed), str(edits),
                               str(ids_file), str(path) + ".json"], env=env)
             for seed, path in enumerate(paths)]
    for proc in procs:
        assert proc.wait(timeout=1800) == 0
    stores = [Store.open(path) for path in paths]
    try:
        for store in stores:
            store.team.sync()
        expected = expected_conflicts(pg_cluster.url(team_db))
        first = export(stores[0])
        for store in stores:
            assert export(store) == first
            assert {c.id for c in store.team.conflicts()} == expected
            assert store.team.status().summary in ("synced", f"{len(expected)} conflicts",
                                                   f"{len(expected)} conflict")
        # nothing lost: every value anyone wrote is in the history of every copy
        written = [tuple(edit) for path in paths
                   for edit in json.loads(Path(str(path) + ".json").read_text())]
        assert len(written) == editors * edits
        for store in stores[:2]:
            seen = {(e.entity_id, key, value) for claim_id in ids
                    for e in store.events.for_claim(claim_id) if e.after
                    for key, value in e.after.items()}
            assert all(edit in seen for edit in written)
        assert expected  # overlapping edits made some
    finally:
        for store in stores:
            store.close()


@pytest.mark.process
def test_three_editors_in_processes(pg_cluster, team_db, tmp_path: Path) -> None:
    run_editors(pg_cluster, team_db, tmp_path, editors=3, edits=60)


@pytest.mark.slow
@pytest.mark.process
@pytest.mark.skipif(not LONG, reason="set FACTCHECK_TEAM_LOAD=1 for 10 editors x 500 edits")
def test_ten_editors_five_hundred_edits_each(pg_cluster, team_db, tmp_path: Path) -> None:
    run_editors(pg_cluster, team_db, tmp_path, editors=10, edits=500)
