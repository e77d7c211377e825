"""Loading the window's modules quickly: imported first by app.py, before any other
module of ours, and `imports_done()` called once they are all loaded.

Two costs measured on the start-up benchmark (docs/decisions.md, "Start-up"), both
paid once per module while ~170 of ours load:

- Python's cyclic garbage collector ran about 50 times during those imports
  (~40 ms): class, enum and dataclass creation allocate many objects and almost
  none of them are garbage. It is paused while they load; `imports_done()` moves
  what they made out of the collector's way (`gc.freeze`) and resumes it.
- PySide6's import hook (shibokensupport's `feature_imported`) reads the whole
  source of every module imported after PySide6, through `inspect.getsource`, to
  see whether it mentions PySide6 (~50 ms for ours, and their lines stay in
  linecache). Our modules are known: they are answered without reading them. The
  answer only picks which `__feature__` options apply to a module; we use none, so
  either answer behaves the same. The standard library's modules that load after
  PySide6 (~60 of them, ~12 ms) get the answer reading would give, "no": no module
  of the standard library mentions PySide6. Everything else is still read. If a
  PySide6 release renames the hook's helper, nothing is changed
  (tests/ui/test_startup.py notices).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken's import hook, which is quickened below)

_OURS = "factcheck_gui"
_STDLIB = os.path.dirname(os.__file__) + os.sep  # where `os` came from: the standard library
_INSTALLED = ("site-packages", "dist-packages")  # may sit under it (a system Python)
_paused = False


def _quicken_pyside_hook() -> bool:
    """Answer PySide6's "does this module use PySide6?" for our modules without
    reading their source; True when the hook's helper was found and wrapped."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:  # not this PySide6: nothing to do
        return False
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "_ours", False):
        return check is not None

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == _OURS or name.startswith(_OURS + "."):
            return True  # the answer every module that mentions PySide6 gets
        if _in_standard_library(module, name):
            return False  # what reading its source would answer
        return check(module)

    uses_pyside._ours = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True


def _in_standard_library(module: ModuleType, name: str) -> bool:
    """True for a module of Python's own library (by its name and its file)."""
    if name.partition(".")[0] not in sys.stdlib_module_names:
        return False
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if origin in ("built-in", "frozen"):
        return True
    if not isinstance(origin, str) or not origin.startswith(_STDLIB):
        return False
    return not any(part in _INSTALLED for part in origin[len(_STDLIB):].split(os.sep))


def pause_collector() -> None:
    """Stop the cyclic garbage collector until `imports_done()` (if it was on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def imports_done() -> None:
    """The window's modules are loaded: keep what they made out of later collections
    and let the collector run again."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


HOOK_QUICKENED = _quicken_pyside_hook()
pause_collector()
