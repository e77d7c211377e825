"""The files that make up an open database, so that nothing is written over them.

A database is more than its file: SQLite keeps `-wal`, `-shm` and `-journal`
beside it, the app keeps `<db>.lock` and the `<stem>-backups` folder. An export,
a backup or a scale written to any of these would destroy the database (or a
backup of it), however the path was spelled (relative, `..`, a symbolic link,
another hard link, different letter case on a case-insensitive disk).

Every store registers its database here while it is open; `refuse_if_database`
is asked before anything is written (io.atomic does it for every export).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.translatable import translate

_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")
_lock = threading.Lock()
_open: dict[Path, int] = {}


def register(db_path: Path) -> None:
    """Note that `db_path` is open in this process (counted: several stores may be)."""
    key = _key(db_path)
    with _lock:
        _open[key] = _open.get(key, 0) + 1


def unregister(db_path: Path) -> None:
    key = _key(db_path)
    with _lock:
        left = _open.get(key, 0) - 1
        if left > 0:
            _open[key] = left
        else:
            _open.pop(key, None)


def open_databases() -> list[Path]:
    with _lock:
        return list(_open)


def database_files(db_path: Path) -> list[Path]:
    """The database file and its companions (the backups folder last)."""
    from factcheck_gui.core.store import backups_folder  # the folder's name lives there

    base = _key(db_path)
    return [base, *(base.with_name(base.name + s) for s in _COMPANIONS), backups_folder(base)]


def refuse_if_database(target: str | os.PathLike[str],
                       databases: Iterable[Path] | None = None, *,
                       backups_too: bool = True) -> None:
    """Raise ValidationError if writing `target` would write over an open database
    (default: every database open in this process) or one of its companions
    (with `backups_too`, anything in its backups folder as well)."""
    target_key = _key(Path(target))
    for db_path in open_databases() if databases is None else databases:
        files = database_files(db_path)
        folder = files[-1]
        if not backups_too:
            files.pop()
        for protected in files:
            if protected == files[0] and not protected.exists():
                continue  # deleted while open: saving it back there is the rescue
            if _same(target_key, protected) or (
                protected == folder and folder in target_key.parents
            ):
                if protected == files[0]:
                    message = translate("Errors", "{target} is the open database; nothing was"
                                        " written. Choose another file name.")
                elif protected == folder:
                    message = translate("Errors", "{target} is inside the open database's"
                                        " backups folder; nothing was written. Choose another"
                                        " file name.")
                else:
                    message = translate("Errors", "{target} is a companion file of the open"
                                        " database {database}; nothing was written. Choose"
                                        " another file name.")
                raise ValidationError(message.format(target=target, database=files[0].name))


def _key(path: Path) -> Path:
    """An absolute path with symbolic links and `..` resolved (as far as it exists)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def _same(a: Path, b: Path) -> bool:
    if a == b or os.path.normcase(str(a)) == os.path.normcase(str(b)):
        return True
    try:
        return os.path.samefile(a, b)  # hard links, case-insensitive disks
    except OSError:
        return False
