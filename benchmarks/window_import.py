"""How fast the window imports a batch of saved news pages (File > Import, dropping).

    python -m benchmarks.window_import [--pages 200]

Prints pages per second for the window's batch (read by the worker thread,
written on the UI thread through the undo stack, the library refreshed, the
progress dialog updated) and, as the floor, `io.batch.import_files` on the same
pages into another new database in the same process; the ratio shows what the
window adds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTCHECK_REVIEWER", "bench")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.import_speed import news_page  # noqa: E402
from factcheck_gui.core.store import Store  # noqa: E402
from factcheck_gui.io.batch import import_files  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root))
        paths = []
        for n in range(args.pages):
            path = root / f"page{n:04}.html"
            path.write_text(news_page(n), encoding="utf-8")
            paths.append(path)

        from factcheck_gui.app import create_main_window
        from factcheck_gui.io.importers import read_article_file

        read_article_file(paths[0])  # warm: library imports are not the batch's cost
        from factcheck_gui.ui.batch_import import ImportSummaryDialog

        ImportSummaryDialog.show_result = classmethod(lambda cls, parent, result: None)
        store = Store.open(root / "window.db", reviewer="bench")
        window = create_main_window(store)
        window.show()
        app.processEvents()
        started = time.perf_counter()
        added = window.import_articles(paths)
        window_s = time.perf_counter() - started
        window.close()
        store.close()

        floor_store = Store.open(root / "floor.db", reviewer="bench")
        started = time.perf_counter()
        result = import_files(floor_store, paths)
        floor_s = time.perf_counter() - started
        floor_store.close()
    print(f"window batch: {added} pages in {window_s:.2f} s = {added / window_s:.1f} pages/s")
    print(f"floor (import_files): {len(result.imported)} pages in {floor_s:.2f} s = "
          f"{len(result.imported) / floor_s:.1f} pages/s")
    print(f"ratio window/floor time: {window_s / floor_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
