"""The writer lock on <db>.lock (core/store/lock.py)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from factcheck_gui.core.errors import DatabaseInUseError
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.lock import WriterLock, lock_path
from tests.helpers.as_nobody import nobody_available, run_as_nobody


def test_acquire_is_idempotent_and_release_frees_it(db_path: Path) -> None:
    lock = WriterLock(db_path)
    with lock:
        lock.acquire()  # already held: nothing happens
        assert lock.held
        assert lock_path(db_path).read_bytes()[1:].decode() == (
            f"pid {os.getpid()} on {socket.gethostname()}")  # the name socket would give
        with pytest.raises(DatabaseInUseError, match=f"pid {os.getpid()}"):
            WriterLock(db_path).acquire()
    assert not lock.held
    lock.release()  # twice: harmless
    with WriterLock(db_path) as again:
        assert again.held


def test_read_only_open_ignores_the_lock(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path, lock=True), Store.open(db_path, lock=True, read_only=True) as ro:
        assert ro.read_only


def test_failed_open_releases_the_lock(db_path: Path) -> None:
    db_path.write_text("not a database")
    with pytest.raises(Exception, match="not a Factcheck database"):
        Store.open(db_path, lock=True)
    with WriterLock(db_path) as lock:
        assert lock.held


@pytest.mark.skipif(not nobody_available(), reason="needs root and a `nobody` user")
def test_a_folder_without_write_access_opens_read_only_without_a_lock(
    shared_folder: Path,
) -> None:
    shared_folder.chmod(0o755)
    db = shared_folder / "library.db"
    Store.open(db).close()

    def as_nobody() -> tuple[bool, bool]:
        with Store.open(db, lock=True) as store:
            return store.read_only, store._lock is not None and store._lock.held

    assert run_as_nobody(as_nobody) == (True, False)
