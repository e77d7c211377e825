"""The window's modules load none of the libraries that only some features use:
start-up time is measured by the benchmarks, this keeps the cheap part of it."""

from __future__ import annotations

import os
import subprocess
import sys

# Loaded on first use only: the HTTP client and page reader (web), the team
# driver, the language guesser's numerics, and the review dialogs.
LATER = ("urllib3", "truststore", "trafilatura", "psycopg", "numpy", "py3langid",
         "factcheck_gui.io.web", "factcheck_gui.io.link_check",
         "factcheck_gui.ui.review.compare_dialog", "factcheck_gui.ui.web.copy_dialog")


def test_importing_the_main_window_loads_no_feature_only_library() -> None:
    code = ("import sys, factcheck_gui.app, factcheck_gui.ui.shell.main_window;"
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    assert out.stdout.strip() == "[]", out.stdout
