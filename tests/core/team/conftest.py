"""Working copies joined to a team database on the test server (tests/postgres_server.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_gui.core.store import Store
from tests.postgres_server import Cluster


@pytest.fixture
def member(pg_cluster: Cluster, team_db: str, tmp_path: Path):
    """`member("alice")`: a fresh local database joined to the team as alice."""
    opened: list[Store] = []

    def make(person: str, *, sample: bool = False, join: bool = True) -> Store:
        store = Store.open(tmp_path / f"{person}-{len(opened)}.db")
        opened.append(store)
        if sample:
            from factcheck_gui.sample import add_sample_article

            add_sample_article(store)
        if join:
            store.team.join(pg_cluster.url(team_db, person))
        return store

    yield make
    for store in opened:
        store.close()
