"""Run in a subprocess: start a window, wait until it is shown and painted, report.

    python -m benchmarks.window_probe bare        # a bare PySide6 QMainWindow
    python -m benchmarks.window_probe app DB      # the app's main window on DB
    python -m benchmarks.window_probe profile DB  # the same, with where the time goes

Prints one JSON line: {"rss_mb": resident memory with the window up}. The parent
times the whole process (interpreter start included, for both the same way).
Qt is imported inside main() so that importing this module stays cheap.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import time
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
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    store = None
    phases: dict[str, float] = {"Qt imported, QApplication": time.perf_counter() - started}
    profile = cProfile.Profile() if argv[0] == "profile" else None
    if argv[0] == "bare":
        window = QMainWindow()
        window.resize(1200, 800)
    else:
        mark = time.perf_counter()
        from factcheck_gui.app import configure_application, create_main_window
        from factcheck_gui.core.store import Store

        phases["our modules imported"] = time.perf_counter() - mark
        mark = time.perf_counter()
        configure_application(app)
        store = Store.open(argv[1])
        phases["store opened"] = time.perf_counter() - mark
        mark = time.perf_counter()
        if profile is not None:
            profile.enable()
        window = create_main_window(store)
        phases["window built (first queries)"] = time.perf_counter() - mark
    window.show()
    result: dict[str, object] = {}

    def done() -> None:
        mark = time.perf_counter()
        window.repaint()  # a full paint of what the user sees
        phases["shown and painted"] = time.perf_counter() - mark
        if profile is not None:
            profile.disable()
            result["phases_ms"] = {k: round(v * 1000) for k, v in phases.items()}
            result["top"] = _top(profile)
        result["rss_mb"] = rss_mb()
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()
    if store is not None:
        store.close()
    print(json.dumps(result), flush=True)
    return 0


def _top(profile: cProfile.Profile, count: int = 6) -> list[str]:
    """The app's functions that took longest from building the window to its
    first paint, callees included: `12 ms module.function`."""
    stats = pstats.Stats(profile)
    rows = []
    for (file, _line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if "factcheck_gui" in file and name != "<module>":
            module = file.split("factcheck_gui", 1)[1].strip("/\\").removesuffix(".py")
            rows.append((cumulative, f"{module.replace('/', '.')}.{name}"))
    rows.sort(reverse=True)
    # The outermost call covers everything: skip it and show what it spent time on.
    return [f"{seconds * 1000:.0f} ms {name}" for seconds, name in rows[1:count + 1]]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
