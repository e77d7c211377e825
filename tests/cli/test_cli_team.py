"""`team ...` from the command line, against the test PostgreSQL server."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .conftest import Cli


def test_admin_and_two_editors_from_the_command_line(cli: Cli, pg_cluster, tmp_path: Path
                                                    ) -> None:
    database = pg_cluster.new_database()
    admin = pg_cluster.url(database)
    assert "team database ready" in cli("team", "init", admin).out
    for name in ("alice", "bob"):
        assert f"{name} is a team editor" in cli("team", "grant", admin, name, "editor").out
    alice = Cli(cli.db, tmp_path)
    bob = Cli(tmp_path / "bob.db", tmp_path)
    article = alice("sample").out.split("\t")[0]
    out = alice("team", "join", pg_cluster.url(database, "alice")).out
    assert out.startswith("joined as alice (editor)") and out.strip().endswith("synced")
    claim = alice("claim", "add", "--article", article, "--quote", "27 to 19").out.strip()
    alice("team", "sync")
    bob("team", "join", pg_cluster.url(database, "bob") + "?sslmode=prefer")
    bob("claim", "set", claim, "--rationale", "bob's")
    alice("claim", "set", claim, "--rationale", "alice's")
    assert "pushed" in alice("team", "sync").out
    assert "1 new conflict" in bob("team", "sync").out
    alice("team", "sync")
    for who in (alice, bob):
        [record] = json.loads(who("claims", "--json").out)
        assert record["rationale"] == "bob's"
        status = json.loads(who("team", "status", "--json").out)
        assert status["conflicts"] == 1 and status["waiting"] == 0
    [listed] = json.loads(alice("team", "conflicts", "--json").out)
    assert (listed["kept_by"], listed["lost"], listed["lost_by"]) == ("bob", "alice's", "alice")
    line = alice("team", "conflicts").out.strip().split("\t")
    assert line[0] == listed["id"] and line[2] == "rationale"
    alice("team", "resolve", listed["id"][:12], "--switch")
    assert alice("team", "conflicts").out == ""
    alice("team", "sync")
    bob("team", "sync")
    assert json.loads(bob("claims", "--json").out)[0]["rationale"] == "alice's"
    assert bob("export", "csv").out == alice("export", "csv").out
    assert "left" in bob("team", "leave").out
    assert bob("team", "status", ok=False).err.startswith("error: this database has not joined")


def test_no_password_is_taken_or_stored(cli: Cli, pg_cluster) -> None:
    database = pg_cluster.new_database()
    result = cli("team", "join", f"postgresql://alice:secret@127.0.0.1:{pg_cluster.port}/"
                                 f"{database}", ok=False)
    assert result.code == 1 and "pgpass" in result.err and "Traceback" not in result.err
    cli("team", "init", pg_cluster.url(database))
    cli("team", "grant", pg_cluster.url(database), "alice", "editor")
    cli("team", "join", pg_cluster.url(database, "alice"))
    dump = "\n".join(sqlite3.connect(cli.db).iterdump())
    assert "secret" not in dump and "password" not in dump.lower()


def test_unreachable_server_is_one_clear_line_and_the_edit_is_kept(cli: Cli, pg_cluster
                                                                  ) -> None:
    database = pg_cluster.new_database()
    cli("team", "init", pg_cluster.url(database))
    cli("team", "grant", pg_cluster.url(database), "alice", "editor")
    article = cli("sample").out.split("\t")[0]
    cli("team", "join", pg_cluster.url(database, "alice"))
    pg_cluster.stop()
    try:
        cli("claim", "add", "--article", article, "--quote", "27 to 19")
        result = cli("team", "sync", ok=False)
        assert result.err.startswith("error: cannot reach the team database")
        assert "wait here" in result.err and "Traceback" not in result.err
        assert "offline since" in cli("team", "status").out
    finally:
        pg_cluster.start()
    assert cli("team", "sync").out.strip().endswith("synced")


def test_editors_assign_reviewers_see_theirs(cli: Cli, pg_cluster, tmp_path: Path) -> None:
    database = pg_cluster.new_database()
    admin = pg_cluster.url(database)
    cli("team", "init", admin)
    cli("team", "grant", admin, "alice", "editor")
    cli("team", "grant", admin, "rita", "reviewer")
    alice, rita = cli, Cli(tmp_path / "rita.db", tmp_path)
    article = alice("sample").out.split("\t")[0]
    claim = alice("claim", "add", "--article", article, "--quote", "27 to 19").out.strip()
    alice("claim", "add", "--article", article, "--quote", "18%", "--occurrence", "1")
    alice("team", "join", pg_cluster.url(database, "alice"))
    rita("team", "join", pg_cluster.url(database, "rita"))
    assert "assigned to rita" in alice("team", "assign", claim[:8], "rita").out
    alice("team", "assign", article, "bob")
    alice("team", "sync")
    rita("team", "sync")
    [mine] = json.loads(rita("team", "assigned", "--me", "--json").out)
    assert (mine["kind"], mine["target"], mine["assigned_by"]) == ("claim", claim, "alice")
    assert rita("team", "assigned", "--counts").out.splitlines() == ["bob\t2", "rita\t1"]
    # a reviewer cannot hand out work: the team database refuses it
    rita("team", "assign", claim, "rita")
    assert "1 refused" in rita("team", "sync").out
    alice("team", "assign", claim, "--none")
    alice("team", "sync")
    rita("team", "sync")
    assert rita("team", "assigned", "--to", "rita").out == ""


def test_joining_part_of_the_team_database(cli: Cli, pg_cluster, tmp_path: Path) -> None:
    database = pg_cluster.new_database()
    admin = pg_cluster.url(database)
    cli("team", "init", admin)
    for name in ("alice", "bob"):
        cli("team", "grant", admin, name, "editor")
    alice = Cli(cli.db, tmp_path)
    alice("sample")
    alice("team", "join", pg_cluster.url(database, "alice"))
    bob = Cli(tmp_path / "bob.db", tmp_path)
    bad = bob("team", "join", pg_cluster.url(database, "bob"), "--since", "soon", ok=False)
    assert bad.code != 0 and "YYYY-MM-DD" in bad.err
    out = bob("team", "join", pg_cluster.url(database, "bob"), "--outlet", "No Such Paper",
              "--outlet", "Other", "--until", "2020-12-31").out
    assert "only outlets No Such Paper, Other; dated … to 2020-12-31" in out
    assert json.loads(bob("articles", "--json").out) == []
    status = json.loads(bob("team", "status", "--json").out)
    assert status["part"] == "outlets No Such Paper, Other; dated … to 2020-12-31"
    assert "part\tthe whole team database" in alice("team", "status").out
