"""A database on a read-only file system (a snapshot, a read-only share) can be
read, exported, checked and backed up, and the CLI says it is read-only.

The file system is made read-only for real: a read-only bind mount in a private
mount namespace (`unshare -rm`), so root's permission bypass does not apply."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article

from .conftest import REPO


def _unshare_works(tmp: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c",
                            f"mount -o bind,ro {shlex.quote(str(tmp))} {shlex.quote(str(tmp))}"],
                           capture_output=True)
    return probe.returncode == 0


def run_on_read_only(folder: Path, *commands: list[str]) -> list[tuple[int, str, str]]:
    """Each CLI command run with `folder` mounted read-only: (code, out, err)."""
    script = [f"mount -o bind,ro {shlex.quote(str(folder))} {shlex.quote(str(folder))}"]
    for n, args in enumerate(commands):
        line = shlex.join([sys.executable, str(REPO / "main.py"), *args])
        script.append(f"{line} >{folder.parent}/out{n} 2>{folder.parent}/err{n}; "
                      f"echo $? >{folder.parent}/rc{n}")
    env = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_DB", "DISPLAY")}
    subprocess.run(["unshare", "-rm", "sh", "-c", "; ".join(script)], check=True, env=env,
                   timeout=120)
    parent = folder.parent
    return [(int((parent / f"rc{n}").read_text()), (parent / f"out{n}").read_text(),
             (parent / f"err{n}").read_text()) for n in range(len(commands))]


@pytest.mark.parametrize("left_open", [False, True], ids=["closed", "snapshot-while-open"])
def test_read_only_file_system(tmp_path: Path, left_open: bool) -> None:
    folder = tmp_path / "snapshot"
    folder.mkdir()
    if not _unshare_works(folder):
        pytest.skip("no unprivileged mount namespaces here")
    db = folder / "fc.db"
    store = Store.open(db)
    article = add_sample_article(store)
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")  # edits stay in the -wal
    claim = store.claims.add_claim(article.id, 0, 9, verdict="False")
    if left_open:  # a snapshot of a database in use: its edits are in the -wal
        copy = tmp_path / "copy"
        copy.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{db}{suffix}", copy / f"fc.db{suffix}")
        store.close()
        shutil.rmtree(folder)
        copy.rename(folder)
        assert (folder / "fc.db-wal").stat().st_size > 0
    else:
        store.close()
    out = tmp_path / "out"
    out.mkdir()
    results = run_on_read_only(
        folder,
        ["--db", str(db), "claims"],
        ["--db", str(db), "check"],
        ["--db", str(db), "export", "csv", "--out", str(out / "r.csv")],
        ["--db", str(db), "backup", str(out / "b.db")],
        ["--db", str(db), "claim", "set", claim.id, "--verdict", "True"],
    )
    (claims, check, export, backup, write) = results
    assert claims[0] == 0 and claim.id in claims[1], claims
    assert "read-only" in claims[2]
    assert (check[0], check[1].strip()) == (0, "ok"), check
    assert export[0] == 0 and (out / "r.csv").exists(), export
    assert backup[0] == 0, backup
    with Store.open(out / "b.db") as copy:
        assert copy.claims.get_claim(claim.id).verdict == "False"
    assert write[0] == 1 and "Traceback" not in write[2] and "read-only" in write[2], write
