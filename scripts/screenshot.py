"""Render the main window offscreen into docs/screenshot*.png.

    python scripts/screenshot.py            # docs/screenshot.png
    python scripts/screenshot.py --dark     # docs/screenshot-dark.png
    python scripts/screenshot.py --empty    # docs/screenshot-empty.png
    python scripts/screenshot.py --sources  # docs/screenshot-sources.png
    python scripts/screenshot.py --all      # all four

Uses a throw-away database holding the sample article and a few claims, and a
throw-away settings folder, so nothing of the user's is read or changed.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QPointF, QSettings
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QToolTip

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.article.reading_pane import ReadingPane
from factcheck_gui.ui.inspector.sources_editor import SourceDialog
from factcheck_gui.ui.theme import make_palette

SIZE = (1280, 800)

# (quote, verdict or None, status): verdict names are looked up in the active scale.
CLAIMS = [
    ("pay £2.60 for a single adult journey from 5 January, up from £2.20", "True", "final"),
    ("the first fare increase in three years", "Mostly true", "final"),
    (
        "The rise of 18% is the largest since the network was brought into municipal "
        "ownership in 1987",
        "Misleading",
        "needs-review",
    ),
    ("rise of 18%", "True", "final"),  # overlaps the claim above
    ("Councillors voted 27 to 19 in favour of the new fares", None, "to-check"),
    ("the price of diesel has gone up by a third", "False", "in-progress"),
    ("our drivers have rightly received a 6.5% pay rise", "Unverifiable", "in-progress"),
    (
        "14.2 million passenger journeys in 2025, compared with 17.9 million in 2019",
        "True",
        "final",
    ),
    (
        "even at £2.60 we will still be cheaper than most comparable cities on the coast",
        "Mostly false",
        "needs-review",
    ),
    (
        "Harbourline's electric fleet had grown by 200% in the past twelve months",
        "Misleading",
        "in-progress",
    ),
    ("grown by 200%", "True", "final"),  # overlaps the claim above
    ("Around 38% of Saltmere households do not have access to a car or van", None, "to-check"),
]
SELECTED = "The rise of 18% is the largest"
FINAL_RATIONALE = "Matches Harbourline's published fares and annual report."
FINAL_SOURCE = "https://example.org/harbourline/fares-2026"
DETAILS = {
    "claimant": "Harbourline Transit",
    "rationale": "The 1987 municipalisation ended private fares; Harbourline's published fare "
    "history shows a 25% rise in 1991 (from 40p to 50p), larger than today's 18%. The claim "
    "holds only since decimal fares were simplified in 1994.",
}
SOURCES = [
    ("https://example.org/harbourline/fare-history", "Harbourline fare history 1987-2026",
     "Harbourline Transit", "2026-03-01", "refutes", "Table 2 lists the 1991 increase."),
    ("https://example.org/courier/1991/04/fares", "Bus fares up by a quarter",
     "The Harbour Courier", "1991-04-02", "refutes", None),
    ("https://example.org/council/minutes/2026-10-13", "Council minutes, 13 October 2026",
     "Saltmere City Council", "2026-10-13", "context", "Item 7: the fares vote."),
]


def add_claims(store: Store, article_id: str) -> str:
    """The sample's claims; returns the id of the one to show in the inspector."""
    text = store.versions.current_version(article_id).text
    scale = store.scales.active_scale()
    selected = ""
    for quote, verdict, status in CLAIMS:
        start = text.find(quote)
        if start < 0:
            raise SystemExit(f"quote not found in the sample article: {quote!r}")
        if verdict is not None and scale is not None and scale.find(verdict) is None:
            verdict = scale.labels[0].label
        with store.batch():  # final claims come with what final needs (workflow rules)
            claim = store.claims.add_claim(article_id, start, start + len(quote), verdict=verdict,
                                           status=status, rationale=FINAL_RATIONALE
                                           if status == "final" else None)
            if status == "final":
                store.sources.add_source(claim.id, FINAL_SOURCE, title="Harbourline fares 2026",
                                         accessed="2026-10-15")
        if quote.startswith(SELECTED):
            selected = claim.id
            store.claims.update_claim(claim.id, **DETAILS)
            for url, title, publisher, published, stance, note in SOURCES:
                store.sources.add_source(claim.id, url, title=title, publisher=publisher,
                                         published=published, stance=stance, note=note,
                                         accessed="2026-10-15")
    return selected


def dark_palette() -> QPalette:
    """The app's own dark palette (ui/theme.py), as Reading and Theme > Dark sets it."""
    return make_palette(True)


def settle(app: QApplication, rounds: int = 10) -> None:
    """Let Qt lay out and paint what was just shown."""
    for _ in range(rounds):
        app.processEvents()


