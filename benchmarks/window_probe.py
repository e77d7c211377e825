"""Run in a subprocess: start a window, wait until it is shown and painted, report.

    python -m benchmarks.window_probe bare        # a bare PySide6 QMainWindow
    python -m benchmarks.window_probe app DB      # the app's main window on DB

Prints one JSON line: {"rss_mb": resident memory with the window up}. The parent
times the whole process (interpreter start included, for both the same way).
Qt is imported inside main() so that importing this module stays cheap.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    store = None
    if argv[0] == "bare":
        window = QMainWindow()
        window.resize(1200, 800)
    else:
        from factcheck_gui.app import configure_application, create_main_window
        from factcheck_gui.core.store import Store

        configure_application(app)
        store = Store.open(argv[1])
        window = create_main_window(store)
    window.show()
    result = {}

    def done() -> None:
        window.repaint()  # a full paint of what the user sees
        result["rss_mb"] = rss_mb()
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()
    if store is not None:
        store.close()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
