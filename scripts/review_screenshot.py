"""Render the blind-review views offscreen into docs/:

    python scripts/review_screenshot.py

docs/screenshot-compare.png       Article > Compare Reviews: two passes side by side
docs/screenshot-compare-dark.png  the same in a dark palette
docs/screenshot-review-pass.png   Article > My Review Pass: a reviewer's blind check
docs/screenshot-overview-reviews.png  the overview's Reviews card (agreement, calibration)

Uses a throw-away database (the sample article, two reviewers' done passes and a
curated claim) and a throw-away settings folder.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshot import dark_palette, save_png, settle

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.edits.review import Curate
from factcheck_gui.ui.review.compare_dialog import CompareDialog
from factcheck_gui.ui.review.pass_dialog import PassDialog

# (reviewer, quote, verdict, status, rationale, source)
PASSES = [
    ("Ada Quill", "pay £2.60 for a single adult journey from 5 January, up from £2.20", "True",
     "final", "Fare table in the council papers of 14 October.",
     "https://example.org/council/fares-2026"),
    ("Ben Ortiz", "£2.60 for a single adult journey from 5 January", "True", "final",
     "Council press release.", "https://example.org/press/fares"),
    ("Ada Quill", "The rise of 18% is the largest since the network was brought into "
     "municipal ownership in 1987", "Misleading", "needs-review",
     "18% is right, but 1991 saw a 22% rise.", "https://example.org/archive/1991"),
    ("Ben Ortiz", "The rise of 18% is the largest since the network was brought into "
     "municipal ownership", "True", "in-progress", "2.20 to 2.60 is 18%.", ""),
    ("Ada Quill", "the price of diesel has gone up by a third", "Mostly false", "final",
     "Diesel is up 12% on the year.", "https://example.org/stats/fuel"),
    ("Ben Ortiz", "the price of diesel has gone up", "Mostly false", "final",
     "Fuel index: +12%.", "https://example.org/stats/fuel"),
    ("Ben Ortiz", "Councillors voted 27 to 19 in favour of the new fares", "True", "final",
     "Minutes of the meeting.", "https://example.org/council/minutes"),
    ("Ben Ortiz", "14.2 million passenger journeys in 2025, compared with 17.9 million in 2019",
     "True", "final", "Annual report.", "https://example.org/report-2025"),
    ("Ada Quill", "14.2 million passenger journeys in 2025, compared with 17.9 million in 2019",
     "True", "final", "Annual report, table 3.", "https://example.org/report-2025"),
]


# Two earlier articles the same pair checked: the trainee's calls get closer to the
# curated result over time (the overview's calibration lines).
EARLIER = [
    ("Harbour tunnel to open in May", "The tunnel will open in May. It cost £40 million. "
     "It will carry 20,000 cars a day. Tolls will be £3.",
     [("The tunnel will open in May", "True", "False"), ("It cost £40 million", "False", "True"),
      ("It will carry 20,000 cars a day", "Mostly true", "False"),
      ("Tolls will be £3", "True", "True")]),
    ("Library hours cut", "Opening hours fall by a quarter. Visits doubled since 2020. "
     "Staff numbers are unchanged. The budget is £1.2 million.",
     [("Opening hours fall by a quarter", "True", "True"),
      ("Visits doubled since 2020", "False", "False"),
      ("Staff numbers are unchanged", "Mostly true", "True"),
      ("The budget is £1.2 million", "True", "True")]),
]


def build_earlier(store: Store) -> None:
    """Articles done before: Ada's and Ben's passes, and the curated claims (Ada's calls)."""
    for title, text, claims in EARLIER:
        article = store.articles.add_article(NewArticle(title=title, text=text,
                                                        outlet="The Harbour Courier"))
        for name, index in (("Ada Quill", 1), ("Ben Ortiz", 2)):
            review = store.reviews.start_pass(article.id, name)
            for claim in claims:
                start = text.index(claim[0])
                store.reviews.add_pass_claim(review.id, start, start + len(claim[0]),
                                             verdict=claim[index], status="final")
            store.reviews.set_done(review.id, True)
        for quote, verdict, _ben in claims:
            start = text.index(quote)
            store.claims.add_claim(article.id, start, start + len(quote), verdict=verdict)


def build(store: Store) -> str:
    build_earlier(store)
    article = add_sample_article(store)
    text = store.versions.current_version(article.id).text
    passes = {}
    for name in ("Ada Quill", "Ben Ortiz"):
        passes[name] = store.reviews.start_pass(article.id, name)
    for name, quote, verdict, status, rationale, source in PASSES:
        start = text.index(quote)
        store.reviews.add_pass_claim(passes[name].id, start, start + len(quote),
                                     verdict=verdict, status=status, rationale=rationale,
                                     sources=[source] if source else [])
    for review in passes.values():
        store.reviews.set_done(review.id, True)
    return article.id


def shoot_compare(app: QApplication, window, store: Store, article_id: str, out: Path) -> None:
    dialog = CompareDialog(window, store, window.controller, article_id)
    dialog.resize(1280, 760)
    dialog.show()
    settle(app)
    dialog.groups.selectRow(1)
    settle(app)
    save_png(dialog.grab(), out)
    dialog.close()


def main() -> int:
    out = ROOT / "docs"
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
        store = Store.open(Path(tmp) / "library.db", reviewer="Editor")
        try:
            article_id = build(store)
            window = create_main_window(store)
            window.show()
            window.library_list.select(article_id)
            settle(app)
            # The curator has already taken one claim over from Ada's pass.
            ada = store.reviews.list_passes(article_id, reviewer="Ada Quill")[0]
            first = store.reviews.pass_claims(ada.id)[0]
            window.controller.push(Curate(store, article_id, "take", [first],
                                          status=first.status))
            shoot_compare(app, window, store, article_id, out / "screenshot-compare.png")
            light = app.palette()
            app.setPalette(dark_palette())
            shoot_compare(app, window, store, article_id, out / "screenshot-compare-dark.png")
            app.setPalette(light)

            store.reviewer = "Cleo Marsh"  # a trainee's blind pass
            review = store.reviews.start_pass(article_id, "Cleo Marsh")
            text = store.reviews.pass_text(review)
            for quote, verdict in (("the first fare increase in three years", "Mostly true"),
                                   ("our drivers have rightly received a 6.5% pay rise",
                                    None)):
                start = text.index(quote)
                store.reviews.add_pass_claim(review.id, start, start + len(quote),
                                             verdict=verdict, status="in-progress")
            dialog = PassDialog(window, store, window.controller, review)
            dialog.resize(1100, 640)
            dialog.show()
            dialog.claims.setCurrentRow(0)
            settle(app)
            save_png(dialog.grab(), out / "screenshot-review-pass.png")
            dialog.close()
            dialog.mark_done()
            cleo = store.reviews.pass_claims(review.id)[0]
            window.controller.push(Curate(store, article_id, "take", [cleo]))
            store.reviewer = "Editor"
            shown = window.overview.show_overview()
            shown.resize(1180, 900)
            settle(app)
            shown.scroll_area.verticalScrollBar().setValue(
                shown.scroll_area.verticalScrollBar().maximum())
            settle(app)
            save_png(shown.grab(), out / "screenshot-overview-reviews.png")
            shown.close()
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    for name in ("screenshot-compare.png", "screenshot-compare-dark.png",
                 "screenshot-review-pass.png", "screenshot-overview-reviews.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
