"""A real PostgreSQL server for team tests (a plugin of tests/conftest.py): one
cluster per test session (per xdist worker), in a temporary folder on its own
127.0.0.1 port, stopped after; a fresh database per test. Debian's `postgresql`
package provides the server (.ci/run installs it). Without it the tests skip,
and in CI they fail."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from benchmarks.pg_server import Cluster, remove_cluster, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    if cluster is None:
        message = "needs PostgreSQL (apt-get install postgresql; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield cluster
    finally:
        remove_cluster(cluster)


@pytest.fixture
def team_db(pg_cluster: Cluster) -> str:
    """A fresh database with the team schema, and editors alice and bob,
    reviewer rita, reader ron. Returns the database name."""
    from factcheck_gui.core.store.team import server

    name = pg_cluster.new_database()
    conn = server.connect(pg_cluster.url(name))
    try:
        server.init_schema(conn)
        for person, role in (("alice", "editor"), ("bob", "editor"), ("carol", "editor"),
                             ("rita", "reviewer"), ("ron", "reader")):
            server.grant(conn, person, role)
    finally:
        conn.close()
    return name
