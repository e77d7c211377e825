"""Failures: one clear line on stderr, a non-zero exit, no traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from .conftest import Cli


def _assert_one_line_error(result, needle: str) -> None:
    assert result.code != 0
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: ")
    assert needle in lines[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("show", "no-such-article"), "no article with id"),
        (("claim", "set", "nope", "--verdict", "True"), "no claim with id"),
        (("history", "nope"), "no claim with id"),
        (("export", "json", "--since", "soon"), "not a date"),
    ],
)
def test_unknown_ids_and_unavailable_formats(cli: Cli, args, needle: str) -> None:
    _assert_one_line_error(cli(*args, ok=False), needle)


def test_bad_claim_input(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Title\n\nthe same words, the same words.", encoding="utf-8")
    article = cli("import", str(source)).out.split("\t")[0]
    add = ("claim", "add", "--article", article)
    _assert_one_line_error(cli(*add, "--quote", "the same words", ok=False), "--occurrence")
    _assert_one_line_error(cli(*add, "--quote", "absent", ok=False), "not in the article")
    _assert_one_line_error(cli(*add, "--start", "5", "--end", "999", ok=False), "not inside")
    _assert_one_line_error(cli(*add, "--start", "9", "--end", "2", ok=False),
                           "the start must come before the end")
    _assert_one_line_error(cli(*add, "--quote", "Title", "--verdict", "Meh", ok=False),
                           "not a verdict")
    _assert_one_line_error(cli(*add, "--quote", "Title", "--source", "file:///etc/passwd",
                               ok=False), "http")
    assert cli("claims").out == ""  # nothing half-made
    second = cli(*add, "--quote", "the same words", "--occurrence", "2").out.strip()
    assert cli("claims", "--json").out.count(second) == 1


def test_import_reports_each_bad_file_and_keeps_going(cli: Cli, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good title\n\nBody.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "junk.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    result = cli("import", str(empty), str(good), str(binary), str(tmp_path / "missing.txt"),
                 ok=False)
    assert result.code == 1
    assert result.out.split("\t")[1].strip() == "Good title"
    lines = result.err.splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    progress = [line for line in lines if line.startswith("[")]
    assert len(errors) == 3
    assert progress == ["[1/4] empty.txt", "[2/4] good.txt", "[3/4] junk.txt",
                        "[4/4] missing.txt"]
    assert lines[-1] == "imported 1, skipped 0 duplicates, failed 3"
    assert len(lines) == 8
    assert "Traceback" not in result.err
    again = cli("import", str(good))
    assert again.out == "" and "skipped" in again.err


def test_not_a_database(cli: Cli, tmp_path: Path) -> None:
    cli.db.write_text("hello")
    _assert_one_line_error(cli("articles", ok=False), "not a Factcheck database")


def test_newer_database(cli: Cli) -> None:
    cli("articles")
    conn = sqlite3.connect(cli.db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    _assert_one_line_error(cli("articles", ok=False), "newer version")


def test_debug_shows_traceback(cli: Cli) -> None:
    result = cli("show", "nope", "--debug", ok=False)
    assert result.code == 1 and "Traceback" in result.err


def test_check_and_backup(cli: Cli, tmp_path: Path) -> None:
    cli("sample")
    assert cli("check").out == "ok\n"
    target = tmp_path / "backup.db"
    assert cli("backup", str(target)).out.strip() == str(target)
    assert sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    _assert_one_line_error(cli("backup", str(target), ok=False), "will not overwrite")


def test_usage_error_exits_2(cli_process: Cli) -> None:
    """argparse's SystemExit reaches the shell as status 2 (checked in a real process)."""
    result = cli_process("claim", "frobnicate", ok=False)
    assert result.code == 2 and "Traceback" not in result.err


@pytest.mark.process  # start-up with no database named anywhere
def test_default_database_goes_to_data_dir(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from .conftest import REPO

    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DB"}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), "articles"], env=env,
                          capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "data" / "factcheck-gui" / "factcheck.db").exists()


def test_a_named_database_that_does_not_exist_is_not_created(cli: Cli, tmp_path: Path) -> None:
    typo = tmp_path / "tpyo.db"
    _assert_one_line_error(cli("--db", str(typo), "claims", ok=False), "no database at")
    assert not typo.exists()
    _assert_one_line_error(cli("--db", "", "claims", ok=False), "--db needs a file name")
    assert cli("--db", str(typo), "sample").code == 0  # import and sample create it
    assert typo.exists()


def test_text_that_is_not_utf8_is_refused(cli: Cli) -> None:
    result = cli("claim", "set", "nope", "--claimant", "J\udce9r\udcf4me", ok=False)
    _assert_one_line_error(result, "--claimant is not valid UTF-8")


@pytest.mark.process  # a reader that goes away: only a real pipe shows it
def test_piping_into_head_is_quiet(cli: Cli) -> None:
    import subprocess
    import sys

    from .conftest import REPO

    cli("sample")
    article = cli("articles").out.split("\t")[0]
    for n in range(3):
        cli("claim", "add", "--article", article, "--start", str(n * 10), "--end", str(n * 10 + 5))
    env = dict(__import__("os").environ, FACTCHECK_DB=str(cli.db))
    shell = f"{sys.executable} {REPO / 'main.py'} export csv | head -c 10 >/dev/null"
    done = subprocess.run(["sh", "-c", shell], env=env, capture_output=True, text=True,
                          timeout=60)
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr, done.stderr
