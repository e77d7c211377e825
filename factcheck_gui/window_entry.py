"""The entry point of the installed `factcheck-gui-window` and of the bundled app.

The same program as `factcheck-gui` (no command opens the window), but safe to start
without a console: Windows runs gui-scripts and windowed executables with no stdout or
stderr (None), where a print would raise. Output then goes nowhere instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from factcheck_gui.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)
