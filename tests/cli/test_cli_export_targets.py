"""No output path may land on the open database or its companion files, however
it is spelled; check and backup work with a relative database path."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.run_cli import Ran, run_cli

SPELLINGS = ["cli.db", "./cli.db", "sub/../cli.db", "{abs}", "link.db", "hard.db",
             "CLI.db-wal-link", "cli.db-wal", "cli.db-shm", "cli.db.lock",
             "cli-backups/report.csv"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    assert run_cli(tmp_path, "--db", "cli.db", "sample").code == 0
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.db").symlink_to(tmp_path / "cli.db")
    (tmp_path / "CLI.db-wal-link").symlink_to(tmp_path / "cli.db-wal")  # dangling
    os.link(tmp_path / "cli.db", tmp_path / "hard.db")
    return tmp_path / "cli.db"


def assert_refused(result: Ran, db: Path, before: bytes) -> None:
    assert result.code == 1, result.err
    assert "nothing was written" in result.err, result.err
    assert db.read_bytes() == before


def test_every_export_refuses_every_spelling_of_the_database(
    db: Path
) -> None:
    before = db.read_bytes()
    for spelling in SPELLINGS:
        target = spelling.format(abs=db)
        for fmt in ("csv", "json", "html", "claimreview"):
            result = run_cli(db.parent, "--db", "cli.db", "export", fmt, "--out", target)
            assert_refused(result, db, before)
        assert_refused(run_cli(db.parent, "--db", "cli.db", "scale", "export", target),
                       db, before)
    assert not (db.parent / "cli.db-wal").exists()
    assert not (db.parent / "cli-backups").exists()
    listing = run_cli(db.parent, "--db", "cli.db", "articles")
    assert listing.code == 0 and len(listing.out.splitlines()) == 1


def test_backup_refuses_the_databases_companions(
    db: Path
) -> None:
    before = db.read_bytes()
    for target in ("cli.db-wal", "cli.db-journal", "./sub/../cli.db-shm"):
        assert_refused(run_cli(db.parent, "--db", "cli.db", "backup", target),
                       db, before)
        assert not (db.parent / Path(target).name).exists()


def _foreign(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()


def test_rescue_backup_refuses_a_damaged_files_companions(
    tmp_path: Path
) -> None:
    _foreign(tmp_path)
    result = run_cli(tmp_path, "--db", "other.db", "backup", "other.db-wal")
    assert "nothing was written" in result.err
    assert not (tmp_path / "other.db-wal").exists()


def test_check_and_backup_work_with_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _foreign(tmp_path)
    check = run_cli(tmp_path, "--db", "other.db", "check")
    assert check.code == 1 and "relative path" not in check.err
    assert "another program" in check.err
    monkeypatch.setenv("FACTCHECK_DB", "other.db")
    backup = run_cli(tmp_path, "backup", "rescued.db")
    assert backup.code == 0, backup.err
    assert (tmp_path / "rescued.db").read_bytes()[:16] == b"SQLite format 3\x00"
    # A damaged header: the app cannot open the file, the rescue commands still run.
    assert run_cli(tmp_path, "--db", "cli.db", "sample").code == 0
    data = bytearray((tmp_path / "cli.db").read_bytes())
    data[16:24] = b"\xff" * 8
    (tmp_path / "cli.db").write_bytes(bytes(data))
    for args in (("check",), ("backup", "r2.db")):
        result = run_cli(tmp_path, "--db", "./cli.db", *args)
        assert "relative path" not in result.err and "unexpected" not in result.err
