"""ui/startup.py: the window's modules load with the collector paused and without
PySide6's import hook reading their source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import ModuleType

from factcheck_gui.ui import startup

PROBE = """
import gc, json, linecache, sys
import factcheck_gui.ui.startup  # loads PySide6 (which reads its own files) and quickens
before = set(linecache.cache)
import factcheck_gui.app
print(json.dumps({
    "collector_on": gc.isenabled(),
    "frozen": gc.get_freeze_count(),
    "sources_read": sorted(set(linecache.cache) - before),
}))
"""


def test_the_pinned_pyside6_hook_is_quickened() -> None:
    # A PySide6 release that renames the helper makes this fail instead of silently
    # bringing back the cost (docs/decisions.md, "Start-up").
    assert startup.HOOK_QUICKENED
    from shibokensupport import feature  # type: ignore[import-not-found]

    assert feature._mod_uses_pyside(ModuleType("factcheck_gui.core.models")) is True


def test_other_modules_still_get_pysides_own_answer() -> None:
    from shibokensupport import feature

    plain = ModuleType("somebody_elses")  # no source to read: PySide6 says no
    assert feature._mod_uses_pyside(plain) is False


def test_standard_library_modules_are_answered_without_reading_them() -> None:
    import linecache
    import textwrap

    from shibokensupport import feature

    linecache.checkcache()
    linecache.cache.pop(textwrap.__file__, None)
    assert feature._mod_uses_pyside(textwrap) is False
    assert textwrap.__file__ not in linecache.cache  # answered by where it came from
    assert feature._mod_uses_pyside(sys) is False  # built in: nothing to read


def test_a_module_named_like_the_standard_librarys_is_still_read(tmp_path) -> None:
    # Somebody's own `string.py` that uses PySide6 keeps PySide6's own answer.
    path = tmp_path / "string.py"
    path.write_text("import PySide6\n", encoding="utf-8")
    mine = ModuleType("string")
    mine.__file__ = str(path)
    from importlib.util import spec_from_file_location

    mine.__spec__ = spec_from_file_location("string", path)
    from shibokensupport import feature

    assert feature._mod_uses_pyside(mine) is True


def test_installed_packages_under_a_system_python_are_still_read() -> None:
    from factcheck_gui.ui.startup import _in_standard_library

    fake = ModuleType("json")
    from importlib.machinery import ModuleSpec

    fake.__spec__ = ModuleSpec("json", None, origin=os.path.join(
        os.path.dirname(os.__file__), "site-packages", "json", "__init__.py"))
    assert _in_standard_library(fake, "json") is False
    fake.__spec__ = ModuleSpec("json", None, origin=os.path.join(
        os.path.dirname(os.__file__), "json", "__init__.py"))
    assert _in_standard_library(fake, "json") is True


def test_importing_the_app_leaves_the_collector_on_and_reads_no_source() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["collector_on"] is True
    assert report["frozen"] > 0  # what the imports made is out of later collections
    assert report["sources_read"] == []


def test_imports_done_resumes_only_what_it_paused() -> None:
    import gc

    assert gc.isenabled()
    startup.imports_done()  # nothing paused here: a no-op
    assert gc.isenabled()
    gc.disable()
    try:
        startup.pause_collector()  # already off (someone else's choice): left alone
        startup.imports_done()
        assert not gc.isenabled()
    finally:
        gc.enable()
