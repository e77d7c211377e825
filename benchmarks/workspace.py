"""How fast the workspace shows and edits a big article (targets in docs/decisions.md).

    python -m benchmarks.workspace [--repeat 5]

Prints medians and ratios against their floors, measured in the same process:

1. Opening a 1 MB article with 5,000 claims (some overlapping) in the reading
   pane, highlighted and laid out, against plain `QTextEdit.setPlainText` + layout
   of the same text (target <= 1.5x).
2. Adding one claim to that article, against adding one to a 5 KB article with
   10 claims (target <= 2x: the cost must not grow with the number of claims).
   Measured twice: in the pane alone (highlight update + paint), and
   through the whole window (command, store write, refresh of text, table and
   inspector).
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
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTCHECK_REVIEWER", "bench")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit

from benchmarks.harness import Context, Result
from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.models import AnchorState, Claim, NewArticle, RatingScale, Status
from factcheck_gui.core.store import Store
from factcheck_gui.ui.article.reading_pane import ReadingPane

WORDS = ["the", "council", "said", "fares", "would", "rise", "by", "18%", "in", "January",
         "while", "ridership", "fell", "from", "17.9", "million", "journeys", "to", "14.2",
         "million", "and", "drivers", "received", "a", "6.5%", "pay", "rise"]
SIZE = (900, 700)


def make_text(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        words = [rng.choice(WORDS) for _ in range(rng.randint(40, 120))]
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def make_spans(text: str, count: int, seed: int = 2) -> list[tuple[int, int]]:
    """`count` spans; about one in ten nests inside or overlaps the one before."""
    rng = random.Random(seed)
    spans: list[tuple[int, int]] = []
    step = len(text) // count
    for i in range(count):
        if spans and rng.random() < 0.1:
            a, b = spans[-1]
            start = rng.randint(a, max(a, b - 5))
            end = min(len(text), start + rng.randint(5, 120))
        else:
            start = i * step + rng.randint(0, max(1, step // 2))
            end = min(len(text), start + rng.randint(20, max(21, step)))
        if end > start:
            spans.append((start, end))
    return spans


def fake_claims(text: str, spans: list[tuple[int, int]], scale_labels: list[str]) -> list[Claim]:
    now = utc_now()
    return [
        Claim(new_id(), "a", "v", s, e, text[s:e], "", "", AnchorState.OK, text[s:e][:80], None,
              scale_labels[i % len(scale_labels)] if i % 5 else None, None, Status.TO_CHECK,
              None, now, now)
        for i, (s, e) in enumerate(spans)
    ]


def median_time(run: Callable[[], object], repeat: int, setup: Callable[[], object] = lambda: None
                ) -> float:
    times = []
    for _ in range(repeat):
        setup()
        QApplication.processEvents()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def laid_out(widget: QTextEdit) -> None:
    """Force the full layout and one paint, as showing the widget would."""
    widget.document().size()
    widget.viewport().grab()


def bench_open(text: str, claims: list[Claim], scale, repeat: int) -> tuple[float, float]:
    plain = QTextEdit()
    plain.resize(*SIZE)
    plain.show()

    def show_plain() -> None:
        plain.setPlainText(text)
        laid_out(plain)

    pane = ReadingPane()
    pane.resize(*SIZE)
    pane.show()

    def show_highlighted() -> None:
        pane.show_text(text, heading=False)
        pane.set_claims(claims, scale)
        laid_out(pane)

    return median_time(show_plain, repeat), median_time(show_highlighted, repeat)


def bench_add_in_pane(text: str, claims: list[Claim], scale, repeat: int) -> float:
    pane = ReadingPane()
    pane.resize(*SIZE)
    pane.show()
    pane.show_text(text, heading=False)
    pane.set_claims(claims, scale)
    laid_out(pane)
    middle = len(text) // 2
    extra = fake_claims(text, [(middle, middle + 40)], [scale.labels[0].label])

    def add() -> None:
        # As the window does after a write: only the claims the write touched.
        pane.apply_claims(extra, [])
        laid_out(pane)

    def remove() -> None:
        pane.apply_claims([], [extra[0].id])

    return median_time(add, repeat, setup=remove)


def bench_one_format(text: str, repeat: int) -> float:
    """The floor under any in-document highlight change: Qt re-formatting 40
    characters of a plain QTextEdit holding the same text."""
    from PySide6.QtGui import QColor, QTextCharFormat

    edit = QTextEdit()
    edit.setUndoRedoEnabled(False)
    edit.resize(*SIZE)
    edit.show()
    edit.setPlainText(text)
    laid_out(edit)
    middle = len(text) // 2
    colours = iter(["#ffee99", "#99eeff"] * repeat * 2)

    def change() -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(next(colours)))
        cursor = QTextCursor(edit.document())
        cursor.setPosition(middle)
        cursor.setPosition(middle + 40, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        laid_out(edit)

    return median_time(change, repeat)


def bench_add_in_window(text: str, spans: list[tuple[int, int]], repeat: int,
                        folder: Path) -> float:
    from factcheck_gui.app import create_main_window

    path = folder / f"bench-{len(spans)}.db"
    store = Store.open(path)
    article = store.articles.add_article(NewArticle(title="Benchmark", text=text))
    labels = [label.label for label in active_scale(store).labels]
    with store.batch():
        for i, (s, e) in enumerate(spans):
            store.claims.add_claim(article.id, s, e,
                                   verdict=labels[i % len(labels)] if i % 5 else None)
    window = create_main_window(store)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    pane = window.article_view.pane
    middle = len(text) // 2

    def select() -> None:
        if window.controller.stack.canUndo():
            window.controller.undo()
        cursor = QTextCursor(pane.document())
        cursor.setPosition(middle)
        cursor.setPosition(middle + 40, QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)

    def add() -> None:
        assert window.claims.create_claim(exact=True)
        laid_out(pane)

    result = median_time(add, repeat, setup=select)
    window.disconnect_store()
    window.close()
    store.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="Workspace speed, as ratios to floors.")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        store = Store.open(Path(tmp) / "scale.db")
        scale = active_scale(store)
        store.close()
        labels = [label.label for label in scale.labels]
        big = make_text(1_000_000)
        big_spans = make_spans(big, 5000)
        small = make_text(5_000, seed=3)
        small_spans = make_spans(small, 10, seed=4)
        big_claims = fake_claims(big, big_spans, labels)
        small_claims = fake_claims(small, small_spans, labels)
        overlaps = sum(1 for (_a, b), (c, _d) in pairwise(big_spans) if c < b)

        print(f"1 MB article ({len(big):,} characters), {len(big_claims):,} claims "
              f"({overlaps} overlapping the one before); median of {args.repeat}")
        plain, highlighted = bench_open(big, big_claims, scale, args.repeat)
        print(f"open: plain QTextEdit setPlainText + layout {plain * 1000:8.1f} ms")
        print(f"open: reading pane, typeset + highlighted  {highlighted * 1000:8.1f} ms"
              f"   ratio {highlighted / plain:.2f}x (target <= 1.5x)")

        add_big = bench_add_in_pane(big, big_claims, scale, args.repeat)
        add_small = bench_add_in_pane(small, small_claims, scale, args.repeat)
        print(f"add one claim, pane: 5 KB/10 claims {add_small * 1000:7.2f} ms, "
              f"1 MB/5,000 claims {add_big * 1000:7.2f} ms   ratio {add_big / add_small:.2f}x"
              " (target <= 2x)")
        floor = bench_one_format(big, args.repeat)
        print(f"      floor: one format change in a plain QTextEdit of the 1 MB text "
              f"{floor * 1000:7.2f} ms; the pane's add is {add_big / floor:.2f}x that")
        win_big = bench_add_in_window(big, big_spans, args.repeat, Path(tmp))
        win_small = bench_add_in_window(small, small_spans, args.repeat, Path(tmp))
        print(f"add one claim, whole window: 5 KB/10 claims {win_small * 1000:7.1f} ms, "
              f"1 MB/5,000 claims {win_big * 1000:7.1f} ms   ratio {win_big / win_small:.2f}x")
        del app
    return 0


def active_scale(store: Store) -> RatingScale:
    """The database's scale (a new database starts with the default one)."""
    scale = store.scales.active_scale()
    if scale is None:
        raise RuntimeError(f"{store.path} has no active rating scale")
    return scale


