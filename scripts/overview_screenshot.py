"""Render View > Library Overview offscreen over a realistic library.

    python scripts/overview_screenshot.py                 # docs/screenshot-overview.png
    python scripts/overview_screenshot.py --dark          # docs/screenshot-overview-dark.png
    python scripts/overview_screenshot.py --filtered      # with a verdict and an outlet chosen
    python scripts/overview_screenshot.py --empty         # an empty database

The library (about 30 articles from eight outlets, 450 claims by four reviewers
over nine months) is written through the real store, with a stepped clock for
the creation dates, into a throw-away folder.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.models import NewArticle, Status
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import WorkflowRules
from scripts.screenshot import dark_palette, save_png

OUTLETS = [("The Harbour Courier", 9), ("Saltmere Evening Post", 6), ("Coastline Radio News", 5),
           ("The Northern Ledger", 4), ("Bay Area Business Review and Shipping Gazette", 3),
           ("Saltmere City Council press office", 2), (None, 2), ("Weekly Ferry Bulletin", 1)]
REVIEWERS = [("Ada Quill", 5), ("Tomás Reyes", 4), ("Priya Nair", 3), ("Jo Lindqvist", 1)]
TOPICS = ["bus fares", "ferry timetables", "the harbour tunnel", "council tax", "rents",
          "hospital waiting lists", "school places", "diesel prices", "electric buses",
          "tourist numbers", "port jobs", "water bills"]
SENTENCES = [
    "{topic} rose by {n}% last year, the highest rise since {year}.",
    "Spending on {topic} has fallen by a third since {year}.",
    "More than {n},000 residents are affected by {topic}, the council says.",
    "The city now spends £{n} million a year on {topic}.",
    "{topic} are cheaper here than in any comparable city on the coast.",
    "Complaints about {topic} doubled in the past twelve months.",
]
STATUS_WEIGHTS = {Status.TO_CHECK: 3, Status.IN_PROGRESS: 3, Status.NEEDS_REVIEW: 2,
                  Status.FINAL: 5, Status.PUBLISHED: 3}


def _weighted(rng: random.Random, pairs: list) -> object:
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def build(path: Path, *, claims: int = 450, seed: int = 11) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    # Claims come faster over time, as a team gets going.
    moments = sorted(start + timedelta(days=270 * rng.random() ** 0.7, minutes=rng.random() * 600)
                     for _ in range(claims))
    stamps = iter(m.isoformat(timespec="microseconds") for m in moments)
    with mock.patch("factcheck_gui.core.store.claims.utc_now", lambda: next(stamps)), \
            Store.open(path, reviewer=REVIEWERS[0][0]) as store:
        # A synthetic library: final claims without sources are part of the mix.
        store.workflow.set_workflow_rules(WorkflowRules(enabled=False))
        labels = [label.label for label in store.scales.active_scale().labels]
        articles = []
        for number in range(30):
            topic = rng.choice(TOPICS)
            text = " ".join(rng.choice(SENTENCES).format(topic=rng.choice(TOPICS).capitalize(),
                                                         n=rng.randint(2, 60),
                                                         year=rng.randint(1987, 2019))
                            for _ in range(40))
            articles.append(store.articles.add_article(NewArticle(
                title=f"{topic.capitalize()}: what the figures say ({number + 1})", text=text,
                outlet=_weighted(rng, OUTLETS))))
        verdicts = [(label, w) for label, w in zip(labels, (3, 4, 5, 4, 3, 2), strict=False)]
        for _ in range(claims):
            store.reviewer = _weighted(rng, REVIEWERS)
            article = rng.choice(articles)
            text = store.versions.current_version(article.id).text
            begin = text.index(". ", rng.randrange(0, len(text) - 200)) + 2
            end = text.index(".", begin + 20)
            status = _weighted(rng, list(STATUS_WEIGHTS.items()))
            verdict = None if status is Status.TO_CHECK or rng.random() < 0.15 else _weighted(
                rng, verdicts)
            store.claims.add_claim(article.id, begin, end, verdict=verdict, status=status)


def render(out: Path, *, dark: bool, empty: bool, filtered: bool, size: tuple[int, int]) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-overview-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        path = Path(tmp) / "library.db"
        if not empty:
            build(path)
        store = Store.open(path)
        try:
            window = create_main_window(store)
            overview = window.overview.show_overview()
            overview.resize(*size)
            for _ in range(10):
                app.processEvents()
            if filtered:
                overview.toggle("verdict", "Misleading")
                overview.toggle("outlet", "The Harbour Courier")
                for _ in range(5):
                    app.processEvents()
            save_png(overview.grab(), out)
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    print(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--empty", action="store_true")
    parser.add_argument("--filtered", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.lower().split("x"))
    name = ("screenshot-overview" + ("-empty" if args.empty else "")
            + ("-filtered" if args.filtered else "") + ("-dark" if args.dark else ""))
    render(args.out or ROOT / "docs" / f"{name}.png", dark=args.dark, empty=args.empty,
           filtered=args.filtered, size=size)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
