"""The window and other processes on one database: their writes appear in the
window, an undo never overwrites them, and a deleted -wal stops the session
with a copy of everything saved."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.edits.commands import EditSource, RespanClaim, UpdateClaim

REPO = Path(__file__).resolve().parents[3]


def cli(db: Path, *args: str, reviewer: str = "carol") -> subprocess.CompletedProcess:
    """The real CLI in a second process, as a colleague's script would run it."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(FACTCHECK_REVIEWER=reviewer, QT_QPA_PLATFORM="")
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=60, check=True)


def judged_claim(db_path: Path) -> tuple[str, str]:
    with Store.open(db_path, reviewer="ann") as store:
        article = add_sample_article(store)
        text = store.versions.current_version(article.id).text
        start = text.index("Councillors voted")
        claim = store.claims.add_claim(article.id, start, start + 17)
    return article.id, claim.id


@pytest.mark.process  # another process writing: the point of the test
def test_cli_writes_appear_and_undo_refuses_to_overwrite_them(open_window, qtbot,
                                                              db_path: Path) -> None:
    article_id, claim_id = judged_claim(db_path)
    window = open_window()
    window.library.select(article_id)
    window.claims.select_claim(claim_id)
    assert window.controller.push(UpdateClaim(window.store, claim_id, "verdict", None, "False"))
    cli(db_path, "claim", "set", claim_id, "--verdict", "Mostly true")
    # Noticed by itself (data_version is polled every second), and shown.
    rows = window.workspace.rows
    qtbot.waitUntil(lambda: rows[claim_id].claim.verdict == "Mostly true", timeout=10_000)
    problems: list[str] = []
    window.controller.failed.connect(lambda message, _retry: problems.append(message))
    assert not window.controller.undo()  # would put None over carol's verdict
    assert "carol" in problems[-1] and "verdict" in problems[-1] and "Mostly true" in problems[-1]
    # Read by another process: a second connection in this process, closed, would
    # drop this process's locks on the -shm (POSIX), see docs/decisions.md.
    shown = cli(db_path, "claims", "--json").stdout
    assert '"verdict": "Mostly true"' in shown
    # A new claim from another process appears too.
    cli(db_path, "claim", "add", "--article", article_id, "--quote", "27 to 19")
    qtbot.waitUntil(lambda: len(window.workspace.rows) == 2, timeout=10_000)


def test_an_undo_of_an_untouched_value_still_works(open_window, db_path: Path) -> None:
    article_id, claim_id = judged_claim(db_path)
    window = open_window()
    window.library.select(article_id)
    assert window.controller.push(UpdateClaim(window.store, claim_id, "claim_text",
                                              "Councillors voted", "  Councillors   voted  "))
    assert window.controller.push(UpdateClaim(window.store, claim_id, "verdict", None, "False"))
    assert window.controller.undo() and window.controller.undo()
    assert window.controller.redo()
    assert window.store.claims.get_claim(claim_id).claim_text == "Councillors voted"


def test_a_deleted_wal_stops_the_session_with_everything_saved(open_window, qtbot, monkeypatch,
                                                               db_path: Path) -> None:
    article_id, claim_id = judged_claim(db_path)
    window = open_window()
    # Closing at the end discards nothing.
    monkeypatch.setattr(type(window.messages), "confirm_discard", lambda self: True)
    window.library.select(article_id)
    store = window.store
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")  # edits stay in the -wal
    assert window.controller.push(UpdateClaim(store, claim_id, "verdict", None, "False"))
    os.unlink(f"{db_path}-wal")  # another program "tidies up"
    problems: list[str] = []
    window.controller.failed.connect(lambda message, _retry: problems.append(message))
    assert not window.controller.push(UpdateClaim(store, claim_id, "rationale", None, "Why"))
    assert "-wal was deleted or replaced" in problems[-1]
    [rescued] = backups_folder(db_path).glob("*-rescued-*.db")
    assert str(rescued) in problems[-1]
    with sqlite3.connect(rescued) as copy:  # the copy holds the edit the -wal held
        assert copy.execute("SELECT verdict FROM claims WHERE id = ?",
                            (claim_id,)).fetchone() == ("False",)
    copy.close()
    # The banner says so without waiting for the next edit, too.
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)


def other_process(db: Path, code: str, reviewer: str = "dave") -> None:
    """Run `code` with `store` open on `db` in a second process, as another tool would."""
    script = ("import sys\nfrom factcheck_gui.core.store import Store\n"
              f"with Store.open(sys.argv[1], reviewer={reviewer!r}) as store:\n    {code}\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", script, str(db)], env=env, timeout=60, check=True)


@pytest.mark.process  # another process writing: the point of the test
def test_undo_of_a_source_edit_refuses_to_overwrite_another_change(open_window,
                                                                   db_path: Path) -> None:
    article_id, claim_id = judged_claim(db_path)
    with Store.open(db_path, reviewer="ann") as store:
        source = store.sources.add_source(claim_id, "https://example.org/minutes",
                                          title="Minutes")
    window = open_window()
    window.library.select(article_id)
    window.claims.select_claim(claim_id)
    assert window.controller.push(EditSource(window.store, source, {"title": "Minutes"},
                                             {"title": "Council minutes"}))
    other_process(db_path, f"store.sources.update_source({source.id!r}, title='Official record')")
    problems: list[str] = []
    window.controller.failed.connect(lambda message, _retry: problems.append(message))
    assert not window.controller.undo()
    assert "dave" in problems[-1] and "title" in problems[-1]
    assert "Official record" in problems[-1]
    assert window.store.sources.get_source(source.id).title == "Official record"


@pytest.mark.process
def test_undo_of_a_span_change_refuses_to_overwrite_another_change(open_window,
                                                                   db_path: Path) -> None:
    article_id, claim_id = judged_claim(db_path)
    window = open_window()
    window.library.select(article_id)
    claim = window.store.claims.get_claim(claim_id)
    start, end = claim.start, claim.end
    assert window.controller.push(RespanClaim(window.store, claim_id, (start, end),
                                              (start, end + 6)))
    other_process(db_path, f"store.claims.set_claim_span({claim_id!r}, {start}, {end + 3})")
    problems: list[str] = []
    window.controller.failed.connect(lambda message, _retry: problems.append(message))
    assert not window.controller.undo()
    assert "dave" in problems[-1] and "end" in problems[-1]
    assert window.store.claims.get_claim(claim_id).end == end + 3
    # Undo and redo of an untouched span still work.
    assert window.controller.push(RespanClaim(window.store, claim_id, (start, end + 3),
                                              (start, end + 6)))
    assert window.controller.undo() and window.controller.redo()
    assert window.store.claims.get_claim(claim_id).end == end + 6


def test_a_deleted_database_file_is_noticed_without_an_edit(open_window, qtbot, monkeypatch,
                                                            db_path: Path) -> None:
    article_id, _claim_id = judged_claim(db_path)
    window = open_window()
    monkeypatch.setattr(type(window.messages), "confirm_discard", lambda self: True)
    window.library.select(article_id)
    os.unlink(db_path)  # another program "tidies up" the database itself
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    [rescued] = backups_folder(db_path).glob("*-rescued-*.db")
    with sqlite3.connect(rescued) as copy:  # everything that was open is in the copy
        assert copy.execute("SELECT count(*) FROM claims").fetchone() == (1,)
    copy.close()