def paste_tooltip(app: QApplication, window: QMainWindow, shot: QPixmap, pane: ReadingPane,
                  point: QPointF) -> None:
    """Show the reading pane's tooltip for `point` and draw it into `shot` where Qt
    puts it (offscreen, a tooltip is a window of its own that grab() misses)."""
    at_point = point.toPoint()
    viewport = pane.viewport()
    QToolTip.showText(viewport.mapToGlobal(at_point),
                      pane.tooltip_at(at_point), viewport)
    settle(app)
    tips = [w for w in app.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
    if tips:
        at = window.mapFromGlobal(viewport.mapToGlobal(at_point)) + QPoint(4, 20)
        paste(shot, tips[0].grab(), at.x(), at.y(), border_alpha=90)


def save_png(image: object, path: Path) -> None:
    """Write a grabbed pixmap (or image) as PNG, creating its folder; exit if it fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):  # type: ignore[attr-defined]
        raise SystemExit(f"could not write {path}")


def paste(shot: QPixmap, box: QPixmap, x: int, y: int, *, dim: int = 0,
          border_alpha: int = 110) -> None:
    """Draw `box` (a tooltip or dialog grabbed on its own) onto `shot` at (x, y) with
    a thin border, as it shows over the window; `dim` darkens the window first."""
    painter = QPainter(shot)
    if dim:
        painter.fillRect(shot.rect(), QColor(0, 0, 0, dim))
    painter.drawPixmap(x, y, box)
    painter.setPen(QColor(0, 0, 0, border_alpha))
    painter.drawRect(x - 1, y - 1, box.width() + 1, box.height() + 1)
    painter.end()


def render(name: str, *, dark: bool, empty: bool, sources: bool, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        store = Store.open(Path(tmp) / "library.db")
        try:
            selected = None
            if not empty:
                article = add_sample_article(store)
                selected = add_claims(store, article.id)
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            for _ in range(10):  # layout requests arrive over several passes
                app.processEvents()
            if selected:
                window.claims.select_claim(selected, scroll=sources)
                if sources:
                    window.inspector.sources.select_row(0)
                    window.inspector.sources.view.setFocus()
                else:
                    window.article_view.pane.setFocus()
                    window.article_view.pane.verticalScrollBar().setValue(0)
                for _ in range(10):
                    app.processEvents()
                # Let the debounced "Checked before" lookup finish, as a user would see it.
                deadline = time.monotonic() + 1.0
                while time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.02)
            out.parent.mkdir(parents=True, exist_ok=True)
            shot = window.grab()
            if sources:  # the source editor, open over the window as it would be
                dialog = SourceDialog(window, window.inspector.sources.current())
                dialog.show()
                for _ in range(5):
                    app.processEvents()
                box = dialog.grab()
                paste(shot, box, (shot.width() - box.width()) // 2,
                      (shot.height() - box.height()) // 2, dim=60)
                dialog.close()
            save_png(shot, out)
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    print(out)


def light_or_dark_main(name: str, render_one: Callable[..., None],
                       description: str) -> int:
    """The command line of a one-picture script: `--dark`, `--out`; by default
    docs/<name>[-dark].png, reviewer Ada Quill."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--dark", action="store_true", help="apply a dark palette")
    parser.add_argument("--out", type=Path, help="where to save the PNG")
    args = parser.parse_args()
    os.environ.setdefault("FACTCHECK_REVIEWER", "Ada Quill")
    stem = name + ("-dark" if args.dark else "")
    render_one(args.out or ROOT / "docs" / f"{stem}.png", dark=args.dark)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true", help="apply a dark palette")
    parser.add_argument("--empty", action="store_true", help="an empty library")
    parser.add_argument("--sources", action="store_true", help="a claim with its sources")
    parser.add_argument("--all", action="store_true", help="every screenshot into docs/")
    parser.add_argument("--out", type=Path, help="where to save the PNG")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    global SIZE
    SIZE = tuple(int(n) for n in args.size.lower().split("x"))  # type: ignore[assignment]
    os.environ.setdefault("FACTCHECK_REVIEWER", "Ada Quill")
    if args.all:
        for dark, empty, sources in ((False, False, False), (False, True, False),
                                     (False, False, True), (True, False, False)):
            name = ("screenshot" + ("-empty" if empty else "") + ("-sources" if sources else "")
                    + ("-dark" if dark else ""))
            render(name, dark=dark, empty=empty, sources=sources,
                   out=ROOT / "docs" / f"{name}.png")
        return 0
    name = ("screenshot" + ("-empty" if args.empty else "") + ("-sources" if args.sources else "")
            + ("-dark" if args.dark else ""))
    render(name, dark=args.dark, empty=args.empty, sources=args.sources,
           out=args.out or ROOT / "docs" / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
