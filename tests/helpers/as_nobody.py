"""Run a function as the unprivileged user `nobody`, in a forked child.

CI runs as root, and root ignores file permissions, so read-only files and
folders can only be tested for real as another user. The child is forked (not
exec'd): the interpreter and its modules are already loaded, so nothing needs
to be readable by `nobody` except the files under test.
"""

from __future__ import annotations

import os
import pickle
import traceback
from collections.abc import Callable
from typing import Any

try:
    import pwd
except ImportError:  # Windows
    pwd = None  # type: ignore[assignment]


def nobody_available() -> bool:
    if pwd is None or not hasattr(os, "fork") or os.geteuid() != 0:
        return False
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        return False
    return True


def run_as_nobody(fn: Callable[[], Any]) -> Any:
    """fn() run as `nobody`; its result, or its exception re-raised here."""
    entry = pwd.getpwnam("nobody")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read)
        try:
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            payload = ("ok", fn())
        except BaseException as error:  # everything goes back to the parent
            payload = ("error", (error, traceback.format_exc()))
        try:
            data = pickle.dumps(payload)
        except Exception:  # an unpicklable exception: send its text
            data = pickle.dumps(("error", (RuntimeError(repr(payload[1])), "")))
        with os.fdopen(write, "wb") as handle:
            handle.write(data)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as handle:
        data = handle.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "error":
        error, text = value
        raise error from RuntimeError(text)
    return value
