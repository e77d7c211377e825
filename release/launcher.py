"""The bundled program's entry point: the CLI, or a child job the app starts itself.

A frozen app has no `python -m`: a child (the bounded web-page reader) is started as
this same executable with FACTCHECK_CHILD naming the module to run.
"""

import os
import runpy
import sys

CHILD_MODULES = {"html-extract": "factcheck_gui.io.html_import"}


def _main() -> int:
    child = os.environ.pop("FACTCHECK_CHILD", "")
    if child:
        if child not in CHILD_MODULES:
            print(f"error: unknown child job {child!r}", file=sys.stderr)
            return 2
        runpy.run_module(CHILD_MODULES[child], run_name="__main__", alter_sys=True)
        return 0
    from factcheck_gui.window_entry import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())
