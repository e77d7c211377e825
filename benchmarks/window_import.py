"""How fast the window imports a batch of saved news pages (File > Import, dropping).

    python -m benchmarks.window_import [--pages 200]

Prints pages per second for the window's batch (read by the worker thread,
written on the UI thread through the undo stack, the library refreshed, the
progress dialog updated) and, as the floor, `io.batch.import_files` on the same
pages into another new database in the same process; the ratio shows what the
window adds. In the benchmark suite it runs in a subprocess (a window needs its
own QApplication) and reports JSON on its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest.mock import patch

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import Context, Result  # noqa: E402

TARGET = 1.5  # the window may add at most half again to the batch's time


def measure(pages: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FACTCHECK_REVIEWER", "bench")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.import_speed import news_page
    from factcheck_gui.app import create_main_window
    from factcheck_gui.core.store import Store
    from factcheck_gui.io.batch import import_files
    from factcheck_gui.io.importers import read_article_file
    from factcheck_gui.ui.importing.batch_import import ImportSummaryDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root))
        paths = []
        for n in range(pages):
            path = root / f"page{n:04}.html"
            path.write_text(news_page(n), encoding="utf-8")
            paths.append(path)
        read_article_file(paths[0])  # warm: library imports are not the batch's cost
        # No summary dialog waits for a click; this process ends with the run.
        patch.object(ImportSummaryDialog, "show_result", lambda parent, result: None).start()

        store = Store.open(root / "window.db", reviewer="bench")
        window = create_main_window(store)
        window.show()
        app.processEvents()
        started = time.perf_counter()
        added = window.importing.import_articles(paths)
        window_s = time.perf_counter() - started
        window.close()
        store.close()

        floor_store = Store.open(root / "floor.db", reviewer="bench")
        started = time.perf_counter()
        result = import_files(floor_store, paths)
        floor_s = time.perf_counter() - started
        floor_store.close()
    if added != pages or len(result.imported) != pages:
        raise RuntimeError(f"imported {added} (window) and {len(result.imported)} (floor)"
                           f" of {pages} pages")
    return {"pages": pages, "window_s": window_s, "floor_s": floor_s}


def window_batch_import(ctx: Context) -> Result:
    pages = 20 if ctx.quick else 500
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(ctx.workdir / "config"))
    done = subprocess.run([sys.executable, "-m", "benchmarks.window_import", "--pages",
                           str(pages), "--json"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"window import failed: {done.stderr.strip()[-500:]}")
    numbers = json.loads(done.stdout.strip().splitlines()[-1])
    ours, floor = numbers["window_s"], numbers["floor_s"]
    return Result(f"import {pages} saved pages in the window", ours, "s", floor,
                  "io.batch.import_files", f"<= {TARGET}x", ours <= TARGET * floor,
                  note=f"{pages / ours:.0f} pages/s in the window, {pages / floor:.0f} alone")


SCENARIOS = [window_batch_import]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="one JSON line, for the suite")
    args = parser.parse_args(argv)
    numbers = measure(args.pages)
    if args.json:
        print(json.dumps(numbers))
        return 0
    pages, window_s, floor_s = numbers["pages"], numbers["window_s"], numbers["floor_s"]
    print(f"window batch: {pages} pages in {window_s:.2f} s = {pages / window_s:.1f} pages/s")
    print(f"floor (import_files): {pages} pages in {floor_s:.2f} s = "
          f"{pages / floor_s:.1f} pages/s")
    print(f"ratio window/floor time: {window_s / floor_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
