"""How the claim finder behaves in the window on big articles.

    python -m benchmarks.finder_window [--sizes 50000,1000000] [--claims 2000]

For each article size (text assembled from tests/data/checkworthy.tsv sentences):

1. time from View > Show Suggestions until the dotted lines are on screen, and the
   longest the event loop was kept waiting meanwhile (suggest() runs on a worker
   thread; it is pure Python, so it shares the interpreter lock with the UI);
2. re-filtering the suggestions after a claim change (done after every write);
3. one full repaint of the reading pane with and without suggestions shown;
4. claim memory on a library of `--claims` claims: one lookup for the selected
   claim, as the "Checked before" panel makes it once the selection rests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTCHECK_REVIEWER", "bench")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.suggest_quality import article_text, load
from factcheck_gui.app import create_main_window
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store


def _median_ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(sizes: list[int], claims: int, folder: Path) -> dict[str, dict[str, float]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    items = load()
    results: dict[str, dict[str, float]] = {}
    store = Store.open(folder / "bench.db")
    try:
        small = article_text(items, 5_000)
        with store.batch():
            for i in range(max(0, claims // 20)):
                article = store.articles.add_article(NewArticle(title=f"Earlier {i}", text=small))
                sentences = [s for s in small.split(". ") if len(s) > 30][:20]
                for sentence in sentences:
                    start = small.index(sentence)
                    store.claims.add_claim(article.id, start, start + len(sentence),
                                           verdict="True")
        ids = {}
        for size in sizes:
            text = article_text(items, size)
            ids[size] = store.articles.add_article(NewArticle(title=f"Big {size}", text=text)).id
        window = create_main_window(store)
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        for size in sizes:
            window.library.select(ids[size])
            window.act.show_suggestions.setChecked(False)
            window.claim_finder.toggle_suggestions()
            app.processEvents()
            gaps: list[float] = []
            ticker = QElapsedTimer()
            ticker.start()
            timer = QTimer()
            timer.setInterval(5)
            last = [0]

            def tick(last: list[int] = last, gaps: list[float] = gaps,
                     ticker: QElapsedTimer = ticker) -> None:
                now = ticker.elapsed()
                gaps.append(now - last[0])
                last[0] = now

            timer.timeout.connect(tick)
            timer.start()
            started = time.perf_counter()
            window.act.show_suggestions.setChecked(True)
            window.claim_finder.toggle_suggestions()
            while not window.claim_finder.suggestions:
                app.processEvents()
                time.sleep(0.001)
            shown = (time.perf_counter() - started) * 1000
            timer.stop()
            pane = window.article_view.pane
            refilter = _median_ms(window.claim_finder.refilter)

            def repaint(pane=pane) -> None:
                pane.viewport().repaint()

            with_marks = _median_ms(repaint)
            saved = list(pane.marks.items)
            pane.set_suggestions([])
            without = _median_ms(repaint)
            pane.set_suggestions(saved)
            results[f"{size // 1000} KB"] = {
                "suggestions": len(window.claim_finder.suggestions),
                "shown_after_ms": round(shown),
                "longest_event_loop_wait_ms": round(max(gaps, default=0)),
                "refilter_ms": round(refilter, 2),
                "repaint_with_ms": round(with_marks, 2),
                "repaint_without_ms": round(without, 2),
            }
        if claims:
            claim = store.claims.list_claims(article_id=next(iter(
                a.id for a in store.articles.list_articles() if a.title == "Earlier 0")))[0]
            window.claims.select_claim(None)
            memory = window.inspector.memory
            memory.show_for(claim)

            def lookup() -> None:
                memory.invalidate()
                memory.run_lookup()

            results[f"claim memory, {claims:,} claims"] = {
                "lookup_ms": round(_median_ms(lookup), 1)}
        window.disconnect_store()
        window.claim_finder.finder.shutdown()
        window.close()
    finally:
        store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,1000000")
    parser.add_argument("--claims", type=int, default=2000)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="finder-bench-") as tmp:
        for name, numbers in run(sizes, args.claims, Path(tmp)).items():
            print(name)
            for key, value in numbers.items():
                print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