def _application(ctx: Context) -> QCoreApplication:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.workdir))
    return QApplication.instance() or QApplication(sys.argv[:1])


def _big_article(ctx: Context) -> tuple[str, list[Claim], RatingScale]:
    from factcheck_gui.core.scales import load_preset

    def make() -> tuple[str, list[Claim], RatingScale]:
        scale = load_preset()
        text = make_text(ctx.sizes.article_bytes)
        spans = make_spans(text, ctx.sizes.article_claims)
        return text, fake_claims(text, spans, [label.label for label in scale.labels]), scale

    return ctx.cached("workspace-article", make)


def _size_label(ctx) -> str:
    return f"{ctx.sizes.article_bytes / 1e6:g} MB article with {ctx.sizes.article_claims:,} claims"


def open_article(ctx) -> Result:
    """For `python -m benchmarks`: open the big article highlighted vs plain Qt."""
    _application(ctx)
    text, claims, scale = _big_article(ctx)
    plain, highlighted = bench_open(text, claims, scale, ctx.sizes.repeats)
    return Result(
        scenario=f"open a {_size_label(ctx)}, highlighted and laid out", ours=highlighted,
        unit="s", floor=plain, floor_name="QTextEdit.setPlainText + layout",
        target="<= 1.5x", passed=highlighted / plain <= 1.5,
    )


def add_claim(ctx) -> Result:
    """For `python -m benchmarks`: add one claim to the big article vs a 5 KB one."""
    _application(ctx)
    text, claims, scale = _big_article(ctx)
    small = make_text(5_000, seed=3)
    small_claims = fake_claims(small, make_spans(small, 10, seed=4),
                               [label.label for label in scale.labels])
    big = bench_add_in_pane(text, claims, scale, ctx.sizes.repeats)
    floor = bench_add_in_pane(small, small_claims, scale, ctx.sizes.repeats)
    same_text = bench_one_format(text, ctx.sizes.repeats)
    return Result(
        scenario=f"add one claim to the {_size_label(ctx)}", ours=big, unit="s",
        floor=floor, floor_name="5 KB article with 10 claims", target="<= 2x",
        passed=big / floor <= 2.0,
        note=f"claims are drawn over the text: one format change in a plain QTextEdit "
             f"of the same text (a relayout, which the overlay avoids) takes "
             f"{same_text * 1000:.1f} ms ({big / same_text:.2f}x of it)",
    )


SCENARIOS = [open_article, add_claim]


if __name__ == "__main__":
    sys.exit(main())
