"""Render the article-version views offscreen into docs/:

    python scripts/versions_screenshot.py

docs/screenshot-versions.png       the summary banner and Claims to Look At, after an update
docs/screenshot-versions-diff.png  Article > Versions… comparing two versions
docs/screenshot-versions-text.png  ... and the Text tab: version 1 in full, with its claims
docs/screenshot-versions-text-dark.png  the same in a dark palette
docs/screenshot-edit-mode.png      Article > Correct Text, mid-correction

Uses a throw-away database (the sample article and the claims of screenshot.py)
and a throw-away settings folder.
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
from screenshot import SIZE, add_claims, dark_palette, save_png, settle

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.article.text_correction import DiscardEditsDialog
from factcheck_gui.ui.article.versions_dialog import VersionsDialog

EDITS = [  # (old, new): a correction the outlet published after the first version
    ("14.2 million passenger journeys", "14.6 million passenger journeys"),
    ("the price of diesel has gone up by a third", "fuel costs have risen sharply"),
    ("Around 38% of Saltmere households do not have access to a car or van, according "
     "to the 2021 census, one of the highest proportions in the region.", ""),
    ("Bus passengers in Saltmere", "Correction, 15 October: an earlier version of this "
     "article misstated last year's passenger numbers.\n\nBus passengers in Saltmere"),
]



def main() -> int:
    out = ROOT / "docs"
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
        store = Store.open(Path(tmp) / "library.db")
        try:
            article = add_sample_article(store)
            add_claims(store, article.id)
            window = create_main_window(store)
            window.resize(SIZE[0] + 200, SIZE[1])
            window.show()
            settle(app)
            text = store.versions.current_version(article.id).text
            for old, new in EDITS:
                assert old in text, old
                text = text.replace(old, new)
            window.versions.store_new_text(text, "Publisher's correction of 15 October")
            settle(app)
            window.review.review_next(1)
            settle(app)
            save_png(window.grab(), out / "screenshot-versions.png")

            dialog = VersionsDialog(window, store, article.id)
            dialog.resize(900, 620)
            dialog.show()
            settle(app)
            save_png(dialog.grab(), out / "screenshot-versions-diff.png")
            dialog.show_text(1)
            settle(app)
            save_png(dialog.grab(), out / "screenshot-versions-text.png")
            dialog.close()
            light = app.palette()
            app.setPalette(dark_palette())
            dialog = VersionsDialog(window, store, article.id)
            dialog.resize(900, 620)
            dialog.show()
            dialog.show_text(1)
            settle(app)
            save_png(dialog.grab(), out / "screenshot-versions-text-dark.png")
            dialog.close()
            app.setPalette(light)
            settle(app)

            window.review.review_dock.hide()
            window.review.summary_banner.hide()
            window.correcting.enter_edit_mode()
            pane = window.article_view.pane
            cursor = pane.textCursor()
            cursor.setPosition(pane.toPlainText().index("Councillors voted") + 11)
            pane.setTextCursor(cursor)
            pane.insertPlainText(" (all 46)")
            pane.verticalScrollBar().setValue(0)
            settle(app)
            save_png(window.grab(), out / "screenshot-edit-mode.png")
            DiscardEditsDialog.ask = classmethod(lambda cls, parent: True)  # no question
            window.correcting.cancel_editing()
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    return 0



if __name__ == "__main__":
    raise SystemExit(main())
