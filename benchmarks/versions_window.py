"""How the window handles a new version of a big article.

    python -m benchmarks.versions_window [--size 1000000] [--claims 5000] [--repeat 3]

On an article of `--size` characters with `--claims` claims (benchmarks.workspace
text and spans), the median of `--repeat` runs of:

1. Article > Update (a 1% edit: scattered word replacements) through the window:
   the undoable command (store write and re-anchoring of every claim), then the
   text, highlights, table, Look At list and summary on screen;
2. Undo of that update, back on screen;
3. entering edit mode (the text re-shown plain and made editable) and leaving it
   unchanged;
4. Article > Versions…: the dialog opened on the update, its diff drawn.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTCHECK_REVIEWER", "bench")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.workspace import make_spans, make_text
from factcheck_gui.app import create_main_window
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.ui.article.versions_dialog import VersionsDialog


def edit_one_percent(text: str, seed: int = 3) -> str:
    rng = random.Random(seed)
    chars, budget = list(text), len(text) // 100
    while budget > 0:
        at = rng.randrange(len(chars) - 10)
        for i in range(at, at + 6):
            chars[i] = rng.choice("xyzw")
        budget -= 6
    return "".join(chars)


def settled(app: QCoreApplication, fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    app.processEvents()
    return time.perf_counter() - started


def run(size: int, claims: int, repeat: int, folder: Path) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    store = Store.open(folder / "bench.db")
    times: dict[str, list[float]] = {}
    try:
        text = make_text(size)
        article = store.articles.add_article(NewArticle(title="Big article", text=text))
        with store.batch():
            for start, end in make_spans(text, claims):
                store.claims.add_claim(article.id, start, end)
        new_text = edit_one_percent(text)
        window = create_main_window(store)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        for _ in range(repeat):
            times.setdefault("update, on screen", []).append(
                settled(app, lambda: window.versions.store_new_text(new_text, "bench")))
            times.setdefault("undo of the update, on screen", []).append(
                settled(app, window.edits.undo))
            times.setdefault("enter edit mode", []).append(
                settled(app, window.correcting.enter_edit_mode))
            times.setdefault("leave edit mode unchanged", []).append(
                settled(app, window.correcting.finish_editing))
        window.versions.store_new_text(new_text, "bench")
        app.processEvents()
        counts = window.review.summary_banner.message.text()

        def versions() -> None:
            dialog = VersionsDialog(window, store, article.id)
            dialog.show()
            app.processEvents()
            dialog.close()

        for _ in range(repeat):
            times.setdefault("versions dialog with its diff", []).append(
                settled(app, versions))
        window.disconnect_store()
        window.close()
    finally:
        store.close()
    print(counts)
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="versions-bench-") as tmp:
        results = run(args.size, args.claims, args.repeat, Path(tmp))
    print(f"{args.size:,} characters, {args.claims:,} claims (median of {args.repeat}):")
    for name, seconds in results.items():
        print(f"  {name}: {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
