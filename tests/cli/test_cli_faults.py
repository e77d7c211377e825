"""The CLI on damaged, locked and restored databases: one clear line, no traceback."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import REPO, Cli


def one_line_error(result, needle: str) -> None:
    assert result.code != 0
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert needle in lines[0], lines[0]


def sample(cli: Cli) -> str:
    return cli("sample").out.split("\t")[0]


def corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for start in range(4096 * 2, len(data) - 4096, 4096):
        data[start + 8 : start + 300] = b"\xa5" * 292
    path.write_bytes(bytes(data))


def test_check_and_backup_still_work_on_a_damaged_file(cli: Cli, tmp_path: Path) -> None:
    sample(cli)
    corrupt_pages(cli.db)
    check = cli("check", ok=False)
    assert check.code == 1 and "Traceback" not in check.err
    assert check.out.strip() and check.out.strip() != "ok"
    backup = cli("backup", str(tmp_path / "rescued.db"), ok=False)
    assert "Traceback" not in backup.err
    assert (tmp_path / "rescued.db").read_bytes()[:16] == b"SQLite format 3\x00"


def test_check_on_a_file_with_a_broken_header(cli: Cli) -> None:
    sample(cli)
    data = bytearray(cli.db.read_bytes())
    data[16:24] = b"\xff" * 8
    cli.db.write_bytes(bytes(data))
    check = cli("check", ok=False)
    assert check.code == 1 and "Traceback" not in check.err
    assert "not a Factcheck database" in check.err


def test_restore_round_trip(cli: Cli, tmp_path: Path) -> None:
    article = sample(cli)
    cli("backup", str(tmp_path / "monday.db"))
    cli("claim", "add", "--article", article, "--start", "0", "--end", "9")
    assert len(cli("claims").out.splitlines()) == 1
    done = cli("restore", str(tmp_path / "monday.db"))
    assert done.out.startswith(f"restored {cli.db}")
    assert "the previous database is kept as" in done.err
    assert cli("claims").out == ""
    assert cli("check").out.strip() == "ok"


def test_restore_repairs_a_file_the_app_cannot_open(cli: Cli, tmp_path: Path) -> None:
    sample(cli)
    cli("backup", str(tmp_path / "good.db"))
    cli.db.write_bytes(b"overwritten by mistake")
    one_line_error(cli("articles", ok=False), "not a Factcheck database")
    cli("restore", str(tmp_path / "good.db"))
    assert len(cli("articles").out.splitlines()) == 1


def test_restore_refuses_a_bad_backup(cli: Cli, tmp_path: Path) -> None:
    sample(cli)
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    one_line_error(cli("restore", str(junk), ok=False), "not a Factcheck database")
    one_line_error(cli("restore", str(tmp_path / "none.db"), ok=False), "no backup file")
    one_line_error(cli("restore", str(cli.db), ok=False), "the same file")
    assert len(cli("articles").out.splitlines()) == 1


def test_restore_refused_while_the_window_is_open(cli: Cli, tmp_path: Path) -> None:
    sample(cli)
    cli("backup", str(tmp_path / "b.db"))
    hold = textwrap.dedent("""
        import sys
        from factcheck_gui.core.store import Store
        store = Store.open(sys.argv[1], lock=True)
        print("open", flush=True)
        sys.stdin.readline()
    """)
    window = subprocess.Popen([sys.executable, "-c", hold, str(cli.db)], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open"
        one_line_error(cli("restore", str(tmp_path / "b.db"), ok=False),
                       "already open in another Factcheck window")
        assert len(cli("articles").out.splitlines()) == 1  # reading is fine meanwhile
    finally:
        window.communicate("\n", timeout=30)


def test_bulk_import_backs_up_first(cli: Cli, tmp_path: Path) -> None:
    files = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Title {name}\n\nText of article {name}.", encoding="utf-8")
        files.append(str(path))
    cli("import", files[0], files[1])  # empty library: nothing to back up
    folder = cli.db.parent / f"{cli.db.stem}-backups"
    assert not folder.exists() or not list(folder.iterdir())
    (tmp_path / "c.txt").write_text("Title c\n\nText c.", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Title d\n\nText d.", encoding="utf-8")
    cli("import", str(tmp_path / "c.txt"), str(tmp_path / "d.txt"))
    made = [p.name for p in folder.iterdir()]
    assert len(made) == 1 and "-before-import-" in made[0]
