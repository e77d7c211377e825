"""Render the claim finder offscreen into docs/screenshot-finder.png: suggestions
shown in the sample article (with the tooltip of one), and the inspector's
"Checked before" panel offering a verdict from an earlier article.

    python scripts/finder_screenshot.py [--dark] [--out PATH]

Uses a throw-away database and settings folder, like scripts/screenshot.py.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshot import (
    SIZE,
    add_claims,
    dark_palette,
    light_or_dark_main,
    paste_tooltip,
    save_png,
    settle,
)

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article

EARLIER = NewArticle(
    title="Harbourline fares: what the council did not say",
    outlet="The Harbour Courier",
    published="2025-11-02",
    text=(
        "Harbourline fares: what the council did not say\n\n"
        "Saltmere's 18 per cent bus fare rise is the biggest since the network came under "
        "municipal ownership in 1987, the council said.\n"
    ),
)
EARLIER_QUOTE = ("Saltmere's 18 per cent bus fare rise is the biggest since the network "
                 "came under municipal ownership in 1987")
HOVERED = "Branch secretary Gareth"



def render(out: Path, *, dark: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        store = Store.open(Path(tmp) / "library.db")
        try:
            earlier = store.articles.add_article(EARLIER)
            start = EARLIER.text.index(EARLIER_QUOTE)
            with store.batch():  # final with its source (workflow rules, at commit)
                old = store.claims.add_claim(
                    earlier.id, start, start + len(EARLIER_QUOTE), verdict="Misleading",
                    rationale="Fares rose 25% in 1991, more than today's 18%.", status="final")
                store.sources.add_source(old.id, "https://example.org/harbourline/fare-history",
                                         title="Harbourline fare history 1987-2026")
            article = add_sample_article(store)
            selected = add_claims(store, article.id)
            store.claims.update_claim(selected, verdict=None, rationale=None)
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            settle(app)
            window.library.select(article.id)
            window.act.show_suggestions.setChecked(True)
            window.claim_finder.toggle_suggestions()
            window.claim_finder.finder.pool.waitForDone()
            settle(app)
            window.claims.select_claim(selected, scroll=False)
            window.inspector.memory.run_lookup()
            pane = window.article_view.pane
            pane.setFocus()
            hovered = pane.text.index(HOVERED)
            pane.move_caret(hovered)
            pane.scroll_span_into_view(hovered, hovered + 200)
            settle(app)
            window.statusBar().clearMessage()
            settle(app)
            shot = window.grab()
            # The tooltip of the suggestion under the pointer, drawn where Qt puts it.
            rect = pane.span_rects(hovered + 30, hovered + 31)[0]
            paste_tooltip(app, window, shot, pane, rect.center())
            save_png(shot, out)
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    print(out)


def main() -> int:
    return light_or_dark_main("screenshot-finder", render, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
