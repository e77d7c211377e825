"""Write a file so that readers see the old file or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from factcheck_gui.core.dbfiles import refuse_if_database

#: Temporary files end so: `.<target>.<pid>.<random>.factcheck-partial`. A write
#: killed before its rename leaves one behind; the next write into that folder
#: removes it once its process is gone.
PARTIAL_SUFFIX = ".factcheck-partial"
_PARTIAL = re.compile(r"^\..+\.(\d+)\.[^.]+" + re.escape(PARTIAL_SUFFIX) + "$")


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary handle; on success the data replaces `path` in one step.

    The temporary file lives in the same folder (so the rename is atomic), is
    fsynced before the rename, and is removed if anything fails.
    """
    path = Path(path)
    refuse_if_database(path)  # an export over the open database destroys it
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points at, keep the link
    if path.exists() and not path.is_file():
        # A device or pipe (/dev/stdout, a FIFO) cannot be replaced: write to it.
        with path.open("wb") as stream:
            yield stream
        return
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_partials(folder)
    mode = _mode_for(path)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in the `with` below
        dir=folder, prefix=f".{path.name}.{os.getpid()}.", suffix=PARTIAL_SUFFIX, delete=False
    )
    tmp = Path(handle.name)
    try:
        with handle:
            yield cast(BinaryIO, handle)  # the wrapper forwards every file method
            handle.flush()
            if hasattr(os, "fchmod"):  # POSIX: temp files start as 0600
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete the temporary files of writes whose process died (killed, crashed)
    in `folder`; the ones of running processes are left alone. Returns them."""
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder)
                 if entry.name.endswith(PARTIAL_SUFFIX) and entry.name.startswith(".")]
    except OSError:
        return removed
    for name in names:
        match = _PARTIAL.match(name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            (folder / name).unlink()
            removed.append(folder / name)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or no way to tell: keep its file
    return True


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else what a plain open() would give."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders can't be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
