"""The writer lock: one app instance writes a database file at a time.

Policy (docs/decisions.md, "Nothing is lost"): two windows must not corrupt the
file nor silently overwrite each other. SQLite already serialises transactions,
so the file cannot be corrupted; what it cannot prevent is a window showing
stale data and writing over another window's newer edit. So a window holds an advisory lock on
`<db>.lock` for as long as the database is open; a second window or process
that asks for the lock is told, in one sentence, that the database is already
open elsewhere and who holds it, and may open it read-only instead. Short CLI
commands do not take the lock by default (each reads fresh data in its own
transaction), except `restore`, which must be alone.

The lock is `fcntl.flock` on POSIX and `msvcrt.locking` on Windows. Both are
released by the operating system when the process dies, so a crash never
leaves a stale lock behind (the file itself stays; its content is only a hint).
Network file systems may not honour them: there, this is best effort.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from factcheck_gui.core.errors import DatabaseInUseError
from factcheck_gui.core.translatable import translate

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """An advisory, process-wide lock on `<db>.lock`. `acquire()` never waits."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise DatabaseInUseError naming who holds it."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            # A read-only folder: nobody can write the database there either,
            # so there is nothing to protect; the store reports read-only.
            return
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            if holder:
                message = translate(
                    "Errors", "{name} is already open in another Factcheck window or process"
                    " ({holder}); close it there first, or open the file read-only.")
            else:
                message = translate(
                    "Errors", "{name} is already open in another Factcheck window or process;"
                    " close it there first, or open the file read-only.")
            raise DatabaseInUseError(message.format(name=self.db_path.name, holder=holder))
        self._fd = fd
        with contextlib.suppress(OSError):
            note = f"pid {os.getpid()} on {_host_name()}".encode()
            os.ftruncate(fd, 0)
            os.lseek(fd, 1, os.SEEK_SET)  # byte 0 is the one Windows locks
            os.write(fd, note)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 1, os.SEEK_SET)
        return os.read(fd, 200).decode("utf-8", "replace").strip("\0 \n")
    except OSError:
        return ""


def _host_name() -> str:
    """This computer's name, as `socket.gethostname()` gives it. POSIX reads it from
    uname, which is where gethostname gets it: the socket module (~3 ms with the
    selectors and enums it loads) is then not loaded at start-up."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
